//! Messages: send messages inside WhatsApp's 24-hour window, read a chat's history.
//!
//! The operations are generated from the spec ([`Messages`]); this module adds constructors
//! for the body of Send a Message to Chat ([`OutgoingMessage`]) and [`Messages::history`], a walk
//! back in time.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use futures::StreamExt;
//! use texterchat::enums::OutgoingMediaType;
//! use texterchat::messages::{OutgoingMessage, SendMessageRequestExt};
//!
//! let chat = "67bf11038b24880cc966f799";
//! texter.messages().send(chat, OutgoingMessage::text("Your order is ready")).send().await?;
//! let photo = OutgoingMessage::media([OutgoingMessage::media_url(
//!     OutgoingMediaType::Image,
//!     "https://example.com/order.jpg",
//! )])
//! .tmp_send_id("order-15033");
//! texter.messages().send(chat, photo).send().await?;
//!
//! let mut history = texter.messages().history(chat, None).items();
//! while let Some(message) = history.next().await {
//!     println!("{:?}", message?.text);
//! }
//! # Ok(()) }
//! ```

use texterchat_api::enums::OutgoingMediaType;
use texterchat_api::time::EpochMillis;
use texterchat_api::types;

use crate::error::Error;
use crate::pagination::{Pages, pagination_error};
pub use crate::surface::messages::*;

/// Constructors of [`types::SendMessageRequest`], the body of
/// [`Messages::send`]: one per kind of message.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct OutgoingMessage;

impl OutgoingMessage {
    /// A text message.
    pub fn text(text: impl Into<String>) -> types::SendMessageRequest {
        types::SendTextMessage::new(types::SendTextMessageType::Text, text).into()
    }

    /// One to ten media items (see [`OutgoingMessage::media_url`], [`OutgoingMessage::media_file`]).
    pub fn media(
        items: impl IntoIterator<Item = types::OutgoingMedia>,
    ) -> types::SendMessageRequest {
        types::SendMediaMessage::new(
            types::SendMediaMessageType::Media,
            items.into_iter().collect::<Vec<_>>(),
        )
        .into()
    }

    /// A media item Texter downloads from a public URL.
    pub fn media_url(
        media_type: OutgoingMediaType,
        url: impl Into<String>,
    ) -> types::OutgoingMedia {
        let mut media = types::OutgoingMedia::new(media_type);
        media.url = Some(url.into());
        media
    }

    /// A media item Texter already holds.
    pub fn media_file(
        media_type: OutgoingMediaType,
        file_id: impl Into<String>,
    ) -> types::OutgoingMedia {
        let mut media = types::OutgoingMedia::new(media_type);
        media.file_id = Some(file_id.into());
        media
    }

    /// Text with reply buttons (title and payload each).
    pub fn buttons<T: Into<String>, P: Into<String>>(
        text: impl Into<String>,
        buttons: impl IntoIterator<Item = (T, P)>,
    ) -> types::SendMessageRequest {
        let buttons: Vec<_> = buttons
            .into_iter()
            .map(|(title, payload)| {
                let mut button = types::OutgoingButton::new(title);
                button.payload = Some(payload.into());
                button
            })
            .collect();
        types::SendButtonsMessage::new(types::SendButtonsMessageType::Buttons, text, buttons).into()
    }

    /// Text with a list menu.
    pub fn list(text: impl Into<String>, list: types::MessageList) -> types::SendMessageRequest {
        types::SendListMessage::new(types::SendListMessageType::List, text, list).into()
    }

    /// Contact cards.
    pub fn contacts(
        cards: impl IntoIterator<Item = types::ContactCard>,
    ) -> types::SendMessageRequest {
        types::SendContactsMessage::new(
            types::SendContactsMessageType::Contacts,
            cards.into_iter().collect::<Vec<_>>(),
        )
        .into()
    }

    /// A location (its fields are not documented; passed through as JSON).
    pub fn location(
        location: serde_json::Map<String, serde_json::Value>,
    ) -> types::SendMessageRequest {
        types::SendLocationMessage::new(
            types::SendLocationMessageType::Location,
            types::MessageLocation(location),
        )
        .into()
    }
}

/// The fields every kind of outgoing message has.
pub trait SendMessageRequestExt: Sized {
    /// Replies to the message with this provider id (`wamid…`): the `context` field.
    fn reply_to(self, provider_message_id: impl Into<String>) -> Self;
    /// Your own client-side tracking id: the `tmpSendId` field.
    fn tmp_send_id(self, id: impl Into<String>) -> Self;
}

