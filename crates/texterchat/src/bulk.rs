//! Sending one template to many recipients, safely.
//!
//! The API has no bulk endpoint; [`crate::templates::Templates::send_bulk`] runs Send Template
//! Message once per recipient with bounded concurrency (and the client's rate limit), and
//! yields one [`BulkOutcome`] per recipient. The rules:
//!
//! - **Never twice.** Recipients are compared by their [`Recipient::key`] when given (an order
//!   id, so one person can get two orders' messages), else by their normalised phone number
//!   (see [`PhoneNormalizer`]); a repeat in the input is reported as
//!   [`BulkResult::Duplicate`], not sent. A send is retried only when it provably did not reach
//!   Texter or Texter refused it (could not connect, HTTP 408 or 429): the client's rules for
//!   calls that are not idempotent.
//! - **Resumable.** Outcomes serialise to JSON lines ([`BulkOutcome::to_json_line`]); a run
//!   given the lines of earlier ones ([`BulkSend::resume_from`]) sends again to every recipient
//!   whose earlier send was definitely not delivered ([`Delivery::NotDelivered`]: refused before
//!   sending, could not connect, HTTP 429 or another 4xx) and to those never requested. One that
//!   was sent, unsubscribed, or whose send may have been delivered (a timeout, a 5xx) is reported
//!   as [`BulkResult::AlreadyAttempted`] with what the earlier run found; opt in to sending the
//!   uncertain ones again with [`BulkSend::resend_uncertain`].
//! - **Stoppable.** [`BulkRun::stop_handle`] stops starting new sends; the sends in flight
//!   finish and their outcomes are yielded, so the lines written so far are complete.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use futures::StreamExt;
//! use texterchat::bulk::{BulkSend, Recipient};
//!
//! let send = BulkSend::new("order_ready")
//!     .language("he")
//!     .recipients([
//!         Recipient::new("0521234567").body(["Dana", "15033"]),
//!         Recipient::new("+972 54-943-1678").body(["Eli", "15034"]),
//!     ])
//!     .concurrency(20);
//! let mut run = texter.templates().send_bulk(send)?;
//! while let Some(outcome) = run.next().await {
//!     println!("{}", outcome.to_json_line());
//! }
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Delivery, Error, Result};
use texterchat_api::request::Request;

use crate::templates::{SendTemplate, TemplateSendOutcome};

/// A number of a valid shape, to check what recipients share with the spec's rules before any
/// recipient is looked at (never sent).
const PLACEHOLDER_NUMBER: &str = "+10000000000";

/// Default number of sends in flight at once.
pub const DEFAULT_CONCURRENCY: usize = 8;

pub use crate::phone::{DEFAULT_COUNTRY_CODE, PhoneNormalizer};

/// One recipient of a bulk send, with its own template values.
#[derive(Clone, Debug, PartialEq, Default)]
#[must_use]
pub struct Recipient {
    to: String,
    key: Option<String>,
    body: Option<Vec<String>>,
    header: Option<texterchat_api::types::SendTemplateHeader>,
    buttons: Option<Vec<Map<String, Value>>>,
}

impl Recipient {
    /// A recipient, by phone number in any common format (sent to Texter as given).
    pub fn new(to: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            ..Self::default()
        }
    }

    /// The key that identifies this send for de-duplication and resume (default: the
    /// normalised phone number). Give one when a person may rightly get the template more than
    /// once in a run, e.g. one message per order: `Recipient::new(phone).key("order-15033")`.
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// This recipient's values for `{{1}}`, `{{2}}`, …
    pub fn body<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.body = Some(values.into_iter().map(Into::into).collect());
        self
    }

    /// This recipient's header media (Send Template's `header`).
    pub fn header(mut self, header: texterchat_api::types::SendTemplateHeader) -> Self {
        self.header = Some(header);
        self
    }

    /// This recipient's button payloads (Send Template's `buttons`).
    pub fn buttons(mut self, buttons: impl IntoIterator<Item = Map<String, Value>>) -> Self {
        self.buttons = Some(buttons.into_iter().collect());
        self
    }

    /// The phone number as given.
    pub fn to(&self) -> &str {
        &self.to
    }
}

/// One template to many recipients; see the [module docs](self).
#[derive(Clone, Debug)]
#[must_use]
pub struct BulkSend {
    template_name: String,
    language: Option<String>,
    from: Option<String>,
    recipients: Vec<Recipient>,
    concurrency: usize,
    normalizer: Option<PhoneNormalizer>,
    previous: Vec<BulkOutcome>,
    resend_uncertain: bool,
}

