//! Webhook events: typed deliveries, one-call subscriptions, and (with the `axum` feature) a
//! receiver.
//!
//! Texter delivers an event by POSTing `{"eventName": …, "eventData": …}` to the URL of a
//! subscription. [`parse`] turns such a body into an [`Event`] with one variant per documented
//! event and typed data; an event the SDK does not know arrives as [`Event::Unknown`] with its
//! raw JSON, and new fields or enum values inside known events still decode.
//!
//! ```
//! use texterchat::events::{self, Event};
//!
//! let body = br#"{"eventName":"chatResolved","eventData":{"chat":{"_id":"67bf11038b24880cc966f799","status":3}}}"#;
//! match events::parse(body)? {
//!     Event::ChatResolved(data) => println!("resolved {:?}", data.chat.as_ref().and_then(|c| c.id.as_deref())),
//!     Event::Unknown { name, .. } => println!("an event this SDK does not know: {name}"),
//!     other => println!("{}", other.name()),
//! }
//! # Ok::<(), texterchat::events::ParseError>(())
//! ```
//!
//! # Delivery realities
//!
//! Texter documents neither ordering, retries nor signatures for deliveries, so a receiver must
//! assume:
//!
//! - **Out of order.** A message event can arrive after a later one. Compare the message's
//!   `timestamp` with the chat's `lastIncomingMessageTimestamp` ([`EventExt::is_stale`]) and drop
//!   stale incoming messages, as Texter's own external-bot sample does.
//! - **Repeated.** The same event can arrive twice. [`EventExt::dedup_key`] gives a key per
//!   delivery content; remember recent keys and skip repeats:
//!
//! ```
//! use std::collections::HashSet;
//! use texterchat::events::{self, Event, EventExt};
//!
//! let mut seen = HashSet::new(); // in production: a bounded or expiring set, or your database
//! let body = br#"{"eventName":"newIncomingMessage","eventData":{"message":{"_id":"6970c0ffee0123456789abcd","timestamp":1762012091000}}}"#;
//! for _ in 0..2 {
//!     let event = events::parse(body)?;
//!     if let Some(key) = event.dedup_key() {
//!         if !seen.insert(key) {
//!             continue; // a repeat
//!         }
//!     }
//!     // handle the event once
//! }
//! assert_eq!(seen.len(), 1);
//! # Ok::<(), texterchat::events::ParseError>(())
//! ```
//!
//! - **Unsigned.** Deliveries carry no signature. Put a long random secret in the URL you
//!   register and check it on every delivery (the receiver does this in constant time).

#[cfg(feature = "axum")]
pub mod receiver;
#[cfg(feature = "redis")]
pub mod redis;
#[cfg(feature = "sqlite")]
pub mod sqlite;
pub mod store;
mod subscribe;
#[cfg(any(feature = "axum", feature = "sqlite", feature = "redis"))]
pub mod worker;

use std::fmt;

pub use texterchat_api::enums::WebhookEventName as EventKind;
use texterchat_api::types;
pub use texterchat_api::webhooks::{Event, WEBHOOK_EVENTS};

pub(crate) use subscribe::REQUEST_ACTION;
pub use subscribe::{SECRET_HEADER, SECRET_PARAMETER, Subscription, URL_PLACEHOLDER};
pub(crate) use texterchat_api::import_bodies::import_body;

/// A webhook body that is not a valid delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    kind: ParseErrorKind,
    message: String,
}

/// What is wrong with a webhook body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The body is not JSON.
    NotJson,
    /// The body is JSON but not a `{eventName, eventData}` object.
    NotADelivery,
    /// A known event's `eventData` is missing or not an object. (Values inside the data that
    /// do not fit their types never fail a delivery: see [`Event::problems`].)
    Data,
}

impl ParseError {
    fn new(kind: ParseErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    /// What is wrong.
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses a webhook body. Never panics, whatever the bytes.
pub fn parse(body: &[u8]) -> Result<Event, ParseError> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| {
        ParseError::new(
            ParseErrorKind::NotJson,
            format!("the body is not JSON: {e}"),
        )
    })?;
    parse_value(value)
}

/// Parses a webhook body that is already JSON.
pub fn parse_value(value: serde_json::Value) -> Result<Event, ParseError> {
    let serde_json::Value::Object(mut envelope) = value else {
        return Err(ParseError::new(
            ParseErrorKind::NotADelivery,
            format!(
                "the body is JSON {}, not an object with `eventName` and `eventData`",
                json_kind(&value)
            ),
        ));
    };
    // The envelope's two names (the spec's `WebhookDelivery`) are read by hand rather than
    // through the generated type, so that each way a body can fail to be a delivery gets its
    // own precise reason. (API facts typed by hand, on purpose.)
    let name = match envelope.remove("eventName") {
        Some(serde_json::Value::String(name)) => name,
        Some(other) => {
            return Err(ParseError::new(
                ParseErrorKind::NotADelivery,
                format!("`eventName` is {}, not a string", json_kind(&other)),
            ));
        }
        None => {
            return Err(ParseError::new(
                ParseErrorKind::NotADelivery,
                "the body has no `eventName`",
            ));
        }
    };
    let data = envelope
        .remove("eventData")
        .unwrap_or(serde_json::Value::Null);
    // A known event's data is an object; serde would otherwise fill a struct from an array by
    // position. Unknown events pass their data on whatever it is.
    if EventKind::from(name.as_str()).is_known() && !data.is_object() {
        let problem = if data.is_null() {
            "has no `eventData` object".to_string()
        } else {
            format!("has `eventData` {}, not an object", json_kind(&data))
        };
        return Err(ParseError::new(
            ParseErrorKind::Data,
            format!("the `{name}` event {problem}"),
        ));
    }
    Ok(Event::from_parts(&name, data))
}

fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Questions every event answers, whatever its kind.
pub trait EventExt {
    /// The chat the event is about, when it carries one.
    fn chat(&self) -> Option<&types::Chat>;
    /// The message the event is about (message events only).
    fn message(&self) -> Option<&types::Message>;
    /// A key identifying this delivery's content, to skip repeats: the event name plus the
    /// message id (message events), the provider ids, status and time (status events), the
    /// problem id and state (channel health), or the chat id and its `updatedAt` (chat events).
    /// `None` when the delivery lacks those fields.
    fn dedup_key(&self) -> Option<String>;
    /// Whether a message event arrived out of order: `Some(true)` for an incoming message older
    /// than the chat's `lastIncomingMessageTimestamp`, `Some(false)` for a newer (or equally
    /// new) incoming message and for messages that are not incoming. `None` when it cannot be
    /// told: the event is not a message event, or the message's `timestamp`, its `direction` or
    /// the chat's `lastIncomingMessageTimestamp` is missing (or did not decode; see
    /// [`Event::problems`]). Treat `None` as "unknown", not as "fresh".
    fn is_stale(&self) -> Option<bool>;
}

impl EventExt for Event {
    fn chat(&self) -> Option<&types::Chat> {
        match self {
            Event::NewMessage(d)
            | Event::NewIncomingMessage(d)
            | Event::NewMatchedMessage(d)
            | Event::NewMediaMessage(d) => d.chat.as_ref(),
            Event::MessageFailed(d) | Event::MessageStatusChanged(d) => d.chat.as_ref(),
            Event::ChatAssigned(d) => d.chat.as_ref(),
            Event::ChatLabelsUpdated(d) | Event::ChatSpecificLabelAdded(d) => d.chat.as_ref(),
            Event::ChatPending(d)
            | Event::ChatResolved(d)
            | Event::ChatResolvedByAgent(d)
            | Event::ChatResolvedByBot(d)
            | Event::ChatSubscribed(d)
            | Event::ChatUnsubscribed(d)
            | Event::ExternalBotEnabled(d)
            | Event::ExternalBotDisabled(d) => d.chat.as_ref(),
            _ => None,
        }
    }

    fn message(&self) -> Option<&types::Message> {
        match self {
            Event::NewMessage(d)
            | Event::NewIncomingMessage(d)
            | Event::NewMatchedMessage(d)
            | Event::NewMediaMessage(d) => d.message.as_ref(),
            _ => None,
        }
    }

    fn dedup_key(&self) -> Option<String> {
        let name = self.name();
        if let Some(message) = self.message() {
            return message.id.as_ref().map(|id| format!("{name}:{id}"));
        }
        match self {
            Event::MessageFailed(d) | Event::MessageStatusChanged(d) => {
                let ids = external_ids(d).join(",");
                let status = d.message_status.map(|s| s.value().to_string());
                let time = d.timestamp.map(|t| t.get().to_string());
                (!ids.is_empty()).then(|| {
                    format!(
                        "{name}:{ids}:{}:{}",
                        status.unwrap_or_default(),
                        time.unwrap_or_default()
                    )
                })
            }
            Event::ChannelHealthProblemCreated(d) | Event::ChannelHealthProblemResolved(d) => {
                let p = d.problem.as_ref()?;
                let id = p.id.as_ref()?;
                Some(format!(
                    "{name}:{id}:{}",
                    p.resolved_at.map(|t| t.get()).unwrap_or_default()
                ))
            }
            Event::Unknown { .. } => None,
            _ => {
                let chat = self.chat()?;
                let id = chat.id.as_ref()?;
                let at = chat.updated_at.as_ref()?;
                Some(format!("{name}:{id}:{at}"))
            }
        }
    }

    fn is_stale(&self) -> Option<bool> {
        let message = self.message()?;
        let incoming =
            message.direction.as_ref()? == &texterchat_api::enums::MessageDirection::Incoming;
        if !incoming {
            return Some(false);
        }
        let at = message.timestamp?;
        let latest = self.chat()?.last_incoming_message_timestamp?;
        Some(at < latest)
    }
}

/// The provider message ids of a status event (`externalId`), whether Texter sent an array, a
/// single string or a comma-separated string.
pub fn external_ids(data: &types::MessageStatusEventData) -> Vec<String> {
    fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.extend(
                s.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            ),
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            serde_json::Value::Number(n) => out.push(n.to_string()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Some(v) = &data.external_id {
        collect(v, &mut out);
    }
    out
}

/// The error text of a status event (`error`), if any.
pub fn status_error(data: &types::MessageStatusEventData) -> Option<String> {
    match data.error.as_ref()? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) if s.is_empty() => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}
