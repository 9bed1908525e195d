// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Identify the chat with exactly one of `phone` or `chatId`, and the assignee with one agent
identifier, a department, or both.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct AssignChatRequest {
        ///The agent's CRM identifier in Texter.
        #[serde(
            rename = "agentCrmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_crm_id: ::std::option::Option<::std::string::String>,
        ///The agent's email in Texter.
        #[serde(
            rename = "agentEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_email: ::std::option::Option<::std::string::String>,
        ///The agent's Texter user id.
        #[serde(
            rename = "agentUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_uid: ::std::option::Option<::std::string::String>,
        /**Disambiguates when several chats exist for one phone. Its fields were not readable;
probably `{name, accountId}` (inferred).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The chat's `_id`.
        #[serde(
            rename = "chatId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_id: ::std::option::Option<::std::string::String>,
        ///The department, alone or with one agent identifier.
        #[serde(
            rename = "departmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub department_id: ::std::option::Option<::std::string::String>,
        /**The contact's phone in any common format (`0521234567`, `972521234567`, `+972 52-123-4567`).
The pattern (8 to 15 digits after an optional `+` or `00`, with spaces, dashes, dots and
parentheses between them) is inferred from E.164: the reference says only "any common format".
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    ///A bot session. Bots may add keys of their own.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct BotState {
        #[serde(
            rename = "flowVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_version: ::std::option::Option<BotStateFlowVersion>,
        ///The bot session id (64 hex digits); use it as `botSessionId`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The bot node the session is at.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub node: ::std::option::Option<::std::string::String>,
        ///Values the bot collected.
        #[serde(
            rename = "userState",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub user_state: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The bot flow and its version.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct BotStateFlowVersion {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub identifier: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
    }
    ///A channel account and, on chats and messages, the contact on it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChannelInfo {
        ///The business account; for WhatsApp the business phone number.
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///The contact's id on the channel; for WhatsApp their phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Channel-specific details.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::enums::ChannelName>,
    }
    /**One conversation with one contact on one channel account. Search Chats results do not
include `lastMessage`; `personChats` only appears in webhook payloads. The reference page
of this object could only be read in part.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Chat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<ChatAgent>,
        /**True once the contact unsubscribed from template messages (Texter's bot `unsubscribe`
function sets it; bulk sends skip such chats). From Texter's code, not the reference.
*/
        #[serde(
            rename = "blockTemplates",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub block_templates: ::std::option::Option<bool>,
        ///The active or most recent bot session.
        #[serde(
            rename = "botState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bot_state: ::std::option::Option<BotState>,
        ///The channel type; seen in Search Chats results only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<crate::enums::ChannelName>,
        #[serde(
            rename = "channelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_info: ::std::option::Option<ChannelInfo>,
        ///Seen in Search Chats results only; its meaning is not documented (the examples hold a phone number).
        #[serde(
            rename = "clientPhone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_phone: ::std::option::Option<::std::string::String>,
        ///Seen in Search Chats results only; its meaning is not documented (the examples hold the contact's number in E.164 form).
        #[serde(
            rename = "clientPhoneE164",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_phone_e164: ::std::option::Option<::std::string::String>,
        ///When the chat was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::IsoDateTime>,
        ///Free-form CRM data.
        #[serde(
            rename = "crmData",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub crm_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Link to the contact's CRM record, shown to agents.
        #[serde(
            rename = "crmDeepLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_deep_link: ::std::option::Option<::std::string::String>,
        ///The department responsible for the chat.
        #[serde(
            rename = "departmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub department_id: ::std::option::Option<::std::string::String>,
        ///A custom name set in Texter; absent if never set.
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Seen in Search Chats results only. Inferred meaning - the business phone in E.164.
        #[serde(
            rename = "entityPhone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub entity_phone: ::std::option::Option<::std::string::String>,
        ///Whether an external bot handles the chat; toggling it fires an event.
        #[serde(
            rename = "externalBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_bot: ::std::option::Option<bool>,
        ///The chat id; use it in every chat-scoped call.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///File id of the contact's avatar.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Ids of the chat's labels.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<::std::string::String>,
        /**Time of the contact's last message, in epoch milliseconds. Webhooks can arrive out of
order: compare a message's `timestamp` with this to drop stale deliveries.
*/
        #[serde(
            rename = "lastIncomingMessageTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_incoming_message_timestamp: ::std::option::Option<
            crate::time::EpochMillis,
        >,
        #[serde(
            rename = "lastMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_message: ::std::option::Option<LastMessage>,
        ///Time of the last message, in epoch milliseconds (snake_case on full chats).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_message_timestamp: ::std::option::Option<crate::time::EpochMillis>,
        ///In epoch seconds; listed in the schema only, meaning not documented.
        #[serde(
            rename = "pendingMessageTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pending_message_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///In epoch seconds. Inferred meaning - when the chat last became PENDING.
        #[serde(
            rename = "pendingUpdateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pending_update_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///Every chat of the same person, this one included. Only in webhook payloads.
        #[serde(
            rename = "personChats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub person_chats: ::std::vec::Vec<PersonChatRef>,
        ///Links the chats of one person across channels.
        #[serde(
            rename = "personId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///The bot session before `botState`.
        #[serde(
            rename = "previousBotSession",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_bot_session: ::std::option::Option<BotState>,
        ///The action armed for the contact's reply to a template; null when none.
        #[serde(
            rename = "replyAction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_action: ::std::option::Option<ReplyAction>,
        ///When the chat was last resolved, in epoch seconds.
        #[serde(
            rename = "resolvedUpdateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resolved_update_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///Listed in the schema only; meaning not documented.
        #[serde(
            rename = "sendingBulkAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sending_bulk_agent: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::ChatStatus>,
        ///The contact's profile name on the channel.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Number of unread incoming messages.
        #[serde(
            rename = "unreadCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unread_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unsubscribed: ::std::option::Option<ChatUnsubscribed>,
        ///When the chat last changed.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<crate::time::IsoDateTime>,
    }
    ///The agent a chat is assigned to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatAgent {
        ///The agent's name; may be empty.
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///The agent's user id (UUID-like); null when no agent is assigned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
    }
    ///Data of chatAssigned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatAssignedEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<WebhookAgent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat: ::std::option::Option<Chat>,
    }
    ///Data of the chat events that carry only the chat.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat: ::std::option::Option<Chat>,
    }
    ///Data of chatLabelsUpdated and chatSpecificLabelAdded; `chat.labels` is the new set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatLabelsEventData {
        ///Label ids just added.
        #[serde(
            rename = "addedLabels",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub added_labels: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat: ::std::option::Option<Chat>,
        ///Label ids before the change.
        #[serde(
            rename = "oldLabels",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub old_labels: ::std::vec::Vec<::std::string::String>,
        ///Label ids just removed.
        #[serde(
            rename = "removedLabels",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub removed_labels: ::std::vec::Vec<::std::string::String>,
    }
    ///Messages of a chat, oldest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatMessagesResponse {
        ///Time of the chat's last message, in epoch milliseconds (whole chat, not this page).
        #[serde(
            rename = "maxTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_time: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub messages: ::std::vec::Vec<Message>,
        ///Time of the chat's first message, in epoch milliseconds (whole chat, not this page).
        #[serde(
            rename = "minTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_time: ::std::option::Option<crate::time::EpochMillis>,
    }
    ///Present when the contact unsubscribed from template messages. Only `date` could be read in the reference.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatUnsubscribed {
        ///When the contact unsubscribed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<crate::time::IsoDateTime>,
    }
    ///A full chat merged with the `success` flag.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ChatWithSuccess {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<ChatAgent>,
        /**True once the contact unsubscribed from template messages (Texter's bot `unsubscribe`
function sets it; bulk sends skip such chats). From Texter's code, not the reference.
*/
        #[serde(
            rename = "blockTemplates",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub block_templates: ::std::option::Option<bool>,
        ///The active or most recent bot session.
        #[serde(
            rename = "botState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bot_state: ::std::option::Option<BotState>,
        ///The channel type; seen in Search Chats results only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<crate::enums::ChannelName>,
        #[serde(
            rename = "channelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_info: ::std::option::Option<ChannelInfo>,
        ///Seen in Search Chats results only; its meaning is not documented (the examples hold a phone number).
        #[serde(
            rename = "clientPhone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_phone: ::std::option::Option<::std::string::String>,
        ///Seen in Search Chats results only; its meaning is not documented (the examples hold the contact's number in E.164 form).
        #[serde(
            rename = "clientPhoneE164",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_phone_e164: ::std::option::Option<::std::string::String>,
        ///When the chat was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::IsoDateTime>,
        ///Free-form CRM data.
        #[serde(
            rename = "crmData",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub crm_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Link to the contact's CRM record, shown to agents.
        #[serde(
            rename = "crmDeepLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_deep_link: ::std::option::Option<::std::string::String>,
        ///The department responsible for the chat.
        #[serde(
            rename = "departmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub department_id: ::std::option::Option<::std::string::String>,
        ///A custom name set in Texter; absent if never set.
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Seen in Search Chats results only. Inferred meaning - the business phone in E.164.
        #[serde(
            rename = "entityPhone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub entity_phone: ::std::option::Option<::std::string::String>,
        ///Whether an external bot handles the chat; toggling it fires an event.
        #[serde(
            rename = "externalBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_bot: ::std::option::Option<bool>,
        ///The chat id; use it in every chat-scoped call.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///File id of the contact's avatar.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Ids of the chat's labels.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<::std::string::String>,
        /**Time of the contact's last message, in epoch milliseconds. Webhooks can arrive out of
order: compare a message's `timestamp` with this to drop stale deliveries.
*/
        #[serde(
            rename = "lastIncomingMessageTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_incoming_message_timestamp: ::std::option::Option<
            crate::time::EpochMillis,
        >,
        #[serde(
            rename = "lastMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_message: ::std::option::Option<LastMessage>,
        ///Time of the last message, in epoch milliseconds (snake_case on full chats).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_message_timestamp: ::std::option::Option<crate::time::EpochMillis>,
        ///In epoch seconds; listed in the schema only, meaning not documented.
        #[serde(
            rename = "pendingMessageTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pending_message_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///In epoch seconds. Inferred meaning - when the chat last became PENDING.
        #[serde(
            rename = "pendingUpdateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pending_update_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///Every chat of the same person, this one included. Only in webhook payloads.
        #[serde(
            rename = "personChats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub person_chats: ::std::vec::Vec<PersonChatRef>,
        ///Links the chats of one person across channels.
        #[serde(
            rename = "personId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///The bot session before `botState`.
        #[serde(
            rename = "previousBotSession",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_bot_session: ::std::option::Option<BotState>,
        ///The action armed for the contact's reply to a template; null when none.
        #[serde(
            rename = "replyAction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_action: ::std::option::Option<ReplyAction>,
        ///When the chat was last resolved, in epoch seconds.
        #[serde(
            rename = "resolvedUpdateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resolved_update_time: ::std::option::Option<crate::time::EpochSeconds>,
        ///Listed in the schema only; meaning not documented.
        #[serde(
            rename = "sendingBulkAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sending_bulk_agent: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::ChatStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///The contact's profile name on the channel.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Number of unread incoming messages.
        #[serde(
            rename = "unreadCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unread_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unsubscribed: ::std::option::Option<ChatUnsubscribed>,
        ///When the chat last changed.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<crate::time::IsoDateTime>,
    }
    /**A vCard-style contact card. Only the field names were readable; the shapes of the list
entries and of `org` are kept as free-form JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ContactCard {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub addresses: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emails: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<ContactCardName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub org: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phones: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub urls: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
    }
    ///`ContactCardName`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ContactCardName {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub formatted_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Which revision to copy and the new scenario's name. Whether either field is required is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CopyScenarioRequest {
        ///Inferred - the other scenario write endpoints accept it.
        #[serde(
            rename = "authorUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub author_uid: ::std::option::Option<::std::string::String>,
        ///The revision version to copy.
        #[serde(
            rename = "fromVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_version: ::std::option::Option<i64>,
        ///Name of the new scenario.
        #[serde(
            rename = "newName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub new_name: ::std::option::Option<::std::string::String>,
    }
    ///A new label.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateLabelRequest {
        ///Full hex color.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        ///The label id.
        pub id: ::std::string::String,
        ///Display name.
        pub name: ::std::string::String,
    }
    ///A new quick reply. Which children of `send` are individually required is not documented; `contents` and `target` surely are.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateQuickReplyRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display: ::std::option::Option<QuickReplyDisplay>,
        /**The messages and the targets. Inferred: a quick reply needs at least one message and
one target (the reference does not state the counts).
*/
        pub send: NewQuickReplySend,
    }
    ///The Texter side of a new template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateTemplateRequest {
        pub category: crate::enums::TemplateCategory,
        ///Chat status after the recipient replies; create accepts BOT, PENDING, ASSIGNED or RESOLVED (0-3).
        #[serde(rename = "chatStatus")]
        pub chat_status: crate::enums::ChatStatus,
        ///Department ids that may use the template.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub departments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Make it the account's default template.
        #[serde(
            rename = "isDefault",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_default: ::std::option::Option<bool>,
        ///The template name (letters, digits, underscore; unique per account). Generated when omitted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
        #[serde(
            rename = "replyText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_text: ::std::option::Option<::std::string::String>,
        ///Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
        #[serde(
            rename = "responsibleAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_agent: ::std::option::Option<::std::string::String>,
        ///Inferred - accepted by Update Existing Template and sent on create by Texter's import tool.
        #[serde(
            rename = "responsibleDepartment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_department: ::std::option::Option<::std::string::String>,
        ///With chatStatus 0 (BOT), the bot node to start from on reply.
        #[serde(
            rename = "setBotNode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub set_bot_node: ::std::option::Option<::std::string::String>,
        ///Internal title shown in Texter.
        pub title: ::std::string::String,
        pub usage: crate::enums::TemplateUsage,
    }
    /**Error body. Texter publishes no error schema; these fields are guesses, all optional, and
any other field is kept. The SDK keeps the raw body too.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Error {
        ///A field some error bodies carry; its meaning is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///A field some error bodies carry; its meaning is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///A field some error bodies carry; its meaning is not documented.
        #[serde(
            rename = "statusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_code: ::std::option::Option<i64>,
        ///A field some error bodies carry; its meaning is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**A ready-made scenario body with your URL filled in. `data` is required by inference:
every ready-made body has it, no source says it is optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ImportSubscriptionRequest {
        /**`active` enables it at once, `inactive` saves an inactive revision, `draft` saves a
draft (mentioned on the Import page only). The ready-made bodies use `active`.
*/
        #[serde(
            rename = "asStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub as_status: ::std::option::Option<crate::enums::ScenarioStatus>,
        ///Texter user uid to attribute the import to; attributed automatically when omitted.
        #[serde(
            rename = "authorUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub author_uid: ::std::option::Option<::std::string::String>,
        pub data: ScenarioDefinition,
    }
    /**A label. System labels (e.g. the failed-message label) carry `system: true`; they cannot be
created or deleted, only renamed or recolored.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Label {
        ///Full hex color `#RRGGBB`; `#555555` when not set at creation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        ///The label id (1 to 100 characters), the value kept in `chat.labels`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Display name (1 to 100 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Present and true on system labels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<bool>,
    }
    ///A page of labels.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct LabelsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub labels: ::std::vec::Vec<Label>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    ///Preview of a chat's last message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct LastMessage {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub media: ::std::vec::Vec<MessageMedia>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::MessageType>,
    }
    /**A message of a chat. System messages (`systemMessage: true`) record routing and status
changes and carry no direction, status or content. The reference page of this object
could only be read in part (reactions and some system-message fields are missing).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Message {
        ///"Bot" or an agent uid. Seen in Texter's bot documentation only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<::std::string::String>,
        ///The bot session the message belongs to.
        #[serde(
            rename = "botSessionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bot_session_id: ::std::option::Option<::std::string::String>,
        ///Only on buttons messages.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub buttons: ::std::vec::Vec<MessageButton>,
        #[serde(
            rename = "channelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_info: ::std::option::Option<MessageChannelInfo>,
        #[serde(
            rename = "chatChannelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_channel_info: ::std::option::Option<ChannelInfo>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub contacts: ::std::vec::Vec<ContactCard>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<crate::enums::MessageDirection>,
        ///The message id in Texter.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub list: ::std::option::Option<MessageList>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<MessageLocation>,
        ///Only on media messages.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub media: ::std::vec::Vec<MessageMedia>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<MessageMetadata>,
        ///On system messages, the chat status the change led to.
        #[serde(
            rename = "newChatStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub new_chat_status: ::std::option::Option<crate::enums::ChatStatus>,
        ///The `_id` of the chat the message belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_chat: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postback: ::std::option::Option<MessagePostback>,
        ///Channel-specific data (template or broadcast details) on special messages.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub special: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::MessageStatus>,
        #[serde(
            rename = "statusHistory",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub status_history: ::std::vec::Vec<MessageStatusChange>,
        ///True on system messages.
        #[serde(
            rename = "systemMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_message: ::std::option::Option<bool>,
        ///The body; present on most text, buttons, list and special messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        ///When the message was created, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::MessageType>,
        ///When the message last changed (e.g. its delivery status advanced).
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<crate::time::IsoDateTime>,
    }
    ///A reply button.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageButton {
        ///Value returned in the contact's postback.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<::std::string::String>,
        ///Button text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///The provider's view of a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageChannelInfo {
        /**The provider message id (WhatsApp `wamid…`). Use it as Send's `context`; status webhooks
carry it in `externalId`. On system messages it is an internal placeholder.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    ///A message body as Send a Message to Chat takes it, kept open to every message type.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageContent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub buttons: ::std::option::Option<::std::vec::Vec<MessageButton>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contacts: ::std::option::Option<::std::vec::Vec<ContactCard>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub list: ::std::option::Option<MessageList>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<MessageLocation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<::std::vec::Vec<MessageMedia>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::MessageType>,
    }
    ///Data of the message events (newMessage, newIncomingMessage, newMatchedMessage, newMediaMessage).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat: ::std::option::Option<Chat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<Message>,
    }
    ///A list menu. WhatsApp allows at most 10 rows across all sections.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageList {
        ///Text of the button that opens the list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub button: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sections: ::std::option::Option<::std::vec::Vec<MessageListSection>>,
    }
    ///A row of a list menu.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageListRow {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///A section of a list menu.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageListSection {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rows: ::std::option::Option<::std::vec::Vec<MessageListRow>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    /**A location. Its fields were not readable in any source (latitude, longitude, name and
address are likely but unverified), so it is kept as free-form JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct MessageLocation(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for MessageLocation {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<MessageLocation>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: MessageLocation) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for MessageLocation {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///A media item of a received or sent message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageMedia {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///MIME type.
        #[serde(
            rename = "contentType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted: ::std::option::Option<MessageMediaDeleted>,
        ///The file id; pass it to Generate Public Media URL.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mediaType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_type: ::std::option::Option<crate::enums::MediaType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<MessageMediaMetadata>,
        #[serde(
            rename = "previewId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preview_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scanned: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///Present when the file was deleted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageMediaDeleted {
        ///When the file was deleted; epoch milliseconds by the API's naming convention.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::time::EpochMillis>,
    }
    ///`MessageMediaMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct MessageMediaMetadata {
        #[serde(
            rename = "frequentlyForwarded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub frequently_forwarded: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Message metadata.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct MessageMetadata {
        ///Seen in Texter's bot documentation only.
        #[serde(
            rename = "botMsgInfo",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub bot_msg_info: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The message triggered the bot.
        #[serde(
            rename = "triggeredBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub triggered_bot: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///The button or list row the contact chose.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessagePostback {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///One step of a message's delivery history.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageStatusChange {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::MessageStatus>,
        ///When the status was reached, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::time::EpochMillis>,
    }
    /**Data of messageStatusChanged and messageFailed (which has no `messageStatus`). It does not
carry the message's `_id`: match `externalId` against `channelInfo.id` of the chat's
messages. Texter injects `messageStatus`, `error`, `timestamp` and `externalId` through
string templates, so their JSON types on delivery are unverified; the SDK accepts numbers
or digit strings, and keeps `error` and `externalId` as raw JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct MessageStatusEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chat: ::std::option::Option<Chat>,
        ///The provider's error message or code; null unless the status is 4 or 5. Raw JSON (type unverified).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The provider message ids (WhatsApp `wamid…`), documented as an array of strings. Raw JSON (type unverified).
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "messageStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_status: ::std::option::Option<crate::enums::MessageStatus>,
        ///When the status changed, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::time::EpochMillis>,
    }
    /**What a new quick reply sends and where it is offered: the request side of `QuickReplySend`
(its own schema, so that its rules do not bind what the server sends).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct NewQuickReplySend {
        ///Milliseconds between the messages when there are several.
        #[serde(
            rename = "betweenMessagesDelay",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub between_messages_delay: ::std::option::Option<i64>,
        ///The messages, each shaped like a Send a Message to Chat body.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contents: ::std::option::Option<::std::vec::Vec<MessageContent>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::vec::Vec<NewQuickReplyTarget>>,
    }
    ///A channel account (and optionally one chat) to offer a quick reply in; the request side of `QuickReplyTarget`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct NewQuickReplyTarget {
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///A chat `_id`, to offer it in that chat only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::enums::ChannelName>,
    }
    ///A reply button to send; it needs a title (WhatsApp shows nothing without one).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct OutgoingButton {
        ///Value returned in the contact's postback.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<::std::string::String>,
        ///Button text.
        pub title: ::std::string::String,
    }
    /**A media item to send: `mediaType` plus exactly one of `url` (a public link Texter downloads
and keeps) or `fileId` (a file Texter already holds). Sending supports image, video,
document and audio. Whether `caption` and `filename` are accepted when sending is not
documented.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct OutgoingMedia {
        ///The id of a file Texter already holds.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "mediaType")]
        pub media_type: crate::enums::OutgoingMediaType,
        ///A public URL of the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///A chat of the same person, as a channel reference.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct PersonChatRef {
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::enums::ChannelName>,
    }
    /**A health problem detected on a connected channel account (send or receive impairment,
rate limits, verification issues). A problem without `resolvedAt` is still active.
Returned by List Channel Health Problems (path not published) and the channel health events.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Problem {
        ///The affected account (as `chatChannelInfo.accountId` on messages).
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///Provider or Meta case reference (32 to 128 characters) when available; same `name` and `caseId` means the same incident.
        #[serde(
            rename = "caseId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub case_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<crate::enums::ChannelName>,
        ///When the record was created, in epoch milliseconds.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Capability to impacted flag, mostly `send` and `receive`.
        #[serde(
            rename = "impairedFunctionality",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub impaired_functionality: ::std::collections::BTreeMap<
            ::std::string::String,
            bool,
        >,
        ///Recommended fix; not always present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub instruction: ::std::option::Option<::std::string::String>,
        ///Human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Stable, machine-readable problem code (1 to 100 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///When it was resolved, in epoch milliseconds; absent while active.
        #[serde(
            rename = "resolvedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resolved_at: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<crate::enums::ProblemSeverity>,
        ///When the issue started, if known (may precede `createdAt`), in epoch milliseconds.
        #[serde(
            rename = "startedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub started_at: ::std::option::Option<crate::time::EpochMillis>,
    }
    ///Data of the channel health events.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ProblemEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub problem: ::std::option::Option<Problem>,
    }
    ///The WhatsApp side of a template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ProviderTemplate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<crate::enums::TemplateCategory>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub localizations: ::std::vec::Vec<TemplateLocalization>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    /**The public view of a chat, returned by Get Chat by Chat ID: no `_id`, `labels`, `crmData`
or `displayName`; `botState` holds only the session id; the last-message time is spelled
`lastMessageTimestamp`. Texter's external-bot sample reads `externalBot` from it, though
the reference example does not show it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct PublicChat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<ChatAgent>,
        ///Narrowed to the session `id`.
        #[serde(
            rename = "botState",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bot_state: ::std::option::Option<BotState>,
        #[serde(
            rename = "channelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_info: ::std::option::Option<ChannelInfo>,
        ///When the chat was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::IsoDateTime>,
        #[serde(
            rename = "departmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub department_id: ::std::option::Option<::std::string::String>,
        ///Inferred - read by Texter's external-bot sample, not shown in the reference example.
        #[serde(
            rename = "externalBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_bot: ::std::option::Option<bool>,
        ///Time of the contact's last message, in epoch milliseconds.
        #[serde(
            rename = "lastIncomingMessageTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_incoming_message_timestamp: ::std::option::Option<
            crate::time::EpochMillis,
        >,
        #[serde(
            rename = "lastMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_message: ::std::option::Option<LastMessage>,
        ///Time of the last message sent or received, in epoch milliseconds (camelCase here).
        #[serde(
            rename = "lastMessageTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_message_timestamp: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::ChatStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "unreadCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unread_count: ::std::option::Option<i64>,
        ///When the chat last changed.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<crate::time::IsoDateTime>,
    }
    ///A page of quick replies.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickRepliesResponse {
        #[serde(
            rename = "quickReplies",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub quick_replies: ::std::vec::Vec<QuickReply>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    ///One or more prepared messages, and where they are offered.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickReply {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display: ::std::option::Option<QuickReplyDisplay>,
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<QuickReplyMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send: ::std::option::Option<QuickReplySend>,
    }
    ///How agents see a quick reply.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickReplyDisplay {
        ///Visible only to these departments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub departments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Note shown beside it, e.g. "AI suggestion".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<crate::enums::QuickReplyPosition>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///Visible only to these user uids.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub users: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    ///Bookkeeping of a quick reply.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickReplyMetadata {
        ///Your integration's data, set with `updateClientMetadata`. Texter reads only `aiQuickReply`.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub client: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///When it was created, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::EpochMillis>,
        ///When it last changed, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::time::EpochMillis>,
    }
    ///The messages of a quick reply and where they are offered.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickReplySend {
        ///Milliseconds between the messages when there are several.
        #[serde(
            rename = "betweenMessagesDelay",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub between_messages_delay: ::std::option::Option<i64>,
        ///The messages, each shaped like a Send a Message to Chat body.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub contents: ::std::vec::Vec<MessageContent>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub target: ::std::vec::Vec<QuickReplyTarget>,
    }
    ///A channel account (and optionally one chat) a quick reply is offered in.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct QuickReplyTarget {
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///A chat `_id`, to offer it in that chat only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::enums::ChannelName>,
    }
    ///One update operation - an object with exactly one key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum QuickReplyUpdate {
        #[serde(rename = "updateSendContents")]
        UpdateSendContents(::std::vec::Vec<MessageContent>),
        #[serde(rename = "updateSendTarget")]
        UpdateSendTarget(::std::vec::Vec<NewQuickReplyTarget>),
        #[serde(rename = "updateBetweenMessagesDelay")]
        UpdateBetweenMessagesDelay(::std::option::Option<i64>),
        #[serde(rename = "updateDisplayTitle")]
        UpdateDisplayTitle(::std::option::Option<::std::string::String>),
        #[serde(rename = "updateDisplayNote")]
        UpdateDisplayNote(::std::option::Option<::std::string::String>),
        #[serde(rename = "updateDisplayPosition")]
        UpdateDisplayPosition(crate::enums::QuickReplyPosition),
        #[serde(rename = "updateDisplayDepartments")]
        UpdateDisplayDepartments(
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ),
        #[serde(rename = "updateDisplayUsers")]
        UpdateDisplayUsers(
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ),
        #[serde(rename = "updateClientMetadata")]
        UpdateClientMetadata(
            ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ),
    }
    impl ::std::convert::From<::std::vec::Vec<MessageContent>> for QuickReplyUpdate {
        fn from(value: ::std::vec::Vec<MessageContent>) -> Self {
            Self::UpdateSendContents(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<NewQuickReplyTarget>>
    for QuickReplyUpdate {
        fn from(value: ::std::vec::Vec<NewQuickReplyTarget>) -> Self {
            Self::UpdateSendTarget(value)
        }
    }
    impl ::std::convert::From<::std::option::Option<i64>> for QuickReplyUpdate {
        fn from(value: ::std::option::Option<i64>) -> Self {
            Self::UpdateBetweenMessagesDelay(value)
        }
    }
    impl ::std::convert::From<crate::enums::QuickReplyPosition> for QuickReplyUpdate {
        fn from(value: crate::enums::QuickReplyPosition) -> Self {
            Self::UpdateDisplayPosition(value)
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    > for QuickReplyUpdate {
        fn from(
            value: ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self::UpdateClientMetadata(value)
        }
    }
    ///What happens when the contact replies to a template. Set by template defaults or by Send Template's `replyAction`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ReplyAction {
        ///Bot to run after the reply (listed in the schema only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bot: ::std::option::Option<::std::string::String>,
        ///Status to apply on reply (BOT, ASSIGNED or RESOLVED).
        #[serde(
            rename = "chatStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_status: ::std::option::Option<crate::enums::ChatStatus>,
        ///When the action was armed, in epoch seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::EpochSeconds>,
        ///Lifetime in seconds counted from `created` (a duration, not a time).
        #[serde(
            rename = "expirationTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_time: ::std::option::Option<i64>,
        ///Text sent automatically on reply (listed in the schema only).
        #[serde(
            rename = "replyText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "replyToTemplateFile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_to_template_file: ::std::option::Option<
            ReplyActionReplyToTemplateFile,
        >,
        ///Listed in the schema only; its unit is not documented.
        #[serde(
            rename = "resolveTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resolve_time: ::std::option::Option<f64>,
        ///Agent to assign on reply (listed in the schema only).
        #[serde(
            rename = "responsibleAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_agent: ::std::option::Option<::std::string::String>,
        ///Department to assign on reply (listed in the schema only).
        #[serde(
            rename = "responsibleDepartment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_department: ::std::option::Option<::std::string::String>,
        ///Bot node to run after the reply.
        #[serde(
            rename = "setBotNode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub set_bot_node: ::std::option::Option<::std::string::String>,
    }
    ///A file sent on reply (listed in the schema only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ReplyActionReplyToTemplateFile {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    /**The parameters of a scenario's `request` action (the action of every event subscription):
where and how the delivery is sent. `url`, `method`, `json` and `data` are in every
ready-made body; `headers` and `keepResponse` are seen in Texter's own scenarios, not
documented for subscriptions (inferred: custom headers, such as a shared secret, reach the
receiving endpoint). Other keys are kept.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct RequestActionParams {
        ///The body sent - for subscriptions the `{eventName, eventData}` envelope, with `##provide` placeholders Texter fills.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Extra request headers (inferred from Texter's own scenarios).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub headers: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Send `data` as a JSON body.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub json: ::std::option::Option<bool>,
        ///Keep the endpoint's answer in the scenario run (inferred from Texter's own scenarios).
        #[serde(
            rename = "keepResponse",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub keep_response: ::std::option::Option<bool>,
        ///The HTTP method (`post` in the ready-made bodies; `patch` is seen too).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        ///Where the delivery is POSTed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Options for resolving a chat.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ResolveChatRequest {
        ///Send the default resolution message to the contact first.
        #[serde(
            rename = "notifyClient",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notify_client: ::std::option::Option<bool>,
    }
    /**A scenario (an event subscription is one). It holds at most one active revision, any
number of inactive ones (re-activatable) and drafts. Paused scenarios have no
`activeRevision`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Scenario {
        #[serde(
            rename = "activeRevision",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active_revision: ::std::option::Option<ScenarioRevision>,
        ///Drafts have the revision shape with `status` draft, no `version` or `revisionComment`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub drafts: ::std::vec::Vec<ScenarioRevision>,
        ///The scenario id; keep it to manage the subscription.
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "inactiveRevisions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub inactive_revisions: ::std::vec::Vec<ScenarioRevision>,
        ///Identifier of a built-in system scenario.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
    }
    ///A scenario as imported.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioDefinition {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actions: ::std::option::Option<::std::vec::Vec<ScenarioStep>>,
        ///Condition groups; all conditions of a group must pass, and any passing group fires the scenario.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conditions: ::std::option::Option<
            ::std::vec::Vec<::std::vec::Vec<ScenarioStep>>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loaders: ::std::option::Option<ScenarioLoaders>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loops: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        ///Subscription names start with `(SUB) `.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<ScenarioOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Internal trigger events, e.g. `domain.message.created`.
        #[serde(
            rename = "triggerEvents",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trigger_events: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Definition format version (`v1`; `v1.1` also occurs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    ///Loaders run before or after the conditions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioLoaders {
        #[serde(
            rename = "afterConditions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub after_conditions: ::std::option::Option<::std::vec::Vec<ScenarioStep>>,
        #[serde(
            rename = "beforeConditions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub before_conditions: ::std::option::Option<::std::vec::Vec<ScenarioStep>>,
    }
    ///Scenario options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioOptions {
        #[serde(
            rename = "unorderedActions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unordered_actions: ::std::option::Option<bool>,
    }
    ///One revision (or draft) of a scenario.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioRevision {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub actions: ::std::vec::Vec<ScenarioStep>,
        #[serde(
            rename = "attachedData",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub attached_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conditions: ::std::vec::Vec<::std::vec::Vec<ScenarioStep>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loaders: ::std::option::Option<ScenarioLoaders>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub loops: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<ScenarioRevisionMetadata>,
        ///Subscriptions made from the ready-made bodies start with `(SUB) `.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<ScenarioOptions>,
        #[serde(
            rename = "parentVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_version: ::std::option::Option<i64>,
        #[serde(
            rename = "revisionComment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub revision_comment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "scenarioId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scenario_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::ScenarioStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "triggerEvents",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub trigger_events: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
    }
    ///Authorship and activation history of a revision.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioRevisionMetadata {
        ///When the revision was activated, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activated: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub activations: ::std::vec::Vec<ScenarioRevisionMetadataActivationsItem>,
        #[serde(
            rename = "authorUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub author_uid: ::std::option::Option<::std::string::String>,
        ///When the revision was created, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::EpochMillis>,
        ///When the revision last changed, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub modified: ::std::option::Option<crate::time::EpochMillis>,
    }
    ///`ScenarioRevisionMetadataActivationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioRevisionMetadataActivationsItem {
        ///When it was activated, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(
            rename = "userUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_uid: ::std::option::Option<::std::string::String>,
    }
    /**One execution of a scenario, recorded whenever its trigger fires. Returned by List Scenario
Runs, whose path is not published (use the raw request API).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioRun {
        ///False when the conditions filtered the event out (actions did not run).
        #[serde(
            rename = "conditionsResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conditions_result: ::std::option::Option<bool>,
        ///Total duration in milliseconds.
        #[serde(
            rename = "executionTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub execution_time: ::std::option::Option<i64>,
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "scenarioId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scenario_id: ::std::option::Option<::std::string::String>,
        ///When the run started, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started: ::std::option::Option<crate::time::EpochMillis>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub steps: ::std::vec::Vec<ScenarioRunStep>,
        ///The run completed without errors.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///The revision version that ran.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
    }
    ///One executed component of a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioRunStep {
        ///Present when the step failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Duration in milliseconds.
        #[serde(
            rename = "executionTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub execution_time: ::std::option::Option<i64>,
        #[serde(
            rename = "groupIndex",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_index: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub index: ::std::option::Option<i64>,
        ///Loops only - the sub-runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub iterations: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Actions only - the action's result (e.g. the webhook response) when recorded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<::serde_json::Value>,
        ///Loaders only - `beforeConditions` or `afterConditions`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<::std::string::String>,
        ///Conditions only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<bool>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::ScenarioRunStepType>,
    }
    ///A loader, condition or action of a scenario.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenarioStep {
        ///Loaders only - the name the loaded value is known by.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "confidentialData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub confidential_data: ::std::option::Option<bool>,
        ///Component name, e.g. `chat`, `filtrex`, `request`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Component parameters (free-form JSON).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub params: ::std::option::Option<::serde_json::Value>,
    }
    ///The scenarios of the project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ScenariosResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scenarios: ::std::vec::Vec<Scenario>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    ///A page of Search Chats.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct SearchChatsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<Chat>,
        ///Total number of matching chats.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    ///Text with one to three reply buttons.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendButtonsMessage {
        pub buttons: ::std::vec::Vec<OutgoingButton>,
        ///Provider id (`wamid…`) of the message to reply to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        pub text: ::std::string::String,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendButtonsMessageType,
    }
    ///`SendButtonsMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendButtonsMessageType {
        #[serde(rename = "buttons")]
        Buttons,
    }
    impl ::std::fmt::Display for SendButtonsMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Buttons => f.write_str("buttons"),
            }
        }
    }
    impl ::std::str::FromStr for SendButtonsMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "buttons" => Ok(Self::Buttons),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendButtonsMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendButtonsMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One or more contact cards. The send-side card schema was not readable; the received shape is used.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendContactsMessage {
        pub contacts: ::std::vec::Vec<ContactCard>,
        ///Provider id (`wamid…`) of the message to reply to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendContactsMessageType,
    }
    ///`SendContactsMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendContactsMessageType {
        #[serde(rename = "contacts")]
        Contacts,
    }
    impl ::std::fmt::Display for SendContactsMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Contacts => f.write_str("contacts"),
            }
        }
    }
    impl ::std::str::FromStr for SendContactsMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "contacts" => Ok(Self::Contacts),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendContactsMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendContactsMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Text with a list menu of at most 10 rows across all sections.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendListMessage {
        ///Provider id (`wamid…`) of the message to reply to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///The list menu; WhatsApp allows at most 10 rows across all its sections.
        pub list: MessageList,
        pub text: ::std::string::String,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendListMessageType,
    }
    ///`SendListMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendListMessageType {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for SendListMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for SendListMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendListMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendListMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A location. Its fields are not documented (see MessageLocation).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendLocationMessage {
        ///Provider id (`wamid…`) of the message to reply to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        pub location: MessageLocation,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendLocationMessageType,
    }
    ///`SendLocationMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendLocationMessageType {
        #[serde(rename = "location")]
        Location,
    }
    impl ::std::fmt::Display for SendLocationMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Location => f.write_str("location"),
            }
        }
    }
    impl ::std::str::FromStr for SendLocationMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "location" => Ok(Self::Location),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendLocationMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendLocationMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One to ten media items.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendMediaMessage {
        ///Provider id (`wamid…`) of the message to reply to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        pub media: ::std::vec::Vec<OutgoingMedia>,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendMediaMessageType,
    }
    ///`SendMediaMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendMediaMessageType {
        #[serde(rename = "media")]
        Media,
    }
    impl ::std::fmt::Display for SendMediaMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Media => f.write_str("media"),
            }
        }
    }
    impl ::std::str::FromStr for SendMediaMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "media" => Ok(Self::Media),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendMediaMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendMediaMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A session message; `type` selects the shape. Every type also takes `context` (the provider
id of a message to reply to) and `tmpSendId` (your own tracking id).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum SendMessageRequest {
        TextMessage(SendTextMessage),
        MediaMessage(SendMediaMessage),
        ButtonsMessage(SendButtonsMessage),
        ListMessage(SendListMessage),
        ContactsMessage(SendContactsMessage),
        LocationMessage(SendLocationMessage),
    }
    impl ::std::convert::From<SendTextMessage> for SendMessageRequest {
        fn from(value: SendTextMessage) -> Self {
            Self::TextMessage(value)
        }
    }
    impl ::std::convert::From<SendMediaMessage> for SendMessageRequest {
        fn from(value: SendMediaMessage) -> Self {
            Self::MediaMessage(value)
        }
    }
    impl ::std::convert::From<SendButtonsMessage> for SendMessageRequest {
        fn from(value: SendButtonsMessage) -> Self {
            Self::ButtonsMessage(value)
        }
    }
    impl ::std::convert::From<SendListMessage> for SendMessageRequest {
        fn from(value: SendListMessage) -> Self {
            Self::ListMessage(value)
        }
    }
    impl ::std::convert::From<SendContactsMessage> for SendMessageRequest {
        fn from(value: SendContactsMessage) -> Self {
            Self::ContactsMessage(value)
        }
    }
    impl ::std::convert::From<SendLocationMessage> for SendMessageRequest {
        fn from(value: SendLocationMessage) -> Self {
            Self::LocationMessage(value)
        }
    }
    ///Result of a send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct SendMessageResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub messages: ::std::vec::Vec<Message>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    /**Header media for one send, overriding the template's default: a `type` and a `url`, plus
`filename` for documents (the reference names these three). Inferred: the allowed `type`
values (probably image, video, document) and any further field were not readable; other
keys are kept and sent as given.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendTemplateHeader {
        ///The file name shown for a document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        ///The kind of media (values not readable; probably image, video or document).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///A public URL of the media.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /**One template send. The shapes of `header`, `setChat`, `buttons`, `replyAction` and
`sessionMessage` were not readable in the reference; they are passed through as JSON.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendTemplateRequest {
        /**Values for `{{1}}`, `{{2}}`, … in order; required when the body has variables. Values
may not contain line breaks, tabs or five consecutive spaces.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        /**Button payload values; required when a URL button has a variable or the template was
built with a Flow form. URL-encode non-English URL values. Item shape not readable.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub buttons: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        ///Sender WhatsApp account number; the default channel when omitted and several exist.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub header: ::std::option::Option<SendTemplateHeader>,
        ///Localization to send (e.g. `en`, `he`); chosen automatically when the template has one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        /**Behaviour after the recipient replies, overriding the template defaults. Its fields
were not readable; the chat's armed `replyAction` uses chatStatus, setBotNode, bot,
replyText, responsibleAgent and responsibleDepartment (inferred to apply here).
*/
        #[serde(
            rename = "replyAction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_action: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Send as an ordinary session message instead when the 24-hour window is open. Its fields were not readable.
        #[serde(
            rename = "sessionMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub session_message: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Data written to the chat on send. Its fields were not readable.
        #[serde(
            rename = "setChat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub set_chat: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The template's name.
        #[serde(rename = "templateName")]
        pub template_name: ::std::string::String,
        /**Recipient phone in any common format (`0521234567`, `972521234567`, `+972 52-123-4567`); Texter normalizes it.
The pattern is the inferred phone rule of Assign Chat's `phone`.
*/
        pub to: ::std::string::String,
    }
    /**Result of a template send. When the recipient unsubscribed from template messages,
`success` is false (with HTTP 200) and an explanatory text is given; its field name is not
documented (`error` is inferred), so fields the spec does not list are kept.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendTemplateResponse {
        ///Inferred field name - the explanation when `success` is false.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The id of the created message.
        #[serde(
            rename = "messageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Inferred meaning - true when the `sessionMessage` option made it go out as a session message.
        #[serde(
            rename = "sentAsSessionMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sent_as_session_message: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///The rendered body.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///A text message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SendTextMessage {
        ///Provider id (`wamid…`) of the message to reply to, from `message.channelInfo.id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///The text; WhatsApp allows at most 4096 characters.
        pub text: ::std::string::String,
        ///Your own client-side tracking id.
        #[serde(
            rename = "tmpSendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tmp_send_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: SendTextMessageType,
    }
    ///`SendTextMessageType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum SendTextMessageType {
        #[serde(rename = "text")]
        Text,
    }
    impl ::std::fmt::Display for SendTextMessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
            }
        }
    }
    impl ::std::str::FromStr for SendTextMessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendTextMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendTextMessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Options for a public link.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ShareFileRequest {
        ///Lifetime of the link in seconds (10 s to 20 years). Omit for a link that never expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ttl: ::std::option::Option<i64>,
    }
    ///A public, read-only link to a file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct ShareLink {
        ///The share token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
        ///The public URL, which embeds the token (under `/server/files/shared/`, outside the API base path).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///The `{success}` envelope some operations answer with.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct SuccessResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    /**A WhatsApp template: Texter-side behaviour (routing after reply, departments, send
defaults) plus WhatsApp-side data in `provider_template`. Localizations wait in
`localizationDrafts` until submitted.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Template {
        #[serde(
            rename = "attachedFile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub attached_file: ::std::option::Option<TemplateAttachedFile>,
        ///Bot run after the reply when `chatStatus` routes to the bot.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bot: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "channelInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_info: ::std::option::Option<ChannelInfo>,
        ///Chat status applied when the recipient replies.
        #[serde(
            rename = "chatStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_status: ::std::option::Option<crate::enums::ChatStatus>,
        ///When the template was created, in epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::time::EpochMillis>,
        ///Send-time defaults keyed by language code.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub defaults: ::std::collections::BTreeMap<
            ::std::string::String,
            TemplateDefaults,
        >,
        ///Department ids allowed to use the template; may be empty.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub departments: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The default template of its account (at most one).
        #[serde(
            rename = "isDefault",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_default: ::std::option::Option<bool>,
        ///Localizations not yet submitted, keyed by language code (inferred keying).
        #[serde(
            rename = "localizationDrafts",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub localization_drafts: ::std::collections::BTreeMap<
            ::std::string::String,
            TemplateLocalization,
        >,
        ///The template name, which acts as its id in paths.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The channel adapter owning the template.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_template: ::std::option::Option<ProviderTemplate>,
        ///Text sent automatically when the recipient replies.
        #[serde(
            rename = "replyText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_text: ::std::option::Option<::std::string::String>,
        ///Agent (email) the chat is assigned to after the reply.
        #[serde(
            rename = "responsibleAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_agent: ::std::option::Option<::std::string::String>,
        ///Department the chat is assigned to after the reply.
        #[serde(
            rename = "responsibleDepartment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_department: ::std::option::Option<::std::string::String>,
        ///Bot node run after the reply when `chatStatus` routes to the bot.
        #[serde(
            rename = "setBotNode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub set_bot_node: ::std::option::Option<::std::string::String>,
        ///Human title shown in Texter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///When the template last changed.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<crate::time::IsoDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<crate::enums::TemplateUsage>,
    }
    ///A file attached to the template; its meaning is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateAttachedFile {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///A template button.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateButton {
        ///Sample value for a URL variable (`{url}` per the reference); kept as raw JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub example: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub navigate_screen: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::TemplateButtonType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    /**A part of a localization. At most one of each type and at least one in total. A BUTTONS
component holds up to 3 QUICK_REPLY buttons, or up to 2 call-to-action buttons (URL,
PHONE_NUMBER, FLOW); the two groups cannot be mixed.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateComponent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub buttons: ::std::option::Option<::std::vec::Vec<TemplateButton>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub example: ::std::option::Option<TemplateComponentExample>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<crate::enums::TemplateHeaderFormat>,
        ///Text; body variables are `{{1}}`, `{{2}}`, …
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::enums::TemplateComponentType>,
    }
    ///Sample values WhatsApp reviews.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateComponentExample {
        ///One list of sample values for the body variables.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body_text: ::std::option::Option<
            ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
        >,
        ///Sample media URLs for a media header.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub header_handle: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    /**Send-time defaults of one language. Only `body` is confirmed; the reference says defaults
can also pre-fill header media and button payloads (shapes not readable).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateDefaults {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub body: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///One language of a template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateLocalization {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub components: ::std::vec::Vec<TemplateComponent>,
        ///When the localization was created.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<crate::time::IsoDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///When the localization last changed.
        #[serde(
            rename = "lastUpdated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_updated: ::std::option::Option<crate::time::IsoDateTime>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The template name; seen in Texter's exported templates.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Seen as `POSITIONAL` in Texter's exported templates.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameter_format: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "qualityScore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quality_score: ::std::option::Option<TemplateLocalizationQualityScore>,
        ///Why WhatsApp rejected it; `NONE` otherwise. Other values are not documented.
        #[serde(
            rename = "rejectionReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub rejection_reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::enums::TemplateStatus>,
    }
    ///WhatsApp's quality rating.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateLocalizationQualityScore {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reasons: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<::std::string::String>,
    }
    ///The content of one language.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateLocalizationRequest {
        pub components: ::std::vec::Vec<TemplateComponent>,
        ///Send-time defaults (not reviewed by WhatsApp).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defaults: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Lowercase IETF tag supported by WhatsApp (`he`, `en`, `en_US`). Required by inference; the reference marks it so in its examples.
        pub language: ::std::string::String,
    }
    ///A phone number to unsubscribe from, or resubscribe to, template messages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct TemplateSubscriptionRequest {
        ///One WhatsApp channel account; all of them when omitted.
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        /**The recipient's phone in any common format (5 to 30 characters, as documented). The
pattern is the inferred phone rule of Assign Chat's `phone`.
*/
        pub phone: ::std::string::String,
    }
    ///A phone number unsubscribed from template messages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct UnsubscribedUser {
        ///International format with `+`.
        pub phone: ::std::string::String,
        ///Display name; absent when unknown.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    /**CRM data to merge into the chat's `crmData`. `data` is required by inference: every
