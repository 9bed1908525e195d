//! Chats: find, read, assign, resolve and update conversations.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::chats::{Agent, Assignment, ChatSearch};
//! use texterchat::enums::ChatStatusName;
//!
//! let pending = texter
//!     .chats()
//!     .search(&ChatSearch::new().status(ChatStatusName::Pending).label("vip") /* a label id: see labels().find_by_name */.limit(50))
//!     .await?;
//! texter
//!     .chats()
//!     .assign(&Assignment::phone("0521234567").agent(Agent::Email("tyler@example.com".into())))
//!     .await?;
//! # Ok(()) }
//! ```

use futures::StreamExt;
use serde_json::{Map, Value};
use texterchat_api::enums::{ChannelName, ChatStatusName};
use texterchat_api::{limits, operations as op, types};

use crate::Page;
use crate::call::Repeat;
use crate::client::Texter;
use crate::error::{Error, Result};
use crate::pagination::{
    DEFAULT_PAGE_SIZE, OffsetPage, Paginated, offset_pages, validate_page, with_page,
};
use crate::validate;

/// The page size of [`Chats::find_by_phone`]'s walk.
const FIND_PAGE_SIZE: u32 = 20;

/// The chats of a project; get it with [`Texter::chats`].
#[derive(Clone, Copy, Debug)]
pub struct Chats<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Chats: search, read, assign, resolve, update.
    pub fn chats(&self) -> Chats<'_> {
        Chats { texter: self }
    }
}

/// Filters of [`Chats::search`]. Every filter is optional; results are sorted by the time of
/// the last message, newest first.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ChatSearch {
    pub(crate) search: Option<String>,
    pub(crate) channel: Option<(ChannelName, String)>,
    pub(crate) labels: Vec<String>,
    pub(crate) statuses: Vec<ChatStatusName>,
    pub(crate) limit: Option<u32>,
    pub(crate) skip: Option<u64>,
}

impl ChatSearch {
    /// No filters.
    pub fn new() -> Self {
        Self::default()
    }

    /// Chats of the contact with this phone number, in any common format (`0521234567`,
    /// `972521234567`, `+972 52-123-4567`).
    pub fn phone(phone: impl Into<String>) -> Self {
        Self::new().text(phone)
    }

    /// Matches the contact's phone number or name, case-insensitively (at least 2 characters).
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.search = Some(text.into());
        self
    }

    /// Only chats of one channel account (the API takes the channel name and account id
    /// together).
    pub fn channel(mut self, name: ChannelName, account_id: impl Into<String>) -> Self {
        self.channel = Some((name, account_id.into()));
        self
    }

    /// Also matches chats carrying this label (any of the labels matches; at most 100).
    pub fn label(mut self, label_id: impl Into<String>) -> Self {
        self.labels.push(label_id.into());
        self
    }

    /// Also matches chats carrying any of these labels.
    pub fn labels<S: Into<String>>(mut self, label_ids: impl IntoIterator<Item = S>) -> Self {
        self.labels.extend(label_ids.into_iter().map(Into::into));
        self
    }

    /// Also matches chats in this status (any of the statuses matches; at most 5).
    pub fn status(mut self, status: ChatStatusName) -> Self {
        self.statuses.push(status);
        self
    }

    /// Also matches chats in any of these statuses.
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = ChatStatusName>) -> Self {
        self.statuses.extend(statuses);
        self
    }

    /// Most chats per page (1 to 10000; the server's default is 30).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Chats to skip first.
    pub fn skip(mut self, skip: u64) -> Self {
        self.skip = Some(skip);
        self
    }

    /// Checks every rule the API states for these filters.
    pub(crate) fn validate(&self) -> Result<()> {
        if let Some(text) = &self.search {
            validate::text("search", text, &limits::SEARCH_CHATS_SEARCH)?;
        }
        if let Some((_, account)) = &self.channel {
            validate::non_empty("channel[accountId]", account)?;
        }
        validate::items("labels[]", self.labels.len(), &limits::SEARCH_CHATS_LABELS)?;
        validate::unique("labels[]", self.labels.iter().map(String::as_str))?;
        validate::items(
            "statuses[]",
            self.statuses.len(),
            &limits::SEARCH_CHATS_STATUSES,
        )?;
        for status in &self.statuses {
            if status.as_str().trim().parse::<i64>().is_ok() {
                let known: Vec<&str> = ChatStatusName::KNOWN.iter().map(|s| s.as_str()).collect();
                return Err(Error::validation(
                    "statuses[]",
                    format!("must be status names, not numbers: {}", known.join(", ")),
                    format!("{:?}", status.as_str()),
                ));
            }
        }
        validate_page(
            &self.page(),
            &limits::SEARCH_CHATS_LIMIT,
            &limits::SEARCH_CHATS_SKIP,
        )
    }

    fn page(&self) -> Page {
        Page {
            limit: self.limit,
            skip: self.skip,
        }
    }
}