impl BulkSend {
    /// A bulk send of the template named `template_name`.
    pub fn new(template_name: impl Into<String>) -> Self {
        Self {
            template_name: template_name.into(),
            language: None,
            from: None,
            recipients: Vec::new(),
            concurrency: DEFAULT_CONCURRENCY,
            normalizer: None,
            previous: Vec::new(),
            resend_uncertain: false,
        }
    }

    /// The localization to send (chosen automatically when the template has one).
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// The sender WhatsApp account number (the default channel otherwise).
    pub fn from(mut self, account: impl Into<String>) -> Self {
        self.from = Some(account.into());
        self
    }

    /// Adds recipients, in order.
    pub fn recipients(mut self, recipients: impl IntoIterator<Item = Recipient>) -> Self {
        self.recipients.extend(recipients);
        self
    }

    /// At most this many sends in flight (default [`DEFAULT_CONCURRENCY`]; the client's rate
    /// limit applies too).
    pub fn concurrency(mut self, sends: usize) -> Self {
        self.concurrency = sends;
        self
    }

    /// How local phone numbers are read (default: the client's,
    /// [`crate::TexterBuilder::default_country_code`], Israel unless set).
    pub fn phone_normalizer(mut self, normalizer: PhoneNormalizer) -> Self {
        self.normalizer = Some(normalizer);
        self
    }

    /// Resumes an earlier run (the outcomes it wrote, in any order; several runs may be
    /// given). For each key:
    ///
    /// | earlier outcome | this run |
    /// |---|---|
    /// | sent, or unsubscribed | not sent: `AlreadyAttempted` |
    /// | failed and may have been delivered (timeout, 5xx, …) | not sent: `AlreadyAttempted`, unless [`BulkSend::resend_uncertain`] |
    /// | failed and not delivered (refused before sending, could not connect, 429, other 4xx) | sent again |
    /// | duplicate, or absent | sent |
    pub fn resume_from(mut self, outcomes: impl IntoIterator<Item = BulkOutcome>) -> Self {
        self.previous.extend(outcomes);
        self
    }

    /// Also sends again to recipients whose earlier send may have been delivered (a timeout or
    /// a 5xx): some of them may receive the template twice. Off by default.
    pub fn resend_uncertain(mut self, yes: bool) -> Self {
        self.resend_uncertain = yes;
        self
    }
}

/// What happened to one recipient.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BulkOutcome {
    /// Position of the recipient in the input.
    pub index: usize,
    /// The phone number as given.
    pub to: String,
    /// The normalised phone number (digits of E.164), when it could be normalised.
    pub phone: Option<String>,
    /// The recipient's own [`Recipient::key`], when it was given one (else duplicates and
    /// resumes go by `phone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// What happened.
    #[serde(flatten)]
    pub result: BulkResult,
}

/// What happened to one recipient of a bulk send.
///
/// Lines written by earlier versions of the SDK still read: a `failed` line with
/// `may_have_reached_server` (and no `delivery`) becomes `not_delivered` when that was `false`
/// or its status was a 4xx, `uncertain` otherwise; an `already_attempted` line without
/// `earlier` becomes `uncertain`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "outcome",
    rename_all = "snake_case",
    from = "compat::BulkResultLine"
)]
#[non_exhaustive]
pub enum BulkResult {
    /// The template was sent.
    Sent {
        /// The created message's id.
        message_id: Option<String>,
        /// It went out as a session message (the `sessionMessage` option).
        sent_as_session_message: bool,
    },
    /// Nothing was sent: the recipient unsubscribed from template messages.
    Unsubscribed {
        /// Texter's explanation.
        reason: Option<String>,
    },
    /// The send failed.
    Failed {
        /// The error.
        error: String,
        /// The HTTP status, when Texter answered.
        status: Option<u16>,
        /// Whether the request may have reached Texter ([`Delivery`]): a resumed run sends
        /// again only when it was `not_delivered`.
        delivery: Delivery,
    },
    /// The same key (by default, the same phone number) appeared earlier in the input; not
    /// sent again.
    Duplicate {
        /// Index of the first occurrence.
        first_index: usize,
    },
    /// An earlier run (see [`BulkSend::resume_from`]) sent, or may have sent, to this
    /// recipient; not sent again.
    AlreadyAttempted {
        /// What the earlier run found.
        earlier: Earlier,
    },
}

