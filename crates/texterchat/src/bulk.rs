//! Sending one template to many recipients, safely.
//!
//! The API has no bulk endpoint; [`crate::templates::Templates::send_bulk`] runs Send Template
//! Message once per recipient with bounded concurrency (and the client's rate limit), and
//! yields one [`BulkOutcome`] per recipient. The rules:
//!
//! - **Never twice.** Recipients are compared by their normalised phone number (see
//!   [`PhoneNormalizer`]); a repeat in the input is reported as
//!   [`BulkResult::Duplicate`], not sent. A send is never retried once it may have reached
//!   Texter (the client's retry rules for non-idempotent calls).
//! - **Resumable.** Outcomes serialise to JSON lines ([`BulkOutcome::to_json_line`]); a run
//!   given the lines of an earlier one ([`BulkSend::resume_from`]) sends only to recipients that
//!   run never requested: those it did not reach, and those that failed before a request left
//!   the machine. A recipient whose send failed after it may have reached Texter is reported
//!   again as [`BulkResult::AlreadyAttempted`], for you to decide.
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

use std::collections::{HashMap, HashSet};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::templates::{TemplateMessage, TemplateSendOutcome};

/// Default number of sends in flight at once.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// The country calling code [`PhoneNormalizer::default`] assumes for local numbers: Israel's,
/// as in every example of Texter's reference (`0521234567` is `972521234567`).
pub const DEFAULT_COUNTRY_CODE: &str = "972";

/// Normalises phone numbers the way Texter documents it accepts them, to detect duplicates:
/// `0521234567`, `972521234567` and `+972 52-123-4567` are one recipient.
///
/// Spaces, dashes, dots and parentheses are removed; a leading `+` or `00` marks an
/// international number; a single leading `0` marks a local number, which gets the country
/// code (default [`DEFAULT_COUNTRY_CODE`]); anything else is taken as international already. The
/// result is the digits of the E.164 number (8 to 15 digits).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNormalizer {
    country_code: String,
}

impl Default for PhoneNormalizer {
    fn default() -> Self {
        Self {
            country_code: DEFAULT_COUNTRY_CODE.to_string(),
        }
    }
}

impl PhoneNormalizer {
    /// Assumes `country_code` (digits, e.g. `"1"`, `"44"`, `"972"`) for local numbers.
    pub fn with_country_code(country_code: impl Into<String>) -> Result<Self> {
        let code = country_code.into();
        let digits = code.trim_start_matches('+');
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::validation(
                "country_code",
                "must be a country calling code of 1 to 3 digits",
                format!("{code:?}"),
            ));
        }
        Ok(Self {
            country_code: digits.to_string(),
        })
    }

    /// The digits of the E.164 number, or an error naming the rule.
    pub fn normalize(&self, phone: &str) -> Result<String> {
        let compact: String = phone
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
            .collect();
        let digits = if let Some(rest) = compact.strip_prefix('+') {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix("00") {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix('0') {
            format!("{}{rest}", self.country_code)
        } else {
            compact
        };
        if !digits.bytes().all(|b| b.is_ascii_digit()) || !(8..=15).contains(&digits.len()) {
            return Err(Error::validation(
                "to",
                "must be a phone number: 8 to 15 digits once spaces, dashes, dots and parentheses are removed (local numbers start with 0, international ones with + or 00)",
                format!("{phone:?}"),
            ));
        }
        Ok(digits)
    }
}

/// One recipient of a bulk send, with its own template values.
#[derive(Clone, Debug, PartialEq, Default)]
#[must_use]
pub struct Recipient {
    to: String,
    body: Option<Vec<String>>,
    header: Option<Map<String, Value>>,
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

    /// This recipient's values for `{{1}}`, `{{2}}`, …
    pub fn body<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.body = Some(values.into_iter().map(Into::into).collect());
        self
    }

    /// This recipient's header media (see [`TemplateMessage::header`]).
    pub fn header(mut self, header: Map<String, Value>) -> Self {
        self.header = Some(header);
        self
    }

    /// This recipient's button payloads (see [`TemplateMessage::buttons`]).
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
    normalizer: PhoneNormalizer,
    previous: Vec<BulkOutcome>,
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
            normalizer: PhoneNormalizer::default(),
            previous: Vec::new(),
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

    /// How local phone numbers are read (default: Israel, [`DEFAULT_COUNTRY_CODE`]).
    pub fn phone_normalizer(mut self, normalizer: PhoneNormalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Resumes an earlier run: recipients it sent to, reported unsubscribed, or may have
    /// reached are not requested again.
    pub fn resume_from(mut self, outcomes: impl IntoIterator<Item = BulkOutcome>) -> Self {
        self.previous.extend(outcomes);
        self
    }
}

/// What happened to one recipient.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkOutcome {
    /// Position of the recipient in the input.
    pub index: usize,
    /// The phone number as given.
    pub to: String,
    /// The normalised phone number (digits of E.164), when it could be normalised.
    pub phone: Option<String>,
    /// What happened.
    #[serde(flatten)]
    pub result: BulkResult,
}

