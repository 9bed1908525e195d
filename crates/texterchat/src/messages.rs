//! Messages: read a chat's history and send session messages.
//!
//! A session message can only be sent while WhatsApp's 24-hour window is open (the contact
//! wrote in the last 24 hours); otherwise send a template (see [`crate::templates`]).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter, chat_id: &str) -> texterchat::Result<()> {
//! use texterchat::messages::{Button, Media, OutgoingMessage};
//! use texterchat::enums::OutgoingMediaType;
//!
//! let messages = texter.messages();
//! messages.send(chat_id, &OutgoingMessage::text("Hi! How can we help?")).await?;
//! messages
//!     .send(chat_id, &OutgoingMessage::buttons("Was this helpful?", [
//!         Button::new("Yes", "helpful_yes"),
//!         Button::new("No", "helpful_no"),
//!     ]))
//!     .await?;
//! messages
//!     .send(chat_id, &OutgoingMessage::media([
//!         Media::url(OutgoingMediaType::Document, "https://example.com/invoice.pdf"),
//!     ]))
//!     .await?;
//! # Ok(()) }
//! ```

use serde_json::{Map, Value};
use texterchat_api::enums::OutgoingMediaType;
use texterchat_api::time::EpochMillis;
use texterchat_api::{limits, operations as op, types};

use crate::call::Repeat;
use crate::chats::convert;
use crate::client::Texter;
use crate::error::{Error, Result};
use crate::pagination::{Paginated, pagination_error};
use crate::validate;

/// The messages of a project; get it with [`Texter::messages`].
#[derive(Clone, Copy, Debug)]
pub struct Messages<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Messages: read a chat's history, send session messages.
    pub fn messages(&self) -> Messages<'_> {
        Messages { texter: self }
    }
}

/// Which messages of a chat [`Messages::list`] returns. The API needs a filter: a bot session,
/// or a cursor (a time and the id of a message to exclude).
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct MessageQuery {
    pub(crate) filter: MessageFilter,
    pub(crate) limit: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum MessageFilter {
    Before { time: EpochMillis, id: String },
    BotSession(String),
}

impl MessageQuery {
    /// Messages with `timestamp <= time`, excluding the message `id`: pass the `timestamp` and
    /// `_id` of the oldest message you have to walk back in time.
    pub fn before(time: EpochMillis, message_id: impl Into<String>) -> Self {
        Self {
            filter: MessageFilter::Before {
                time,
                id: message_id.into(),
            },
            limit: None,
        }
    }

    /// The newest messages: a cursor at the current time. The API has no "latest" mode; the
    /// SDK uses `beforeTime` = now and `beforeId` = `0`, an id no message has (Texter ids are
    /// 24 hex digits).
    pub fn latest() -> Self {
        Self::before(EpochMillis::now(), "0")
    }

    /// The messages of one bot session (`chat.botState.id`).
    pub fn bot_session(session_id: impl Into<String>) -> Self {
        Self {
            filter: MessageFilter::BotSession(session_id.into()),
            limit: None,
        }
    }

    /// Most messages to return (the server's default is 50).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    fn validate(&self) -> Result<()> {
        match &self.filter {
            MessageFilter::Before { id, .. } => {
                validate::text("beforeId", id, &limits::GET_CHAT_MESSAGES_BEFORE_ID)?
            }
            MessageFilter::BotSession(id) => validate::text(
                "botSessionId",
                id,
                &limits::GET_CHAT_MESSAGES_BOT_SESSION_ID,
            )?,
        }
        if let Some(limit) = self.limit {
            validate::number("limit", i64::from(limit), &limits::GET_CHAT_MESSAGES_LIMIT)?;
        }
        Ok(())
    }
}

/// A reply button: its text and the payload the contact's choice returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    /// Button text.
    pub title: String,
    /// Value returned in the contact's postback.
    pub payload: String,
}

