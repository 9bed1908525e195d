// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! Constraints the spec puts on request values, for client-side validation.
use crate::catalog::Constraint;
/// Constraints of `AssignChatRequest.phone`.
pub const ASSIGN_CHAT_REQUEST_PHONE: Constraint = Constraint {
    location: "AssignChatRequest.phone",
    min_length: None,
    max_length: None,
    pattern: Some(
        "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
    ),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AssignChatRequest.chatId`.
pub const ASSIGN_CHAT_REQUEST_CHAT_ID: Constraint = Constraint {
    location: "AssignChatRequest.chatId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AssignChatRequest.agentUid`.
pub const ASSIGN_CHAT_REQUEST_AGENT_UID: Constraint = Constraint {
    location: "AssignChatRequest.agentUid",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AssignChatRequest.agentEmail`.
pub const ASSIGN_CHAT_REQUEST_AGENT_EMAIL: Constraint = Constraint {
    location: "AssignChatRequest.agentEmail",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AssignChatRequest.agentCrmId`.
pub const ASSIGN_CHAT_REQUEST_AGENT_CRM_ID: Constraint = Constraint {
    location: "AssignChatRequest.agentCrmId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AssignChatRequest.departmentId`.
pub const ASSIGN_CHAT_REQUEST_DEPARTMENT_ID: Constraint = Constraint {
    location: "AssignChatRequest.departmentId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `UpdateChatRequest.displayName`.
pub const UPDATE_CHAT_REQUEST_DISPLAY_NAME: Constraint = Constraint {
    location: "UpdateChatRequest.displayName",
    min_length: None,
    max_length: Some(255u64),
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `AddLabels.add`.
pub const ADD_LABELS_ADD: Constraint = Constraint {
    location: "AddLabels.add",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `RemoveLabels.remove`.
pub const REMOVE_LABELS_REMOVE: Constraint = Constraint {
    location: "RemoveLabels.remove",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `OutgoingButton.title`.
pub const OUTGOING_BUTTON_TITLE: Constraint = Constraint {
    location: "OutgoingButton.title",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTextMessage.text`.
pub const SEND_TEXT_MESSAGE_TEXT: Constraint = Constraint {
    location: "SendTextMessage.text",
    min_length: Some(1u64),
    max_length: Some(4096u64),
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTextMessage.context`.
pub const SEND_TEXT_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendTextMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendMediaMessage.media`.
pub const SEND_MEDIA_MESSAGE_MEDIA: Constraint = Constraint {
    location: "SendMediaMessage.media",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: Some(10u64),
};
/// Constraints of `SendMediaMessage.context`.
pub const SEND_MEDIA_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendMediaMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `OutgoingMedia.url`.
pub const OUTGOING_MEDIA_URL: Constraint = Constraint {
    location: "OutgoingMedia.url",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `OutgoingMedia.fileId`.
pub const OUTGOING_MEDIA_FILE_ID: Constraint = Constraint {
    location: "OutgoingMedia.fileId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendButtonsMessage.text`.
pub const SEND_BUTTONS_MESSAGE_TEXT: Constraint = Constraint {
    location: "SendButtonsMessage.text",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendButtonsMessage.buttons`.
pub const SEND_BUTTONS_MESSAGE_BUTTONS: Constraint = Constraint {
    location: "SendButtonsMessage.buttons",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: Some(3u64),
};
/// Constraints of `SendButtonsMessage.context`.
pub const SEND_BUTTONS_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendButtonsMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendListMessage.text`.
pub const SEND_LIST_MESSAGE_TEXT: Constraint = Constraint {
    location: "SendListMessage.text",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendListMessage.list (rows across all sections)`.
pub const SEND_LIST_MESSAGE_LIST_ROWS: Constraint = Constraint {
    location: "SendListMessage.list (rows across all sections)",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: Some(10u64),
};
/// Constraints of `SendListMessage.context`.
pub const SEND_LIST_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendListMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendContactsMessage.contacts`.
pub const SEND_CONTACTS_MESSAGE_CONTACTS: Constraint = Constraint {
    location: "SendContactsMessage.contacts",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `SendContactsMessage.context`.
pub const SEND_CONTACTS_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendContactsMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendLocationMessage.context`.
pub const SEND_LOCATION_MESSAGE_CONTEXT: Constraint = Constraint {
    location: "SendLocationMessage.context",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `ShareFileRequest.ttl`.
pub const SHARE_FILE_REQUEST_TTL: Constraint = Constraint {
    location: "ShareFileRequest.ttl",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(10i64),
    maximum: Some(630720000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateLabelRequest.id`.
pub const CREATE_LABEL_REQUEST_ID: Constraint = Constraint {
    location: "CreateLabelRequest.id",
    min_length: Some(1u64),
    max_length: Some(100u64),
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateLabelRequest.name`.
pub const CREATE_LABEL_REQUEST_NAME: Constraint = Constraint {
    location: "CreateLabelRequest.name",
    min_length: Some(1u64),
    max_length: Some(100u64),
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateLabelRequest.color`.
pub const CREATE_LABEL_REQUEST_COLOR: Constraint = Constraint {
    location: "CreateLabelRequest.color",
    min_length: None,
    max_length: None,
    pattern: Some("^#[0-9A-Fa-f]{6}$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `UpdateLabelRequest.name`.
pub const UPDATE_LABEL_REQUEST_NAME: Constraint = Constraint {
    location: "UpdateLabelRequest.name",
    min_length: Some(1u64),
    max_length: Some(100u64),
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `UpdateLabelRequest.color`.
pub const UPDATE_LABEL_REQUEST_COLOR: Constraint = Constraint {
    location: "UpdateLabelRequest.color",
    min_length: None,
    max_length: None,
    pattern: Some("^#[0-9A-Fa-f]{6}$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateRequest.templateName`.
pub const SEND_TEMPLATE_REQUEST_TEMPLATE_NAME: Constraint = Constraint {
    location: "SendTemplateRequest.templateName",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateRequest.to`.
pub const SEND_TEMPLATE_REQUEST_TO: Constraint = Constraint {
    location: "SendTemplateRequest.to",
    min_length: None,
    max_length: None,
    pattern: Some(
        "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
    ),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateRequest.from`.
pub const SEND_TEMPLATE_REQUEST_FROM: Constraint = Constraint {
    location: "SendTemplateRequest.from",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateRequest.language`.
pub const SEND_TEMPLATE_REQUEST_LANGUAGE: Constraint = Constraint {
    location: "SendTemplateRequest.language",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateRequest.body[]`.
pub const SEND_TEMPLATE_REQUEST_BODY_ITEM: Constraint = Constraint {
    location: "SendTemplateRequest.body[]",
    min_length: None,
    max_length: None,
    pattern: Some("^(?![\\s\\S]*( {5}|[\\t\\n\\r]))[\\s\\S]*$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateTemplateRequest.chatStatus`.
pub const CREATE_TEMPLATE_REQUEST_CHAT_STATUS: Constraint = Constraint {
    location: "CreateTemplateRequest.chatStatus",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: Some(3i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateTemplateRequest.name`.
pub const CREATE_TEMPLATE_REQUEST_NAME: Constraint = Constraint {
    location: "CreateTemplateRequest.name",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateTemplateRequest.departments[]`.
pub const CREATE_TEMPLATE_REQUEST_DEPARTMENTS_ITEM: Constraint = Constraint {
    location: "CreateTemplateRequest.departments[]",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `UpdateTemplateRequest.chatStatus`.
pub const UPDATE_TEMPLATE_REQUEST_CHAT_STATUS: Constraint = Constraint {
    location: "UpdateTemplateRequest.chatStatus",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: Some(3i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `UpdateTemplateRequest.departments[]`.
pub const UPDATE_TEMPLATE_REQUEST_DEPARTMENTS_ITEM: Constraint = Constraint {
    location: "UpdateTemplateRequest.departments[]",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateHeader.type`.
pub const SEND_TEMPLATE_HEADER_TYPE: Constraint = Constraint {
    location: "SendTemplateHeader.type",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `SendTemplateHeader.url`.
pub const SEND_TEMPLATE_HEADER_URL: Constraint = Constraint {
    location: "SendTemplateHeader.url",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `TemplateLocalizationRequest.language`.
pub const TEMPLATE_LOCALIZATION_REQUEST_LANGUAGE: Constraint = Constraint {
    location: "TemplateLocalizationRequest.language",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `TemplateLocalizationRequest.components`.
pub const TEMPLATE_LOCALIZATION_REQUEST_COMPONENTS: Constraint = Constraint {
    location: "TemplateLocalizationRequest.components",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `TemplateSubscriptionRequest.phone`.
pub const TEMPLATE_SUBSCRIPTION_REQUEST_PHONE: Constraint = Constraint {
    location: "TemplateSubscriptionRequest.phone",
    min_length: Some(5u64),
    max_length: Some(30u64),
    pattern: Some(
        "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
    ),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `TemplateSubscriptionRequest.accountId`.
pub const TEMPLATE_SUBSCRIPTION_REQUEST_ACCOUNT_ID: Constraint = Constraint {
    location: "TemplateSubscriptionRequest.accountId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `NewQuickReplySend.betweenMessagesDelay`.
pub const NEW_QUICK_REPLY_SEND_BETWEEN_MESSAGES_DELAY: Constraint = Constraint {
    location: "NewQuickReplySend.betweenMessagesDelay",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `NewQuickReplyTarget.accountId`.
pub const NEW_QUICK_REPLY_TARGET_ACCOUNT_ID: Constraint = Constraint {
    location: "NewQuickReplyTarget.accountId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `NewQuickReplyTarget.id`.
pub const NEW_QUICK_REPLY_TARGET_ID: Constraint = Constraint {
    location: "NewQuickReplyTarget.id",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CreateQuickReplyRequest.send (send.contents, at least one message)`.
pub const CREATE_QUICK_REPLY_REQUEST_SEND_CONTENTS: Constraint = Constraint {
    location: "CreateQuickReplyRequest.send (send.contents, at least one message)",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `CreateQuickReplyRequest.send (send.target, at least one target)`.
pub const CREATE_QUICK_REPLY_REQUEST_SEND_TARGET: Constraint = Constraint {
    location: "CreateQuickReplyRequest.send (send.target, at least one target)",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: None,
};
/// Constraints of `ImportSubscriptionRequest.authorUid`.
pub const IMPORT_SUBSCRIPTION_REQUEST_AUTHOR_UID: Constraint = Constraint {
    location: "ImportSubscriptionRequest.authorUid",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `CopyScenarioRequest.newName`.
pub const COPY_SCENARIO_REQUEST_NEW_NAME: Constraint = Constraint {
    location: "CopyScenarioRequest.newName",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `searchChats parameter search`.
pub const SEARCH_CHATS_SEARCH: Constraint = Constraint {
    location: "searchChats parameter search",
    min_length: Some(2u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `searchChats parameter channel[accountId]`.
pub const SEARCH_CHATS_CHANNEL_ACCOUNT_ID: Constraint = Constraint {
    location: "searchChats parameter channel[accountId]",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `searchChats parameter labels[]`.
pub const SEARCH_CHATS_LABELS: Constraint = Constraint {
    location: "searchChats parameter labels[]",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: Some(100u64),
};
/// Constraints of `searchChats parameter statuses[]`.
pub const SEARCH_CHATS_STATUSES: Constraint = Constraint {
    location: "searchChats parameter statuses[]",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: Some(5u64),
};
/// Constraints of `searchChats parameter limit`.
pub const SEARCH_CHATS_LIMIT: Constraint = Constraint {
    location: "searchChats parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: Some(10000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `searchChats parameter skip`.
pub const SEARCH_CHATS_SKIP: Constraint = Constraint {
    location: "searchChats parameter skip",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `getChatMessages parameter limit`.
pub const GET_CHAT_MESSAGES_LIMIT: Constraint = Constraint {
    location: "getChatMessages parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `getChatMessages parameter beforeId`.
pub const GET_CHAT_MESSAGES_BEFORE_ID: Constraint = Constraint {
    location: "getChatMessages parameter beforeId",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-z0-9]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `getChatMessages parameter botSessionId`.
pub const GET_CHAT_MESSAGES_BOT_SESSION_ID: Constraint = Constraint {
    location: "getChatMessages parameter botSessionId",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-z0-9]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `listLabels parameter limit`.
pub const LIST_LABELS_LIMIT: Constraint = Constraint {
    location: "listLabels parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: Some(10000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listLabels parameter skip`.
pub const LIST_LABELS_SKIP: Constraint = Constraint {
    location: "listLabels parameter skip",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: Some(100000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listTemplates parameter accountId`.
pub const LIST_TEMPLATES_ACCOUNT_ID: Constraint = Constraint {
    location: "listTemplates parameter accountId",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `updateTemplate parameter templateName`.
pub const UPDATE_TEMPLATE_TEMPLATE_NAME: Constraint = Constraint {
    location: "updateTemplate parameter templateName",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `deleteTemplate parameter templateName`.
pub const DELETE_TEMPLATE_TEMPLATE_NAME: Constraint = Constraint {
    location: "deleteTemplate parameter templateName",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `upsertTemplateLocalization parameter templateName`.
pub const UPSERT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME: Constraint = Constraint {
    location: "upsertTemplateLocalization parameter templateName",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `submitTemplateLocalization parameter templateName`.
pub const SUBMIT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME: Constraint = Constraint {
    location: "submitTemplateLocalization parameter templateName",
    min_length: None,
    max_length: None,
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `listUnsubscribed parameter limit`.
pub const LIST_UNSUBSCRIBED_LIMIT: Constraint = Constraint {
    location: "listUnsubscribed parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: Some(9999i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listUnsubscribed parameter skip`.
pub const LIST_UNSUBSCRIBED_SKIP: Constraint = Constraint {
    location: "listUnsubscribed parameter skip",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: Some(99999i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listUnsubscribedForAccount parameter limit`.
pub const LIST_UNSUBSCRIBED_FOR_ACCOUNT_LIMIT: Constraint = Constraint {
    location: "listUnsubscribedForAccount parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: Some(9999i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listUnsubscribedForAccount parameter skip`.
pub const LIST_UNSUBSCRIBED_FOR_ACCOUNT_SKIP: Constraint = Constraint {
    location: "listUnsubscribedForAccount parameter skip",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: Some(99999i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listQuickReplies parameter skip`.
pub const LIST_QUICK_REPLIES_SKIP: Constraint = Constraint {
    location: "listQuickReplies parameter skip",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(0i64),
    maximum: Some(100000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listQuickReplies parameter limit`.
pub const LIST_QUICK_REPLIES_LIMIT: Constraint = Constraint {
    location: "listQuickReplies parameter limit",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: Some(1i64),
    maximum: Some(10000i64),
    min_items: None,
    max_items: None,
};
/// Constraints of `listQuickReplies parameter forChat[accountId]`.
pub const LIST_QUICK_REPLIES_FOR_CHAT_ACCOUNT_ID: Constraint = Constraint {
    location: "listQuickReplies parameter forChat[accountId]",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `listQuickReplies parameter forChat[id]`.
pub const LIST_QUICK_REPLIES_FOR_CHAT_ID: Constraint = Constraint {
    location: "listQuickReplies parameter forChat[id]",
    min_length: Some(1u64),
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
};
/// Constraints of `updateQuickReply request body`.
pub const UPDATE_QUICK_REPLY_BODY: Constraint = Constraint {
    location: "updateQuickReply request body",
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: Some(1u64),
    max_items: Some(1000u64),
};