macro_rules! each_kind {
    ($value:expr, $m:ident => $body:expr) => {
        match $value {
            types::SendMessageRequest::TextMessage($m) => $body,
            types::SendMessageRequest::MediaMessage($m) => $body,
            types::SendMessageRequest::ButtonsMessage($m) => $body,
            types::SendMessageRequest::ListMessage($m) => $body,
            types::SendMessageRequest::ContactsMessage($m) => $body,
            types::SendMessageRequest::LocationMessage($m) => $body,
            // Every kind texterchat-api has is listed above: texterchat depends on exactly its
            // own version of texterchat-api (`=x.y.z`), so a kind added there arrives here with
            // its arm. The arm only satisfies `#[non_exhaustive]`.
            _ => {}
        }
    };
}

impl SendMessageRequestExt for types::SendMessageRequest {
    fn reply_to(mut self, provider_message_id: impl Into<String>) -> Self {
        let id = provider_message_id.into();
        each_kind!(&mut self, m => m.context = Some(id));
        self
    }

    fn tmp_send_id(mut self, id: impl Into<String>) -> Self {
        let id = id.into();
        each_kind!(&mut self, m => m.tmp_send_id = Some(id));
        self
    }
}

struct Walk {
    request: GetChatMessages,
    cursor: (EpochMillis, String),
    boundary: std::collections::HashSet<String>,
    done: bool,
}

impl Messages<'_> {
    /// The chat's history, walking back in time with the `beforeTime`/`beforeId` cursor from
    /// `start` (`None`: from now), `limit` messages per page (the spec's default when unset:
    /// set it with [`Messages::history_from`]). Pages, and the messages in them, come newest
    /// first. Every message is yielded once (the cursor message and its same-millisecond
    /// neighbours are not repeated); the walk stops on an empty page, and ends with a pagination
    /// error if the cursor stops moving back. Needs the scopes of [`Messages::list`].
    pub fn history(
        &self,
        chat_id: impl Into<String>,
        start: Option<(EpochMillis, String)>,
    ) -> Pages<Vec<types::Message>, types::Message> {
        self.history_from(self.list(chat_id), start)
    }

    /// Like [`Messages::history`], from a Get Messages request of your own (its `limit` and
    /// `botSessionId` apply to every page; its cursor is replaced by the walk's).
    pub fn history_from(
        &self,
        request: GetChatMessages,
        start: Option<(EpochMillis, String)>,
    ) -> Pages<Vec<types::Message>, types::Message> {
        let walk = Walk {
            request,
            cursor: start.unwrap_or_else(|| (EpochMillis::now(), "0".to_string())),
            boundary: Default::default(),
            done: false,
        };
        let pages = futures::stream::unfold(walk, |mut w| async move {
            if w.done {
                return None;
            }
            let (time, id) = w.cursor.clone();
            let page = match w
                .request
                .clone()
                .before_time(time)
                .before_id(id.clone())
                .send()
                .await
            {
                Ok(page) => page.messages,
                Err(e) => {
                    w.done = true;
                    return Some((Err(e), w));
                }
            };
            let mut fresh: Vec<types::Message> = page
                .into_iter()
                .filter(|m| {
                    let seen =
                        m.id.as_deref()
                            .is_some_and(|mid| mid == id || w.boundary.contains(mid));
                    !seen
                })
                .collect();
            // An empty page (after dropping repeats) ends the walk.
            let oldest = fresh.iter().min_by_key(|m| m.timestamp.map(|t| t.get()))?;
            let (Some(next_time), Some(next_id)) = (oldest.timestamp, oldest.id.clone()) else {
                w.done = true;
                let e = pagination_error(
                    "the oldest message of a page has no `timestamp` or `_id`, so the walk cannot continue".into(),
                );
                return Some((Err(e), w));
            };
            if next_time > time || (next_time == time && next_id == id) {
                w.done = true;
                let e = pagination_error(format!(
                    "the cursor did not move back in time (beforeTime={time}, then {next_time})"
                ));
                return Some((Err(e), w));
            }
            if next_time < time {
                w.boundary.clear();
            }
            w.boundary.extend(
                fresh
                    .iter()
                    .filter(|m| m.timestamp == Some(next_time))
                    .filter_map(|m| m.id.clone()),
            );
            w.cursor = (next_time, next_id);
            // Newest first.
            fresh.reverse();
            Some((Ok::<_, Error>(fresh), w))
        });
        Pages::new(pages, |page| page)
    }
}
