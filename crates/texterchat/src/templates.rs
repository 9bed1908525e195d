//! WhatsApp templates: send them, and create, localize, submit, update and delete them.
//!
//! A template is the only way to message a contact outside WhatsApp's 24-hour window. Sending
//! one returns a [`TemplateSendOutcome`]: Texter answers HTTP 200 even when it skipped the send
//! because the recipient unsubscribed from template messages, so check it.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::templates::{TemplateMessage, TemplateSendOutcome};
//!
//! let message = TemplateMessage::new("inbox_utility_66", "0521234567").body(["Dana", "15033"]);
//! match texter.templates().send(&message).await? {
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
//! use texterchat::templates::{Localization, NewTemplate};
//! use texterchat::types::TemplateComponent;
//!
//! let account = "972509876543";
//! let templates = texter.templates();
//! let created = templates
//!     .create(account, &NewTemplate::new(
//!         "Order ready",
//!         TemplateCategory::Utility,
//!         ChatStatus::Pending,
//!         TemplateUsage::Inbox,
//!     ))
//!     .await?;
//! let name = created.name.unwrap_or_default();
//! let body = TemplateComponent {
//!     type_: Some(TemplateComponentType::Body),
//!     text: Some("Your order {{1}} is ready".into()),
//!     ..Default::default()
//! };
//! templates.upsert_localization(account, &name, &Localization::new("en", [body])).await?;
//! templates.submit(account, &name, "en").await?;
//! # Ok(()) }
//! ```

use serde_json::{Map, Value};
use texterchat_api::catalog::Constraint;
use texterchat_api::enums::{ChatStatus, TemplateCategory, TemplateUsage};
use texterchat_api::{limits, operations as op, types};

use crate::call::Repeat;
use crate::chats::convert;
use crate::client::Texter;
use crate::error::{Error, Result};
use crate::validate;

/// The WhatsApp templates of a project; get it with [`Texter::templates`].
#[derive(Clone, Copy, Debug)]
pub struct Templates<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// WhatsApp templates: send, list, create, localize, submit, update, delete.
    pub fn templates(&self) -> Templates<'_> {
        Templates { texter: self }
    }
}

impl<'a> Templates<'a> {
    pub(crate) fn texter(&self) -> &'a Texter {
        self.texter
    }

    /// The operation [`Templates::send`] calls (a bulk send checks its scopes up front).
    pub(crate) const SEND: &'static texterchat_api::catalog::Operation = &op::SEND_TEMPLATE;
}

/// Checks the `accountId` and `templateName` path parameters of an operation.
fn check_path(account_id: &str, template_name: &str, name_rule: &Constraint) -> Result<()> {
    validate::non_empty("accountId", account_id)?;
    check_name("templateName", template_name, name_rule)
}

/// A template name: present, and matching the operation's pattern.
fn check_name(field: &str, name: &str, rule: &Constraint) -> Result<()> {
    validate::non_empty(field, name)?;
    validate::text(field, name, rule)
}

/// An optional value that, when given, must not be empty.
fn check_optional(field: &str, value: Option<&str>) -> Result<()> {
    value.map_or(Ok(()), |v| validate::non_empty(field, v))
}

/// One template send: which template, to whom, and the optional per-send values.
///
/// The shapes of `setChat`, `buttons`, `replyAction` and `sessionMessage` are not documented,
/// so they are passed through as JSON objects exactly as given.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct TemplateMessage {
    template_name: String,
    to: String,
    from: Option<String>,
    language: Option<String>,
    body: Option<Vec<String>>,
    header: Option<Map<String, Value>>,
    set_chat: Option<Map<String, Value>>,
    buttons: Option<Vec<Map<String, Value>>>,
    reply_action: Option<Map<String, Value>>,
    session_message: Option<Map<String, Value>>,
}

impl TemplateMessage {
    /// The approved template `template_name` (letters, digits, `_` and `-`) to the phone `to`,
    /// in any common format (`0521234567`, `972521234567`, `+972 52-123-4567`).
    pub fn new(template_name: impl Into<String>, to: impl Into<String>) -> Self {
        Self {
            template_name: template_name.into(),
            to: to.into(),
            from: None,
            language: None,
            body: None,
            header: None,
            set_chat: None,
            buttons: None,
            reply_action: None,
            session_message: None,
        }
    }

    /// Sends from this WhatsApp account number; otherwise the default channel is used when
    /// several exist.
    pub fn from(mut self, account: impl Into<String>) -> Self {
        self.from = Some(account.into());
        self
    }