source shows it, none says it is optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateChatCrmDataRequest {
        ///Arbitrary JSON, nested values allowed.
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///Exactly one of `add`, `remove` or `set`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateChatLabelsRequest {
        #[serde(rename = "add")]
        Add(::std::vec::Vec<::std::string::String>),
        #[serde(rename = "remove")]
        Remove(::std::vec::Vec<::std::string::String>),
        #[serde(rename = "set")]
        Set(::std::vec::Vec<::std::string::String>),
    }
    ///Chat properties to replace. Field names come from Texter's own code.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateChatRequest {
        ///Replaces the whole CRM data object.
        #[serde(
            rename = "crmData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_data: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Link to the CRM record. Inferred field name (it matches the Chat field).
        #[serde(
            rename = "crmDeepLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_deep_link: ::std::option::Option<::std::string::String>,
        ///A custom display name.
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Hand the chat to (true) or take it back from (false) an external bot; fires an event.
        #[serde(
            rename = "externalBot",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_bot: ::std::option::Option<bool>,
    }
    ///New name and/or color of a label.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateLabelRequest {
        ///Full hex color.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    ///Texter-side template behaviour to change; omitted fields stay.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateTemplateRequest {
        ///Chat status after the recipient replies (0-3).
        #[serde(
            rename = "chatStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chat_status: ::std::option::Option<crate::enums::ChatStatus>,
        ///Department ids with access.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub departments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "isDefault",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_default: ::std::option::Option<bool>,
        ///Text sent automatically when the recipient replies.
        #[serde(
            rename = "replyText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reply_text: ::std::option::Option<::std::string::String>,
        ///Agent email; cannot be combined with `responsibleDepartment`.
        #[serde(
            rename = "responsibleAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_agent: ::std::option::Option<::std::string::String>,
        ///Department id; cannot be combined with `responsibleAgent`.
        #[serde(
            rename = "responsibleDepartment",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responsible_department: ::std::option::Option<::std::string::String>,
        ///With chatStatus 0, the bot node to start from; the bot's start node when absent.
        #[serde(
            rename = "setBotNode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub set_bot_node: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<crate::enums::TemplateUsage>,
    }
    ///The agent who took a chat, narrowed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct WebhookAgent {
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The agent's user id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The agent's roles; type not documented (presumably an array). Raw JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub roles: ::std::option::Option<::serde_json::Value>,
    }
    ///The body Texter POSTs to a subscription's URL. Answer with any 2xx to acknowledge.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct WebhookDelivery {
        ///The event's data; its shape depends on `eventName`.
        #[serde(
            rename = "eventData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_data: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "eventName")]
        pub event_name: crate::enums::WebhookEventName,
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl AssignChatRequest {
        /// A `AssignChatRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent_crm_id: ::std::default::Default::default(),
                agent_email: ::std::default::Default::default(),
                agent_uid: ::std::default::Default::default(),
                channel: ::std::default::Default::default(),
                chat_id: ::std::default::Default::default(),
                department_id: ::std::default::Default::default(),
                phone: ::std::default::Default::default(),
            }
        }
        /// Sets `agentCrmId`.
        pub fn agent_crm_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.agent_crm_id = Some(value.into());
            self
        }
        /// Sets `agentEmail`.
        pub fn agent_email(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.agent_email = Some(value.into());
            self
        }
        /// Sets `agentUid`.
        pub fn agent_uid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.agent_uid = Some(value.into());
            self
        }
        /// Sets `channel`.
        pub fn channel(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.channel = Some(value.into());
            self
        }
        /// Sets `chatId`.
        pub fn chat_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.chat_id = Some(value.into());
            self
        }
        /// Sets `departmentId`.
        pub fn department_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.department_id = Some(value.into());
            self
        }
        /// Sets `phone`.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = Some(value.into());
            self
        }
    }
    impl BotState {
        /// A `BotState` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                flow_version: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                node: ::std::default::Default::default(),
                user_state: ::std::default::Default::default(),
            }
        }
    }
    impl BotStateFlowVersion {
        /// A `BotStateFlowVersion` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                identifier: ::std::default::Default::default(),
                version: ::std::default::Default::default(),
            }
        }
    }
    impl ChannelInfo {
        /// A `ChannelInfo` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
    }
    impl Chat {
        /// A `Chat` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent: ::std::default::Default::default(),
                block_templates: ::std::default::Default::default(),
                bot_state: ::std::default::Default::default(),
                channel: ::std::default::Default::default(),
                channel_info: ::std::default::Default::default(),
                client_phone: ::std::default::Default::default(),
                client_phone_e164: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                crm_data: ::std::default::Default::default(),
                crm_deep_link: ::std::default::Default::default(),
                department_id: ::std::default::Default::default(),
                display_name: ::std::default::Default::default(),
                entity_phone: ::std::default::Default::default(),
                external_bot: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                image: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                last_incoming_message_timestamp: ::std::default::Default::default(),
                last_message: ::std::default::Default::default(),
                last_message_timestamp: ::std::default::Default::default(),
                pending_message_time: ::std::default::Default::default(),
                pending_update_time: ::std::default::Default::default(),
                person_chats: ::std::default::Default::default(),
                person_id: ::std::default::Default::default(),
                previous_bot_session: ::std::default::Default::default(),
                reply_action: ::std::default::Default::default(),
                resolved_update_time: ::std::default::Default::default(),
                sending_bulk_agent: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                unread_count: ::std::default::Default::default(),
                unsubscribed: ::std::default::Default::default(),
                updated_at: ::std::default::Default::default(),
            }
        }
    }
    impl ChatAgent {
        /// A `ChatAgent` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                display_name: ::std::default::Default::default(),
                uid: ::std::default::Default::default(),
            }
        }
    }
    impl ChatAssignedEventData {
        /// A `ChatAssignedEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent: ::std::default::Default::default(),
                chat: ::std::default::Default::default(),
            }
        }
    }
    impl ChatEventData {
        /// A `ChatEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                chat: ::std::default::Default::default(),
            }
        }
    }
    impl ChatLabelsEventData {
        /// A `ChatLabelsEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                added_labels: ::std::default::Default::default(),
                chat: ::std::default::Default::default(),
                old_labels: ::std::default::Default::default(),
                removed_labels: ::std::default::Default::default(),
            }
        }
    }
    impl ChatMessagesResponse {
        /// A `ChatMessagesResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                max_time: ::std::default::Default::default(),
                messages: ::std::default::Default::default(),
                min_time: ::std::default::Default::default(),
            }
        }
    }
    impl ChatUnsubscribed {
        /// A `ChatUnsubscribed` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                date: ::std::default::Default::default(),
            }
        }
    }
    impl ChatWithSuccess {
        /// A `ChatWithSuccess` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent: ::std::default::Default::default(),
                block_templates: ::std::default::Default::default(),
                bot_state: ::std::default::Default::default(),
                channel: ::std::default::Default::default(),
                channel_info: ::std::default::Default::default(),
                client_phone: ::std::default::Default::default(),
                client_phone_e164: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                crm_data: ::std::default::Default::default(),
                crm_deep_link: ::std::default::Default::default(),
                department_id: ::std::default::Default::default(),
                display_name: ::std::default::Default::default(),
                entity_phone: ::std::default::Default::default(),
                external_bot: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                image: ::std::default::Default::default(),
                labels: ::std::default::Default::default(),
                last_incoming_message_timestamp: ::std::default::Default::default(),
                last_message: ::std::default::Default::default(),
                last_message_timestamp: ::std::default::Default::default(),
                pending_message_time: ::std::default::Default::default(),
                pending_update_time: ::std::default::Default::default(),
                person_chats: ::std::default::Default::default(),
                person_id: ::std::default::Default::default(),
                previous_bot_session: ::std::default::Default::default(),
                reply_action: ::std::default::Default::default(),
                resolved_update_time: ::std::default::Default::default(),
                sending_bulk_agent: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                unread_count: ::std::default::Default::default(),
                unsubscribed: ::std::default::Default::default(),
                updated_at: ::std::default::Default::default(),
            }
        }
    }
    impl ContactCard {
        /// A `ContactCard` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                addresses: ::std::default::Default::default(),
                birthday: ::std::default::Default::default(),
                emails: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                org: ::std::default::Default::default(),
                phones: ::std::default::Default::default(),
                urls: ::std::default::Default::default(),
            }
        }
        /// Sets `addresses`.
        pub fn addresses(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.addresses = Some(value.into());
            self
        }
        /// Sets `birthday`.
        pub fn birthday(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.birthday = Some(value.into());
            self
        }
        /// Sets `emails`.
        pub fn emails(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.emails = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<ContactCardName>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
        /// Sets `org`.
        pub fn org(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.org = Some(value.into());
            self
        }
        /// Sets `phones`.
        pub fn phones(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.phones = Some(value.into());
            self
        }
        /// Sets `urls`.
        pub fn urls(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.urls = Some(value.into());
            self
        }
    }
    impl ContactCardName {
        /// A `ContactCardName` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                formatted_name: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl CopyScenarioRequest {
        /// A `CopyScenarioRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                author_uid: ::std::default::Default::default(),
                from_version: ::std::default::Default::default(),
                new_name: ::std::default::Default::default(),
            }
        }
        /// Sets `authorUid`.
        pub fn author_uid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.author_uid = Some(value.into());
            self
        }
        /// Sets `fromVersion`.
        pub fn from_version(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.from_version = Some(value.into());
            self
        }
        /// Sets `newName`.
        pub fn new_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.new_name = Some(value.into());
            self
        }
    }
    impl CreateLabelRequest {
        /// A `CreateLabelRequest` with its required fields (`id`, `name`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            id: impl ::std::convert::Into<::std::string::String>,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                color: ::std::default::Default::default(),
                id: id.into(),
                name: name.into(),
            }
        }
        /// Sets `color`.
        pub fn color(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.color = Some(value.into());
            self
        }
    }
    impl CreateQuickReplyRequest {
        /// A `CreateQuickReplyRequest` with its required fields (`send`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(send: impl ::std::convert::Into<NewQuickReplySend>) -> Self {
            Self {
                display: ::std::default::Default::default(),
                send: send.into(),
            }
        }
        /// Sets `display`.
        pub fn display(
            mut self,
            value: impl ::std::convert::Into<QuickReplyDisplay>,
        ) -> Self {
            self.display = Some(value.into());
            self
        }
    }
    impl CreateTemplateRequest {
        /// A `CreateTemplateRequest` with its required fields (`title`, `category`, `chat_status`, `usage`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            title: impl ::std::convert::Into<::std::string::String>,
            category: impl ::std::convert::Into<crate::enums::TemplateCategory>,
            chat_status: impl ::std::convert::Into<crate::enums::ChatStatus>,
            usage: impl ::std::convert::Into<crate::enums::TemplateUsage>,
        ) -> Self {
            Self {
                category: category.into(),
                chat_status: chat_status.into(),
                departments: ::std::default::Default::default(),
                is_default: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                reply_text: ::std::default::Default::default(),
                responsible_agent: ::std::default::Default::default(),
                responsible_department: ::std::default::Default::default(),
                set_bot_node: ::std::default::Default::default(),
                title: title.into(),
                usage: usage.into(),
            }
        }
        /// Sets `departments`.
        pub fn departments(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.departments = Some(value.into());
            self
        }
        /// Sets `isDefault`.
        pub fn is_default(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            self.is_default = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
        /// Sets `replyText`.
        pub fn reply_text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reply_text = Some(value.into());
            self
        }
        /// Sets `responsibleAgent`.
        pub fn responsible_agent(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.responsible_agent = Some(value.into());
            self
        }
        /// Sets `responsibleDepartment`.
        pub fn responsible_department(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.responsible_department = Some(value.into());
            self
        }
        /// Sets `setBotNode`.
        pub fn set_bot_node(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.set_bot_node = Some(value.into());
            self
        }
    }
    impl Error {
        /// A `Error` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                error: ::std::default::Default::default(),
                message: ::std::default::Default::default(),
                status_code: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ImportSubscriptionRequest {
        /// A `ImportSubscriptionRequest` with its required fields (`data`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(data: impl ::std::convert::Into<ScenarioDefinition>) -> Self {
            Self {
                as_status: ::std::default::Default::default(),
                author_uid: ::std::default::Default::default(),
                data: data.into(),
            }
        }
        /// Sets `asStatus`.
        pub fn as_status(
            mut self,
            value: impl ::std::convert::Into<crate::enums::ScenarioStatus>,
        ) -> Self {
            self.as_status = Some(value.into());
            self
        }
        /// Sets `authorUid`.
        pub fn author_uid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.author_uid = Some(value.into());
            self
        }
    }
    impl Label {
        /// A `Label` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                color: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                system: ::std::default::Default::default(),
            }
        }
    }
    impl LabelsResponse {
        /// A `LabelsResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                labels: ::std::default::Default::default(),
                total: ::std::default::Default::default(),
            }
        }
    }
    impl LastMessage {
        /// A `LastMessage` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                media: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
            }
        }
    }
    impl Message {
        /// A `Message` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent: ::std::default::Default::default(),
                bot_session_id: ::std::default::Default::default(),
                buttons: ::std::default::Default::default(),
                channel_info: ::std::default::Default::default(),
                chat_channel_info: ::std::default::Default::default(),
                contacts: ::std::default::Default::default(),
                direction: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                list: ::std::default::Default::default(),
                location: ::std::default::Default::default(),
                media: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                new_chat_status: ::std::default::Default::default(),
                parent_chat: ::std::default::Default::default(),
                postback: ::std::default::Default::default(),
                special: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                status_history: ::std::default::Default::default(),
                system_message: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                timestamp: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
                updated_at: ::std::default::Default::default(),
            }
        }
    }
    impl MessageButton {
        /// A `MessageButton` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                payload: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
            }
        }
        /// Sets `payload`.
        pub fn payload(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.payload = Some(value.into());
            self
        }
        /// Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = Some(value.into());
            self
        }
    }
    impl MessageChannelInfo {
        /// A `MessageChannelInfo` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                id: ::std::default::Default::default(),
            }
        }
    }
    impl MessageContent {
        /// A `MessageContent` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                buttons: ::std::default::Default::default(),
                contacts: ::std::default::Default::default(),
                list: ::std::default::Default::default(),
                location: ::std::default::Default::default(),
                media: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
            }
        }
        /// Sets `buttons`.
        pub fn buttons(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<MessageButton>>,
        ) -> Self {
            self.buttons = Some(value.into());
            self
        }
        /// Sets `contacts`.
        pub fn contacts(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<ContactCard>>,
        ) -> Self {
            self.contacts = Some(value.into());
            self
        }
        /// Sets `list`.
        pub fn list(mut self, value: impl ::std::convert::Into<MessageList>) -> Self {
            self.list = Some(value.into());
            self
        }
        /// Sets `location`.
        pub fn location(
            mut self,
            value: impl ::std::convert::Into<MessageLocation>,
        ) -> Self {
            self.location = Some(value.into());
            self
        }
        /// Sets `media`.
        pub fn media(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<MessageMedia>>,
        ) -> Self {
            self.media = Some(value.into());
            self
        }
        /// Sets `text`.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = Some(value.into());
            self
        }
        /// Sets `type`.
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<crate::enums::MessageType>,
        ) -> Self {
            self.type_ = Some(value.into());
            self
        }
    }
    impl MessageEventData {
        /// A `MessageEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                chat: ::std::default::Default::default(),
                message: ::std::default::Default::default(),
            }
        }
    }
    impl MessageList {
        /// A `MessageList` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                button: ::std::default::Default::default(),
                sections: ::std::default::Default::default(),
            }
        }
        /// Sets `button`.
        pub fn button(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.button = Some(value.into());
            self
        }
        /// Sets `sections`.
        pub fn sections(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<MessageListSection>>,
        ) -> Self {
            self.sections = Some(value.into());
            self
        }
    }
    impl MessageListRow {
        /// A `MessageListRow` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                description: ::std::default::Default::default(),
                payload: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
            }
        }
        /// Sets `description`.
        pub fn description(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.description = Some(value.into());
            self
        }
        /// Sets `payload`.
        pub fn payload(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.payload = Some(value.into());
            self
        }
        /// Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = Some(value.into());
            self
        }
    }
    impl MessageListSection {
        /// A `MessageListSection` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                rows: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
            }
        }
        /// Sets `rows`.
        pub fn rows(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<MessageListRow>>,
        ) -> Self {
            self.rows = Some(value.into());
            self
        }
        /// Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = Some(value.into());
            self
        }
    }
    impl MessageMedia {
        /// A `MessageMedia` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                caption: ::std::default::Default::default(),
                content_type: ::std::default::Default::default(),
                deleted: ::std::default::Default::default(),
                file_id: ::std::default::Default::default(),
                filename: ::std::default::Default::default(),
                media_type: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                preview_id: ::std::default::Default::default(),
                scanned: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
            }
        }
        /// Sets `caption`.
        pub fn caption(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.caption = Some(value.into());
            self
        }
        /// Sets `contentType`.
        pub fn content_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.content_type = Some(value.into());
            self
        }
        /// Sets `deleted`.
        pub fn deleted(
            mut self,
            value: impl ::std::convert::Into<MessageMediaDeleted>,
        ) -> Self {
            self.deleted = Some(value.into());
            self
        }
        /// Sets `fileId`.
        pub fn file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.file_id = Some(value.into());
            self
        }
        /// Sets `filename`.
        pub fn filename(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.filename = Some(value.into());
            self
        }
        /// Sets `mediaType`.
        pub fn media_type(
            mut self,
            value: impl ::std::convert::Into<crate::enums::MediaType>,
        ) -> Self {
            self.media_type = Some(value.into());
            self
        }
        /// Sets `metadata`.
        pub fn metadata(
            mut self,
            value: impl ::std::convert::Into<MessageMediaMetadata>,
        ) -> Self {
            self.metadata = Some(value.into());
            self
        }
        /// Sets `previewId`.
        pub fn preview_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.preview_id = Some(value.into());
            self
        }
        /// Sets `scanned`.
        pub fn scanned(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            self.scanned = Some(value.into());
            self
        }
        /// Sets `url`.
        pub fn url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl MessageMediaDeleted {
        /// A `MessageMediaDeleted` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                timestamp: ::std::default::Default::default(),
            }
        }
    }
    impl MessageMediaMetadata {
        /// A `MessageMediaMetadata` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                frequently_forwarded: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl MessageMetadata {
        /// A `MessageMetadata` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                bot_msg_info: ::std::default::Default::default(),
                triggered_bot: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl MessagePostback {
        /// A `MessagePostback` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                description: ::std::default::Default::default(),
                payload: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
            }
        }
    }
    impl MessageStatusChange {
        /// A `MessageStatusChange` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                status: ::std::default::Default::default(),
                timestamp: ::std::default::Default::default(),
            }
        }
    }
    impl MessageStatusEventData {
        /// A `MessageStatusEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                chat: ::std::default::Default::default(),
                error: ::std::default::Default::default(),
                external_id: ::std::default::Default::default(),
                message_status: ::std::default::Default::default(),
                timestamp: ::std::default::Default::default(),
            }
        }
    }
    impl NewQuickReplySend {
        /// A `NewQuickReplySend` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                between_messages_delay: ::std::default::Default::default(),
                contents: ::std::default::Default::default(),
                target: ::std::default::Default::default(),
            }
        }
        /// Sets `betweenMessagesDelay`.
        pub fn between_messages_delay(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.between_messages_delay = Some(value.into());
            self
        }
        /// Sets `contents`.
        pub fn contents(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<MessageContent>>,
        ) -> Self {
            self.contents = Some(value.into());
            self
        }
        /// Sets `target`.
        pub fn target(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<NewQuickReplyTarget>>,
        ) -> Self {
            self.target = Some(value.into());
            self
        }
    }
    impl NewQuickReplyTarget {
        /// A `NewQuickReplyTarget` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
        /// Sets `accountId`.
        pub fn account_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.account_id = Some(value.into());
            self
        }
        /// Sets `id`.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.id = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<crate::enums::ChannelName>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
    }
    impl OutgoingButton {
        /// A `OutgoingButton` with its required fields (`title`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(title: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                payload: ::std::default::Default::default(),
                title: title.into(),
            }
        }
        /// Sets `payload`.
        pub fn payload(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.payload = Some(value.into());
            self
        }
    }
    impl OutgoingMedia {
        /// A `OutgoingMedia` with its required fields (`media_type`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            media_type: impl ::std::convert::Into<crate::enums::OutgoingMediaType>,
        ) -> Self {
            Self {
                file_id: ::std::default::Default::default(),
                media_type: media_type.into(),
                url: ::std::default::Default::default(),
            }
        }
        /// Sets `fileId`.
        pub fn file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.file_id = Some(value.into());
            self
        }
        /// Sets `url`.
        pub fn url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl PersonChatRef {
        /// A `PersonChatRef` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
    }
    impl Problem {
        /// A `Problem` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                case_id: ::std::default::Default::default(),
                channel: ::std::default::Default::default(),
                created_at: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                impaired_functionality: ::std::default::Default::default(),
                instruction: ::std::default::Default::default(),
                message: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                resolved_at: ::std::default::Default::default(),
                severity: ::std::default::Default::default(),
                started_at: ::std::default::Default::default(),
            }
        }
    }
    impl ProblemEventData {
        /// A `ProblemEventData` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                problem: ::std::default::Default::default(),
            }
        }
    }
    impl ProviderTemplate {
        /// A `ProviderTemplate` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                category: ::std::default::Default::default(),
                localizations: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
    }
    impl PublicChat {
        /// A `PublicChat` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                agent: ::std::default::Default::default(),
                bot_state: ::std::default::Default::default(),
                channel_info: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                department_id: ::std::default::Default::default(),
                external_bot: ::std::default::Default::default(),
                last_incoming_message_timestamp: ::std::default::Default::default(),
                last_message: ::std::default::Default::default(),
                last_message_timestamp: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                unread_count: ::std::default::Default::default(),
                updated_at: ::std::default::Default::default(),
            }
        }
    }
    impl QuickRepliesResponse {
        /// A `QuickRepliesResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                quick_replies: ::std::default::Default::default(),
                total: ::std::default::Default::default(),
            }
        }
    }
    impl QuickReply {
        /// A `QuickReply` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                display: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                send: ::std::default::Default::default(),
            }
        }
    }
    impl QuickReplyDisplay {
        /// A `QuickReplyDisplay` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                departments: ::std::default::Default::default(),
                note: ::std::default::Default::default(),
                position: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                users: ::std::default::Default::default(),
            }
        }
        /// Sets `departments`.
        pub fn departments(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.departments = Some(value.into());
            self
        }
        /// Sets `note`.
        pub fn note(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.note = Some(value.into());
            self
        }
        /// Sets `position`.
        pub fn position(
            mut self,
            value: impl ::std::convert::Into<crate::enums::QuickReplyPosition>,
        ) -> Self {
            self.position = Some(value.into());
            self
        }
        /// Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = Some(value.into());
            self
        }
        /// Sets `users`.
        pub fn users(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.users = Some(value.into());
            self
        }
    }
    impl QuickReplyMetadata {
        /// A `QuickReplyMetadata` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                client: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                updated: ::std::default::Default::default(),
            }
        }
    }
    impl QuickReplySend {
        /// A `QuickReplySend` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                between_messages_delay: ::std::default::Default::default(),
                contents: ::std::default::Default::default(),
                target: ::std::default::Default::default(),
            }
        }
    }
    impl QuickReplyTarget {
        /// A `QuickReplyTarget` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
    }
    impl ReplyAction {
        /// A `ReplyAction` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                bot: ::std::default::Default::default(),
                chat_status: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                expiration_time: ::std::default::Default::default(),
                reply_text: ::std::default::Default::default(),
                reply_to_template_file: ::std::default::Default::default(),
                resolve_time: ::std::default::Default::default(),
                responsible_agent: ::std::default::Default::default(),
                responsible_department: ::std::default::Default::default(),
                set_bot_node: ::std::default::Default::default(),
            }
        }
    }
    impl ReplyActionReplyToTemplateFile {
        /// A `ReplyActionReplyToTemplateFile` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                name: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
            }
        }
    }
    impl RequestActionParams {
        /// A `RequestActionParams` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                data: ::std::default::Default::default(),
                headers: ::std::default::Default::default(),
                json: ::std::default::Default::default(),
                keep_response: ::std::default::Default::default(),
                method: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ResolveChatRequest {
        /// A `ResolveChatRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                notify_client: ::std::default::Default::default(),
            }
        }
        /// Sets `notifyClient`.
        pub fn notify_client(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            self.notify_client = Some(value.into());
            self
        }
    }
    impl Scenario {
        /// A `Scenario` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                active_revision: ::std::default::Default::default(),
                drafts: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                inactive_revisions: ::std::default::Default::default(),
                system: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioDefinition {
        /// A `ScenarioDefinition` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                actions: ::std::default::Default::default(),
                conditions: ::std::default::Default::default(),
                description: ::std::default::Default::default(),
                loaders: ::std::default::Default::default(),
                loops: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                options: ::std::default::Default::default(),
                tags: ::std::default::Default::default(),
                trigger_events: ::std::default::Default::default(),
                version: ::std::default::Default::default(),
            }
        }
        /// Sets `actions`.
        pub fn actions(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<ScenarioStep>>,
        ) -> Self {
            self.actions = Some(value.into());
            self
        }
        /// Sets `conditions`.
        pub fn conditions(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<::std::vec::Vec<ScenarioStep>>,
            >,
        ) -> Self {
            self.conditions = Some(value.into());
            self
        }
        /// Sets `description`.
        pub fn description(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.description = Some(value.into());
            self
        }
        /// Sets `loaders`.
        pub fn loaders(
            mut self,
            value: impl ::std::convert::Into<ScenarioLoaders>,
        ) -> Self {
            self.loaders = Some(value.into());
            self
        }
        /// Sets `loops`.
        pub fn loops(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.loops = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
        /// Sets `options`.
        pub fn options(
            mut self,
            value: impl ::std::convert::Into<ScenarioOptions>,
        ) -> Self {
            self.options = Some(value.into());
            self
        }
        /// Sets `tags`.
        pub fn tags(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.tags = Some(value.into());
            self
        }
        /// Sets `triggerEvents`.
        pub fn trigger_events(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.trigger_events = Some(value.into());
            self
        }
        /// Sets `version`.
        pub fn version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.version = Some(value.into());
            self
        }
    }
    impl ScenarioLoaders {
        /// A `ScenarioLoaders` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                after_conditions: ::std::default::Default::default(),
                before_conditions: ::std::default::Default::default(),
            }
        }
        /// Sets `afterConditions`.
        pub fn after_conditions(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<ScenarioStep>>,
        ) -> Self {
            self.after_conditions = Some(value.into());
            self
        }
        /// Sets `beforeConditions`.
        pub fn before_conditions(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<ScenarioStep>>,
        ) -> Self {
            self.before_conditions = Some(value.into());
            self
        }
    }
    impl ScenarioOptions {
        /// A `ScenarioOptions` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                unordered_actions: ::std::default::Default::default(),
            }
        }
        /// Sets `unorderedActions`.
        pub fn unordered_actions(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            self.unordered_actions = Some(value.into());
            self
        }
    }
    impl ScenarioRevision {
        /// A `ScenarioRevision` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                actions: ::std::default::Default::default(),
                attached_data: ::std::default::Default::default(),
                conditions: ::std::default::Default::default(),
                description: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                loaders: ::std::default::Default::default(),
                loops: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                options: ::std::default::Default::default(),
                parent_version: ::std::default::Default::default(),
                revision_comment: ::std::default::Default::default(),
                scenario_id: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
                system: ::std::default::Default::default(),
                tags: ::std::default::Default::default(),
                trigger_events: ::std::default::Default::default(),
                version: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioRevisionMetadata {
        /// A `ScenarioRevisionMetadata` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                activated: ::std::default::Default::default(),
                activations: ::std::default::Default::default(),
                author_uid: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                modified: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioRevisionMetadataActivationsItem {
        /// A `ScenarioRevisionMetadataActivationsItem` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                timestamp: ::std::default::Default::default(),
                user_uid: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioRun {
        /// A `ScenarioRun` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                conditions_result: ::std::default::Default::default(),
                execution_time: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                scenario_id: ::std::default::Default::default(),
                started: ::std::default::Default::default(),
                steps: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
                version: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioRunStep {
        /// A `ScenarioRunStep` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                error: ::std::default::Default::default(),
                execution_time: ::std::default::Default::default(),
                group_index: ::std::default::Default::default(),
                index: ::std::default::Default::default(),
                iterations: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                output: ::std::default::Default::default(),
                position: ::std::default::Default::default(),
                result: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
            }
        }
    }
    impl ScenarioStep {
        /// A `ScenarioStep` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                alias: ::std::default::Default::default(),
                confidential_data: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                params: ::std::default::Default::default(),
            }
        }
        /// Sets `alias`.
        pub fn alias(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.alias = Some(value.into());
            self
        }
        /// Sets `confidentialData`.
        pub fn confidential_data(
            mut self,
            value: impl ::std::convert::Into<bool>,
        ) -> Self {
            self.confidential_data = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
        /// Sets `params`.
        pub fn params(
            mut self,
            value: impl ::std::convert::Into<::serde_json::Value>,
        ) -> Self {
            self.params = Some(value.into());
            self
        }
    }
    impl ScenariosResponse {
        /// A `ScenariosResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                scenarios: ::std::default::Default::default(),
                total: ::std::default::Default::default(),
            }
        }
    }
    impl SearchChatsResponse {
        /// A `SearchChatsResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                data: ::std::default::Default::default(),
                total: ::std::default::Default::default(),
            }
        }
    }
    impl SendButtonsMessage {
        /// A `SendButtonsMessage` with its required fields (`type_`, `text`, `buttons`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendButtonsMessageType>,
            text: impl ::std::convert::Into<::std::string::String>,
            buttons: impl ::std::convert::Into<::std::vec::Vec<OutgoingButton>>,
        ) -> Self {
            Self {
                buttons: buttons.into(),
                context: ::std::default::Default::default(),
                text: text.into(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl SendContactsMessage {
        /// A `SendContactsMessage` with its required fields (`type_`, `contacts`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendContactsMessageType>,
            contacts: impl ::std::convert::Into<::std::vec::Vec<ContactCard>>,
        ) -> Self {
            Self {
                contacts: contacts.into(),
                context: ::std::default::Default::default(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl SendListMessage {
        /// A `SendListMessage` with its required fields (`type_`, `text`, `list`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendListMessageType>,
            text: impl ::std::convert::Into<::std::string::String>,
            list: impl ::std::convert::Into<MessageList>,
        ) -> Self {
            Self {
                context: ::std::default::Default::default(),
                list: list.into(),
                text: text.into(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl SendLocationMessage {
        /// A `SendLocationMessage` with its required fields (`type_`, `location`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendLocationMessageType>,
            location: impl ::std::convert::Into<MessageLocation>,
        ) -> Self {
            Self {
                context: ::std::default::Default::default(),
                location: location.into(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl SendMediaMessage {
        /// A `SendMediaMessage` with its required fields (`type_`, `media`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendMediaMessageType>,
            media: impl ::std::convert::Into<::std::vec::Vec<OutgoingMedia>>,
        ) -> Self {
            Self {
                context: ::std::default::Default::default(),
                media: media.into(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl SendMessageResponse {
        /// A `SendMessageResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                messages: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
            }
        }
    }
    impl SendTemplateHeader {
        /// A `SendTemplateHeader` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                filename: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
        /// Sets `filename`.
        pub fn filename(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.filename = Some(value.into());
            self
        }
        /// Sets `type`.
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.type_ = Some(value.into());
            self
        }
        /// Sets `url`.
        pub fn url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl SendTemplateRequest {
        /// A `SendTemplateRequest` with its required fields (`template_name`, `to`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            template_name: impl ::std::convert::Into<::std::string::String>,
            to: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                body: ::std::default::Default::default(),
                buttons: ::std::default::Default::default(),
                from: ::std::default::Default::default(),
                header: ::std::default::Default::default(),
                language: ::std::default::Default::default(),
                reply_action: ::std::default::Default::default(),
                session_message: ::std::default::Default::default(),
                set_chat: ::std::default::Default::default(),
                template_name: template_name.into(),
                to: to.into(),
            }
        }
        /// Sets `body`.
        pub fn body(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.body = Some(value.into());
            self
        }
        /// Sets `buttons`.
        pub fn buttons(
            mut self,
            value: impl ::std::convert::Into<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
        ) -> Self {
            self.buttons = Some(value.into());
            self
        }
        /// Sets `from`.
        pub fn from(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.from = Some(value.into());
            self
        }
        /// Sets `header`.
        pub fn header(
            mut self,
            value: impl ::std::convert::Into<SendTemplateHeader>,
        ) -> Self {
            self.header = Some(value.into());
            self
        }
        /// Sets `language`.
        pub fn language(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.language = Some(value.into());
            self
        }
        /// Sets `replyAction`.
        pub fn reply_action(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.reply_action = Some(value.into());
            self
        }
        /// Sets `sessionMessage`.
        pub fn session_message(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.session_message = Some(value.into());
            self
        }
        /// Sets `setChat`.
        pub fn set_chat(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.set_chat = Some(value.into());
            self
        }
    }
    impl SendTemplateResponse {
        /// A `SendTemplateResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                error: ::std::default::Default::default(),
                message_id: ::std::default::Default::default(),
                sent_as_session_message: ::std::default::Default::default(),
                success: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl SendTextMessage {
        /// A `SendTextMessage` with its required fields (`type_`, `text`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            type_: impl ::std::convert::Into<SendTextMessageType>,
            text: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                context: ::std::default::Default::default(),
                text: text.into(),
                tmp_send_id: ::std::default::Default::default(),
                type_: type_.into(),
            }
        }
        /// Sets `context`.
        pub fn context(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.context = Some(value.into());
            self
        }
        /// Sets `tmpSendId`.
        pub fn tmp_send_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.tmp_send_id = Some(value.into());
            self
        }
    }
    impl ShareFileRequest {
        /// A `ShareFileRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                ttl: ::std::default::Default::default(),
            }
        }
        /// Sets `ttl`.
        pub fn ttl(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.ttl = Some(value.into());
            self
        }
    }
    impl ShareLink {
        /// A `ShareLink` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                token: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
            }
        }
    }
    impl SuccessResponse {
        /// A `SuccessResponse` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                success: ::std::default::Default::default(),
            }
        }
    }
    impl Template {
        /// A `Template` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                attached_file: ::std::default::Default::default(),
                bot: ::std::default::Default::default(),
                channel_info: ::std::default::Default::default(),
                chat_status: ::std::default::Default::default(),
                created: ::std::default::Default::default(),
                defaults: ::std::default::Default::default(),
                departments: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                is_default: ::std::default::Default::default(),
                localization_drafts: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                provider: ::std::default::Default::default(),
                provider_template: ::std::default::Default::default(),
                reply_text: ::std::default::Default::default(),
                responsible_agent: ::std::default::Default::default(),
                responsible_department: ::std::default::Default::default(),
                set_bot_node: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                updated_at: ::std::default::Default::default(),
                usage: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateAttachedFile {
        /// A `TemplateAttachedFile` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                name: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateButton {
        /// A `TemplateButton` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                example: ::std::default::Default::default(),
                flow_id: ::std::default::Default::default(),
                navigate_screen: ::std::default::Default::default(),
                phone_number: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
                url: ::std::default::Default::default(),
            }
        }
        /// Sets `example`.
        pub fn example(
            mut self,
            value: impl ::std::convert::Into<::serde_json::Value>,
        ) -> Self {
            self.example = Some(value.into());
            self
        }
        /// Sets `flow_id`.
        pub fn flow_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.flow_id = Some(value.into());
            self
        }
        /// Sets `navigate_screen`.
        pub fn navigate_screen(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.navigate_screen = Some(value.into());
            self
        }
        /// Sets `phone_number`.
        pub fn phone_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone_number = Some(value.into());
            self
        }
        /// Sets `text`.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = Some(value.into());
            self
        }
        /// Sets `type`.
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<crate::enums::TemplateButtonType>,
        ) -> Self {
            self.type_ = Some(value.into());
            self
        }
        /// Sets `url`.
        pub fn url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl TemplateComponent {
        /// A `TemplateComponent` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                buttons: ::std::default::Default::default(),
                example: ::std::default::Default::default(),
                format: ::std::default::Default::default(),
                text: ::std::default::Default::default(),
                type_: ::std::default::Default::default(),
            }
        }
        /// Sets `buttons`.
        pub fn buttons(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<TemplateButton>>,
        ) -> Self {
            self.buttons = Some(value.into());
            self
        }
        /// Sets `example`.
        pub fn example(
            mut self,
            value: impl ::std::convert::Into<TemplateComponentExample>,
        ) -> Self {
            self.example = Some(value.into());
            self
        }
        /// Sets `format`.
        pub fn format(
            mut self,
            value: impl ::std::convert::Into<crate::enums::TemplateHeaderFormat>,
        ) -> Self {
            self.format = Some(value.into());
            self
        }
        /// Sets `text`.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = Some(value.into());
            self
        }
        /// Sets `type`.
        pub fn type_(
            mut self,
            value: impl ::std::convert::Into<crate::enums::TemplateComponentType>,
        ) -> Self {
            self.type_ = Some(value.into());
            self
        }
    }
    impl TemplateComponentExample {
        /// A `TemplateComponentExample` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                body_text: ::std::default::Default::default(),
                header_handle: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateDefaults {
        /// A `TemplateDefaults` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                body: ::std::default::Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateLocalization {
        /// A `TemplateLocalization` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                components: ::std::default::Default::default(),
                created_at: ::std::default::Default::default(),
                language: ::std::default::Default::default(),
                last_updated: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
                parameter_format: ::std::default::Default::default(),
                quality_score: ::std::default::Default::default(),
                rejection_reason: ::std::default::Default::default(),
                status: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateLocalizationQualityScore {
        /// A `TemplateLocalizationQualityScore` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                reasons: ::std::default::Default::default(),
                score: ::std::default::Default::default(),
            }
        }
    }
    impl TemplateLocalizationRequest {
        /// A `TemplateLocalizationRequest` with its required fields (`language`, `components`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            language: impl ::std::convert::Into<::std::string::String>,
            components: impl ::std::convert::Into<::std::vec::Vec<TemplateComponent>>,
        ) -> Self {
            Self {
                components: components.into(),
                defaults: ::std::default::Default::default(),
                language: language.into(),
            }
        }
        /// Sets `defaults`.
        pub fn defaults(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.defaults = Some(value.into());
            self
        }
    }
    impl TemplateSubscriptionRequest {
        /// A `TemplateSubscriptionRequest` with its required fields (`phone`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(phone: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                account_id: ::std::default::Default::default(),
                phone: phone.into(),
            }
        }
        /// Sets `accountId`.
        pub fn account_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.account_id = Some(value.into());
            self
        }
    }
    impl UnsubscribedUser {
        /// A `UnsubscribedUser` with its required fields (`phone`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(phone: impl ::std::convert::Into<::std::string::String>) -> Self {
            Self {
                phone: phone.into(),
                title: ::std::default::Default::default(),
            }
        }
    }
    impl UpdateChatCrmDataRequest {
        /// A `UpdateChatCrmDataRequest` with its required fields (`data`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            data: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self { data: data.into() }
        }
    }
    impl UpdateChatRequest {
        /// A `UpdateChatRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                crm_data: ::std::default::Default::default(),
                crm_deep_link: ::std::default::Default::default(),
                display_name: ::std::default::Default::default(),
                external_bot: ::std::default::Default::default(),
            }
        }
        /// Sets `crmData`.
        pub fn crm_data(
            mut self,
            value: impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            self.crm_data = Some(value.into());
            self
        }
        /// Sets `crmDeepLink`.
        pub fn crm_deep_link(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.crm_deep_link = Some(value.into());
            self
        }
        /// Sets `displayName`.
        pub fn display_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.display_name = Some(value.into());
            self
        }
        /// Sets `externalBot`.
        pub fn external_bot(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            self.external_bot = Some(value.into());
            self
        }
    }
    impl UpdateLabelRequest {
        /// A `UpdateLabelRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                color: ::std::default::Default::default(),
                name: ::std::default::Default::default(),
            }
        }
        /// Sets `color`.
        pub fn color(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.color = Some(value.into());
            self
        }
        /// Sets `name`.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = Some(value.into());
            self
        }
    }
    impl UpdateTemplateRequest {
        /// A `UpdateTemplateRequest` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                chat_status: ::std::default::Default::default(),
                departments: ::std::default::Default::default(),
                is_default: ::std::default::Default::default(),
                reply_text: ::std::default::Default::default(),
                responsible_agent: ::std::default::Default::default(),
                responsible_department: ::std::default::Default::default(),
                set_bot_node: ::std::default::Default::default(),
                title: ::std::default::Default::default(),
                usage: ::std::default::Default::default(),
            }
        }
        /// Sets `chatStatus`.
        pub fn chat_status(
            mut self,
            value: impl ::std::convert::Into<crate::enums::ChatStatus>,
        ) -> Self {
            self.chat_status = Some(value.into());
            self
        }
        /// Sets `departments`.
        pub fn departments(
            mut self,
            value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            self.departments = Some(value.into());
            self
        }
        /// Sets `isDefault`.
        pub fn is_default(mut self, value: impl ::std::convert::Into<bool>) -> Self {
            self.is_default = Some(value.into());
            self
        }
        /// Sets `replyText`.
        pub fn reply_text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.reply_text = Some(value.into());
            self
        }
        /// Sets `responsibleAgent`.
        pub fn responsible_agent(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.responsible_agent = Some(value.into());
            self
        }
        /// Sets `responsibleDepartment`.
        pub fn responsible_department(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.responsible_department = Some(value.into());
            self
        }
        /// Sets `setBotNode`.
        pub fn set_bot_node(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.set_bot_node = Some(value.into());
            self
        }
        /// Sets `title`.
        pub fn title(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.title = Some(value.into());
            self
        }
        /// Sets `usage`.
        pub fn usage(
            mut self,
            value: impl ::std::convert::Into<crate::enums::TemplateUsage>,
        ) -> Self {
            self.usage = Some(value.into());
            self
        }
    }
    impl WebhookAgent {
        /// A `WebhookAgent` with every field unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new() -> Self {
            Self {
                crm_id: ::std::default::Default::default(),
                display_name: ::std::default::Default::default(),
                email: ::std::default::Default::default(),
                id: ::std::default::Default::default(),
                roles: ::std::default::Default::default(),
            }
        }
    }
    impl WebhookDelivery {
        /// A `WebhookDelivery` with its required fields (`event_name`); every other field starts unset.
        #[allow(clippy::too_many_arguments, clippy::new_without_default)]
        pub fn new(
            event_name: impl ::std::convert::Into<crate::enums::WebhookEventName>,
        ) -> Self {
            Self {
                event_data: ::std::default::Default::default(),
                event_name: event_name.into(),
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Texter API

REST API v2 of Texter (TexterChat), a WhatsApp business inbox: chats, session messages,
WhatsApp templates, labels, quick replies and event subscriptions delivered as webhooks.

This document is hand-maintained by the texterchat project and is the single source of truth
for the Rust SDK. It is assembled from Texter's published API reference (help.texterchat.com),
of which only the beginning of each page could be read, and from Texter's own public
repositories. Every operation says where its facts come from in `x-texter-source`:
`reference` (published reference), `texter-code` (Texter's own code shows the method and path)
or `inferred` (the operation is documented to exist but its page was not available; method and
path follow the sibling endpoints and are unverified). Individual parameters and fields carry
the same marker where their own source is weaker than their operation's.

Time fields carry their unit in their type: `EpochMillis` (milliseconds since the Unix epoch),
`EpochSeconds` (seconds since the Unix epoch) and `IsoDateTime` (ISO 8601 date-time string).

`x-texter-idempotent` says whether repeating an operation leaves the same state (reads, and
updates that set a state): the SDK retries those on transient failures, and retries the
others (sends, creates, imports) only when the request never reached the server. It is the
SDK's classification from the documented semantics, not a statement of Texter's.

Every token carries scopes chosen when it is created in Texter (gear icon → Developers → API
Tokens); a call needs every scope its operation lists in `x-texter-scopes`. An empty list means
any valid token works.


Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::ClientContext,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::ClientContext) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::ClientContext,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::ClientContext> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::ClientContext {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::ClientContext>,
    {}
};
impl Client {
    /**Search Chats

Finds chats, most often by the contact's phone number. Results are sorted by the time of
the last message, newest first, and do not include `lastMessage`. Without filters only
chats that have messages are returned; the reference documents a boolean flag that also
returns chats with no messages, but its name was not readable, so it is not modelled here
(use the raw request API if you know it).


Sends a `GET` request to `/chats/search`

Arguments:
- `channel_account_id`: Only chats of this channel account (for WhatsApp, the business phone number). Must be sent together with `channel[name]`.
- `channel_name`: Only chats of this channel. Must be sent together with `channel[accountId]`. The
reference lists whatsapp, messenger, instagram, website_chat and email for this filter
(not sms).

- `labels`: Label ids; a chat carrying any of them matches. Repeated on the wire (`labels[]=a&labels[]=b`).
- `limit`: Maximum number of chats to return (default 30). Sent as a digit string. Inferred: the
parameter's name is not shown on the Search Chats page; the sibling list endpoints use
`limit` with this meaning.

- `search`: Matched case-insensitively against the contact's phone number or name.
- `skip`: Number of matching chats to skip before the first one returned. Inferred: the
parameter's name is not shown on the Search Chats page; the sibling list endpoints use
`skip` with this meaning.

- `statuses`: Chat status names (not numbers); a chat in any of them matches. Repeated on the wire.
`SOLVED` and `TAKEN` are rejected by the server: use `RESOLVED` and `ASSIGNED`.

```ignore
let response = client.search_chats()
    .channel_account_id(channel_account_id)
    .channel_name(channel_name)
    .labels(labels)
    .limit(limit)
    .search(search)
    .skip(skip)
    .statuses(statuses)
    .send()
    .await;
```*/
    pub fn search_chats(&self) -> builder::SearchChats<'_> {
        builder::SearchChats::new(self)
    }
    /**Assign Chat

Assigns a chat to an agent and/or a department. Identify the chat by exactly one of
`phone` or `chatId`; identify the assignee by exactly one agent identifier (`agentUid`,
`agentEmail` or `agentCrmId`), a `departmentId`, or a `departmentId` plus one agent
identifier. The chat's status becomes PENDING (1), not ASSIGNED.


Sends a `POST` request to `/chats/assign`

```ignore
let response = client.assign_chat()
    .body(body)
    .send()
    .await;
```*/
    pub fn assign_chat(&self) -> builder::AssignChat<'_> {
        builder::AssignChat::new(self)
    }
    /**Get Chat by Chat ID

Returns the public view of one chat: a trimmed chat without `_id`, `labels`, `crmData` or
`displayName`, whose `botState` holds only the session id, and whose last-message time is
spelled `lastMessageTimestamp`. Use Search Chats for the full record. Note the scope: this
read needs Send session message, not a chat-reading scope.


Sends a `GET` request to `/chats/{chatId}`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
```ignore
let response = client.get_chat()
    .chat_id(chat_id)
    .send()
    .await;
```*/
    pub fn get_chat(&self) -> builder::GetChat<'_> {
        builder::GetChat::new(self)
    }
    /**Update Chat Properties

Changes chat properties, typically the display name or the external-bot switch. Values
given replace the stored ones entirely: `crmData` here replaces the whole object (use
Update CRM Data to merge). Toggling `externalBot` fires the External Bot Enabled/Disabled
events. Method and path come from Texter's own code; the semantics from the reference.
The reference also lists a deprecated field (probably `title`) and a reserved field whose
names were not readable; they are not modelled.


Sends a `PATCH` request to `/chats/{chatId}`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `body`
```ignore
let response = client.update_chat()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_chat(&self) -> builder::UpdateChat<'_> {
        builder::UpdateChat::new(self)
    }
    /**Resolve Chat

Sets the chat's status to RESOLVED (3), whatever it was. The contact's next incoming
message goes back to the Texter bot.


Sends a `POST` request to `/chats/{chatId}/resolve`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `body`: Optional; an empty object resolves silently.
```ignore
let response = client.resolve_chat()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn resolve_chat(&self) -> builder::ResolveChat<'_> {
        builder::ResolveChat::new(self)
    }
    /**Update CRM Data

Merges `data` into the chat's `crmData` (Update Chat Properties replaces it instead). How
deep the merge goes is not documented.


Sends a `POST` request to `/chats/{chatId}/crm-data`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `body`
```ignore
let response = client.update_chat_crm_data()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_chat_crm_data(&self) -> builder::UpdateChatCrmData<'_> {
        builder::UpdateChatCrmData::new(self)
    }
    /**Manage Labels in Chat

Adds labels to, removes labels from, or replaces the labels of one chat. The body holds
exactly one of `add`, `remove` or `set`; `"set": []` clears every label. Texter's bot
documentation notes that the whole operation fails if any label id does not exist.


Sends a `POST` request to `/chats/{chatId}/labels`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `body`
```ignore
let response = client.update_chat_labels()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_chat_labels(&self) -> builder::UpdateChatLabels<'_> {
        builder::UpdateChatLabels::new(self)
    }
    /**Get Messages of a Chat

Returns up to `limit` messages of a chat, oldest first. A filter is required: either
`botSessionId` (the messages of one bot session), or both `beforeTime` and `beforeId`
(messages with `timestamp <= beforeTime`, excluding the message `beforeId`). To walk back
in time, pass the `timestamp` and `_id` of the oldest message received so far.


Sends a `GET` request to `/messages/chat/{chatId}`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `before_id`: The `_id` of the cursor message, which is excluded from the result. Needs `beforeTime`.
- `before_time`: Cursor time, inclusive, in epoch milliseconds. Needs `beforeId`.
- `bot_session_id`: Only the messages of this bot session (`chat.botState.id`).
- `limit`: Maximum number of messages (default 50). Sent as a digit string.
```ignore
let response = client.get_chat_messages()
    .chat_id(chat_id)
    .before_id(before_id)
    .before_time(before_time)
    .bot_session_id(bot_session_id)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn get_chat_messages(&self) -> builder::GetChatMessages<'_> {
        builder::GetChatMessages::new(self)
    }
    /**Send a Message to Chat

Sends a session message to an existing chat. WhatsApp's 24-hour window applies: if the
contact has not written in the last 24 hours the request fails and only a template message
can be sent. Sending to a chat that does not exist fails too. The status codes and bodies
of those failures are not documented.


Sends a `POST` request to `/messages/send/{chatId}`

Arguments:
- `chat_id`: The chat's `_id` (find it with Search Chats by phone).
- `body`
```ignore
let response = client.send_message()
    .chat_id(chat_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**Generate Public Media URL

Creates a read-only public link to a file. Without `ttl` the link never expires. A new
link does not revoke older ones. The link lives under `/server/files/shared/{fileId}/{token}`,
outside the API base path.


Sends a `POST` request to `/files/share/{fileId}`

Arguments:
- `file_id`: The file id, from `media[].fileId` of a message.
- `body`: Optional; an empty object creates a link that never expires.
```ignore
let response = client.share_file()
    .file_id(file_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn share_file(&self) -> builder::ShareFile<'_> {
        builder::ShareFile::new(self)
    }
    /**List All Labels

Lists the label catalog. Works with any valid token. Defaults of `limit` and `skip` are not documented.

Sends a `GET` request to `/labels`

Arguments:
- `limit`: Maximum number of labels to return. Sent as a digit string.
- `skip`: Number of labels to skip. Sent as a digit string.
```ignore
let response = client.list_labels()
    .limit(limit)
    .skip(skip)
    .send()
    .await;
```*/
    pub fn list_labels(&self) -> builder::ListLabels<'_> {
        builder::ListLabels::new(self)
    }
    /**Create Label

Creates a label. What happens when the id already exists is not documented.

Sends a `POST` request to `/labels`

```ignore
let response = client.create_label()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_label(&self) -> builder::CreateLabel<'_> {
        builder::CreateLabel::new(self)
    }
    /**Get Label Data

Returns one label. Works with any valid token.

Sends a `GET` request to `/labels/{labelId}`

Arguments:
- `label_id`: The label's `id` (the value kept in `chat.labels`).
```ignore
let response = client.get_label()
    .label_id(label_id)
    .send()
    .await;
```*/
    pub fn get_label(&self) -> builder::GetLabel<'_> {
        builder::GetLabel::new(self)
    }
    /**Delete Label

Inferred: the scope table says Manage labels can delete labels and the Label object page
says system labels cannot be deleted, but the endpoint page was not available. Method and
path follow Get/Update Label; the response body is unknown (probably the plain text `OK`)
and is ignored.


Sends a `DELETE` request to `/labels/{labelId}`

Arguments:
- `label_id`: The label's `id` (the value kept in `chat.labels`).
```ignore
let response = client.delete_label()
    .label_id(label_id)
    .send()
    .await;
```*/
    pub fn delete_label(&self) -> builder::DeleteLabel<'_> {
        builder::DeleteLabel::new(self)
    }
    /**Update Existing Label

Renames or recolors a label, system labels included. The id cannot change. The reference
page answers with the plain text `OK` (the operation index beside it says "200 Label"; the
endpoint page is the more specific source and is followed here).


Sends a `PATCH` request to `/labels/{labelId}`

Arguments:
- `label_id`: The label's `id` (the value kept in `chat.labels`).
- `body`
```ignore
let response = client.update_label()
    .label_id(label_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_label(&self) -> builder::UpdateLabel<'_> {
        builder::UpdateLabel::new(self)
    }
    /**Send Template Message

Sends an approved template to one recipient, with optional variables, header media, chat
updates and after-reply behaviour. If the recipient unsubscribed from template messages
nothing is sent and the answer is still HTTP 200, with `success: false` and an explanatory
text (for example "Recipient unsubscribed from template messages on ...").


Sends a `POST` request to `/whatsapp/templates/send`

```ignore
let response = client.send_template()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_template(&self) -> builder::SendTemplate<'_> {
        builder::SendTemplate::new(self)
    }
    /**List All Templates

Lists templates: approved ones by default, every one with `includeAll=true`. There is no
pagination. The reference also documents a header filter and a real-time WhatsApp sync
flag (which needs `accountId`), but their names were not readable; they are not modelled.


Sends a `GET` request to `/whatsapp/templates`

Arguments:
- `account_id`: Only templates of this channel account (for WhatsApp, the business phone number).
- `include_all`: Also return pending and rejected templates.
```ignore
let response = client.list_templates()
    .account_id(account_id)
    .include_all(include_all)
    .send()
    .await;
```*/
    pub fn list_templates(&self) -> builder::ListTemplates<'_> {
        builder::ListTemplates::new(self)
    }
    /**Create New Template

Step 1 of 3 (create, localize, submit): creates the Texter side of a template, not yet
known to WhatsApp. Texter's admin sync can delete a template that has no localization
draft and that WhatsApp does not know, so localize and submit right after creating. The
HTTP status of success (200 or 201) is not documented; any 2xx is accepted.


Sends a `POST` request to `/whatsapp/templates/{accountId}`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `body`
```ignore
let response = client.create_template()
    .account_id(account_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_template(&self) -> builder::CreateTemplate<'_> {
        builder::CreateTemplate::new(self)
    }
    /**Delete Template

Deletes a template. Whether it is also deleted at WhatsApp is not documented.

Sends a `DELETE` request to `/whatsapp/templates/{accountId}/{templateName}`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `template_name`: The template's `name`, which acts as its id.
```ignore
let response = client.delete_template()
    .account_id(account_id)
    .template_name(template_name)
    .send()
    .await;
```*/
    pub fn delete_template(&self) -> builder::DeleteTemplate<'_> {
        builder::DeleteTemplate::new(self)
    }
    /**Update Existing Template

Changes the Texter-side behaviour of a template. Everything set at creation can change except `name` and `category`.

Sends a `PATCH` request to `/whatsapp/templates/{accountId}/{templateName}`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `template_name`: The template's `name`, which acts as its id.
- `body`
```ignore
let response = client.update_template()
    .account_id(account_id)
    .template_name(template_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_template(&self) -> builder::UpdateTemplate<'_> {
        builder::UpdateTemplate::new(self)
    }
    /**Create or Update Localization

Step 2 of 3: sets the WhatsApp-facing content of one language as a draft (it appears under
`localizationDrafts`). Not allowed on a template already submitted: create a new template
instead.


Sends a `POST` request to `/whatsapp/templates/{accountId}/{templateName}/localizations`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `template_name`: The template's `name`, which acts as its id.
- `body`
```ignore
let response = client.upsert_template_localization()
    .account_id(account_id)
    .template_name(template_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn upsert_template_localization(
        &self,
    ) -> builder::UpsertTemplateLocalization<'_> {
        builder::UpsertTemplateLocalization::new(self)
    }
    /**Submit Template for Approval

Step 3 of 3, once per localization: submits the draft to WhatsApp. The localization moves
to `provider_template.localizations` with status REQUESTED. Approval usually takes seconds,
rarely up to 24 hours; WhatsApp may reject it or change its category. No request body.


Sends a `POST` request to `/whatsapp/templates/{accountId}/{templateName}/localizations/{language}/submit`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `template_name`: The template's `name`, which acts as its id.
- `language`: The language code used in step 2 (lowercase IETF tag, e.g. `en`, `he`, `en_US`).
Inferred: the path parameter's name; the path itself comes from Texter's own code.

```ignore
let response = client.submit_template_localization()
    .account_id(account_id)
    .template_name(template_name)
    .language(language)
    .send()
    .await;
```*/
    pub fn submit_template_localization(
        &self,
    ) -> builder::SubmitTemplateLocalization<'_> {
        builder::SubmitTemplateLocalization::new(self)
    }
    /**Unsubscribe from Templates

Stops template messages to a phone number, on one WhatsApp account or (without `accountId`) on all of them.

Sends a `POST` request to `/whatsapp/templates/unsubscribe`

```ignore
let response = client.unsubscribe_from_templates()
    .body(body)
    .send()
    .await;
```*/
    pub fn unsubscribe_from_templates(&self) -> builder::UnsubscribeFromTemplates<'_> {
        builder::UnsubscribeFromTemplates::new(self)
    }
    /**Resubscribe to Templates

Lets template messages reach a phone number again, on one WhatsApp account or (without `accountId`) on all of them.

Sends a `POST` request to `/whatsapp/templates/subscribe`

```ignore
let response = client.resubscribe_to_templates()
    .body(body)
    .send()
    .await;
```*/
    pub fn resubscribe_to_templates(&self) -> builder::ResubscribeToTemplates<'_> {
        builder::ResubscribeToTemplates::new(self)
    }
    /**List All Unsubscribed Users

Lists phone numbers unsubscribed from template messages, oldest unsubscription first.

Sends a `GET` request to `/whatsapp/templates/unsubscribed`

Arguments:
- `limit`: Maximum number of users to return, 1 to 9999 (pattern `^[1-9][0-9]{0,3}$`). The reference
gives 10000 as the default, above its own maximum.

- `skip`: Number of users to skip, 0 to 99999 (pattern `^[0-9]{1,5}$`).
```ignore
let response = client.list_unsubscribed()
    .limit(limit)
    .skip(skip)
    .send()
    .await;
```*/
    pub fn list_unsubscribed(&self) -> builder::ListUnsubscribed<'_> {
        builder::ListUnsubscribed::new(self)
    }
    /**Unsubscribed from Specific Account

Like List All Unsubscribed Users, for one WhatsApp account. Inferred: the required scope
is taken from the sibling endpoint; the page's own scope line was not readable.


Sends a `GET` request to `/whatsapp/templates/unsubscribed/{accountId}`

Arguments:
- `account_id`: The channel account id; for WhatsApp the connected business phone number, digits only.
- `limit`: Maximum number of users to return, 1 to 9999 (pattern `^[1-9][0-9]{0,3}$`). The reference
gives 10000 as the default, above its own maximum.

- `skip`: Number of users to skip, 0 to 99999 (pattern `^[0-9]{1,5}$`).
```ignore
let response = client.list_unsubscribed_for_account()
    .account_id(account_id)
    .limit(limit)
    .skip(skip)
    .send()
    .await;
```*/
    pub fn list_unsubscribed_for_account(
        &self,
    ) -> builder::ListUnsubscribedForAccount<'_> {
        builder::ListUnsubscribedForAccount::new(self)
    }
    /**Get Existing Quick Replies

Lists quick replies, newest first unless another sort is given. The reference's parameter list is cut off after `hasContentsType`.

Sends a `GET` request to `/quick-replies`

Arguments:
- `for_chat_account_id`: Only quick replies offered on this channel account.
- `for_chat_id`: Only quick replies scoped to this chat (`send.target[].id`).
- `for_chat_name`: Only quick replies offered on this channel. Use together with the other `forChat[...]` parameters.
- `has_contents_type`: Only quick replies with at least one message of one of these types. Inferred: the
wire encoding of the array is not documented; it is sent repeated
(`hasContentsType=text&hasContentsType=media`).

- `limit`: Maximum number of quick replies to return (default not documented). Sent as a digit string.
- `position`: Only quick replies displayed in this position.
- `skip`: Number of quick replies to skip. Sent as a digit string.
- `sort_created`: Sort by `metadata.created`; the server's default is `desc`.
- `sort_title`: Sort alphabetically by `display.title`.
- `sort_updated`: Sort by `metadata.updated`.
```ignore
let response = client.list_quick_replies()
    .for_chat_account_id(for_chat_account_id)
    .for_chat_id(for_chat_id)
    .for_chat_name(for_chat_name)
    .has_contents_type(has_contents_type)
    .limit(limit)
    .position(position)
    .skip(skip)
    .sort_created(sort_created)
    .sort_title(sort_title)
    .sort_updated(sort_updated)
    .send()
    .await;
```*/
    pub fn list_quick_replies(&self) -> builder::ListQuickReplies<'_> {
        builder::ListQuickReplies::new(self)
    }
    /**Create Quick Reply

Creates a quick reply. Its contents are validated against the limits of every targeted
channel. To offer an AI-suggested reply on one chat, target that chat's `_id` and then set
`{"aiQuickReply": true}` through Update Existing Quick Reply.


Sends a `POST` request to `/quick-replies`

```ignore
let response = client.create_quick_reply()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_quick_reply(&self) -> builder::CreateQuickReply<'_> {
        builder::CreateQuickReply::new(self)
    }
    /**Delete Quick Reply

Inferred: the scope table and the Create Quick Reply page say quick replies can be deleted,
but the endpoint page was not available. Method and path follow Update Existing Quick
Reply; the response body is unknown and is ignored.


Sends a `DELETE` request to `/quick-replies/{quickReplyId}`

Arguments:
- `quick_reply_id`: The quick reply's `_id`.
```ignore
let response = client.delete_quick_reply()
    .quick_reply_id(quick_reply_id)
    .send()
    .await;
```*/
    pub fn delete_quick_reply(&self) -> builder::DeleteQuickReply<'_> {
        builder::DeleteQuickReply::new(self)
    }
    /**Update Existing Quick Reply

Applies 1 to 1000 update operations, each an object with exactly one key.

Sends a `PATCH` request to `/quick-replies/{quickReplyId}`

Arguments:
- `quick_reply_id`: The quick reply's `_id`.
- `body`
```ignore
let response = client.update_quick_reply()
    .quick_reply_id(quick_reply_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_quick_reply(&self) -> builder::UpdateQuickReply<'_> {
        builder::UpdateQuickReply::new(self)
    }
    /**Import Subscription (subscribe to an event)

Creates an event subscription by importing a ready-made scenario body: take the body of
the event you want, put your URL at `data.actions[0].params.url` (and fill the event's
other placeholders), and choose `asStatus`. Answers 201 with the new Scenario; keep its
`_id`. The path comes from Texter's own code; the rest from the reference.


Sends a `POST` request to `/scenarios/manage/import`

```ignore
let response = client.import_subscription()
    .body(body)
    .send()
    .await;
```*/
    pub fn import_subscription(&self) -> builder::ImportSubscription<'_> {
        builder::ImportSubscription::new(self)
    }
    /**List All Subscriptions

Lists scenarios, event subscriptions among them (their names start with `(SUB) `). Whether
Manage scenarios on behalf of user is needed too is not documented. Other query parameters
(pagination, filters), if any, are not documented.


Sends a `GET` request to `/scenarios/manage`

Arguments:
- `include_system`: Also return Texter's built-in system scenarios (those with a `system` identifier).
```ignore
let response = client.list_subscriptions()
    .include_system(include_system)
    .send()
    .await;
```*/
    pub fn list_subscriptions(&self) -> builder::ListSubscriptions<'_> {
        builder::ListSubscriptions::new(self)
    }
    /**Copy Scenario

Creates a new scenario from one revision of an existing one. The success status (200 or
201) is not documented; any 2xx is accepted. Whether Manage scenarios on behalf of user is
needed too is not documented.


Sends a `POST` request to `/scenarios/manage/{scenarioId}/copy`

Arguments:
- `scenario_id`: The scenario's `_id`.
- `body`
```ignore
let response = client.copy_scenario()
    .scenario_id(scenario_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn copy_scenario(&self) -> builder::CopyScenario<'_> {
        builder::CopyScenario::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        ByteStream, ClientInfo, ClientHooks, Error, OperationInfo, RequestBuilderExt,
        ResponseValue,
    };
    /**Builder for [`Client::search_chats`]

[`Client::search_chats`]: super::Client::search_chats*/
    #[derive(Debug, Clone)]
    pub struct SearchChats<'a> {
        client: &'a super::Client,
        channel_account_id: Result<Option<::std::string::String>, String>,
        channel_name: Result<Option<crate::enums::SearchChannelName>, String>,
        labels: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        limit: Result<Option<i64>, String>,
        search: Result<Option<::std::string::String>, String>,
        skip: Result<Option<i64>, String>,
        statuses: Result<Option<::std::vec::Vec<crate::enums::ChatStatusName>>, String>,
    }
    impl<'a> SearchChats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_account_id: Ok(None),
                channel_name: Ok(None),
                labels: Ok(None),
                limit: Ok(None),
                search: Ok(None),
                skip: Ok(None),
                statuses: Ok(None),
            }
        }
        pub fn channel_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.channel_account_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for channel_account_id failed"
                        .to_string()
                });
            self
        }
        pub fn channel_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::SearchChannelName>,
        {
            self.channel_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: SearchChannelName` for channel_name failed"
                        .to_string()
                });
            self
        }
        pub fn labels<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.labels = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for labels failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for skip failed".to_string());
            self
        }
        pub fn statuses<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<crate::enums::ChatStatusName>>,
        {
            self.statuses = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: enums :: ChatStatusName >` for statuses failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/chats/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchChatsResponse>, Error<types::Error>> {
            let Self {
                client,
                channel_account_id,
                channel_name,
                labels,
                limit,
                search,
                skip,
                statuses,
            } = self;
            let channel_account_id = channel_account_id.map_err(Error::InvalidRequest)?;
            let channel_name = channel_name.map_err(Error::InvalidRequest)?;
            let labels = labels.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let statuses = statuses.map_err(Error::InvalidRequest)?;
            let url = format!("{}/chats/search", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &channel_account_id {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("channel[accountId]", value),
                    );
            }
            if let ::std::option::Option::Some(value) = &channel_name {
                request = request
                    .query(&progenitor_client::QueryParam::new("channel[name]", value));
            }
            if let ::std::option::Option::Some(value) = &labels {
                request = request
                    .query(&progenitor_client::QueryParam::new("labels[]", value));
            }
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            if let ::std::option::Option::Some(value) = &search {
                request = request
                    .query(&progenitor_client::QueryParam::new("search", value));
            }
            if let ::std::option::Option::Some(value) = &skip {
                request = request
                    .query(&progenitor_client::QueryParam::new("skip", value));
            }
            if let ::std::option::Option::Some(value) = &statuses {
                request = request
                    .query(&progenitor_client::QueryParam::new("statuses[]", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "search_chats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SearchChatsResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::assign_chat`]

[`Client::assign_chat`]: super::Client::assign_chat*/
    #[derive(Debug, Clone)]
    pub struct AssignChat<'a> {
        client: &'a super::Client,
        body: Result<types::AssignChatRequest, String>,
    }
    impl<'a> AssignChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(types::AssignChatRequest::new()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignChatRequest>,
            <V as std::convert::TryInto<
                types::AssignChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `AssignChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/chats/assign`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/chats/assign", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "assign_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => Ok(crate::decode::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_chat`]

[`Client::get_chat`]: super::Client::get_chat*/
    #[derive(Debug, Clone)]
    pub struct GetChat<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
    }
    impl<'a> GetChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/chats/{chatId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PublicChat>, Error<types::Error>> {
            let Self { client, chat_id } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/chats/{}", client.baseurl, crate ::path::encode_segment("chatId", &
                chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::PublicChat>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_chat`]

[`Client::update_chat`]: super::Client::update_chat*/
    #[derive(Debug, Clone)]
    pub struct UpdateChat<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        body: Result<types::UpdateChatRequest, String>,
    }
    impl<'a> UpdateChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                body: Ok(types::UpdateChatRequest::new()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChatRequest>,
            <V as std::convert::TryInto<
                types::UpdateChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `UpdateChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `PATCH` request to `/chats/{chatId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChatWithSuccess>, Error<types::Error>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/chats/{}", client.baseurl, crate ::path::encode_segment("chatId", &
                chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::ChatWithSuccess>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::resolve_chat`]

[`Client::resolve_chat`]: super::Client::resolve_chat*/
    #[derive(Debug, Clone)]
    pub struct ResolveChat<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        body: Result<types::ResolveChatRequest, String>,
    }
    impl<'a> ResolveChat<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                body: Ok(types::ResolveChatRequest::new()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResolveChatRequest>,
            <V as std::convert::TryInto<
                types::ResolveChatRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `ResolveChatRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/chats/{chatId}/resolve`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/chats/{}/resolve", client.baseurl, crate
                ::path::encode_segment("chatId", & chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "resolve_chat",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_chat_crm_data`]

[`Client::update_chat_crm_data`]: super::Client::update_chat_crm_data*/
    #[derive(Debug, Clone)]
    pub struct UpdateChatCrmData<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        body: Result<types::UpdateChatCrmDataRequest, String>,
    }
    impl<'a> UpdateChatCrmData<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChatCrmDataRequest>,
            <V as std::convert::TryInto<
                types::UpdateChatCrmDataRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateChatCrmDataRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/chats/{chatId}/crm-data`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChatWithSuccess>, Error<types::Error>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/chats/{}/crm-data", client.baseurl, crate
                ::path::encode_segment("chatId", & chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_chat_crm_data",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::ChatWithSuccess>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_chat_labels`]

[`Client::update_chat_labels`]: super::Client::update_chat_labels*/
    #[derive(Debug, Clone)]
    pub struct UpdateChatLabels<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        body: Result<types::UpdateChatLabelsRequest, String>,
    }
    impl<'a> UpdateChatLabels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChatLabelsRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateChatLabelsRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/chats/{chatId}/labels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/chats/{}/labels", client.baseurl, crate
                ::path::encode_segment("chatId", & chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_chat_labels",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => Ok(crate::decode::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_chat_messages`]

[`Client::get_chat_messages`]: super::Client::get_chat_messages*/
    #[derive(Debug, Clone)]
    pub struct GetChatMessages<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        before_id: Result<Option<::std::string::String>, String>,
        before_time: Result<Option<crate::time::EpochMillis>, String>,
        bot_session_id: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i64>, String>,
    }
    impl<'a> GetChatMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                before_id: Ok(None),
                before_time: Ok(None),
                bot_session_id: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn before_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.before_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for before_id failed"
                        .to_string()
                });
            self
        }
        pub fn before_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::time::EpochMillis>,
        {
            self.before_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: time :: EpochMillis` for before_time failed"
                        .to_string()
                });
            self
        }
        pub fn bot_session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.bot_session_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for bot_session_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        ///Sends a `GET` request to `/messages/chat/{chatId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChatMessagesResponse>, Error<types::Error>> {
            let Self {
                client,
                chat_id,
                before_id,
                before_time,
                bot_session_id,
                limit,
            } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let before_id = before_id.map_err(Error::InvalidRequest)?;
            let before_time = before_time.map_err(Error::InvalidRequest)?;
            let bot_session_id = bot_session_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/messages/chat/{}", client.baseurl, crate
                ::path::encode_segment("chatId", & chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &before_id {
                request = request
                    .query(&progenitor_client::QueryParam::new("beforeId", value));
            }
            if let ::std::option::Option::Some(value) = &before_time {
                request = request
                    .query(&progenitor_client::QueryParam::new("beforeTime", value));
            }
            if let ::std::option::Option::Some(value) = &bot_session_id {
                request = request
                    .query(&progenitor_client::QueryParam::new("botSessionId", value));
            }
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_chat_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::ChatMessagesResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::send_message`]

[`Client::send_message`]: super::Client::send_message*/
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        client: &'a super::Client,
        chat_id: Result<::std::string::String, String>,
        body: Result<types::SendMessageRequest, String>,
    }
    impl<'a> SendMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                chat_id: Err("chat_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.chat_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendMessageRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/messages/send/{chatId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SendMessageResponse>, Error<types::Error>> {
            let Self { client, chat_id, body } = self;
            let chat_id = chat_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/messages/send/{}", client.baseurl, crate
                ::path::encode_segment("chatId", & chat_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SendMessageResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::share_file`]

[`Client::share_file`]: super::Client::share_file*/
    #[derive(Debug, Clone)]
    pub struct ShareFile<'a> {
        client: &'a super::Client,
        file_id: Result<::std::string::String, String>,
        body: Result<types::ShareFileRequest, String>,
    }
    impl<'a> ShareFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                file_id: Err("file_id was not initialized".to_string()),
                body: Ok(types::ShareFileRequest::new()),
            }
        }
        pub fn file_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.file_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for file_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShareFileRequest>,
            <V as std::convert::TryInto<
                types::ShareFileRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `ShareFileRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/files/share/{fileId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ShareLink>, Error<types::Error>> {
            let Self { client, file_id, body } = self;
            let file_id = file_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/files/share/{}", client.baseurl, crate
                ::path::encode_segment("fileId", & file_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "share_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::ShareLink>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_labels`]

