//! Quick replies: prepared messages offered to agents in the inbox.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::enums::{ChannelName, QuickReplyPosition, SortOrder};
//! use texterchat::quick_replies::{NewQuickReply, QuickReplyQuery};
//!
//! texter
//!     .quick_replies()
//!     .create(
//!         &NewQuickReply::text("Thanks for reaching out! An agent will reply shortly.")
//!             .channel(ChannelName::Whatsapp, "972586640430")
//!             .position(QuickReplyPosition::Top)
//!             .title("Greeting"),
//!     )
//!     .await?;
//! let page = texter
//!     .quick_replies()
//!     .list(&QuickReplyQuery::new().sort_by_title(SortOrder::Ascending).limit(100))
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! # AI-suggested replies
//!
//! To suggest a reply on one chat, create a quick reply targeting that chat, then mark it with
//! `{"aiQuickReply": true}` in its client metadata; the inbox shows it on top of that chat as
//! a suggestion. When it goes stale, delete it or replace its contents.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::enums::ChannelName;
//! use texterchat::quick_replies::NewQuickReply;
//! use texterchat::types::QuickReplyUpdate;
//!
//! let quick_replies = texter.quick_replies();
//! let suggestion = quick_replies
//!     .create(
//!         &NewQuickReply::text("Your order #1234 ships tomorrow.")
//!             .chat(ChannelName::Whatsapp, "972586640430", "67bf11038b24880cc966f799")
//!             .note("AI suggestion"),
//!     )
//!     .await?;
//! if let Some(id) = suggestion.id.as_deref() {
//!     let mut flag = serde_json::Map::new();
//!     flag.insert("aiQuickReply".into(), true.into());
//!     quick_replies
//!         .update(id, &[QuickReplyUpdate::UpdateClientMetadata(Some(flag))])
//!         .await?;
//! }
//! # Ok(()) }
//! ```

use std::time::Duration;

use texterchat_api::enums::{ChannelName, MessageType, QuickReplyPosition, SortOrder};
use texterchat_api::{limits, operations as op, types};

use crate::Page;
use crate::call::Repeat;
use crate::client::Texter;
use crate::error::Result;
use crate::pagination::{validate_page, with_page};
use crate::validate;

/// The quick replies of a project; get it with [`Texter::quick_replies`].
#[derive(Clone, Copy, Debug)]
pub struct QuickReplies<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Quick replies: list, create, update, delete.
    pub fn quick_replies(&self) -> QuickReplies<'_> {
        QuickReplies { texter: self }
    }
}

/// The channel account (and optionally the chat) a [`QuickReplyQuery`] is about: the
/// `forChat[...]` parameters, which the API takes together.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ForChat {
    name: ChannelName,
    account_id: String,
    chat_id: Option<String>,
}

/// Filters and order of [`QuickReplies::list`]. Every filter is optional; without a sort the
/// newest come first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct QuickReplyQuery {
    page: Page,
    sort_title: Option<SortOrder>,
    sort_created: Option<SortOrder>,
    sort_updated: Option<SortOrder>,
    for_chat: Option<ForChat>,
    position: Option<QuickReplyPosition>,
    has_contents_type: Vec<MessageType>,
}

impl QuickReplyQuery {
    /// No filters, the server's default order and page size.
    pub fn new() -> Self {
        Self::default()
    }

    /// This page (`limit` 1 to 10000, `skip` 0 to 100000).
    pub fn page(mut self, page: Page) -> Self {
        self.page = page;
        self
    }

    /// Most quick replies per page (1 to 10000; the server's default is not documented).
    pub fn limit(mut self, limit: u32) -> Self {
        self.page = self.page.limit(limit);
        self
    }

    /// Quick replies to skip first (at most 100000).
    pub fn skip(mut self, skip: u64) -> Self {
        self.page = self.page.skip(skip);
        self
    }

    /// Sorts alphabetically by `display.title`.
    pub fn sort_by_title(mut self, order: SortOrder) -> Self {
        self.sort_title = Some(order);
        self
    }

    /// Sorts by creation time (the server's default is newest first).
    pub fn sort_by_created(mut self, order: SortOrder) -> Self {
        self.sort_created = Some(order);
        self
    }

    /// Sorts by the time of the last change.
    pub fn sort_by_updated(mut self, order: SortOrder) -> Self {
        self.sort_updated = Some(order);
        self
    }

    /// Only quick replies offered on this channel account.
    pub fn for_channel(mut self, name: ChannelName, account_id: impl Into<String>) -> Self {
        self.for_chat = Some(ForChat {
            name,
            account_id: account_id.into(),
            chat_id: None,
        });
        self
    }

