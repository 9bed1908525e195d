// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The scope catalog, the API groups and the operation table, from the spec's
//! `x-texter-scope-catalog`, `x-texter-scope-bundles`, `tags`, `x-texter-scopes` and
//! `x-texter-unpublished-operations`.
use crate::catalog::{Operation, ScopeSet, UnpublishedOperation};
/// A token scope, as chosen when the token is created in Texter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scope {
    /// "Send template messages": Send Template Message.
    SendTemplateMessages,
    /// "View template messages": List All Templates.
    ViewTemplateMessages,
    /// "Manage WhatsApp templates": Create, update and delete templates and their localizations, and submit them for approval.
    ManageWhatsappTemplates,
    /// "Manage all chats": Assign and resolve chats, update chat properties and CRM data, manage the labels of a chat, and unsubscribe or resubscribe recipients of template messages.
    ManageAllChats,
    /// "List all chats": Search Chats and the lists of users unsubscribed from template messages.
    ListAllChats,
    /// "View all chats": Get Messages of a Chat and (with View all files) Generate Public Media URL.
    ViewAllChats,
    /// "Send session message": Send a Message to Chat and Get Chat by Chat ID.
    SendSessionMessage,
    /// "Manage labels": Create, update and delete labels.
    ManageLabels,
    /// "Manage channels": Resolve channel health problems.
    ManageChannels,
    /// "View all files": Generate Public Media URL (together with View all chats).
    ViewAllFiles,
    /// "View scenarios": List event subscriptions (scenarios).
    ViewScenarios,
    /// "Create scenarios": Import (create) event subscriptions, and create or copy scenarios.
    CreateScenarios,
    /// "Edit scenarios": Scenario drafts and revisions (advanced).
    EditScenarios,
    /// "Delete scenarios": Delete event subscriptions.
    DeleteScenarios,
    /// "Activate/inactivate scenarios": Pause and resume event subscriptions.
    ActivateInactivateScenarios,
    /// "Manage scenarios on behalf of user": Required together with the other scenario scopes for the subscription endpoints.
    ManageScenariosOnBehalfOfUser,
    /// "View scenarios runs": List Scenario Runs (webhook debugging).
    ViewScenariosRuns,
    /// "View quick replies": List quick replies.
    ViewQuickReplies,
    /// "Manage quick replies": Create, update and delete quick replies.
    ManageQuickReplies,
}
impl Scope {
    /// Every scope, in the order Texter's token dialog lists them.
    pub const ALL: [Scope; 19usize] = [
        Scope::SendTemplateMessages,
        Scope::ViewTemplateMessages,
        Scope::ManageWhatsappTemplates,
        Scope::ManageAllChats,
        Scope::ListAllChats,
        Scope::ViewAllChats,
        Scope::SendSessionMessage,
        Scope::ManageLabels,
        Scope::ManageChannels,
        Scope::ViewAllFiles,
        Scope::ViewScenarios,
        Scope::CreateScenarios,
        Scope::EditScenarios,
        Scope::DeleteScenarios,
        Scope::ActivateInactivateScenarios,
        Scope::ManageScenariosOnBehalfOfUser,
        Scope::ViewScenariosRuns,
        Scope::ViewQuickReplies,
        Scope::ManageQuickReplies,
    ];
    /// The scope's stable id in the spec (snake_case).
    pub const fn id(self) -> &'static str {
        match self {
            Scope::SendTemplateMessages => "send_template_messages",
            Scope::ViewTemplateMessages => "view_template_messages",
            Scope::ManageWhatsappTemplates => "manage_whatsapp_templates",
            Scope::ManageAllChats => "manage_all_chats",
            Scope::ListAllChats => "list_all_chats",
            Scope::ViewAllChats => "view_all_chats",
            Scope::SendSessionMessage => "send_session_message",
            Scope::ManageLabels => "manage_labels",
            Scope::ManageChannels => "manage_channels",
            Scope::ViewAllFiles => "view_all_files",
            Scope::ViewScenarios => "view_scenarios",
            Scope::CreateScenarios => "create_scenarios",
            Scope::EditScenarios => "edit_scenarios",
            Scope::DeleteScenarios => "delete_scenarios",
            Scope::ActivateInactivateScenarios => "activate_inactivate_scenarios",
            Scope::ManageScenariosOnBehalfOfUser => "manage_scenarios_on_behalf_of_user",
            Scope::ViewScenariosRuns => "view_scenarios_runs",
            Scope::ViewQuickReplies => "view_quick_replies",
            Scope::ManageQuickReplies => "manage_quick_replies",
        }
    }
    /// The scope's name exactly as Texter's token dialog shows it.
    pub const fn display_name(self) -> &'static str {
        match self {
            Scope::SendTemplateMessages => "Send template messages",
            Scope::ViewTemplateMessages => "View template messages",
            Scope::ManageWhatsappTemplates => "Manage WhatsApp templates",
            Scope::ManageAllChats => "Manage all chats",
            Scope::ListAllChats => "List all chats",
            Scope::ViewAllChats => "View all chats",
            Scope::SendSessionMessage => "Send session message",
            Scope::ManageLabels => "Manage labels",
            Scope::ManageChannels => "Manage channels",
            Scope::ViewAllFiles => "View all files",
            Scope::ViewScenarios => "View scenarios",
            Scope::CreateScenarios => "Create scenarios",
            Scope::EditScenarios => "Edit scenarios",
            Scope::DeleteScenarios => "Delete scenarios",
            Scope::ActivateInactivateScenarios => "Activate/inactivate scenarios",
            Scope::ManageScenariosOnBehalfOfUser => "Manage scenarios on behalf of user",
            Scope::ViewScenariosRuns => "View scenarios runs",
            Scope::ViewQuickReplies => "View quick replies",
            Scope::ManageQuickReplies => "Manage quick replies",
        }
    }
    /// What the scope unlocks.
    pub const fn unlocks(self) -> &'static str {
        match self {
            Scope::SendTemplateMessages => "Send Template Message.",
            Scope::ViewTemplateMessages => "List All Templates.",
            Scope::ManageWhatsappTemplates => {
                "Create, update and delete templates and their localizations, and submit them for approval."
            }
            Scope::ManageAllChats => {
                "Assign and resolve chats, update chat properties and CRM data, manage the labels of a chat, and unsubscribe or resubscribe recipients of template messages."
            }
            Scope::ListAllChats => {
                "Search Chats and the lists of users unsubscribed from template messages."
            }
            Scope::ViewAllChats => {
                "Get Messages of a Chat and (with View all files) Generate Public Media URL."
            }
            Scope::SendSessionMessage => {
                "Send a Message to Chat and Get Chat by Chat ID."
            }
            Scope::ManageLabels => "Create, update and delete labels.",
            Scope::ManageChannels => "Resolve channel health problems.",
            Scope::ViewAllFiles => {
                "Generate Public Media URL (together with View all chats)."
            }
            Scope::ViewScenarios => "List event subscriptions (scenarios).",
            Scope::CreateScenarios => {
                "Import (create) event subscriptions, and create or copy scenarios."
            }
            Scope::EditScenarios => "Scenario drafts and revisions (advanced).",
            Scope::DeleteScenarios => "Delete event subscriptions.",
            Scope::ActivateInactivateScenarios => "Pause and resume event subscriptions.",
            Scope::ManageScenariosOnBehalfOfUser => {
                "Required together with the other scenario scopes for the subscription endpoints."
            }
            Scope::ViewScenariosRuns => "List Scenario Runs (webhook debugging).",
            Scope::ViewQuickReplies => "List quick replies.",
            Scope::ManageQuickReplies => "Create, update and delete quick replies.",
        }
    }
}
/// An API group: one tag of the spec, one module of the ergonomic crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApiGroup {
    /// Find, read, assign, resolve and update chats (one conversation with one contact on one channel account).
    Chats,
    /// Read the messages of a chat and send session messages inside WhatsApp's 24-hour window.
    Messages,
    /// Public links to files Texter holds (message media).
    Files,
    /// The label catalog and the labels of a chat.
    Labels,
    /// WhatsApp template messages - send them, and create, localize, submit, update and delete them.
    Templates,
    /// Opt recipients out of (and back into) template messages, and list who opted out.
    TemplateSubscriptions,
    /// Prepared messages offered to agents in the inbox.
    QuickReplies,
    /// Event subscriptions. A subscription is a Texter scenario whose action POSTs
    /// `{eventName, eventData}` to your URL; you create one by importing a ready-made scenario body.
    Subscriptions,
}
impl ApiGroup {
    /// Every group, in spec order.
    pub const ALL: [ApiGroup; 8usize] = [
        ApiGroup::Chats,
        ApiGroup::Messages,
        ApiGroup::Files,
        ApiGroup::Labels,
        ApiGroup::Templates,
        ApiGroup::TemplateSubscriptions,
        ApiGroup::QuickReplies,
        ApiGroup::Subscriptions,
    ];
    /// The group's tag in the spec.
    pub const fn tag(self) -> &'static str {
        match self {
            ApiGroup::Chats => "chats",
            ApiGroup::Messages => "messages",
            ApiGroup::Files => "files",
            ApiGroup::Labels => "labels",
            ApiGroup::Templates => "templates",
            ApiGroup::TemplateSubscriptions => "template-subscriptions",
            ApiGroup::QuickReplies => "quick-replies",
            ApiGroup::Subscriptions => "subscriptions",
        }
    }
    /// The suggested scope bundle for a token that works with this group.
    pub const fn suggested_bundle(self) -> ScopeSet {
        match self {
            ApiGroup::Chats => {
                crate::catalog::ScopeSet::from_scopes(
                    &[
                        Scope::ListAllChats,
                        Scope::ManageAllChats,
                        Scope::SendSessionMessage,
                    ],
                )
            }
            ApiGroup::Messages => {
                crate::catalog::ScopeSet::from_scopes(
                    &[Scope::ViewAllChats, Scope::SendSessionMessage],
                )
            }
            ApiGroup::Files => {
                crate::catalog::ScopeSet::from_scopes(
                    &[Scope::ViewAllChats, Scope::ViewAllFiles],
                )
            }
            ApiGroup::Labels => {
                crate::catalog::ScopeSet::from_scopes(
                    &[Scope::ManageLabels, Scope::ManageAllChats],
                )
            }
            ApiGroup::Templates => {
                crate::catalog::ScopeSet::from_scopes(
                    &[
                        Scope::SendTemplateMessages,
                        Scope::ViewTemplateMessages,
                        Scope::ManageWhatsappTemplates,
                    ],
                )
            }
            ApiGroup::TemplateSubscriptions => {
                crate::catalog::ScopeSet::from_scopes(
                    &[Scope::ManageAllChats, Scope::ListAllChats],
                )
            }
            ApiGroup::QuickReplies => {
                crate::catalog::ScopeSet::from_scopes(
                    &[Scope::ViewQuickReplies, Scope::ManageQuickReplies],
                )
            }
            ApiGroup::Subscriptions => {
                crate::catalog::ScopeSet::from_scopes(
                    &[
                        Scope::ViewScenarios,
                        Scope::CreateScenarios,
                        Scope::ManageScenariosOnBehalfOfUser,
                        Scope::ActivateInactivateScenarios,
                        Scope::DeleteScenarios,
                        Scope::ViewScenariosRuns,
                    ],
                )
            }
        }
    }
}
/// One constant per operation of the spec.
pub mod operations {
    use super::{ApiGroup, Scope};
    use crate::catalog::{Operation, ScopeSet};
    /// Search Chats: `GET /chats/search` (generated client: [`crate::Client::search_chats`]).
    pub const SEARCH_CHATS: Operation = Operation {
        id: "searchChats",
        method: "GET",
        path: "/chats/search",
        summary: "Search Chats",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::ListAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "search_chats",
    };
    /// Assign Chat: `POST /chats/assign` (generated client: [`crate::Client::assign_chat`]).
    pub const ASSIGN_CHAT: Operation = Operation {
        id: "assignChat",
        method: "POST",
        path: "/chats/assign",
        summary: "Assign Chat",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "assign_chat",
    };
    /// Get Chat by Chat ID: `GET /chats/{chatId}` (generated client: [`crate::Client::get_chat`]).
    pub const GET_CHAT: Operation = Operation {
        id: "getChat",
        method: "GET",
        path: "/chats/{chatId}",
        summary: "Get Chat by Chat ID",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::SendSessionMessage]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "get_chat",
    };
    /// Update Chat Properties: `PATCH /chats/{chatId}` (generated client: [`crate::Client::update_chat`]).
    pub const UPDATE_CHAT: Operation = Operation {
        id: "updateChat",
        method: "PATCH",
        path: "/chats/{chatId}",
        summary: "Update Chat Properties",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::TexterCode,
        scopes_source: crate::catalog::Source::TexterCode,
        idempotent: true,
        client_fn: "update_chat",
    };
    /// Resolve Chat: `POST /chats/{chatId}/resolve` (generated client: [`crate::Client::resolve_chat`]).
    pub const RESOLVE_CHAT: Operation = Operation {
        id: "resolveChat",
        method: "POST",
        path: "/chats/{chatId}/resolve",
        summary: "Resolve Chat",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "resolve_chat",
    };
    /// Update CRM Data: `POST /chats/{chatId}/crm-data` (generated client: [`crate::Client::update_chat_crm_data`]).
    pub const UPDATE_CHAT_CRM_DATA: Operation = Operation {
        id: "updateChatCrmData",
        method: "POST",
        path: "/chats/{chatId}/crm-data",
        summary: "Update CRM Data",
        group: ApiGroup::Chats,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "update_chat_crm_data",
    };
    /// Manage Labels in Chat: `POST /chats/{chatId}/labels` (generated client: [`crate::Client::update_chat_labels`]).
    pub const UPDATE_CHAT_LABELS: Operation = Operation {
        id: "updateChatLabels",
        method: "POST",
        path: "/chats/{chatId}/labels",
        summary: "Manage Labels in Chat",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "update_chat_labels",
    };
    /// Get Messages of a Chat: `GET /messages/chat/{chatId}` (generated client: [`crate::Client::get_chat_messages`]).
    pub const GET_CHAT_MESSAGES: Operation = Operation {
        id: "getChatMessages",
        method: "GET",
        path: "/messages/chat/{chatId}",
        summary: "Get Messages of a Chat",
        group: ApiGroup::Messages,
        scopes: ScopeSet::from_scopes(&[Scope::ViewAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "get_chat_messages",
    };
    /// Send a Message to Chat: `POST /messages/send/{chatId}` (generated client: [`crate::Client::send_message`]).
    pub const SEND_MESSAGE: Operation = Operation {
        id: "sendMessage",
        method: "POST",
        path: "/messages/send/{chatId}",
        summary: "Send a Message to Chat",
        group: ApiGroup::Messages,
        scopes: ScopeSet::from_scopes(&[Scope::SendSessionMessage]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "send_message",
    };
    /// Generate Public Media URL: `POST /files/share/{fileId}` (generated client: [`crate::Client::share_file`]).
    pub const SHARE_FILE: Operation = Operation {
        id: "shareFile",
        method: "POST",
        path: "/files/share/{fileId}",
        summary: "Generate Public Media URL",
        group: ApiGroup::Files,
        scopes: ScopeSet::from_scopes(&[Scope::ViewAllChats, Scope::ViewAllFiles]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "share_file",
    };
    /// List All Labels: `GET /labels` (generated client: [`crate::Client::list_labels`]).
    pub const LIST_LABELS: Operation = Operation {
        id: "listLabels",
        method: "GET",
        path: "/labels",
        summary: "List All Labels",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "list_labels",
    };
    /// Create Label: `POST /labels` (generated client: [`crate::Client::create_label`]).
    pub const CREATE_LABEL: Operation = Operation {
        id: "createLabel",
        method: "POST",
        path: "/labels",
        summary: "Create Label",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[Scope::ManageLabels]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "create_label",
    };
    /// Get Label Data: `GET /labels/{labelId}` (generated client: [`crate::Client::get_label`]).
    pub const GET_LABEL: Operation = Operation {
        id: "getLabel",
        method: "GET",
        path: "/labels/{labelId}",
        summary: "Get Label Data",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "get_label",
    };
    /// Update Existing Label: `PATCH /labels/{labelId}` (generated client: [`crate::Client::update_label`]).
    pub const UPDATE_LABEL: Operation = Operation {
        id: "updateLabel",
        method: "PATCH",
        path: "/labels/{labelId}",
        summary: "Update Existing Label",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[Scope::ManageLabels]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "update_label",
    };
    /// Delete Label: `DELETE /labels/{labelId}` (generated client: [`crate::Client::delete_label`]).
    pub const DELETE_LABEL: Operation = Operation {
        id: "deleteLabel",
        method: "DELETE",
        path: "/labels/{labelId}",
        summary: "Delete Label",
        group: ApiGroup::Labels,
        scopes: ScopeSet::from_scopes(&[Scope::ManageLabels]),
        source: crate::catalog::Source::Inferred,
        scopes_source: crate::catalog::Source::Inferred,
        idempotent: true,
        client_fn: "delete_label",
    };
    /// Send Template Message: `POST /whatsapp/templates/send` (generated client: [`crate::Client::send_template`]).
    pub const SEND_TEMPLATE: Operation = Operation {
        id: "sendTemplate",
        method: "POST",
        path: "/whatsapp/templates/send",
        summary: "Send Template Message",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::SendTemplateMessages]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "send_template",
    };
    /// List All Templates: `GET /whatsapp/templates` (generated client: [`crate::Client::list_templates`]).
    pub const LIST_TEMPLATES: Operation = Operation {
        id: "listTemplates",
        method: "GET",
        path: "/whatsapp/templates",
        summary: "List All Templates",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ViewTemplateMessages]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "list_templates",
    };
    /// Create New Template: `POST /whatsapp/templates/{accountId}` (generated client: [`crate::Client::create_template`]).
    pub const CREATE_TEMPLATE: Operation = Operation {
        id: "createTemplate",
        method: "POST",
        path: "/whatsapp/templates/{accountId}",
        summary: "Create New Template",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ManageWhatsappTemplates]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "create_template",
    };
    /// Update Existing Template: `PATCH /whatsapp/templates/{accountId}/{templateName}` (generated client: [`crate::Client::update_template`]).
    pub const UPDATE_TEMPLATE: Operation = Operation {
        id: "updateTemplate",
        method: "PATCH",
        path: "/whatsapp/templates/{accountId}/{templateName}",
        summary: "Update Existing Template",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ManageWhatsappTemplates]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "update_template",
    };
    /// Delete Template: `DELETE /whatsapp/templates/{accountId}/{templateName}` (generated client: [`crate::Client::delete_template`]).
    pub const DELETE_TEMPLATE: Operation = Operation {
        id: "deleteTemplate",
        method: "DELETE",
        path: "/whatsapp/templates/{accountId}/{templateName}",
        summary: "Delete Template",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ManageWhatsappTemplates]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "delete_template",
    };
    /// Create or Update Localization: `POST /whatsapp/templates/{accountId}/{templateName}/localizations` (generated client: [`crate::Client::upsert_template_localization`]).
    pub const UPSERT_TEMPLATE_LOCALIZATION: Operation = Operation {
        id: "upsertTemplateLocalization",
        method: "POST",
        path: "/whatsapp/templates/{accountId}/{templateName}/localizations",
        summary: "Create or Update Localization",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ManageWhatsappTemplates]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "upsert_template_localization",
    };
    /// Submit Template for Approval: `POST /whatsapp/templates/{accountId}/{templateName}/localizations/{language}/submit` (generated client: [`crate::Client::submit_template_localization`]).
    pub const SUBMIT_TEMPLATE_LOCALIZATION: Operation = Operation {
        id: "submitTemplateLocalization",
        method: "POST",
        path: "/whatsapp/templates/{accountId}/{templateName}/localizations/{language}/submit",
        summary: "Submit Template for Approval",
        group: ApiGroup::Templates,
        scopes: ScopeSet::from_scopes(&[Scope::ManageWhatsappTemplates]),
        source: crate::catalog::Source::TexterCode,
        scopes_source: crate::catalog::Source::TexterCode,
        idempotent: false,
        client_fn: "submit_template_localization",
    };
    /// Unsubscribe from Templates: `POST /whatsapp/templates/unsubscribe` (generated client: [`crate::Client::unsubscribe_from_templates`]).
    pub const UNSUBSCRIBE_FROM_TEMPLATES: Operation = Operation {
        id: "unsubscribeFromTemplates",
        method: "POST",
        path: "/whatsapp/templates/unsubscribe",
        summary: "Unsubscribe from Templates",
        group: ApiGroup::TemplateSubscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "unsubscribe_from_templates",
    };
    /// Resubscribe to Templates: `POST /whatsapp/templates/subscribe` (generated client: [`crate::Client::resubscribe_to_templates`]).
    pub const RESUBSCRIBE_TO_TEMPLATES: Operation = Operation {
        id: "resubscribeToTemplates",
        method: "POST",
        path: "/whatsapp/templates/subscribe",
        summary: "Resubscribe to Templates",
        group: ApiGroup::TemplateSubscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::ManageAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "resubscribe_to_templates",
    };
    /// List All Unsubscribed Users: `GET /whatsapp/templates/unsubscribed` (generated client: [`crate::Client::list_unsubscribed`]).
    pub const LIST_UNSUBSCRIBED: Operation = Operation {
        id: "listUnsubscribed",
        method: "GET",
        path: "/whatsapp/templates/unsubscribed",
        summary: "List All Unsubscribed Users",
        group: ApiGroup::TemplateSubscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::ListAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "list_unsubscribed",
    };
    /// Unsubscribed from Specific Account: `GET /whatsapp/templates/unsubscribed/{accountId}` (generated client: [`crate::Client::list_unsubscribed_for_account`]).
    pub const LIST_UNSUBSCRIBED_FOR_ACCOUNT: Operation = Operation {
        id: "listUnsubscribedForAccount",
        method: "GET",
        path: "/whatsapp/templates/unsubscribed/{accountId}",
        summary: "Unsubscribed from Specific Account",
        group: ApiGroup::TemplateSubscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::ListAllChats]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Inferred,
        idempotent: true,
        client_fn: "list_unsubscribed_for_account",
    };
    /// Get Existing Quick Replies: `GET /quick-replies` (generated client: [`crate::Client::list_quick_replies`]).
    pub const LIST_QUICK_REPLIES: Operation = Operation {
        id: "listQuickReplies",
        method: "GET",
        path: "/quick-replies",
        summary: "Get Existing Quick Replies",
        group: ApiGroup::QuickReplies,
        scopes: ScopeSet::from_scopes(&[Scope::ViewQuickReplies]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "list_quick_replies",
    };
    /// Create Quick Reply: `POST /quick-replies` (generated client: [`crate::Client::create_quick_reply`]).
    pub const CREATE_QUICK_REPLY: Operation = Operation {
        id: "createQuickReply",
        method: "POST",
        path: "/quick-replies",
        summary: "Create Quick Reply",
        group: ApiGroup::QuickReplies,
        scopes: ScopeSet::from_scopes(&[Scope::ManageQuickReplies]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "create_quick_reply",
    };
    /// Update Existing Quick Reply: `PATCH /quick-replies/{quickReplyId}` (generated client: [`crate::Client::update_quick_reply`]).
    pub const UPDATE_QUICK_REPLY: Operation = Operation {
        id: "updateQuickReply",
        method: "PATCH",
        path: "/quick-replies/{quickReplyId}",
        summary: "Update Existing Quick Reply",
        group: ApiGroup::QuickReplies,
        scopes: ScopeSet::from_scopes(&[Scope::ManageQuickReplies]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "update_quick_reply",
    };
    /// Delete Quick Reply: `DELETE /quick-replies/{quickReplyId}` (generated client: [`crate::Client::delete_quick_reply`]).
    pub const DELETE_QUICK_REPLY: Operation = Operation {
        id: "deleteQuickReply",
        method: "DELETE",
        path: "/quick-replies/{quickReplyId}",
        summary: "Delete Quick Reply",
        group: ApiGroup::QuickReplies,
        scopes: ScopeSet::from_scopes(&[Scope::ManageQuickReplies]),
        source: crate::catalog::Source::Inferred,
        scopes_source: crate::catalog::Source::Inferred,
        idempotent: true,
        client_fn: "delete_quick_reply",
    };
    /// Import Subscription (subscribe to an event): `POST /scenarios/manage/import` (generated client: [`crate::Client::import_subscription`]).
    pub const IMPORT_SUBSCRIPTION: Operation = Operation {
        id: "importSubscription",
        method: "POST",
        path: "/scenarios/manage/import",
        summary: "Import Subscription (subscribe to an event)",
        group: ApiGroup::Subscriptions,
        scopes: ScopeSet::from_scopes(
            &[Scope::CreateScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        source: crate::catalog::Source::TexterCode,
        scopes_source: crate::catalog::Source::TexterCode,
        idempotent: false,
        client_fn: "import_subscription",
    };
    /// List All Subscriptions: `GET /scenarios/manage` (generated client: [`crate::Client::list_subscriptions`]).
    pub const LIST_SUBSCRIPTIONS: Operation = Operation {
        id: "listSubscriptions",
        method: "GET",
        path: "/scenarios/manage",
        summary: "List All Subscriptions",
        group: ApiGroup::Subscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::ViewScenarios]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: true,
        client_fn: "list_subscriptions",
    };
    /// Copy Scenario: `POST /scenarios/manage/{scenarioId}/copy` (generated client: [`crate::Client::copy_scenario`]).
    pub const COPY_SCENARIO: Operation = Operation {
        id: "copyScenario",
        method: "POST",
        path: "/scenarios/manage/{scenarioId}/copy",
        summary: "Copy Scenario",
        group: ApiGroup::Subscriptions,
        scopes: ScopeSet::from_scopes(&[Scope::CreateScenarios]),
        source: crate::catalog::Source::Reference,
        scopes_source: crate::catalog::Source::Reference,
        idempotent: false,
        client_fn: "copy_scenario",
    };
}
/// Every operation of the spec, in spec order.
pub const OPERATIONS: [Operation; 33usize] = [
    operations::SEARCH_CHATS,
    operations::ASSIGN_CHAT,
    operations::GET_CHAT,
    operations::UPDATE_CHAT,
    operations::RESOLVE_CHAT,
    operations::UPDATE_CHAT_CRM_DATA,
    operations::UPDATE_CHAT_LABELS,
    operations::GET_CHAT_MESSAGES,
    operations::SEND_MESSAGE,
    operations::SHARE_FILE,
    operations::LIST_LABELS,
    operations::CREATE_LABEL,
    operations::GET_LABEL,
    operations::UPDATE_LABEL,
    operations::DELETE_LABEL,
    operations::SEND_TEMPLATE,
    operations::LIST_TEMPLATES,
    operations::CREATE_TEMPLATE,
    operations::UPDATE_TEMPLATE,
    operations::DELETE_TEMPLATE,
    operations::UPSERT_TEMPLATE_LOCALIZATION,
    operations::SUBMIT_TEMPLATE_LOCALIZATION,
    operations::UNSUBSCRIBE_FROM_TEMPLATES,
    operations::RESUBSCRIBE_TO_TEMPLATES,
    operations::LIST_UNSUBSCRIBED,
    operations::LIST_UNSUBSCRIBED_FOR_ACCOUNT,
    operations::LIST_QUICK_REPLIES,
    operations::CREATE_QUICK_REPLY,
    operations::UPDATE_QUICK_REPLY,
    operations::DELETE_QUICK_REPLY,
    operations::IMPORT_SUBSCRIPTION,
    operations::LIST_SUBSCRIPTIONS,
    operations::COPY_SCENARIO,
];
/// Operations Texter documents but whose method and path are not published; reach them
/// with the raw request API.
pub const UNPUBLISHED_OPERATIONS: [UnpublishedOperation; 11usize] = [
    UnpublishedOperation {
        name: "List Channel Health Problems",
        group: "channels",
        scopes: ScopeSet::from_scopes(&[]),
        scopes_source: crate::catalog::Source::Reference,
        known: "Filters by severity, account and channel; can include resolved problems; returns Problem objects.",
    },
    UnpublishedOperation {
        name: "Resolve Channel Health Problem",
        group: "channels",
        scopes: ScopeSet::from_scopes(&[Scope::ManageChannels]),
        scopes_source: crate::catalog::Source::Reference,
        known: "Marks one Problem resolved; it then no longer appears in active listings.",
    },
    UnpublishedOperation {
        name: "Activate Subscription",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::ActivateInactivateScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Inferred,
        known: "Resumes a paused subscription or reverts it to an earlier revision; returns the Scenario.",
    },
    UnpublishedOperation {
        name: "Inactivate Subscription",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::ActivateInactivateScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Inferred,
        known: "Pauses a subscription (its active revision moves to inactiveRevisions); returns the Scenario.",
    },
    UnpublishedOperation {
        name: "Delete Subscription",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::DeleteScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Inferred,
        known: "Deletes a subscription permanently.",
    },
    UnpublishedOperation {
        name: "List Scenario Runs",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(&[Scope::ViewScenariosRuns]),
        scopes_source: crate::catalog::Source::Reference,
        known: "Returns ScenarioRun objects, for debugging webhook deliveries.",
    },
    UnpublishedOperation {
        name: "Create Empty Scenario",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::CreateScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Reference,
        known: "Creates a draft scenario with a single trigger event; returns the Scenario.",
    },
    UnpublishedOperation {
        name: "Update Draft",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::EditScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Reference,
        known: "Body is an array of one-key edit operations (addTriggerEvent, addLoader, addCondition, addAction, rename, ...); returns the Scenario.",
    },
    UnpublishedOperation {
        name: "Create Revision",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::EditScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Inferred,
        known: "Publishes a draft as a new numbered revision.",
    },
    UnpublishedOperation {
        name: "Delete Revision",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(
            &[Scope::EditScenarios, Scope::ManageScenariosOnBehalfOfUser],
        ),
        scopes_source: crate::catalog::Source::Reference,
        known: "Path holds the scenario id and a numeric revision version; deletes an inactive revision; returns the Scenario.",
    },
    UnpublishedOperation {
        name: "List Components",
        group: "subscriptions",
        scopes: ScopeSet::from_scopes(&[]),
        scopes_source: crate::catalog::Source::Unknown,
        known: "Lists valid trigger event, loader, condition and action names and their parameters. Required scopes are unknown.",
    },
];