[`Client::list_labels`]: super::Client::list_labels*/
    #[derive(Debug, Clone)]
    pub struct ListLabels<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        skip: Result<Option<i64>, String>,
    }
    impl<'a> ListLabels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                skip: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for skip failed".to_string());
            self
        }
        ///Sends a `GET` request to `/labels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LabelsResponse>, Error<types::Error>> {
            let Self { client, limit, skip } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let url = format!("{}/labels", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            if let ::std::option::Option::Some(value) = &skip {
                request = request
                    .query(&progenitor_client::QueryParam::new("skip", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_labels",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::LabelsResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_label`]

[`Client::create_label`]: super::Client::create_label*/
    #[derive(Debug, Clone)]
    pub struct CreateLabel<'a> {
        client: &'a super::Client,
        body: Result<types::CreateLabelRequest, String>,
    }
    impl<'a> CreateLabel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateLabelRequest>,
            <V as std::convert::TryInto<
                types::CreateLabelRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `CreateLabelRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/labels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Label>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/labels", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_label",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Label>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_label`]

[`Client::get_label`]: super::Client::get_label*/
    #[derive(Debug, Clone)]
    pub struct GetLabel<'a> {
        client: &'a super::Client,
        label_id: Result<::std::string::String, String>,
    }
    impl<'a> GetLabel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                label_id: Err("label_id was not initialized".to_string()),
            }
        }
        pub fn label_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/labels/{labelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Label>, Error<types::Error>> {
            let Self { client, label_id } = self;
            let label_id = label_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/labels/{}", client.baseurl, crate ::path::encode_segment("labelId", &
                label_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_label",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Label>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_label`]

[`Client::delete_label`]: super::Client::delete_label*/
    #[derive(Debug, Clone)]
    pub struct DeleteLabel<'a> {
        client: &'a super::Client,
        label_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteLabel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                label_id: Err("label_id was not initialized".to_string()),
            }
        }
        pub fn label_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/labels/{labelId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, label_id } = self;
            let label_id = label_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/labels/{}", client.baseurl, crate ::path::encode_segment("labelId", &
                label_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_label",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<()>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => Ok(crate::decode::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_label`]