/// Which chat an [`Assignment`] is about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChatRef {
    /// The contact's phone, in any common format.
    Phone(String),
    /// The chat's `_id`.
    Id(String),
}

/// An agent, by one of the identifiers Assign Chat accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Agent {
    /// The agent's Texter user id.
    Uid(String),
    /// The agent's email in Texter.
    Email(String),
    /// The agent's CRM identifier in Texter.
    CrmId(String),
}

/// Who a chat is assigned to: an agent, a department, or both. The chat's status becomes
/// PENDING.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct Assignment {
    chat: ChatRef,
    agent: Option<Agent>,
    department: Option<String>,
    channel: Option<Map<String, Value>>,
}

impl Assignment {
    /// Assigns the chat of the contact with this phone number.
    pub fn phone(phone: impl Into<String>) -> Self {
        Self::of(ChatRef::Phone(phone.into()))
    }

    /// Assigns the chat with this `_id`.
    pub fn chat_id(chat_id: impl Into<String>) -> Self {
        Self::of(ChatRef::Id(chat_id.into()))
    }

    /// Assigns the given chat.
    pub fn of(chat: ChatRef) -> Self {
        Self {
            chat,
            agent: None,
            department: None,
            channel: None,
        }
    }

    /// To this agent (one identifier).
    pub fn agent(mut self, agent: Agent) -> Self {
        self.agent = Some(agent);
        self
    }

    /// To this department (alone, or with an agent).
    pub fn department(mut self, department_id: impl Into<String>) -> Self {
        self.department = Some(department_id.into());
        self
    }

    /// Disambiguates when several chats exist for one phone number. The reference does not
    /// show this object's fields (probably `{name, accountId}`), so it is passed through as
    /// given.
    pub fn channel(mut self, channel: Map<String, Value>) -> Self {
        self.channel = Some(channel);
        self
    }

    fn to_request(&self) -> Result<types::AssignChatRequest> {
        let mut body = types::AssignChatRequest {
            channel: self.channel.clone(),
            ..Default::default()
        };
        match &self.chat {
            ChatRef::Phone(p) => {
                validate::text("phone", p, &limits::ASSIGN_CHAT_REQUEST_PHONE)?;
                body.phone = Some(convert("phone", p.as_str())?);
            }
            ChatRef::Id(id) => {
                validate::non_empty("chatId", id)?;
                body.chat_id = Some(id.clone());
            }
        }
        match &self.agent {
            Some(Agent::Uid(v)) => {
                validate::non_empty("agentUid", v)?;
                body.agent_uid = Some(v.clone());
            }
            Some(Agent::Email(v)) => {
                validate::non_empty("agentEmail", v)?;
                body.agent_email = Some(v.clone());
            }
            Some(Agent::CrmId(v)) => {
                validate::non_empty("agentCrmId", v)?;
                body.agent_crm_id = Some(v.clone());
            }
            None => {}
        }
        if let Some(d) = &self.department {
            validate::non_empty("departmentId", d)?;
            body.department_id = Some(d.clone());
        }
        if self.agent.is_none() && self.department.is_none() {
            return Err(Error::validation(
                "agentUid/agentEmail/agentCrmId/departmentId",
                "an assignment names an agent, a department, or a department and an agent",
                "neither",
            ));
        }
        Ok(body)
    }
}