    /// Sends this localization (`en`, `he`, …); chosen automatically when the template has only
    /// one.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// Values for the body variables `{{1}}`, `{{2}}`, … in order (required when the body has
    /// variables). A value may not contain line breaks, tabs or five consecutive spaces.
    pub fn body<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.body = Some(values.into_iter().map(Into::into).collect());
        self
    }

    /// Header media for this send, overriding the template's default: a `type` and a `url`,
    /// plus `filename` for documents. Passed through as given: the reference's list of header
    /// fields and `type` values could not be read.
    pub fn header(mut self, header: Map<String, Value>) -> Self {
        self.header = Some(header);
        self
    }

    /// Data written to the chat on send (passed through; its fields are not documented).
    pub fn set_chat(mut self, data: Map<String, Value>) -> Self {
        self.set_chat = Some(data);
        self
    }

    /// Button payload values, required when a URL button has a variable or the template was
    /// built with a Flow form; URL-encode non-English URL values. Passed through: the item
    /// shape is not documented.
    pub fn buttons(mut self, buttons: impl IntoIterator<Item = Map<String, Value>>) -> Self {
        self.buttons = Some(buttons.into_iter().collect());
        self
    }

    /// What happens when the recipient replies, overriding the template's defaults (passed
    /// through; its fields are not documented).
    pub fn reply_action(mut self, action: Map<String, Value>) -> Self {
        self.reply_action = Some(action);
        self
    }

    /// Sends an ordinary session message instead when the 24-hour window is open (passed
    /// through; its fields are not documented).
    pub fn session_message(mut self, message: Map<String, Value>) -> Self {
        self.session_message = Some(message);
        self
    }

    /// Checks the template name alone (a bulk send checks it once for every recipient).
    pub(crate) fn validate_name(&self) -> Result<()> {
        check_name(
            "templateName",
            &self.template_name,
            &limits::SEND_TEMPLATE_REQUEST_TEMPLATE_NAME,
        )
    }

    fn to_request(&self) -> Result<types::SendTemplateRequest> {
        self.validate_name()?;
        validate::text("to", &self.to, &limits::SEND_TEMPLATE_REQUEST_TO)?;
        check_optional("from", self.from.as_deref())?;
        check_optional("language", self.language.as_deref())?;
        let body = match &self.body {
            Some(values) => Some(
                values
                    .iter()
                    .enumerate()
                    .map(|(i, value)| {
                        let field = format!("body[{i}]");
                        validate::text(&field, value, &limits::SEND_TEMPLATE_REQUEST_BODY_ITEM)?;
                        convert(&field, value.as_str())
                    })
                    .collect::<Result<Vec<_>>>()?,
            ),
            None => None,
        };
        Ok(types::SendTemplateRequest {
            body,
            buttons: self.buttons.clone(),
            from: self.from.clone(),
            header: self.header.clone(),
            language: self.language.clone(),
            reply_action: self.reply_action.clone(),
            session_message: self.session_message.clone(),
            set_chat: self.set_chat.clone(),
            template_name: convert("templateName", self.template_name.as_str())?,
            to: convert("to", self.to.as_str())?,
        })
    }
}

/// What became of a template send that Texter accepted (HTTP 200).
///
/// Texter answers HTTP 200 both when it sent the template and when it skipped the send, so a
/// send is never silently successful: match on this (or use [`TemplateSendOutcome::is_sent`]).
/// The raw answer stays available through [`TemplateSendOutcome::raw`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
#[must_use = "a template send may have been skipped because the recipient unsubscribed"]
pub enum TemplateSendOutcome {
    /// The template (or, with [`TemplateMessage::session_message`], a session message) went
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

/// Filters of [`Templates::list`]. By default only approved templates of every account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct TemplateQuery {
    account_id: Option<String>,
    include_all: Option<bool>,
}

impl TemplateQuery {
    /// No filters: the approved templates of every account.
    pub fn new() -> Self {
        Self::default()
    }

    /// Only templates of this channel account (for WhatsApp, the business phone number).
    pub fn account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
    }

    /// With `true`, also pending and rejected templates.
    pub fn include_all(mut self, include_all: bool) -> Self {
        self.include_all = Some(include_all);
        self
    }
}

/// Texter-side behaviour shared by [`NewTemplate`] and [`TemplateUpdate`]: who may use the
/// template and what happens when the recipient replies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Behaviour {
    departments: Option<Vec<String>>,
    set_bot_node: Option<String>,
    responsible_agent: Option<String>,
    responsible_department: Option<String>,
    reply_text: Option<String>,
}