[`Client::update_label`]: super::Client::update_label*/
    #[derive(Debug, Clone)]
    pub struct UpdateLabel<'a> {
        client: &'a super::Client,
        label_id: Result<::std::string::String, String>,
        body: Result<types::UpdateLabelRequest, String>,
    }
    impl<'a> UpdateLabel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                label_id: Err("label_id was not initialized".to_string()),
                body: Ok(types::UpdateLabelRequest::new()),
            }
        }
        pub fn label_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateLabelRequest>,
            <V as std::convert::TryInto<
                types::UpdateLabelRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `UpdateLabelRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `PATCH` request to `/labels/{labelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, label_id, body } = self;
            let label_id = label_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/labels/{}", client.baseurl, crate ::path::encode_segment("labelId", &
                label_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_label",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => Ok(crate::decode::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::send_template`]

[`Client::send_template`]: super::Client::send_template*/
    #[derive(Debug, Clone)]
    pub struct SendTemplate<'a> {
        client: &'a super::Client,
        body: Result<types::SendTemplateRequest, String>,
    }
    impl<'a> SendTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendTemplateRequest>,
            <V as std::convert::TryInto<
                types::SendTemplateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `SendTemplateRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/send`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SendTemplateResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/whatsapp/templates/send", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SendTemplateResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_templates`]