impl Button {
    /// A button.
    pub fn new(title: impl Into<String>, payload: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            payload: payload.into(),
        }
    }
}

/// A media item to send: a type and exactly one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// image, video, document or audio.
    pub media_type: OutgoingMediaType,
    /// Where the file is.
    pub source: MediaSource,
}

/// Where a [`Media`] item's file is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaSource {
    /// A public URL; Texter downloads the file and keeps it.
    Url(String),
    /// A file Texter already holds (`media[].fileId` of a message).
    FileId(String),
}

impl Media {
    /// A file at a public URL.
    pub fn url(media_type: OutgoingMediaType, url: impl Into<String>) -> Self {
        Self {
            media_type,
            source: MediaSource::Url(url.into()),
        }
    }

    /// A file Texter already holds.
    pub fn file(media_type: OutgoingMediaType, file_id: impl Into<String>) -> Self {
        Self {
            media_type,
            source: MediaSource::FileId(file_id.into()),
        }
    }
}

/// What a session message says.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Content {
    /// Text, 1 to 4096 characters.
    Text(String),
    /// One to ten media items.
    Media(Vec<Media>),
    /// Text with one to three reply buttons.
    Buttons {
        /// The text above the buttons.
        text: String,
        /// The buttons.
        buttons: Vec<Button>,
    },
    /// Text with a list menu (at most 10 rows across its sections).
    List {
        /// The text above the list.
        text: String,
        /// The menu.
        list: types::MessageList,
    },
    /// One or more contact cards.
    Contacts(Vec<types::ContactCard>),
    /// A location. Its fields are not documented, so it is sent as given.
    Location(Map<String, Value>),
}

/// A session message: its content, optionally as a reply, optionally with your own tracking id.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct OutgoingMessage {
    /// What it says.
    pub content: Content,
    /// The provider id (`wamid…`, from `message.channelInfo.id`) of the message it replies to.
    pub reply_to: Option<String>,
    /// Your own client-side tracking id.
    pub tmp_send_id: Option<String>,
}

impl OutgoingMessage {
    /// A message with this content.
    pub fn new(content: Content) -> Self {
        Self {
            content,
            reply_to: None,
            tmp_send_id: None,
        }
    }

    /// A text message.
    pub fn text(text: impl Into<String>) -> Self {
        Self::new(Content::Text(text.into()))
    }

    /// A media message.
    pub fn media(items: impl IntoIterator<Item = Media>) -> Self {
        Self::new(Content::Media(items.into_iter().collect()))
    }

    /// Text with reply buttons.
    pub fn buttons(text: impl Into<String>, buttons: impl IntoIterator<Item = Button>) -> Self {
        Self::new(Content::Buttons {
            text: text.into(),
            buttons: buttons.into_iter().collect(),
        })
    }

    /// Text with a list menu.
    pub fn list(text: impl Into<String>, list: types::MessageList) -> Self {
        Self::new(Content::List {
            text: text.into(),
            list,
        })
    }

    /// Contact cards.
    pub fn contacts(cards: impl IntoIterator<Item = types::ContactCard>) -> Self {
        Self::new(Content::Contacts(cards.into_iter().collect()))
    }

    /// A location (fields as Texter expects them; they are not documented).
    pub fn location(location: Map<String, Value>) -> Self {
        Self::new(Content::Location(location))
    }

    /// Sends it as a reply to the message with this provider id (`wamid…`).
    pub fn reply_to(mut self, provider_message_id: impl Into<String>) -> Self {
        self.reply_to = Some(provider_message_id.into());
        self
    }

    /// Attaches your own tracking id.
    pub fn tmp_send_id(mut self, id: impl Into<String>) -> Self {
        self.tmp_send_id = Some(id.into());
        self
    }