    /// Only quick replies for one chat: its channel account, and the chat `_id` a quick reply
    /// is scoped to (`send.target[].id`).
    pub fn for_chat(
        mut self,
        name: ChannelName,
        account_id: impl Into<String>,
        chat_id: impl Into<String>,
    ) -> Self {
        self.for_chat = Some(ForChat {
            name,
            account_id: account_id.into(),
            chat_id: Some(chat_id.into()),
        });
        self
    }

    /// Only quick replies displayed in this position.
    pub fn position(mut self, position: QuickReplyPosition) -> Self {
        self.position = Some(position);
        self
    }

    /// Only quick replies with at least one message of one of these types (adds to the types
    /// given before).
    pub fn has_contents_type(mut self, types: impl IntoIterator<Item = MessageType>) -> Self {
        self.has_contents_type.extend(types);
        self
    }

    fn validate(&self) -> Result<()> {
        validate_page(
            &self.page,
            &limits::LIST_QUICK_REPLIES_LIMIT,
            &limits::LIST_QUICK_REPLIES_SKIP,
        )?;
        if let Some(for_chat) = &self.for_chat {
            validate::non_empty("forChat[accountId]", &for_chat.account_id)?;
            if let Some(id) = &for_chat.chat_id {
                validate::non_empty("forChat[id]", id)?;
            }
        }
        Ok(())
    }
}

/// A quick reply to create: its messages, where it is offered, and how agents see it. Both the
/// messages and the targets are needed.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct NewQuickReply {
    request: types::CreateQuickReplyRequest,
}

impl NewQuickReply {
    /// A quick reply sending these messages (each shaped like a Send a Message to Chat body),
    /// offered nowhere yet: add at least one target.
    pub fn new(contents: impl IntoIterator<Item = types::MessageContent>) -> Self {
        Self {
            request: types::CreateQuickReplyRequest {
                send: types::QuickReplySend {
                    contents: Some(contents.into_iter().collect()),
                    ..Default::default()
                },
                display: None,
            },
        }
    }

    /// A quick reply sending one text message.
    pub fn text(text: impl Into<String>) -> Self {
        Self::new([types::MessageContent {
            type_: Some(MessageType::Text),
            text: Some(text.into()),
            ..Default::default()
        }])
    }

    /// Also sends this message.
    pub fn content(mut self, content: types::MessageContent) -> Self {
        self.request
            .send
            .contents
            .get_or_insert_with(Vec::new)
            .push(content);
        self
    }

    /// Also offers it where this target says.
    pub fn target(mut self, target: types::QuickReplyTarget) -> Self {
        self.request
            .send
            .target
            .get_or_insert_with(Vec::new)
            .push(target);
        self
    }

    /// Also offers it on this channel account.
    pub fn channel(self, name: ChannelName, account_id: impl Into<String>) -> Self {
        self.target(types::QuickReplyTarget {
            name: Some(name),
            account_id: Some(account_id.into()),
            id: None,
        })
    }

    /// Also offers it in one chat (by `_id`) of this channel account.
    pub fn chat(
        self,
        name: ChannelName,
        account_id: impl Into<String>,
        chat_id: impl Into<String>,
    ) -> Self {
        self.target(types::QuickReplyTarget {
            name: Some(name),
            account_id: Some(account_id.into()),
            id: Some(chat_id.into()),
        })
    }