/// What happened to one recipient of a bulk send.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
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
        /// Whether the request may have reached Texter (then a resumed run does not repeat it).
        may_have_reached_server: bool,
    },
    /// The same phone number appeared earlier in the input; not sent again.
    Duplicate {
        /// Index of the first occurrence.
        first_index: usize,
    },
    /// A resumed run's earlier run already sent, or may have sent, to this recipient.
    AlreadyAttempted,
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

    /// Whether this recipient is done: sent, unsubscribed, or possibly reached.
    fn settles(&self) -> bool {
        match &self.result {
            BulkResult::Sent { .. }
            | BulkResult::Unsubscribed { .. }
            | BulkResult::AlreadyAttempted => true,
            BulkResult::Failed {
                may_have_reached_server,
                ..
            } => *may_have_reached_server,
            BulkResult::Duplicate { .. } => false,
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
        texter.check_scopes(Self::SEND)?;
        if send.concurrency == 0 {
            return Err(Error::validation("concurrency", "must be at least 1", "0"));
        }
        // The template name is the same for every recipient: check it once, up front.
        TemplateMessage::new(send.template_name.clone(), "0").validate_name()?;

        let settled: HashSet<String> = send
            .previous
            .iter()
            .filter(|o| o.settles())
            .filter_map(|o| o.phone.clone())
            .collect();
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        let mut immediate = Vec::new();
        let mut to_send = Vec::new();
        for (index, recipient) in send.recipients.into_iter().enumerate() {
            let to = recipient.to.clone();
            match send.normalizer.normalize(&to) {
                Err(e) => immediate.push(BulkOutcome {
                    index,
                    to,
                    phone: None,
                    result: failed(&e),
                }),
                Ok(phone) => {
                    if let Some(&first_index) = first_seen.get(&phone) {
                        immediate.push(BulkOutcome {
                            index,
                            to,
                            phone: Some(phone),
                            result: BulkResult::Duplicate { first_index },
                        });
                    } else {
                        first_seen.insert(phone.clone(), index);
                        if settled.contains(&phone) {
                            immediate.push(BulkOutcome {
                                index,
                                to,
                                phone: Some(phone),
                                result: BulkResult::AlreadyAttempted,
                            });
                        } else {
                            to_send.push((index, phone, recipient));
                        }
                    }
                }
            }
        }

        let stop = StopHandle::default();
        let base = Arc::new((send.template_name, send.language, send.from));
        let stopper = stop.clone();
        let sends = stream::iter(to_send)
            .take_while(move |_| std::future::ready(!stopper.is_stopped()))
            .map(move |(index, phone, recipient)| {
                let texter = texter.clone();
                let base = Arc::clone(&base);
                async move {
                    let (name, language, from) = &*base;
                    let mut message = TemplateMessage::new(name.clone(), recipient.to.clone());
                    if let Some(l) = language {
                        message = message.language(l.clone());
                    }
                    if let Some(f) = from {
                        message = message.from(f.clone());
                    }
                    if let Some(body) = recipient.body {
                        message = message.body(body);
                    }
                    if let Some(h) = recipient.header {
                        message = message.header(h);
                    }
                    if let Some(b) = recipient.buttons {
                        message = message.buttons(b);
                    }
                    let result = match texter.templates().send(&message).await {
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
                        to: recipient.to,
                        phone: Some(phone),
                        result,
                    }
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
        may_have_reached_server: !e.is_connect(),
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
                e.to_string().contains("`to`") && e.to_string().contains("8 to 15 digits"),
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
                result: BulkResult::Sent {
                    message_id: Some("m1".into()),
                    sent_as_session_message: false,
                },
            },
            BulkOutcome {
                index: 1,
                to: "x".into(),
                phone: None,
                result: BulkResult::Failed {
                    error: "bad".into(),
                    status: None,
                    may_have_reached_server: false,
                },
            },
            BulkOutcome {
                index: 2,
                to: "052 123 4567".into(),
                phone: Some("972521234567".into()),
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