impl Behaviour {
    fn validate(&self) -> Result<()> {
        for (i, department) in self.departments.iter().flatten().enumerate() {
            validate::non_empty(&format!("departments[{i}]"), department)?;
        }
        if let (Some(agent), Some(department)) =
            (&self.responsible_agent, &self.responsible_department)
        {
            return Err(Error::validation(
                "responsibleAgent/responsibleDepartment",
                "cannot both be set: replies are assigned to an agent or to a department",
                format!("responsibleAgent {agent:?} and responsibleDepartment {department:?}"),
            ));
        }
        Ok(())
    }
}

/// The Texter side of a new template, for [`Templates::create`]. The WhatsApp content comes
/// next, with [`Templates::upsert_localization`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct NewTemplate {
    title: String,
    category: TemplateCategory,
    chat_status: ChatStatus,
    usage: TemplateUsage,
    name: Option<String>,
    is_default: Option<bool>,
    behaviour: Behaviour,
}

impl NewTemplate {
    /// A template with its required properties: the internal `title` shown in Texter, the
    /// WhatsApp `category` (WhatsApp may change it on submission), the chat status applied when
    /// the recipient replies (create accepts BOT, PENDING, ASSIGNED or RESOLVED) and whether it
    /// is sent from the inbox or in bulk. Texter generates the name.
    pub fn new(
        title: impl Into<String>,
        category: TemplateCategory,
        chat_status: ChatStatus,
        usage: TemplateUsage,
    ) -> Self {
        Self {
            title: title.into(),
            category,
            chat_status,
            usage,
            name: None,
            is_default: None,
            behaviour: Behaviour::default(),
        }
    }

    /// Your own name instead of a generated one: letters, digits and `_` (no `-`), unique per
    /// account. It is the template's id in every later call.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Makes it the account's default template (there is at most one).
    pub fn default_template(mut self, is_default: bool) -> Self {
        self.is_default = Some(is_default);
        self
    }

    /// Only these departments may use the template.
    pub fn departments<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.behaviour.departments = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// With chat status BOT, the bot node to start from when the recipient replies.
    pub fn set_bot_node(mut self, node: impl Into<String>) -> Self {
        self.behaviour.set_bot_node = Some(node.into());
        self
    }

    /// Assigns the chat to this agent (email) when the recipient replies; not together with
    /// [`NewTemplate::responsible_department`]. Inferred field on create (the reference
    /// documents it on update).
    pub fn responsible_agent(mut self, email: impl Into<String>) -> Self {
        self.behaviour.responsible_agent = Some(email.into());
        self
    }

    /// Assigns the chat to this department when the recipient replies; not together with
    /// [`NewTemplate::responsible_agent`]. Inferred field on create (the reference documents it
    /// on update).
    pub fn responsible_department(mut self, department_id: impl Into<String>) -> Self {
        self.behaviour.responsible_department = Some(department_id.into());
        self
    }

    /// Text sent automatically when the recipient replies. Inferred field on create (the
    /// reference documents it on update).
    pub fn reply_text(mut self, text: impl Into<String>) -> Self {
        self.behaviour.reply_text = Some(text.into());
        self
    }

    fn to_request(&self) -> Result<types::CreateTemplateRequest> {
        let name = match &self.name {
            Some(name) => {
                check_name("name", name, &limits::CREATE_TEMPLATE_REQUEST_NAME)?;
                Some(convert("name", name.as_str())?)
            }
            None => None,
        };
        self.behaviour.validate()?;
        let b = self.behaviour.clone();
        Ok(types::CreateTemplateRequest {
            category: self.category.clone(),
            chat_status: self.chat_status,
            departments: b.departments,
            is_default: self.is_default,
            name,
            reply_text: b.reply_text,
            responsible_agent: b.responsible_agent,
            responsible_department: b.responsible_department,
            set_bot_node: b.set_bot_node,
            title: self.title.clone(),
            usage: self.usage.clone(),
        })
    }
}

/// The WhatsApp content of one language of a template, for
/// [`Templates::upsert_localization`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct Localization {
    language: String,
    components: Vec<types::TemplateComponent>,
    defaults: Option<Map<String, Value>>,
}

impl Localization {
    /// The `components` (HEADER, BODY, FOOTER, BUTTONS: at least one, at most one of each) of
    /// the language `language`, a lowercase tag WhatsApp supports (`en`, `he`, `en_US`).
    pub fn new(
        language: impl Into<String>,
        components: impl IntoIterator<Item = types::TemplateComponent>,
    ) -> Self {
        Self {
            language: language.into(),
            components: components.into_iter().collect(),
            defaults: None,
        }
    }