    /// Waits this long between the messages when there are several. It travels in whole
    /// milliseconds; anything finer is dropped.
    pub fn between_messages_delay(mut self, delay: Duration) -> Self {
        self.request.send.between_messages_delay =
            Some(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
        self
    }

    /// How agents see it, as a whole (replacing any [`title`](Self::title),
    /// [`note`](Self::note) or [`position`](Self::position) set before).
    pub fn display(mut self, display: types::QuickReplyDisplay) -> Self {
        self.request.display = Some(display);
        self
    }

    /// The title agents see.
    pub fn title(self, title: impl Into<String>) -> Self {
        self.with_display(|d| d.title = Some(title.into()))
    }

    /// A note shown beside it, e.g. "AI suggestion".
    pub fn note(self, note: impl Into<String>) -> Self {
        self.with_display(|d| d.note = Some(note.into()))
    }

    /// Where the inbox shows it.
    pub fn position(self, position: QuickReplyPosition) -> Self {
        self.with_display(|d| d.position = Some(position))
    }

    fn with_display(mut self, set: impl FnOnce(&mut types::QuickReplyDisplay)) -> Self {
        set(self.request.display.get_or_insert_with(Default::default));
        self
    }

    fn to_request(&self) -> Result<types::CreateQuickReplyRequest> {
        let send = &self.request.send;
        let contents = send.contents.as_deref().unwrap_or_default();
        validate::items(
            "send.contents",
            contents.len(),
            &limits::CREATE_QUICK_REPLY_REQUEST_SEND_CONTENTS,
        )?;
        let targets = send.target.as_deref().unwrap_or_default();
        validate::items(
            "send.target",
            targets.len(),
            &limits::CREATE_QUICK_REPLY_REQUEST_SEND_TARGET,
        )?;
        for (i, target) in targets.iter().enumerate() {
            if let Some(account) = &target.account_id {
                validate::non_empty(&format!("send.target[{i}].accountId"), account)?;
            }
            if let Some(id) = &target.id {
                validate::non_empty(&format!("send.target[{i}].id"), id)?;
            }
        }
        Ok(self.request.clone())
    }
}

impl From<types::CreateQuickReplyRequest> for NewQuickReply {
    /// The same quick reply; [`QuickReplies::create`] checks it like one built here.
    fn from(request: types::CreateQuickReplyRequest) -> Self {
        Self { request }
    }
}

impl QuickReplies<'_> {
    /// One page of quick replies and their total (Get Existing Quick Replies). Needs *View
    /// quick replies*.
    pub async fn list(&self, query: &QuickReplyQuery) -> Result<types::QuickRepliesResponse> {
        query.validate()?;
        self.texter
            .call(&op::LIST_QUICK_REPLIES, Repeat::AsSpec, |c| {
                let mut request = with_page!(c.list_quick_replies(), query.page);
                if let Some(order) = &query.sort_title {
                    request = request.sort_title(order.clone());
                }
                if let Some(order) = &query.sort_created {
                    request = request.sort_created(order.clone());
                }
                if let Some(order) = &query.sort_updated {
                    request = request.sort_updated(order.clone());
                }
                if let Some(for_chat) = &query.for_chat {
                    request = request
                        .for_chat_name(for_chat.name.clone())
                        .for_chat_account_id(for_chat.account_id.clone());
                    if let Some(id) = &for_chat.chat_id {
                        request = request.for_chat_id(id.clone());
                    }
                }
                if let Some(position) = &query.position {
                    request = request.position(position.clone());
                }
                if !query.has_contents_type.is_empty() {
                    request = request.has_contents_type(query.has_contents_type.clone());
                }
                request.send()
            })
            .await
    }

    /// Creates a quick reply (Create Quick Reply). Texter checks its contents against the
    /// limits of every targeted channel. Needs *Manage quick replies*.
    ///
    /// Not retried once the request may have reached the server, so it is not created twice.
    pub async fn create(&self, quick_reply: &NewQuickReply) -> Result<types::QuickReply> {
        let body = quick_reply.to_request()?;
        self.texter
            .call(&op::CREATE_QUICK_REPLY, Repeat::AsSpec, |c| {
                c.create_quick_reply().body(body.clone()).send()
            })
            .await
    }

    /// Applies 1 to 1000 update operations, in order, and returns the updated quick reply
    /// (Update Existing Quick Reply). Needs *Manage quick replies*.
    pub async fn update(
        &self,
        quick_reply_id: &str,
        operations: &[types::QuickReplyUpdate],
    ) -> Result<types::QuickReply> {
        validate::non_empty("quickReplyId", quick_reply_id)?;
        validate::items("body", operations.len(), &limits::UPDATE_QUICK_REPLY_BODY)?;
        self.texter
            .call(&op::UPDATE_QUICK_REPLY, Repeat::AsSpec, |c| {
                c.update_quick_reply()
                    .quick_reply_id(quick_reply_id)
                    .body(operations.to_vec())
                    .send()
            })
            .await
    }

    /// Deletes a quick reply (Delete Quick Reply). Needs *Manage quick replies*.
    ///
    /// Inferred operation: the method and path follow Update Existing Quick Reply; Texter's
    /// page for it was not available. Any 2xx answer is success and its body is ignored.
    pub async fn delete(&self, quick_reply_id: &str) -> Result<()> {
        validate::non_empty("quickReplyId", quick_reply_id)?;
        self.texter
            .call_empty(&op::DELETE_QUICK_REPLY, Repeat::AsSpec, |c| {
                c.delete_quick_reply().quick_reply_id(quick_reply_id).send()
            })
            .await
    }
}

impl QuickReplies<'_> {
    /// Every quick reply matching `query`, page after page (its page size, default
    /// [`crate::pagination::DEFAULT_PAGE_SIZE`], and its start apply; its filters and sort
    /// apply to every page). Needs *View quick replies*.
    pub fn list_all(
        &self,
        query: QuickReplyQuery,
    ) -> crate::pagination::Paginated<types::QuickReply> {
        let texter = self.texter.clone();
        let page_size = query
            .page
            .limit
            .unwrap_or(crate::pagination::DEFAULT_PAGE_SIZE);
        let start = query.page.skip.unwrap_or(0);
        crate::pagination::offset_pages(page_size, start, move |page| {
            let texter = texter.clone();
            let query = query.clone().page(page);
            async move {
                let response = texter.quick_replies().list(&query).await?;
                Ok(crate::pagination::OffsetPage {
                    items: response.quick_replies,
                    total: response.total,
                })
            }
        })
    }
}