    /// Checks the API's rules and builds the request body.
    pub(crate) fn to_request(&self) -> Result<types::SendMessageRequest> {
        if let Some(context) = &self.reply_to {
            validate::non_empty("context", context)?;
        }
        let context = self.reply_to.clone();
        let tmp_send_id = self.tmp_send_id.clone();
        Ok(match &self.content {
            Content::Text(text) => {
                validate::text("text", text, &limits::SEND_TEXT_MESSAGE_TEXT)?;
                types::SendTextMessage {
                    context,
                    text: convert("text", text.as_str())?,
                    tmp_send_id,
                    type_: types::SendTextMessageType::Text,
                }
                .into()
            }
            Content::Media(items) => {
                validate::items("media", items.len(), &limits::SEND_MEDIA_MESSAGE_MEDIA)?;
                let mut media = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    if !item.media_type.is_known() {
                        let sendable: Vec<&str> = OutgoingMediaType::KNOWN
                            .iter()
                            .map(|t| t.as_str())
                            .collect();
                        return Err(Error::validation(
                            format!("media[{i}].mediaType"),
                            format!("must be one of {}", sendable.join(", ")),
                            format!("{:?}", item.media_type.as_str()),
                        ));
                    }
                    let (url, file_id) = match &item.source {
                        MediaSource::Url(u) => {
                            validate::non_empty(&format!("media[{i}].url"), u)?;
                            (Some(u.clone()), None)
                        }
                        MediaSource::FileId(f) => {
                            validate::non_empty(&format!("media[{i}].fileId"), f)?;
                            (None, Some(f.clone()))
                        }
                    };
                    media.push(types::OutgoingMedia {
                        media_type: item.media_type.clone(),
                        url,
                        file_id,
                    });
                }
                types::SendMediaMessage {
                    context,
                    media,
                    tmp_send_id,
                    type_: types::SendMediaMessageType::Media,
                }
                .into()
            }
            Content::Buttons { text, buttons } => {
                validate::text("text", text, &limits::SEND_BUTTONS_MESSAGE_TEXT)?;
                validate::items(
                    "buttons",
                    buttons.len(),
                    &limits::SEND_BUTTONS_MESSAGE_BUTTONS,
                )?;
                for (i, b) in buttons.iter().enumerate() {
                    validate::non_empty(&format!("buttons[{i}].title"), &b.title)?;
                }
                types::SendButtonsMessage {
                    buttons: buttons
                        .iter()
                        .map(|b| types::MessageButton {
                            title: Some(b.title.clone()),
                            payload: Some(b.payload.clone()),
                        })
                        .collect(),
                    context,
                    text: convert("text", text.as_str())?,
                    tmp_send_id,
                    type_: types::SendButtonsMessageType::Buttons,
                }
                .into()
            }
            Content::List { text, list } => {
                validate::text("text", text, &limits::SEND_LIST_MESSAGE_TEXT)?;
                let rows: usize = list
                    .sections
                    .iter()
                    .flatten()
                    .map(|s| s.rows.as_ref().map_or(0, Vec::len))
                    .sum();
                validate::items(
                    "list.sections[].rows",
                    rows,
                    &limits::SEND_LIST_MESSAGE_LIST_ROWS,
                )?;
                types::SendListMessage {
                    context,
                    list: list.clone(),
                    text: convert("text", text.as_str())?,
                    tmp_send_id,
                    type_: types::SendListMessageType::List,
                }
                .into()
            }
            Content::Contacts(cards) => {
                validate::items(
                    "contacts",
                    cards.len(),
                    &limits::SEND_CONTACTS_MESSAGE_CONTACTS,
                )?;
                types::SendContactsMessage {
                    contacts: cards.clone(),
                    context,
                    tmp_send_id,
                    type_: types::SendContactsMessageType::Contacts,
                }
                .into()
            }
            Content::Location(location) => types::SendLocationMessage {
                context,
                location: types::MessageLocation(location.clone()),
                tmp_send_id,
                type_: types::SendLocationMessageType::Location,
            }
            .into(),
        })
    }
}

