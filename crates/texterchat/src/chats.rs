//! Chats: find, read, assign, resolve and update conversations.
//!
//! The operations are generated from the spec ([`Chats`]); this module adds
//! [`Chats::find_by_phone`] and the WhatsApp session window ([`ChatWindow`]).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::enums::ChatStatusName;
//!
//! let pending = texter
//!     .chats()
//!     .search()
//!     .statuses([ChatStatusName::Pending])
//!     .labels(["vip"]) // label ids: see labels().find_by_name
//!     .limit(50)
//!     .send()
//!     .await?;
//! texter
//!     .chats()
//!     .assign()
//!     .phone("0521234567")
//!     .agent_email("tyler@example.com")
//!     .send()
//!     .await?;
//! # Ok(()) }
//! ```

use futures::StreamExt;
use texterchat_api::enums::ChannelName;
use texterchat_api::types;

use crate::error::Result;
pub use crate::surface::chats::*;

/// The page size of [`Chats::find_by_phone`]'s walk.
const FIND_PAGE_SIZE: i64 = 20;

impl Chats<'_> {
    /// The most recently active chat of the contact with this phone number, if any (a contact
    /// has one chat per channel account). Needs the scopes of [`Chats::search`].
    ///
    /// Search Chats also matches names and parts of numbers, so the results are checked: a chat
    /// is returned only when one of its contact's numbers (`clientPhoneE164`, `clientPhone`, or
    /// the WhatsApp contact id `channelInfo.id`) is the same number as `phone` once both are
    /// normalised ([`crate::phone::PhoneNormalizer`], with the client's
    /// [default country code](crate::TexterBuilder::default_country_code)). The search text is
    /// the number's digits without the default country code (`521234567` for `0521234567`,
    /// `+972 52-123-4567` or `972521234567`), which every stored form of it contains; pages are
    /// walked until a chat matches. A `phone` that breaks the spec's phone rule is a validation error.
    pub async fn find_by_phone(&self, phone: &str) -> Result<Option<types::Chat>> {
        let normalizer = self.texter.phone_normalizer().clone();
        let wanted = normalizer.normalize(phone)?;
        // Search by the national number (without the default country code) when the number has
        // it: a part of every form Texter may store (`0521234567`, `972521234567`, `+972…`).
        let search_text = normalizer.national(&wanted).to_string();
        let same = |candidate: Option<&str>| {
            candidate
                .and_then(|c| normalizer.normalize(c).ok())
                .is_some_and(|c| c == wanted)
        };
        let mut chats = Box::pin(
            self.search()
                .search(search_text)
                .limit(FIND_PAGE_SIZE)
                .all()
                .items(),
        );
        while let Some(chat) = chats.next().await {
            let chat = chat?;
            let whatsapp_id = chat
                .channel_info
                .as_ref()
                .filter(|c| c.name.as_ref() == Some(&ChannelName::Whatsapp))
                .and_then(|c| c.id.as_deref());
            if same(chat.client_phone_e164.as_deref())
                || same(chat.client_phone.as_deref())
                || same(whatsapp_id)
            {
                return Ok(Some(chat));
            }
        }
        Ok(None)
    }
}

/// How long WhatsApp keeps a conversation open for free-form (session) messages after the
/// contact's last message: 24 hours. This is WhatsApp's rule, not Texter's; outside the window
/// only a template can reach the contact.
pub const WHATSAPP_SESSION_WINDOW: std::time::Duration =
    std::time::Duration::from_secs(24 * 60 * 60);

/// Whether a chat's WhatsApp session window is open, i.e. whether a session message
/// ([`crate::messages::Messages::send`]) can still reach the contact or a template
/// ([`crate::templates::Templates::send`]) is needed. See [`ChatWindow::session_window`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SessionWindow {
    /// The contact wrote within the last 24 hours: session messages can be sent until
    /// `closes_at`.
    Open {
        /// When the window closes.
        closes_at: std::time::SystemTime,
    },
    /// The contact's last message is older than 24 hours: send a template.
    Closed {
        /// When the window closed.
        closed_at: std::time::SystemTime,
    },
    /// The chat carries no `lastIncomingMessageTimestamp` (the contact never wrote, or the
    /// field was not returned): a session message will probably be refused; send a template.
    Unknown,
}

impl SessionWindow {
    /// From the time of the contact's last message, at `now`.
    pub fn at(last_incoming: Option<std::time::SystemTime>, now: std::time::SystemTime) -> Self {
        let Some(last) = last_incoming else {
            return SessionWindow::Unknown;
        };
        // A time near the end of the platform's range cannot be added to: unknown, not a panic.
        let Some(closes_at) = last.checked_add(WHATSAPP_SESSION_WINDOW) else {
            return SessionWindow::Unknown;
        };
        if now < closes_at {
            SessionWindow::Open { closes_at }
        } else {
            SessionWindow::Closed {
                closed_at: closes_at,
            }
        }
    }

    /// Whether a session message can reach the contact now.
    pub fn is_open(&self) -> bool {
        matches!(self, SessionWindow::Open { .. })
    }
}

/// The WhatsApp session window of a chat, from its `lastIncomingMessageTimestamp`.
///
/// ```
/// use texterchat::chats::{ChatWindow, SessionWindow};
/// use texterchat::time::EpochMillis;
///
/// let mut chat = texterchat::types::Chat::default();
/// chat.last_incoming_message_timestamp = Some(EpochMillis::now());
/// assert!(chat.session_window().is_open());
/// chat.last_incoming_message_timestamp = None;
/// assert_eq!(chat.session_window(), SessionWindow::Unknown);
/// ```
pub trait ChatWindow {
    /// The time of the contact's last message, when the chat says.
    fn last_incoming_message_at(&self) -> Option<std::time::SystemTime>;

    /// The session window now.
    fn session_window(&self) -> SessionWindow {
        self.session_window_at(std::time::SystemTime::now())
    }

    /// The session window at `now`.
    fn session_window_at(&self, now: std::time::SystemTime) -> SessionWindow {
        SessionWindow::at(self.last_incoming_message_at(), now)
    }
}

impl ChatWindow for types::Chat {
    fn last_incoming_message_at(&self) -> Option<std::time::SystemTime> {
        self.last_incoming_message_timestamp
            .and_then(|t| t.to_system_time())
    }
}

impl ChatWindow for types::PublicChat {
    fn last_incoming_message_at(&self) -> Option<std::time::SystemTime> {
        self.last_incoming_message_timestamp
            .and_then(|t| t.to_system_time())
    }
}