[`Client::list_templates`]: super::Client::list_templates*/
    #[derive(Debug, Clone)]
    pub struct ListTemplates<'a> {
        client: &'a super::Client,
        account_id: Result<Option<::std::string::String>, String>,
        include_all: Result<Option<bool>, String>,
    }
    impl<'a> ListTemplates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Ok(None),
                include_all: Ok(None),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn include_all<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_all = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for include_all failed".to_string());
            self
        }
        ///Sends a `GET` request to `/whatsapp/templates`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Template>>,
            Error<types::Error>,
        > {
            let Self { client, account_id, include_all } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let include_all = include_all.map_err(Error::InvalidRequest)?;
            let url = format!("{}/whatsapp/templates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &account_id {
                request = request
                    .query(&progenitor_client::QueryParam::new("accountId", value));
            }
            if let ::std::option::Option::Some(value) = &include_all {
                request = request
                    .query(&progenitor_client::QueryParam::new("includeAll", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_templates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Template>>,
            Error<types::Error>,
        > {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_template`]

[`Client::create_template`]: super::Client::create_template*/
    #[derive(Debug, Clone)]
    pub struct CreateTemplate<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        body: Result<types::CreateTemplateRequest, String>,
    }
    impl<'a> CreateTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTemplateRequest>,
            <V as std::convert::TryInto<
                types::CreateTemplateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `CreateTemplateRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/{accountId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            let Self { client, account_id, body } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/{}", client.baseurl, crate
                ::path::encode_segment("accountId", & account_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_template`]

[`Client::delete_template`]: super::Client::delete_template*/
    #[derive(Debug, Clone)]
    pub struct DeleteTemplate<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        template_name: Result<::std::string::String, String>,
    }
    impl<'a> DeleteTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                template_name: Err("template_name was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn template_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.template_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for template_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/whatsapp/templates/{accountId}/{templateName}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, account_id, template_name } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let template_name = template_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/{}/{}", client.baseurl, crate
                ::path::encode_segment("accountId", & account_id.to_string()) ?, crate
                ::path::encode_segment("templateName", & template_name.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => Ok(crate::decode::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_template`]

[`Client::update_template`]: super::Client::update_template*/
    #[derive(Debug, Clone)]
    pub struct UpdateTemplate<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        template_name: Result<::std::string::String, String>,
        body: Result<types::UpdateTemplateRequest, String>,
    }
    impl<'a> UpdateTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                template_name: Err("template_name was not initialized".to_string()),
                body: Ok(types::UpdateTemplateRequest::new()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn template_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.template_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for template_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateTemplateRequest>,
            <V as std::convert::TryInto<
                types::UpdateTemplateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateTemplateRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Sends a `PATCH` request to `/whatsapp/templates/{accountId}/{templateName}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            let Self { client, account_id, template_name, body } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let template_name = template_name.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/{}/{}", client.baseurl, crate
                ::path::encode_segment("accountId", & account_id.to_string()) ?, crate
                ::path::encode_segment("templateName", & template_name.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upsert_template_localization`]

[`Client::upsert_template_localization`]: super::Client::upsert_template_localization*/
    #[derive(Debug, Clone)]
    pub struct UpsertTemplateLocalization<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        template_name: Result<::std::string::String, String>,
        body: Result<types::TemplateLocalizationRequest, String>,
    }
    impl<'a> UpsertTemplateLocalization<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                template_name: Err("template_name was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn template_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.template_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for template_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateLocalizationRequest>,
            <V as std::convert::TryInto<
                types::TemplateLocalizationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `TemplateLocalizationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/{accountId}/{templateName}/localizations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            let Self { client, account_id, template_name, body } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let template_name = template_name.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/{}/{}/localizations", client.baseurl, crate
                ::path::encode_segment("accountId", & account_id.to_string()) ?, crate
                ::path::encode_segment("templateName", & template_name.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upsert_template_localization",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::submit_template_localization`]

[`Client::submit_template_localization`]: super::Client::submit_template_localization*/
    #[derive(Debug, Clone)]
    pub struct SubmitTemplateLocalization<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        template_name: Result<::std::string::String, String>,
        language: Result<::std::string::String, String>,
    }
    impl<'a> SubmitTemplateLocalization<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                template_name: Err("template_name was not initialized".to_string()),
                language: Err("language was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn template_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.template_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for template_name failed"
                        .to_string()
                });
            self
        }
        pub fn language<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.language = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for language failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/{accountId}/{templateName}/localizations/{language}/submit`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            let Self { client, account_id, template_name, language } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let template_name = template_name.map_err(Error::InvalidRequest)?;
            let language = language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/{}/{}/localizations/{}/submit", client.baseurl,
                crate ::path::encode_segment("accountId", & account_id.to_string()) ?,
                crate ::path::encode_segment("templateName", & template_name.to_string())
                ?, crate ::path::encode_segment("language", & language.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "submit_template_localization",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Template>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unsubscribe_from_templates`]