/// What an earlier run found for a recipient it settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Earlier {
    /// The send may have been delivered (it failed after it may have reached Texter).
    Uncertain,
    /// The recipient was unsubscribed.
    Unsubscribed,
    /// The template was sent.
    Sent,
}

impl BulkOutcome {
    /// One line of JSON (no trailing newline).
    pub fn to_json_line(&self) -> String {
        // A struct of strings, numbers and booleans always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads outcomes from JSON lines (blank lines are skipped); an invalid line is an error
    /// naming its number.
    pub fn read_json_lines(text: &str) -> Result<Vec<BulkOutcome>> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, line)| {
                serde_json::from_str(line).map_err(|e| {
                    Error::validation(
                        format!("line {}", i + 1),
                        format!("must be a bulk outcome: {e}"),
                        crate::error::shorten(line, 80),
                    )
                })
            })
            .collect()
    }

    /// What this outcome settles for its key, if anything: `None` when a later run must send.
    fn settles(&self) -> Option<Earlier> {
        match &self.result {
            BulkResult::Sent { .. } => Some(Earlier::Sent),
            BulkResult::Unsubscribed { .. } => Some(Earlier::Unsubscribed),
            BulkResult::AlreadyAttempted { earlier } => Some(*earlier),
            BulkResult::Failed { delivery, .. } => match delivery {
                Delivery::NotDelivered => None,
                // Texter answered with success; only reading the answer failed.
                Delivery::Delivered => Some(Earlier::Sent),
                _ => Some(Earlier::Uncertain),
            },
            BulkResult::Duplicate { .. } => None,
        }
    }
}

/// `key:…` for a caller key, `phone:…` for a normalised phone.
fn dedup_key(key: Option<&str>, phone: Option<&str>) -> Option<String> {
    match (key, phone) {
        (Some(k), _) => Some(format!("key:{k}")),
        (None, Some(p)) => Some(format!("phone:{p}")),
        (None, None) => None,
    }
}

/// Reading bulk outcome lines of every version.
mod compat {
    use serde::Deserialize;

    use super::{BulkResult, Earlier};
    use crate::error::Delivery;

    #[derive(Deserialize)]
    #[serde(tag = "outcome", rename_all = "snake_case")]
    pub(super) enum BulkResultLine {
        Sent {
            message_id: Option<String>,
            #[serde(default)]
            sent_as_session_message: bool,
        },
        Unsubscribed {
            reason: Option<String>,
        },
        Failed {
            error: String,
            status: Option<u16>,
            delivery: Option<Delivery>,
            /// Before `delivery`: whether the request may have reached Texter.
            may_have_reached_server: Option<bool>,
        },
        Duplicate {
            first_index: usize,
        },
        AlreadyAttempted {
            earlier: Option<Earlier>,
        },
    }

    impl From<BulkResultLine> for BulkResult {
        fn from(line: BulkResultLine) -> Self {
            match line {
                BulkResultLine::Sent {
                    message_id,
                    sent_as_session_message,
                } => BulkResult::Sent {
                    message_id,
                    sent_as_session_message,
                },
                BulkResultLine::Unsubscribed { reason } => BulkResult::Unsubscribed { reason },
                BulkResultLine::Failed {
                    error,
                    status,
                    delivery,
                    may_have_reached_server,
                } => {
                    let delivery = delivery.unwrap_or({
                        let refused = status.is_some_and(|s| (400..500).contains(&s));
                        if may_have_reached_server == Some(false) || refused {
                            Delivery::NotDelivered
                        } else {
                            Delivery::Uncertain
                        }
                    });
                    BulkResult::Failed {
                        error,
                        status,
                        delivery,
                    }
                }
                BulkResultLine::Duplicate { first_index } => BulkResult::Duplicate { first_index },
                BulkResultLine::AlreadyAttempted { earlier } => BulkResult::AlreadyAttempted {
                    earlier: earlier.unwrap_or(Earlier::Uncertain),
                },
            }
        }
    }
}

/// Stops a [`BulkRun`] from starting new sends; sends in flight finish.
#[derive(Clone, Debug, Default)]
pub struct StopHandle(Arc<AtomicBool>);