impl Messages<'_> {
    /// Messages of a chat, oldest first (Get Messages of a Chat). Needs *View all chats*.
    ///
    /// `minTime`/`maxTime` of the answer span the whole chat, not this page. To walk the whole
    /// history, use [`Messages::history`].
    pub async fn list(
        &self,
        chat_id: &str,
        query: &MessageQuery,
    ) -> Result<types::ChatMessagesResponse> {
        validate::non_empty("chatId", chat_id)?;
        query.validate()?;
        self.texter
            .call(&op::GET_CHAT_MESSAGES, Repeat::AsSpec, |c| {
                let mut request = c.get_chat_messages().chat_id(chat_id);
                match &query.filter {
                    MessageFilter::Before { time, id } => {
                        request = request.before_time(*time).before_id(id.as_str());
                    }
                    MessageFilter::BotSession(id) => {
                        request = request.bot_session_id(id.as_str());
                    }
                }
                if let Some(limit) = query.limit {
                    request = request.limit(u64::from(limit));
                }
                request.send()
            })
            .await
    }

    /// Sends a session message to an existing chat (Send a Message to Chat). Needs *Send
    /// session message*.
    ///
    /// Never retried once the request may have reached the server, so a message is not sent
    /// twice; see [`crate::retry`].
    pub async fn send(
        &self,
        chat_id: &str,
        message: &OutgoingMessage,
    ) -> Result<types::SendMessageResponse> {
        validate::non_empty("chatId", chat_id)?;
        let body = message.to_request()?;
        self.texter
            .call(&op::SEND_MESSAGE, Repeat::AsSpec, |c| {
                c.send_message().chat_id(chat_id).body(body.clone()).send()
            })
            .await
    }
}

/// Where the history walk stands.
struct Walk {
    texter: Texter,
    chat_id: String,
    query: MessageQuery,
    /// Ids of messages already yielded whose timestamp equals the cursor time: the API returns
    /// `timestamp <= beforeTime` minus one id, so same-millisecond neighbours come back.
    boundary: std::collections::HashSet<String>,
    done: bool,
}

impl Messages<'_> {
    /// The chat's history, walking back in time from `start` (usually
    /// [`MessageQuery::latest`]) with the `beforeTime`/`beforeId` cursor; `start.limit` sets the
    /// page size. Pages, and the messages in them, come newest first. Every message is yielded once (the cursor message and its
    /// same-millisecond neighbours are not repeated); the walk stops on an empty page, and ends
    /// with an error if the cursor stops moving back. Needs *View all chats*.
    pub fn history(&self, chat_id: &str, start: MessageQuery) -> Paginated<types::Message> {
        let walk = Walk {
            texter: self.texter.clone(),
            chat_id: chat_id.to_string(),
            query: start,
            boundary: Default::default(),
            done: false,
        };
        Paginated::new(futures::stream::unfold(walk, |mut w| async move {
            if w.done {
                return None;
            }
            let MessageFilter::Before { time, id } = w.query.filter.clone() else {
                w.done = true;
                let e = Error::validation(
                    "start",
                    "a history walk starts from a cursor: MessageQuery::latest() or MessageQuery::before(..)",
                    "a bot-session query",
                );
                return Some((Err(e), w));
            };
            let page = match w.texter.messages().list(&w.chat_id, &w.query).await {
                Ok(page) => page.messages,
                Err(e) => {
                    w.done = true;
                    return Some((Err(e), w));
                }
            };
            let fresh: Vec<types::Message> = page
                .into_iter()
                .filter(|m| {
                    let seen = m.id.as_deref().is_some_and(|mid| mid == id || w.boundary.contains(mid));
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
            w.query.filter = MessageFilter::Before {
                time: next_time,
                id: next_id,
            };
            Some((Ok(fresh), w))
        }))
        .newest_first()
    }
}