[`Client::unsubscribe_from_templates`]: super::Client::unsubscribe_from_templates*/
    #[derive(Debug, Clone)]
    pub struct UnsubscribeFromTemplates<'a> {
        client: &'a super::Client,
        body: Result<types::TemplateSubscriptionRequest, String>,
    }
    impl<'a> UnsubscribeFromTemplates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateSubscriptionRequest>,
            <V as std::convert::TryInto<
                types::TemplateSubscriptionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `TemplateSubscriptionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/unsubscribe`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/whatsapp/templates/unsubscribe", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unsubscribe_from_templates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::resubscribe_to_templates`]

[`Client::resubscribe_to_templates`]: super::Client::resubscribe_to_templates*/
    #[derive(Debug, Clone)]
    pub struct ResubscribeToTemplates<'a> {
        client: &'a super::Client,
        body: Result<types::TemplateSubscriptionRequest, String>,
    }
    impl<'a> ResubscribeToTemplates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateSubscriptionRequest>,
            <V as std::convert::TryInto<
                types::TemplateSubscriptionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `TemplateSubscriptionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/whatsapp/templates/subscribe`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/whatsapp/templates/subscribe", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "resubscribe_to_templates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_unsubscribed`]

[`Client::list_unsubscribed`]: super::Client::list_unsubscribed*/
    #[derive(Debug, Clone)]
    pub struct ListUnsubscribed<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        skip: Result<Option<i64>, String>,
    }
    impl<'a> ListUnsubscribed<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                skip: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for skip failed".to_string());
            self
        }
        ///Sends a `GET` request to `/whatsapp/templates/unsubscribed`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::UnsubscribedUser>>,
            Error<types::Error>,
        > {
            let Self { client, limit, skip } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let url = format!("{}/whatsapp/templates/unsubscribed", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            if let ::std::option::Option::Some(value) = &skip {
                request = request
                    .query(&progenitor_client::QueryParam::new("skip", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_unsubscribed",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::UnsubscribedUser>>,
            Error<types::Error>,
        > {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_unsubscribed_for_account`]