/// Properties of a chat to replace with [`Chats::update`]. Unset fields are not sent and stay
/// as they are; set ones replace the stored value entirely.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ChatUpdate {
    display_name: Option<String>,
    external_bot: Option<bool>,
    crm_data: Option<Map<String, Value>>,
    crm_deep_link: Option<String>,
}

impl ChatUpdate {
    /// Nothing to change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A custom display name (at most 255 characters).
    pub fn display_name(mut self, name: impl Into<String>) -> Self {
        self.display_name = Some(name.into());
        self
    }

    /// Hands the chat to (true) or takes it back from (false) an external bot; fires the
    /// External Bot Enabled/Disabled events.
    pub fn external_bot(mut self, enabled: bool) -> Self {
        self.external_bot = Some(enabled);
        self
    }

    /// Replaces the whole CRM data object (use [`Chats::update_crm_data`] to merge instead).
    pub fn crm_data(mut self, data: Map<String, Value>) -> Self {
        self.crm_data = Some(data);
        self
    }

    /// Link to the contact's CRM record. The field name is inferred (it matches the Chat field).
    pub fn crm_deep_link(mut self, url: impl Into<String>) -> Self {
        self.crm_deep_link = Some(url.into());
        self
    }

    fn to_request(&self) -> Result<types::UpdateChatRequest> {
        let display_name = match &self.display_name {
            Some(name) => {
                validate::text(
                    "displayName",
                    name,
                    &limits::UPDATE_CHAT_REQUEST_DISPLAY_NAME,
                )?;
                Some(convert("displayName", name.as_str())?)
            }
            None => None,
        };
        if self.display_name.is_none()
            && self.external_bot.is_none()
            && self.crm_data.is_none()
            && self.crm_deep_link.is_none()
        {
            return Err(Error::validation(
                "body",
                "an update changes at least one property",
                "no property",
            ));
        }
        Ok(types::UpdateChatRequest {
            display_name,
            external_bot: self.external_bot,
            crm_data: self.crm_data.clone(),
            crm_deep_link: self.crm_deep_link.clone(),
        })
    }
}

/// Converts an already validated value into a generated constrained type.
pub(crate) fn convert<T, V>(field: &str, value: V) -> Result<T>
where
    V: TryInto<T>,
    V::Error: std::fmt::Display,
{
    value
        .try_into()
        .map_err(|e| Error::validation(field, e.to_string(), "(see the rule)"))
}