impl StopHandle {
    /// Starts no further sends.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether [`StopHandle::stop`] was called.
    pub fn is_stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// A running bulk send: a stream of one [`BulkOutcome`] per recipient (in completion order).
#[must_use = "streams do nothing unless polled"]
pub struct BulkRun {
    outcomes: BoxStream<'static, BulkOutcome>,
    stop: StopHandle,
}

impl BulkRun {
    /// A handle that stops the run gracefully.
    pub fn stop_handle(&self) -> StopHandle {
        self.stop.clone()
    }
}

impl Stream for BulkRun {
    type Item = BulkOutcome;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<BulkOutcome>> {
        self.outcomes.as_mut().poll_next(cx)
    }
}

impl std::fmt::Debug for BulkRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkRun")
            .field("stop", &self.stop)
            .finish_non_exhaustive()
    }
}

impl crate::templates::Templates<'_> {
    /// Sends one template to many recipients; see [`crate::bulk`]. Fails at once (nothing
    /// sent) when the template name or the concurrency is invalid or the token lacks *Send
    /// template messages*; per-recipient problems are outcomes.
    pub fn send_bulk(&self, send: BulkSend) -> Result<BulkRun> {
        let texter = self.texter().clone();
        texter.check_scopes(SendTemplate::OPERATION)?;
        if send.concurrency == 0 {
            return Err(Error::validation("concurrency", "must be at least 1", "0"));
        }
        // What every recipient shares (template name, language, sender) is checked once, up
        // front, by the spec's rules: a request to a placeholder number of a valid shape.
        let shared = |to: &str| {
            let mut request = texter.templates().send(send.template_name.clone(), to);
            if let Some(l) = &send.language {
                request = request.language(l.clone());
            }
            if let Some(f) = &send.from {
                request = request.from(f.clone());
            }
            request
        };
        shared(PLACEHOLDER_NUMBER).validate().map_err(|i| {
            Error::validation(i.field, i.rule, i.given).with_operation(SendTemplate::OPERATION.id)
        })?;

        // The strongest thing earlier runs found (sent > unsubscribed > uncertain): per caller
        // key, per phone over all outcomes, and per phone over outcomes without a caller key.
        // A recipient with a key is settled by its key, or by an earlier send to its phone that
        // had no key (the keys changed between runs); one without a key is settled by any
        // earlier send to its phone. Switching key schemes never sends twice.
        let mut by_key: HashMap<String, Earlier> = HashMap::new();
        let mut by_phone: HashMap<String, Earlier> = HashMap::new();
        let mut by_phone_unkeyed: HashMap<String, Earlier> = HashMap::new();
        let note = |map: &mut HashMap<String, Earlier>, k: &str, found: Earlier| {
            let entry = map.entry(k.to_string()).or_insert(found);
            *entry = (*entry).max(found);
        };
        for outcome in &send.previous {
            let Some(found) = outcome.settles() else {
                continue;
            };
            if let Some(k) = &outcome.key {
                note(&mut by_key, k, found);
            }
            if let Some(p) = &outcome.phone {
                note(&mut by_phone, p, found);
                if outcome.key.is_none() {
                    note(&mut by_phone_unkeyed, p, found);
                }
            }
        }
        let normalizer = send
            .normalizer
            .clone()
            .unwrap_or_else(|| texter.phone_normalizer().clone());
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        let mut immediate = Vec::new();
        let mut to_send = Vec::new();
        for (index, recipient) in send.recipients.into_iter().enumerate() {
            let to = recipient.to.clone();
            // The recipient's whole request, checked by the spec's rules before anything else.
            let mut request = shared(&to);
            if let Some(body) = recipient.body.clone() {
                request = request.body(body);
            }
            if let Some(h) = recipient.header.clone() {
                request = request.header(h);
            }
            if let Some(b) = recipient.buttons.clone() {
                request = request.buttons(b);
            }
            let checked = request
                .validate()
                .map_err(|i| {
                    Error::validation(i.field, i.rule, i.given)
                        .with_operation(SendTemplate::OPERATION.id)
                })
                .and_then(|()| normalizer.normalize(&to));
            let phone = match checked {
                Ok(phone) => phone,
                Err(e) => {
                    immediate.push(BulkOutcome {
                        index,
                        to,
                        phone: None,
                        key: recipient.key.clone(),
                        result: failed(&e),
                    });
                    continue;
                }
            };
            let key = dedup_key(recipient.key.as_deref(), Some(&phone)).unwrap_or_default();
            let outcome = |result| BulkOutcome {
                index,
                to: to.clone(),
                phone: Some(phone.clone()),
                key: recipient.key.clone(),
                result,
            };
            if let Some(&first_index) = first_seen.get(&key) {
                immediate.push(outcome(BulkResult::Duplicate { first_index }));
                continue;
            }
            first_seen.insert(key, index);
            let earlier = match &recipient.key {
                Some(k) => by_key
                    .get(k)
                    .copied()
                    .max(by_phone_unkeyed.get(&phone).copied()),
                None => by_phone.get(&phone).copied(),
            };
            match earlier {
                Some(Earlier::Uncertain) if send.resend_uncertain => {}
                Some(earlier) => {
                    immediate.push(outcome(BulkResult::AlreadyAttempted { earlier }));
                    continue;
                }
                None => {}
            }
            let caller_key = recipient.key.clone();
            to_send.push((index, phone, caller_key, to, request));
        }

        let stop = StopHandle::default();
        let stopper = stop.clone();
        let sends = stream::iter(to_send)
            .take_while(move |_| std::future::ready(!stopper.is_stopped()))
            .map(move |(index, phone, key, to, message)| async move {
                let result = match message.send().await {
                    Ok(TemplateSendOutcome::RecipientUnsubscribed { reason, .. }) => {
                        BulkResult::Unsubscribed { reason }
                    }
                    Ok(outcome) => BulkResult::Sent {
                        message_id: outcome.message_id().map(str::to_string),
                        sent_as_session_message: matches!(
                            outcome,
                            TemplateSendOutcome::Sent {
                                sent_as_session_message: true,
                                ..
                            }
                        ),
                    },
                    Err(e) => failed(&e),
                };
                BulkOutcome {
                    index,
                    to,
                    phone: Some(phone),
                    key,
                    result,
                }
            })
            .buffer_unordered(send.concurrency);
        Ok(BulkRun {
            outcomes: stream::iter(immediate).chain(sends).boxed(),
            stop,
        })
    }
}