    /// Send-time defaults, not reviewed by WhatsApp (for example `{"body": ["…"]}` to pre-fill
    /// the body variables).
    pub fn defaults(mut self, defaults: Map<String, Value>) -> Self {
        self.defaults = Some(defaults);
        self
    }

    fn to_request(&self) -> Result<types::TemplateLocalizationRequest> {
        validate::non_empty("language", &self.language)?;
        validate::items(
            "components",
            self.components.len(),
            &limits::TEMPLATE_LOCALIZATION_REQUEST_COMPONENTS,
        )?;
        validate::unique(
            "components[].type",
            self.components
                .iter()
                .filter_map(|c| c.type_.as_ref().map(|t| t.as_str())),
        )?;
        Ok(types::TemplateLocalizationRequest {
            components: self.components.clone(),
            defaults: self.defaults.clone(),
            language: self.language.clone(),
        })
    }
}

/// Texter-side properties of a template to change with [`Templates::update`]. Unset fields
/// stay as they are; `name` and `category` cannot change.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct TemplateUpdate {
    title: Option<String>,
    chat_status: Option<ChatStatus>,
    usage: Option<TemplateUsage>,
    is_default: Option<bool>,
    behaviour: Behaviour,
}

impl TemplateUpdate {
    /// Nothing to change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A new internal title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The chat status applied when the recipient replies (BOT, PENDING, ASSIGNED or
    /// RESOLVED).
    pub fn chat_status(mut self, status: ChatStatus) -> Self {
        self.chat_status = Some(status);
        self
    }

    /// Sent from the inbox or in bulk.
    pub fn usage(mut self, usage: TemplateUsage) -> Self {
        self.usage = Some(usage);
        self
    }

    /// Makes it (or stops it being) the account's default template.
    pub fn default_template(mut self, is_default: bool) -> Self {
        self.is_default = Some(is_default);
        self
    }

    /// Replaces the departments that may use the template (empty: none listed).
    pub fn departments<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.behaviour.departments = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// With chat status BOT, the bot node to start from (the bot's start node when unset).
    pub fn set_bot_node(mut self, node: impl Into<String>) -> Self {
        self.behaviour.set_bot_node = Some(node.into());
        self
    }

    /// Assigns the chat to this agent (email) when the recipient replies; cannot be combined
    /// with [`TemplateUpdate::responsible_department`].
    pub fn responsible_agent(mut self, email: impl Into<String>) -> Self {
        self.behaviour.responsible_agent = Some(email.into());
        self
    }

    /// Assigns the chat to this department when the recipient replies; cannot be combined with
    /// [`TemplateUpdate::responsible_agent`].
    pub fn responsible_department(mut self, department_id: impl Into<String>) -> Self {
        self.behaviour.responsible_department = Some(department_id.into());
        self
    }

    /// Text sent automatically when the recipient replies.
    pub fn reply_text(mut self, text: impl Into<String>) -> Self {
        self.behaviour.reply_text = Some(text.into());
        self
    }

    fn to_request(&self) -> Result<types::UpdateTemplateRequest> {
        self.behaviour.validate()?;
        let b = self.behaviour.clone();
        let body = types::UpdateTemplateRequest {
            chat_status: self.chat_status,
            departments: b.departments,
            is_default: self.is_default,
            reply_text: b.reply_text,
            responsible_agent: b.responsible_agent,
            responsible_department: b.responsible_department,
            set_bot_node: b.set_bot_node,
            title: self.title.clone(),
            usage: self.usage.clone(),
        };
        if body == types::UpdateTemplateRequest::default() {
            return Err(Error::validation(
                "body",
                "an update changes at least one property",
                "no property",
            ));
        }
        Ok(body)
    }
}

