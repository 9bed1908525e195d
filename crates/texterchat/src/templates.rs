//! WhatsApp templates: send them, and create, localize, submit, update and delete them.
//!
//! A template is the only way to message a contact outside WhatsApp's 24-hour window (see
//! [`crate::chats::ChatWindow`]). The operations are generated from the spec ([`Templates`]);
//! sending one returns a [`TemplateSendOutcome`]: Texter answers HTTP 200 even when it skipped
//! the send because the recipient unsubscribed from template messages, so check it. Bulk sends:
//! [`crate::bulk`].
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::templates::TemplateSendOutcome;
//!
//! let outcome = texter
//!     .templates()
//!     .send("inbox_utility_66", "0521234567")
//!     .body(["Dana", "15033"])
//!     .send()
//!     .await?;
//! match outcome {
//!     TemplateSendOutcome::Sent { message_id, .. } => println!("sent {message_id:?}"),
//!     TemplateSendOutcome::RecipientUnsubscribed { reason, .. } => println!("skipped: {reason:?}"),
//!     _ => {}
//! }
//! # Ok(()) }
//! ```
//!
//! A new template takes three calls, right after one another: [`Templates::create`] (the
//! Texter side), [`Templates::upsert_localization`] (the WhatsApp content of one language) and
//! [`Templates::submit`] (to WhatsApp for approval).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::enums::{ChatStatus, TemplateCategory, TemplateComponentType, TemplateUsage};
//! use texterchat::types::TemplateComponent;
//!
//! let account = "972509876543";
//! let templates = texter.templates();
//! let created = templates
//!     .create(account, "Order ready", TemplateCategory::Utility, ChatStatus::Pending, TemplateUsage::Inbox)
//!     .send()
//!     .await?;
//! let name = created.name.unwrap_or_default();
//! let body = TemplateComponent::new()
//!     .type_(TemplateComponentType::Body)
//!     .text("Your order {{1}} is ready");
//! templates.upsert_localization(account, &name, "en", vec![body]).send().await?;
//! templates.submit(account, &name, "en").send().await?;
//! # Ok(()) }
//! ```

use texterchat_api::types;

pub use crate::surface::templates::*;

/// What became of a template send that Texter accepted (HTTP 200).
///
/// Texter answers HTTP 200 both when it sent the template and when it skipped the send, so a
/// send is never silently successful: match on this (or use [`TemplateSendOutcome::is_sent`]).
/// The raw answer stays available through [`TemplateSendOutcome::raw`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[must_use = "a template send may have been skipped because the recipient unsubscribed"]
pub enum TemplateSendOutcome {
    /// The template (or, with `sessionMessage`, a session message) went
    /// out.
    #[non_exhaustive]
    Sent {
        /// The id of the created message.
        message_id: Option<String>,
        /// The rendered body.
        text: Option<String>,
        /// Whether it went out as a session message (`sentAsSessionMessage`; `false` when the
        /// server did not say).
        sent_as_session_message: bool,
        /// The answer as received.
        response: types::SendTemplateResponse,
    },
    /// Nothing was sent: Texter answered `success: false`, which the API documents for one
    /// cause only, a recipient unsubscribed from template messages. Resubscribe them with
    /// [`crate::template_subscriptions::TemplateSubscriptions::resubscribe`] if they ask for
    /// it.
    #[non_exhaustive]
    RecipientUnsubscribed {
        /// Texter's explanation (for example "Recipient unsubscribed from template messages on
        /// ..."). Read from `error`, a field name the reference does not show, or else from the
        /// first text field the spec does not list (kept in the raw answer's `extra`).
        reason: Option<String>,
        /// The answer as received.
        response: types::SendTemplateResponse,
    },
}

impl TemplateSendOutcome {
    /// The template went out.
    pub fn is_sent(&self) -> bool {
        matches!(self, Self::Sent { .. })
    }

    /// Nothing was sent because the recipient unsubscribed from template messages.
    pub fn is_recipient_unsubscribed(&self) -> bool {
        matches!(self, Self::RecipientUnsubscribed { .. })
    }

    /// The id of the created message, when one was sent.
    pub fn message_id(&self) -> Option<&str> {
        match self {
            Self::Sent { message_id, .. } => message_id.as_deref(),
            Self::RecipientUnsubscribed { .. } => None,
        }
    }

    /// Texter's explanation when nothing was sent.
    pub fn unsubscribed_reason(&self) -> Option<&str> {
        match self {
            Self::RecipientUnsubscribed { reason, .. } => reason.as_deref(),
            Self::Sent { .. } => None,
        }
    }

    /// The answer as received.
    pub fn raw(&self) -> &types::SendTemplateResponse {
        match self {
            Self::Sent { response, .. } | Self::RecipientUnsubscribed { response, .. } => response,
        }
    }

    /// The answer as received, by value.
    pub fn into_raw(self) -> types::SendTemplateResponse {
        match self {
            Self::Sent { response, .. } | Self::RecipientUnsubscribed { response, .. } => response,
        }
    }
}

impl From<types::SendTemplateResponse> for TemplateSendOutcome {
    /// `success: false` is [`TemplateSendOutcome::RecipientUnsubscribed`]; anything else is
    /// [`TemplateSendOutcome::Sent`].
    fn from(response: types::SendTemplateResponse) -> Self {
        if response.success == Some(false) {
            let reason = response.error.clone().or_else(|| {
                response
                    .extra
                    .values()
                    .find_map(|v| v.as_str().map(str::to_string))
            });
            Self::RecipientUnsubscribed { reason, response }
        } else {
            Self::Sent {
                message_id: response.message_id.clone(),
                text: response.text.clone(),
                sent_as_session_message: response.sent_as_session_message.unwrap_or(false),
                response,
            }
        }
    }
}