fn failed(e: &Error) -> BulkResult {
    BulkResult::Failed {
        error: e.to_string(),
        status: e.status(),
        delivery: e.delivery(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_formats_are_one_recipient() {
        let n = PhoneNormalizer::default();
        for phone in [
            "0521234567",
            "972521234567",
            "+972 52-123-4567",
            "00972-52-123-4567",
            "(052) 123.4567",
        ] {
            assert_eq!(n.normalize(phone).unwrap(), "972521234567", "{phone}");
        }
    }

    #[test]
    fn the_country_of_local_numbers_is_configurable() {
        let us = PhoneNormalizer::with_country_code("+1").unwrap();
        assert_eq!(us.normalize("0 202 555 0143").unwrap(), "12025550143");
        assert_eq!(us.normalize("+44 20 7946 0958").unwrap(), "442079460958");
        assert!(PhoneNormalizer::with_country_code("12a").is_err());
        assert!(PhoneNormalizer::with_country_code("").is_err());
    }

    #[test]
    fn bad_numbers_are_errors_naming_the_rule() {
        let n = PhoneNormalizer::default();
        for bad in ["", "12345", "+972 52 123 4567 890 12", "052-CALL-NOW", "+"] {
            let e = n.normalize(bad).unwrap_err();
            assert!(
                e.to_string().contains("`phone`")
                    && e.to_string().contains("must match the pattern"),
                "{e}"
            );
        }
    }

    #[test]
    fn outcomes_round_trip_through_json_lines() {
        let outcomes = vec![
            BulkOutcome {
                index: 0,
                to: "0521234567".into(),
                phone: Some("972521234567".into()),
                key: Some("972521234567".into()),
                result: BulkResult::Sent {
                    message_id: Some("m1".into()),
                    sent_as_session_message: false,
                },
            },
            BulkOutcome {
                index: 1,
                to: "x".into(),
                phone: None,
                key: None,
                result: BulkResult::Failed {
                    error: "bad".into(),
                    status: None,
                    delivery: Delivery::NotDelivered,
                },
            },
            BulkOutcome {
                index: 2,
                to: "052 123 4567".into(),
                phone: Some("972521234567".into()),
                key: Some("972521234567".into()),
                result: BulkResult::Duplicate { first_index: 0 },
            },
        ];
        let text: String = outcomes.iter().map(|o| o.to_json_line() + "\n").collect();
        assert!(
            text.lines().next().unwrap().contains(r#""outcome":"sent""#),
            "{text}"
        );
        assert_eq!(BulkOutcome::read_json_lines(&text).unwrap(), outcomes);
        let err = BulkOutcome::read_json_lines("{\"index\":0}\nnot json").unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