impl Chats<'_> {
    /// Finds chats (Search Chats), most often by phone. Needs *List all chats*.
    ///
    /// The results do not include `lastMessage`.
    pub async fn search(&self, query: &ChatSearch) -> Result<types::SearchChatsResponse> {
        query.validate()?;
        self.texter
            .call(&op::SEARCH_CHATS, Repeat::AsSpec, |c| {
                let mut request = c.search_chats();
                if let Some(text) = &query.search {
                    request = request.search(text.as_str());
                }
                if let Some((name, account)) = &query.channel {
                    request = request
                        .channel_name(name.clone())
                        .channel_account_id(account.clone());
                }
                if !query.labels.is_empty() {
                    request = request.labels(query.labels.clone());
                }
                if !query.statuses.is_empty() {
                    request = request.statuses(query.statuses.clone());
                }
                with_page!(request, query.page()).send()
            })
            .await
    }

    /// The most recently active chat of the contact with this phone number, if any (a contact
    /// has one chat per channel account). Needs *List all chats*.
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
        let wanted = normalizer.normalize_field("phone", phone)?;
        // Search by the national number (without the default country code) when the number has
        // it: a part of every form Texter may store (`0521234567`, `972521234567`, `+972…`).
        let search_text = normalizer.national(&wanted).to_string();
        let same = |candidate: Option<&str>| {
            candidate
                .and_then(|c| normalizer.normalize_field("phone", c).ok())
                .is_some_and(|c| c == wanted)
        };
        let mut chats = self
            .search_all(ChatSearch::new().text(search_text).limit(FIND_PAGE_SIZE))
            .items();
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

    /// The public view of one chat (Get Chat by Chat ID): no `_id`, labels, CRM data or display
    /// name. Needs *Send session message*.
    pub async fn get(&self, chat_id: &str) -> Result<types::PublicChat> {
        validate::non_empty("chatId", chat_id)?;
        self.texter
            .call(&op::GET_CHAT, Repeat::AsSpec, |c| {
                c.get_chat().chat_id(chat_id).send()
            })
            .await
    }

    /// Assigns a chat to an agent and/or a department (Assign Chat); its status becomes
    /// PENDING. Needs *Manage all chats*.
    pub async fn assign(&self, assignment: &Assignment) -> Result<()> {
        let body = assignment.to_request()?;
        self.texter
            .call_text(&op::ASSIGN_CHAT, Repeat::AsSpec, |c| {
                c.assign_chat().body(body.clone()).send()
            })
            .await
    }

    /// Resolves a chat (Resolve Chat); with `notify_client` the contact first gets the default
    /// resolution message. Needs *Manage all chats*.
    ///
    /// With `notify_client` the call also sends a message, so it is not retried once it may
    /// have reached the server.
    pub async fn resolve(&self, chat_id: &str, notify_client: bool) -> Result<()> {
        validate::non_empty("chatId", chat_id)?;
        let repeat = if notify_client {
            Repeat::NotIdempotent
        } else {
            Repeat::AsSpec
        };
        self.texter
            .call_success(&op::RESOLVE_CHAT, repeat, |c| {
                c.resolve_chat()
                    .chat_id(chat_id)
                    .body(types::ResolveChatRequest {
                        notify_client: Some(notify_client),
                    })
                    .send()
            })
            .await
    }

    /// Replaces chat properties (Update Chat Properties). Needs *Manage all chats*.
    pub async fn update(
        &self,
        chat_id: &str,
        update: &ChatUpdate,
    ) -> Result<types::ChatWithSuccess> {
        validate::non_empty("chatId", chat_id)?;
        let body = update.to_request()?;
        self.texter
            .call(&op::UPDATE_CHAT, Repeat::AsSpec, |c| {
                c.update_chat().chat_id(chat_id).body(body.clone()).send()
            })
            .await
    }

    /// Merges `data` into the chat's CRM data (Update CRM Data). Needs *Manage all chats*.
    pub async fn update_crm_data(
        &self,
        chat_id: &str,
        data: Map<String, Value>,
    ) -> Result<types::ChatWithSuccess> {
        validate::non_empty("chatId", chat_id)?;
        let body = types::UpdateChatCrmDataRequest { data };
        self.texter
            .call(&op::UPDATE_CHAT_CRM_DATA, Repeat::AsSpec, |c| {
                c.update_chat_crm_data()
                    .chat_id(chat_id)
                    .body(body.clone())
                    .send()
            })
            .await
    }
}

impl Chats<'_> {
    /// Every chat matching `query`, page after page (`query.limit` sets the page size, default
    /// [`DEFAULT_PAGE_SIZE`]; `query.skip` the start). Filters apply to every page. Needs *List
    /// all chats*.
    pub fn search_all(&self, query: ChatSearch) -> Paginated<types::Chat> {
        let texter = self.texter.clone();
        let page_size = query.limit.unwrap_or(DEFAULT_PAGE_SIZE);
        let start = query.skip.unwrap_or(0);
        offset_pages(page_size, start, move |page| {
            let texter = texter.clone();
            let mut query = query.clone();
            query.limit = page.limit;
            query.skip = page.skip;
            async move {
                let response = texter.chats().search(&query).await?;
                Ok(OffsetPage {
                    items: response.data,
                    total: response.total,
                })
            }
        })
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