[`Client::list_unsubscribed_for_account`]: super::Client::list_unsubscribed_for_account*/
    #[derive(Debug, Clone)]
    pub struct ListUnsubscribedForAccount<'a> {
        client: &'a super::Client,
        account_id: Result<::std::string::String, String>,
        limit: Result<Option<i64>, String>,
        skip: Result<Option<i64>, String>,
    }
    impl<'a> ListUnsubscribedForAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                limit: Ok(None),
                skip: Ok(None),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for skip failed".to_string());
            self
        }
        ///Sends a `GET` request to `/whatsapp/templates/unsubscribed/{accountId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::UnsubscribedUser>>,
            Error<types::Error>,
        > {
            let Self { client, account_id, limit, skip } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/whatsapp/templates/unsubscribed/{}", client.baseurl, crate
                ::path::encode_segment("accountId", & account_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            if let ::std::option::Option::Some(value) = &skip {
                request = request
                    .query(&progenitor_client::QueryParam::new("skip", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_unsubscribed_for_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::UnsubscribedUser>>,
            Error<types::Error>,
        > {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_quick_replies`]

[`Client::list_quick_replies`]: super::Client::list_quick_replies*/
    #[derive(Debug, Clone)]
    pub struct ListQuickReplies<'a> {
        client: &'a super::Client,
        for_chat_account_id: Result<Option<::std::string::String>, String>,
        for_chat_id: Result<Option<::std::string::String>, String>,
        for_chat_name: Result<Option<crate::enums::ChannelName>, String>,
        has_contents_type: Result<
            Option<::std::vec::Vec<crate::enums::MessageType>>,
            String,
        >,
        limit: Result<Option<i64>, String>,
        position: Result<Option<crate::enums::QuickReplyPosition>, String>,
        skip: Result<Option<i64>, String>,
        sort_created: Result<Option<crate::enums::SortOrder>, String>,
        sort_title: Result<Option<crate::enums::SortOrder>, String>,
        sort_updated: Result<Option<crate::enums::SortOrder>, String>,
    }
    impl<'a> ListQuickReplies<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                for_chat_account_id: Ok(None),
                for_chat_id: Ok(None),
                for_chat_name: Ok(None),
                has_contents_type: Ok(None),
                limit: Ok(None),
                position: Ok(None),
                skip: Ok(None),
                sort_created: Ok(None),
                sort_title: Ok(None),
                sort_updated: Ok(None),
            }
        }
        pub fn for_chat_account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.for_chat_account_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for for_chat_account_id failed"
                        .to_string()
                });
            self
        }
        pub fn for_chat_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.for_chat_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for for_chat_id failed"
                        .to_string()
                });
            self
        }
        pub fn for_chat_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::ChannelName>,
        {
            self.for_chat_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: ChannelName` for for_chat_name failed"
                        .to_string()
                });
            self
        }
        pub fn has_contents_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<crate::enums::MessageType>>,
        {
            self.has_contents_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: enums :: MessageType >` for has_contents_type failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn position<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::QuickReplyPosition>,
        {
            self.position = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: QuickReplyPosition` for position failed"
                        .to_string()
                });
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for skip failed".to_string());
            self
        }
        pub fn sort_created<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::SortOrder>,
        {
            self.sort_created = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: SortOrder` for sort_created failed"
                        .to_string()
                });
            self
        }
        pub fn sort_title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::SortOrder>,
        {
            self.sort_title = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: SortOrder` for sort_title failed"
                        .to_string()
                });
            self
        }
        pub fn sort_updated<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::enums::SortOrder>,
        {
            self.sort_updated = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: enums :: SortOrder` for sort_updated failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/quick-replies`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QuickRepliesResponse>, Error<types::Error>> {
            let Self {
                client,
                for_chat_account_id,
                for_chat_id,
                for_chat_name,
                has_contents_type,
                limit,
                position,
                skip,
                sort_created,
                sort_title,
                sort_updated,
            } = self;
            let for_chat_account_id = for_chat_account_id
                .map_err(Error::InvalidRequest)?;
            let for_chat_id = for_chat_id.map_err(Error::InvalidRequest)?;
            let for_chat_name = for_chat_name.map_err(Error::InvalidRequest)?;
            let has_contents_type = has_contents_type.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let position = position.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let sort_created = sort_created.map_err(Error::InvalidRequest)?;
            let sort_title = sort_title.map_err(Error::InvalidRequest)?;
            let sort_updated = sort_updated.map_err(Error::InvalidRequest)?;
            let url = format!("{}/quick-replies", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &for_chat_account_id {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("forChat[accountId]", value),
                    );
            }
            if let ::std::option::Option::Some(value) = &for_chat_id {
                request = request
                    .query(&progenitor_client::QueryParam::new("forChat[id]", value));
            }
            if let ::std::option::Option::Some(value) = &for_chat_name {
                request = request
                    .query(&progenitor_client::QueryParam::new("forChat[name]", value));
            }
            if let ::std::option::Option::Some(value) = &has_contents_type {
                request = request
                    .query(
                        &progenitor_client::QueryParam::new("hasContentsType", value),
                    );
            }
            if let ::std::option::Option::Some(value) = &limit {
                request = request
                    .query(&progenitor_client::QueryParam::new("limit", value));
            }
            if let ::std::option::Option::Some(value) = &position {
                request = request
                    .query(&progenitor_client::QueryParam::new("position", value));
            }
            if let ::std::option::Option::Some(value) = &skip {
                request = request
                    .query(&progenitor_client::QueryParam::new("skip", value));
            }
            if let ::std::option::Option::Some(value) = &sort_created {
                request = request
                    .query(&progenitor_client::QueryParam::new("sortCreated", value));
            }
            if let ::std::option::Option::Some(value) = &sort_title {
                request = request
                    .query(&progenitor_client::QueryParam::new("sortTitle", value));
            }
            if let ::std::option::Option::Some(value) = &sort_updated {
                request = request
                    .query(&progenitor_client::QueryParam::new("sortUpdated", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_quick_replies",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::QuickRepliesResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_quick_reply`]

[`Client::create_quick_reply`]: super::Client::create_quick_reply*/
    #[derive(Debug, Clone)]
    pub struct CreateQuickReply<'a> {
        client: &'a super::Client,
        body: Result<types::CreateQuickReplyRequest, String>,
    }
    impl<'a> CreateQuickReply<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateQuickReplyRequest>,
            <V as std::convert::TryInto<
                types::CreateQuickReplyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `CreateQuickReplyRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/quick-replies`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QuickReply>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/quick-replies", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_quick_reply",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::QuickReply>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_quick_reply`]

[`Client::delete_quick_reply`]: super::Client::delete_quick_reply*/
    #[derive(Debug, Clone)]
    pub struct DeleteQuickReply<'a> {
        client: &'a super::Client,
        quick_reply_id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteQuickReply<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                quick_reply_id: Err("quick_reply_id was not initialized".to_string()),
            }
        }
        pub fn quick_reply_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.quick_reply_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for quick_reply_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/quick-replies/{quickReplyId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, quick_reply_id } = self;
            let quick_reply_id = quick_reply_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quick-replies/{}", client.baseurl, crate
                ::path::encode_segment("quickReplyId", & quick_reply_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_quick_reply",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<()>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => Ok(crate::decode::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_quick_reply`]

[`Client::update_quick_reply`]: super::Client::update_quick_reply*/
    #[derive(Debug, Clone)]
    pub struct UpdateQuickReply<'a> {
        client: &'a super::Client,
        quick_reply_id: Result<::std::string::String, String>,
        body: Result<::std::vec::Vec<types::QuickReplyUpdate>, String>,
    }
    impl<'a> UpdateQuickReply<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                quick_reply_id: Err("quick_reply_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn quick_reply_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.quick_reply_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for quick_reply_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::QuickReplyUpdate>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < QuickReplyUpdate >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `PATCH` request to `/quick-replies/{quickReplyId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::QuickReply>, Error<types::Error>> {
            let Self { client, quick_reply_id, body } = self;
            let quick_reply_id = quick_reply_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/quick-replies/{}", client.baseurl, crate
                ::path::encode_segment("quickReplyId", & quick_reply_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_quick_reply",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::QuickReply>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::import_subscription`]

[`Client::import_subscription`]: super::Client::import_subscription*/
    #[derive(Debug, Clone)]
    pub struct ImportSubscription<'a> {
        client: &'a super::Client,
        body: Result<types::ImportSubscriptionRequest, String>,
    }
    impl<'a> ImportSubscription<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ImportSubscriptionRequest>,
            <V as std::convert::TryInto<
                types::ImportSubscriptionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!(
                        "conversion to `ImportSubscriptionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sends a `POST` request to `/scenarios/manage/import`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Scenario>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/scenarios/manage/import", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "import_subscription",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Scenario>, Error<types::Error>> {
            match response.status().as_u16() {
                201u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscriptions`]

[`Client::list_subscriptions`]: super::Client::list_subscriptions*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptions<'a> {
        client: &'a super::Client,
        include_system: Result<Option<bool>, String>,
    }
    impl<'a> ListSubscriptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                include_system: Ok(None),
            }
        }
        pub fn include_system<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_system = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_system failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/scenarios/manage`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScenariosResponse>, Error<types::Error>> {
            let Self { client, include_system } = self;
            let include_system = include_system.map_err(Error::InvalidRequest)?;
            let url = format!("{}/scenarios/manage", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            if let ::std::option::Option::Some(value) = &include_system {
                request = request
                    .query(&progenitor_client::QueryParam::new("includeSystem", value));
            }
            #[allow(unused_mut)]
            let mut request = request.headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_subscriptions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::ScenariosResponse>, Error<types::Error>> {
            match response.status().as_u16() {
                200u16 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::copy_scenario`]

[`Client::copy_scenario`]: super::Client::copy_scenario*/
    #[derive(Debug, Clone)]
    pub struct CopyScenario<'a> {
        client: &'a super::Client,
        scenario_id: Result<::std::string::String, String>,
        body: Result<types::CopyScenarioRequest, String>,
    }
    impl<'a> CopyScenario<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                scenario_id: Err("scenario_id was not initialized".to_string()),
                body: Ok(types::CopyScenarioRequest::new()),
            }
        }
        pub fn scenario_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.scenario_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for scenario_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CopyScenarioRequest>,
            <V as std::convert::TryInto<
                types::CopyScenarioRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map_err(|s| {
                    format!("conversion to `CopyScenarioRequest` for body failed: {}", s)
                });
            self
        }
        ///Sends a `POST` request to `/scenarios/manage/{scenarioId}/copy`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Scenario>, Error<types::Error>> {
            let Self { client, scenario_id, body } = self;
            let scenario_id = scenario_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/scenarios/manage/{}/copy", client.baseurl, crate
                ::path::encode_segment("scenarioId", & scenario_id.to_string()) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "copy_scenario",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            Self::dispatch(response).await
        }
        /// Turns a response of this operation into its result, as `send` does.
        #[doc(hidden)]
        pub async fn dispatch(
            response: reqwest::Response,
        ) -> Result<ResponseValue<types::Scenario>, Error<types::Error>> {
            match response.status().as_u16() {
                200..=299 => crate::decode::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::decode::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