impl Templates<'_> {
    /// Sends an approved template to one recipient (Send Template Message). Needs *Send
    /// template messages*.
    ///
    /// When the recipient unsubscribed from template messages, Texter sends nothing and still
    /// answers HTTP 200 with `success: false`: that is
    /// [`TemplateSendOutcome::RecipientUnsubscribed`], not an error. Never retried once the
    /// request may have reached the server, so a template is not sent twice.
    pub async fn send(&self, message: &TemplateMessage) -> Result<TemplateSendOutcome> {
        let body = message.to_request()?;
        self.texter
            .call(Self::SEND, Repeat::AsSpec, |c| {
                c.send_template().body(body.clone()).send()
            })
            .await
            .map(TemplateSendOutcome::from)
    }

    /// Templates (List All Templates): approved ones, or every one with
    /// [`TemplateQuery::include_all`]. Not paginated. Needs *View template messages*.
    pub async fn list(&self, query: &TemplateQuery) -> Result<Vec<types::Template>> {
        check_optional("accountId", query.account_id.as_deref())?;
        self.texter
            .call(&op::LIST_TEMPLATES, Repeat::AsSpec, |c| {
                let mut request = c.list_templates();
                if let Some(account) = &query.account_id {
                    request = request.account_id(account.as_str());
                }
                if let Some(all) = query.include_all {
                    request = request.include_all(all);
                }
                request.send()
            })
            .await
    }

    /// Step 1 of 3 (Create New Template): creates the Texter side of a template on a channel
    /// account, not yet known to WhatsApp. Keep the returned `name` for the next steps. Needs
    /// *Manage WhatsApp templates*.
    ///
    /// Localize ([`Templates::upsert_localization`]) and submit ([`Templates::submit`]) right
    /// away: Texter's admin sync can delete a template that has no localization draft and that
    /// WhatsApp does not know. Not retried once the request may have reached the server.
    pub async fn create(
        &self,
        account_id: &str,
        template: &NewTemplate,
    ) -> Result<types::Template> {
        validate::non_empty("accountId", account_id)?;
        let body = template.to_request()?;
        self.texter
            .call(&op::CREATE_TEMPLATE, Repeat::AsSpec, |c| {
                c.create_template()
                    .account_id(account_id)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Step 2 of 3 (Create or Update Localization): sets the WhatsApp content of one language
    /// as a draft (it appears under `localizationDrafts`). Not allowed once the template was
    /// submitted: create a new template instead. Needs *Manage WhatsApp templates*.
    pub async fn upsert_localization(
        &self,
        account_id: &str,
        template_name: &str,
        localization: &Localization,
    ) -> Result<types::Template> {
        check_path(
            account_id,
            template_name,
            &limits::UPSERT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME,
        )?;
        let body = localization.to_request()?;
        self.texter
            .call(&op::UPSERT_TEMPLATE_LOCALIZATION, Repeat::AsSpec, |c| {
                c.upsert_template_localization()
                    .account_id(account_id)
                    .template_name(template_name)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Step 3 of 3 (Submit Template for Approval), once per language: submits the draft of
    /// `language` to WhatsApp. It moves to `provider_template.localizations` with status
    /// REQUESTED. Needs *Manage WhatsApp templates*.
    ///
    /// Approval usually takes seconds, rarely up to 24 hours; WhatsApp may reject it or change
    /// its category. Follow it with [`Templates::list`] and [`TemplateQuery::include_all`].
    /// Not retried once the request may have reached the server.
    pub async fn submit(
        &self,
        account_id: &str,
        template_name: &str,
        language: &str,
    ) -> Result<types::Template> {
        check_path(
            account_id,
            template_name,
            &limits::SUBMIT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME,
        )?;
        validate::non_empty("language", language)?;
        self.texter
            .call(&op::SUBMIT_TEMPLATE_LOCALIZATION, Repeat::AsSpec, |c| {
                c.submit_template_localization()
                    .account_id(account_id)
                    .template_name(template_name)
                    .language(language)
                    .send()
            })
            .await
    }

    /// Changes the Texter-side behaviour of a template (Update Existing Template); everything
    /// but `name` and `category` can change. Needs *Manage WhatsApp templates*.
    pub async fn update(
        &self,
        account_id: &str,
        template_name: &str,
        update: &TemplateUpdate,
    ) -> Result<types::Template> {
        check_path(
            account_id,
            template_name,
            &limits::UPDATE_TEMPLATE_TEMPLATE_NAME,
        )?;
        let body = update.to_request()?;
        self.texter
            .call(&op::UPDATE_TEMPLATE, Repeat::AsSpec, |c| {
                c.update_template()
                    .account_id(account_id)
                    .template_name(template_name)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Deletes a template (Delete Template). Needs *Manage WhatsApp templates*.
    ///
    /// Whether the template is also deleted at WhatsApp (Meta) is not documented: check the
    /// WhatsApp Manager if it matters.
    pub async fn delete(&self, account_id: &str, template_name: &str) -> Result<()> {
        check_path(
            account_id,
            template_name,
            &limits::DELETE_TEMPLATE_TEMPLATE_NAME,
        )?;
        self.texter
            .call_text(&op::DELETE_TEMPLATE, Repeat::AsSpec, |c| {
                c.delete_template()
                    .account_id(account_id)
                    .template_name(template_name)
                    .send()
            })
            .await
    }
}
