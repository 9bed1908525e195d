//! Quick replies: prepared messages offered to agents in the inbox.
//!
//! The operations are generated from the spec ([`QuickReplies`]); this module adds
//! constructors of the generated request types.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::enums::{ChannelName, QuickReplyPosition, SortOrder};
//! use texterchat::quick_replies::{channel, text};
//! use texterchat::types::QuickReplyDisplay;
//!
//! let mut send = text("Thanks for reaching out! An agent will reply shortly.");
//! send.target = Some(vec![channel(ChannelName::Whatsapp, "972586640430")]);
//! texter
//!     .quick_replies()
//!     .create(send)
//!     .display(QuickReplyDisplay::new().title("Greeting").position(QuickReplyPosition::Top))
//!     .send()
//!     .await?;
//! let page = texter.quick_replies().list().sort_title(SortOrder::Ascending).limit(100).send().await?;
//! # Ok(()) }
//! ```
//!
//! # AI-suggested replies
//!
//! To suggest a reply on one chat, create a quick reply targeting that chat
//! ([`chat`]), then mark it with `{"aiQuickReply": true}` in its client metadata; the inbox shows
//! it on top of that chat as a suggestion. When it goes stale, delete it or replace its
//! contents.

use texterchat_api::enums::{ChannelName, MessageType};
use texterchat_api::types;

pub use crate::surface::quick_replies::*;

/// What a quick reply sends: one text message (add targets, more contents, a delay).
pub fn text(text: impl Into<String>) -> types::NewQuickReplySend {
    let mut content = types::MessageContent::new();
    content.type_ = Some(MessageType::Text);
    content.text = Some(text.into());
    let mut send = types::NewQuickReplySend::new();
    send.contents = Some(vec![content]);
    send
}

/// A target: every chat of one channel account.
pub fn channel(name: ChannelName, account_id: impl Into<String>) -> types::NewQuickReplyTarget {
    let mut target = types::NewQuickReplyTarget::new();
    target.name = Some(name);
    target.account_id = Some(account_id.into());
    target
}

/// A target: one chat.
pub fn chat(
    name: ChannelName,
    account_id: impl Into<String>,
    chat_id: impl Into<String>,
) -> types::NewQuickReplyTarget {
    let mut target = channel(name, account_id);
    target.id = Some(chat_id.into());
    target
}
