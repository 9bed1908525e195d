// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The validation rules of every request schema and parameter of the spec, walked by
//! [`crate::validation`]. One static per schema (named after it) and per constrained
//! parameter (`OPERATION_PARAMETER`).
#![allow(missing_docs)]
use crate::validation::{Count, Node, Object, Rules};
/// `AssignChatRequest`.
pub static ASSIGN_CHAT_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "phone",
                &Node::Str(
                    &Rules {
                        pattern: Some(
                            "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
                        ),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "chatId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "agentUid",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "agentEmail",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "agentCrmId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "departmentId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("channel", &Node::Any),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[&["phone", "chatId"]],
        at_least_one_of: &[&["agentUid", "agentEmail", "agentCrmId", "departmentId"]],
        at_most_one_of: &[&["agentUid", "agentEmail", "agentCrmId"]],
        counts: &[],
    },
);
/// `ChannelName`.
pub static CHANNEL_NAME: Node = Node::Str(&Rules { ..Rules::NONE });
/// `ChatStatus`.
pub static CHAT_STATUS: Node = Node::Int(&Rules { ..Rules::NONE });
/// `ChatStatusName`.
pub static CHAT_STATUS_NAME: Node = Node::Str(&Rules { ..Rules::NONE });
/// `ContactCard`.
pub static CONTACT_CARD: Node = Node::Object(
    &Object {
        properties: &[
            (
                "name",
                &Node::Object(
                    &Object {
                        properties: &[
                            ("formatted_name", &Node::Str(&Rules { ..Rules::NONE })),
                        ],
                        required: &[],
                        min_properties: None,
                        exactly_one_of: &[],
                        at_least_one_of: &[],
                        at_most_one_of: &[],
                        counts: &[],
                    },
                ),
            ),
            ("phones", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            ("emails", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            ("urls", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            ("addresses", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            ("org", &Node::Any),
            ("birthday", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `CopyScenarioRequest`.
pub static COPY_SCENARIO_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            ("fromVersion", &Node::Int(&Rules { ..Rules::NONE })),
            (
                "newName",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("authorUid", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `CreateLabelRequest`.
pub static CREATE_LABEL_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "id",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        max_length: Some(100u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "name",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        max_length: Some(100u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "color",
                &Node::Str(
                    &Rules {
                        pattern: Some("^#[0-9A-Fa-f]{6}$"),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &["id", "name"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `CreateQuickReplyRequest`.
pub static CREATE_QUICK_REPLY_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            ("send", &Node::AllOf(&[&NEW_QUICK_REPLY_SEND])),
            ("display", &QUICK_REPLY_DISPLAY),
        ],
        required: &["send"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[
            Count {
                path: &["send", "contents"],
                field: "send.contents",
                min_items: Some(1u64),
                max_items: None,
            },
            Count {
                path: &["send", "target"],
                field: "send.target",
                min_items: Some(1u64),
                max_items: None,
            },
        ],
    },
);
/// `CreateTemplateRequest`.
pub static CREATE_TEMPLATE_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            ("category", &TEMPLATE_CATEGORY),
            (
                "chatStatus",
                &Node::AllOf(
                    &[
                        &CHAT_STATUS,
                        &Node::Int(
                            &Rules {
                                maximum: Some(3i64),
                                ..Rules::NONE
                            },
                        ),
                    ],
                ),
            ),
            ("usage", &TEMPLATE_USAGE),
            (
                "name",
                &Node::Str(
                    &Rules {
                        pattern: Some("^[a-zA-Z0-9_]+$"),
                        ..Rules::NONE
                    },
                ),
            ),
            ("isDefault", &Node::Any),
            (
                "departments",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(
                        &Rules {
                            min_length: Some(1u64),
                            ..Rules::NONE
                        },
                    ),
                ),
            ),
            ("setBotNode", &Node::Str(&Rules { ..Rules::NONE })),
            ("responsibleAgent", &Node::Str(&Rules { ..Rules::NONE })),
            ("responsibleDepartment", &Node::Str(&Rules { ..Rules::NONE })),
            ("replyText", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["title", "category", "chatStatus", "usage"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[&["responsibleAgent", "responsibleDepartment"]],
        counts: &[],
    },
);
/// `EpochMillis`.
pub static EPOCH_MILLIS: Node = Node::Int(&Rules { ..Rules::NONE });
/// `ImportSubscriptionRequest`.
pub static IMPORT_SUBSCRIPTION_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            ("data", &SCENARIO_DEFINITION),
            ("asStatus", &Node::AllOf(&[&SCENARIO_STATUS])),
            (
                "authorUid",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &["data"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MediaType`.
pub static MEDIA_TYPE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `MessageButton`.
pub static MESSAGE_BUTTON: Node = Node::Object(
    &Object {
        properties: &[
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            ("payload", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageContent`.
pub static MESSAGE_CONTENT: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &MESSAGE_TYPE),
            ("text", &Node::Str(&Rules { ..Rules::NONE })),
            ("media", &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_MEDIA)),
            ("buttons", &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_BUTTON)),
            ("list", &MESSAGE_LIST),
            ("contacts", &Node::Array(&Rules { ..Rules::NONE }, &CONTACT_CARD)),
            ("location", &MESSAGE_LOCATION),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageList`.
pub static MESSAGE_LIST: Node = Node::Object(
    &Object {
        properties: &[
            ("button", &Node::Str(&Rules { ..Rules::NONE })),
            ("sections", &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_LIST_SECTION)),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageListRow`.
pub static MESSAGE_LIST_ROW: Node = Node::Object(
    &Object {
        properties: &[
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            ("payload", &Node::Str(&Rules { ..Rules::NONE })),
            ("description", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageListSection`.
pub static MESSAGE_LIST_SECTION: Node = Node::Object(
    &Object {
        properties: &[
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            ("rows", &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_LIST_ROW)),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageLocation`.
pub static MESSAGE_LOCATION: Node = Node::Any;
/// `MessageMedia`.
pub static MESSAGE_MEDIA: Node = Node::Object(
    &Object {
        properties: &[
            ("fileId", &Node::Str(&Rules { ..Rules::NONE })),
            ("previewId", &Node::Str(&Rules { ..Rules::NONE })),
            ("mediaType", &MEDIA_TYPE),
            ("filename", &Node::Str(&Rules { ..Rules::NONE })),
            ("contentType", &Node::Str(&Rules { ..Rules::NONE })),
            ("caption", &Node::Str(&Rules { ..Rules::NONE })),
            ("url", &Node::Str(&Rules { ..Rules::NONE })),
            ("scanned", &Node::Any),
            (
                "metadata",
                &Node::Object(
                    &Object {
                        properties: &[("frequentlyForwarded", &Node::Any)],
                        required: &[],
                        min_properties: None,
                        exactly_one_of: &[],
                        at_least_one_of: &[],
                        at_most_one_of: &[],
                        counts: &[],
                    },
                ),
            ),
            (
                "deleted",
                &Node::Object(
                    &Object {
                        properties: &[("timestamp", &Node::AllOf(&[&EPOCH_MILLIS]))],
                        required: &[],
                        min_properties: None,
                        exactly_one_of: &[],
                        at_least_one_of: &[],
                        at_most_one_of: &[],
                        counts: &[],
                    },
                ),
            ),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `MessageType`.
pub static MESSAGE_TYPE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `NewQuickReplySend`.
pub static NEW_QUICK_REPLY_SEND: Node = Node::Object(
    &Object {
        properties: &[
            ("contents", &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_CONTENT)),
            (
                "betweenMessagesDelay",
                &Node::Int(
                    &Rules {
                        minimum: Some(0i64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("target", &Node::Array(&Rules { ..Rules::NONE }, &NEW_QUICK_REPLY_TARGET)),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `NewQuickReplyTarget`.
pub static NEW_QUICK_REPLY_TARGET: Node = Node::Object(
    &Object {
        properties: &[
            ("name", &CHANNEL_NAME),
            (
                "accountId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "id",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `OutgoingButton`.
pub static OUTGOING_BUTTON: Node = Node::Object(
    &Object {
        properties: &[
            (
                "title",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("payload", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["title"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `OutgoingMedia`.
pub static OUTGOING_MEDIA: Node = Node::Object(
    &Object {
        properties: &[
            ("mediaType", &OUTGOING_MEDIA_TYPE),
            (
                "url",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "fileId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &["mediaType"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `OutgoingMediaType`.
pub static OUTGOING_MEDIA_TYPE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `QuickReplyDisplay`.
pub static QUICK_REPLY_DISPLAY: Node = Node::Object(
    &Object {
        properties: &[
            ("position", &QUICK_REPLY_POSITION),
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            ("note", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "departments",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(&Rules { ..Rules::NONE }),
                ),
            ),
            (
                "users",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(&Rules { ..Rules::NONE }),
                ),
            ),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `QuickReplyPosition`.
pub static QUICK_REPLY_POSITION: Node = Node::Str(&Rules { ..Rules::NONE });
/// `QuickReplyUpdate`.
pub static QUICK_REPLY_UPDATE: Node = Node::OneOf {
    discriminator: None,
    branches: &[
        (
            "UpdateSendContents",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "updateSendContents",
                            &Node::Array(&Rules { ..Rules::NONE }, &MESSAGE_CONTENT),
                        ),
                    ],
                    required: &["updateSendContents"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateSendTarget",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "updateSendTarget",
                            &Node::Array(
                                &Rules { ..Rules::NONE },
                                &NEW_QUICK_REPLY_TARGET,
                            ),
                        ),
                    ],
                    required: &["updateSendTarget"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateBetweenMessagesDelay",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "updateBetweenMessagesDelay",
                            &Node::Int(&Rules { ..Rules::NONE }),
                        ),
                    ],
                    required: &["updateBetweenMessagesDelay"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateDisplayTitle",
            &Node::Object(
                &Object {
                    properties: &[
                        ("updateDisplayTitle", &Node::Str(&Rules { ..Rules::NONE })),
                    ],
                    required: &["updateDisplayTitle"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateDisplayNote",
            &Node::Object(
                &Object {
                    properties: &[
                        ("updateDisplayNote", &Node::Str(&Rules { ..Rules::NONE })),
                    ],
                    required: &["updateDisplayNote"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateDisplayPosition",
            &Node::Object(
                &Object {
                    properties: &[("updateDisplayPosition", &QUICK_REPLY_POSITION)],
                    required: &["updateDisplayPosition"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateDisplayDepartments",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "updateDisplayDepartments",
                            &Node::Array(
                                &Rules { ..Rules::NONE },
                                &Node::Str(&Rules { ..Rules::NONE }),
                            ),
                        ),
                    ],
                    required: &["updateDisplayDepartments"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateDisplayUsers",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "updateDisplayUsers",
                            &Node::Array(
                                &Rules { ..Rules::NONE },
                                &Node::Str(&Rules { ..Rules::NONE }),
                            ),
                        ),
                    ],
                    required: &["updateDisplayUsers"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "UpdateClientMetadata",
            &Node::Object(
                &Object {
                    properties: &[("updateClientMetadata", &Node::Any)],
                    required: &["updateClientMetadata"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
    ],
};
/// `ResolveChatRequest`.
pub static RESOLVE_CHAT_REQUEST: Node = Node::Object(
    &Object {
        properties: &[("notifyClient", &Node::Any)],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `ScenarioDefinition`.
pub static SCENARIO_DEFINITION: Node = Node::Object(
    &Object {
        properties: &[
            ("version", &Node::Str(&Rules { ..Rules::NONE })),
            ("name", &Node::Str(&Rules { ..Rules::NONE })),
            ("description", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "triggerEvents",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(&Rules { ..Rules::NONE }),
                ),
            ),
            ("loaders", &SCENARIO_LOADERS),
            (
                "conditions",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Array(&Rules { ..Rules::NONE }, &SCENARIO_STEP),
                ),
            ),
            ("actions", &Node::Array(&Rules { ..Rules::NONE }, &SCENARIO_STEP)),
            ("loops", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            (
                "tags",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(&Rules { ..Rules::NONE }),
                ),
            ),
            ("options", &SCENARIO_OPTIONS),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `ScenarioLoaders`.
pub static SCENARIO_LOADERS: Node = Node::Object(
    &Object {
        properties: &[
            ("beforeConditions", &Node::Array(&Rules { ..Rules::NONE }, &SCENARIO_STEP)),
            ("afterConditions", &Node::Array(&Rules { ..Rules::NONE }, &SCENARIO_STEP)),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `ScenarioOptions`.
pub static SCENARIO_OPTIONS: Node = Node::Object(
    &Object {
        properties: &[("unorderedActions", &Node::Any)],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `ScenarioStatus`.
pub static SCENARIO_STATUS: Node = Node::Str(&Rules { ..Rules::NONE });
/// `ScenarioStep`.
pub static SCENARIO_STEP: Node = Node::Object(
    &Object {
        properties: &[
            ("name", &Node::Str(&Rules { ..Rules::NONE })),
            ("alias", &Node::Str(&Rules { ..Rules::NONE })),
            ("params", &Node::Any),
            ("confidentialData", &Node::Any),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendButtonsMessage`.
pub static SEND_BUTTONS_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "text",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "buttons",
                &Node::Array(
                    &Rules {
                        min_items: Some(1u64),
                        max_items: Some(3u64),
                        ..Rules::NONE
                    },
                    &OUTGOING_BUTTON,
                ),
            ),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "text", "buttons"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendContactsMessage`.
pub static SEND_CONTACTS_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "contacts",
                &Node::Array(
                    &Rules {
                        min_items: Some(1u64),
                        ..Rules::NONE
                    },
                    &CONTACT_CARD,
                ),
            ),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "contacts"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendListMessage`.
pub static SEND_LIST_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "text",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("list", &Node::AllOf(&[&MESSAGE_LIST])),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "text", "list"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[
            Count {
                path: &["list", "rows"],
                field: "list.rows",
                min_items: None,
                max_items: Some(10u64),
            },
        ],
    },
);
/// `SendLocationMessage`.
pub static SEND_LOCATION_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            ("location", &MESSAGE_LOCATION),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "location"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendMediaMessage`.
pub static SEND_MEDIA_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "media",
                &Node::Array(
                    &Rules {
                        min_items: Some(1u64),
                        max_items: Some(10u64),
                        ..Rules::NONE
                    },
                    &OUTGOING_MEDIA,
                ),
            ),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "media"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendMessageRequest`.
pub static SEND_MESSAGE_REQUEST: Node = Node::OneOf {
    discriminator: Some("type"),
    branches: &[
        ("text", &SEND_TEXT_MESSAGE),
        ("media", &SEND_MEDIA_MESSAGE),
        ("buttons", &SEND_BUTTONS_MESSAGE),
        ("list", &SEND_LIST_MESSAGE),
        ("contacts", &SEND_CONTACTS_MESSAGE),
        ("location", &SEND_LOCATION_MESSAGE),
    ],
};
/// `SendTemplateHeader`.
pub static SEND_TEMPLATE_HEADER: Node = Node::Object(
    &Object {
        properties: &[
            (
                "type",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "url",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("filename", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendTemplateRequest`.
pub static SEND_TEMPLATE_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "templateName",
                &Node::Str(
                    &Rules {
                        pattern: Some("^[a-zA-Z0-9_-]+$"),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "to",
                &Node::Str(
                    &Rules {
                        pattern: Some(
                            "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
                        ),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "from",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "language",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "body",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(
                        &Rules {
                            pattern: Some("^(?![\\s\\S]*( {5}|[\\t\\n\\r]))[\\s\\S]*$"),
                            ..Rules::NONE
                        },
                    ),
                ),
            ),
            ("header", &SEND_TEMPLATE_HEADER),
            ("setChat", &Node::Any),
            ("buttons", &Node::Array(&Rules { ..Rules::NONE }, &Node::Any)),
            ("replyAction", &Node::Any),
            ("sessionMessage", &Node::Any),
        ],
        required: &["templateName", "to"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `SendTextMessage`.
pub static SEND_TEXT_MESSAGE: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "text",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        max_length: Some(4096u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "context",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("tmpSendId", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &["type", "text"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `ShareFileRequest`.
pub static SHARE_FILE_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "ttl",
                &Node::Int(
                    &Rules {
                        minimum: Some(10i64),
                        maximum: Some(630720000i64),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `TemplateButton`.
pub static TEMPLATE_BUTTON: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &TEMPLATE_BUTTON_TYPE),
            ("text", &Node::Str(&Rules { ..Rules::NONE })),
            ("url", &Node::Str(&Rules { ..Rules::NONE })),
            ("phone_number", &Node::Str(&Rules { ..Rules::NONE })),
            ("flow_id", &Node::Str(&Rules { ..Rules::NONE })),
            ("navigate_screen", &Node::Str(&Rules { ..Rules::NONE })),
            ("example", &Node::Any),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `TemplateButtonType`.
pub static TEMPLATE_BUTTON_TYPE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `TemplateCategory`.
pub static TEMPLATE_CATEGORY: Node = Node::Str(&Rules { ..Rules::NONE });
/// `TemplateComponent`.
pub static TEMPLATE_COMPONENT: Node = Node::Object(
    &Object {
        properties: &[
            ("type", &TEMPLATE_COMPONENT_TYPE),
            ("format", &TEMPLATE_HEADER_FORMAT),
            ("text", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "example",
                &Node::Object(
                    &Object {
                        properties: &[
                            (
                                "header_handle",
                                &Node::Array(
                                    &Rules { ..Rules::NONE },
                                    &Node::Str(&Rules { ..Rules::NONE }),
                                ),
                            ),
                            (
                                "body_text",
                                &Node::Array(
                                    &Rules { ..Rules::NONE },
                                    &Node::Array(
                                        &Rules { ..Rules::NONE },
                                        &Node::Str(&Rules { ..Rules::NONE }),
                                    ),
                                ),
                            ),
                        ],
                        required: &[],
                        min_properties: None,
                        exactly_one_of: &[],
                        at_least_one_of: &[],
                        at_most_one_of: &[],
                        counts: &[],
                    },
                ),
            ),
            ("buttons", &Node::Array(&Rules { ..Rules::NONE }, &TEMPLATE_BUTTON)),
        ],
        required: &[],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `TemplateComponentType`.
pub static TEMPLATE_COMPONENT_TYPE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `TemplateHeaderFormat`.
pub static TEMPLATE_HEADER_FORMAT: Node = Node::Str(&Rules { ..Rules::NONE });
/// `TemplateLocalizationRequest`.
pub static TEMPLATE_LOCALIZATION_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "language",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "components",
                &Node::Array(
                    &Rules {
                        min_items: Some(1u64),
                        unique_by: Some("type"),
                        ..Rules::NONE
                    },
                    &TEMPLATE_COMPONENT,
                ),
            ),
            ("defaults", &Node::Any),
        ],
        required: &["language", "components"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `TemplateSubscriptionRequest`.
pub static TEMPLATE_SUBSCRIPTION_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "phone",
                &Node::Str(
                    &Rules {
                        min_length: Some(5u64),
                        max_length: Some(30u64),
                        pattern: Some(
                            "^[ ().\\u00a0-]*(?:\\+|00)?[ ().\\u00a0-]*(?:[0-9][ ().\\u00a0-]*){8,15}$",
                        ),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "accountId",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &["phone"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `TemplateUsage`.
pub static TEMPLATE_USAGE: Node = Node::Str(&Rules { ..Rules::NONE });
/// `UpdateChatCrmDataRequest`.
pub static UPDATE_CHAT_CRM_DATA_REQUEST: Node = Node::Object(
    &Object {
        properties: &[("data", &Node::Any)],
        required: &["data"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `UpdateChatLabelsRequest`.
pub static UPDATE_CHAT_LABELS_REQUEST: Node = Node::OneOf {
    discriminator: None,
    branches: &[
        (
            "AddLabels",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "add",
                            &Node::Array(
                                &Rules {
                                    min_items: Some(1u64),
                                    ..Rules::NONE
                                },
                                &Node::Str(&Rules { ..Rules::NONE }),
                            ),
                        ),
                    ],
                    required: &["add"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "RemoveLabels",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "remove",
                            &Node::Array(
                                &Rules {
                                    min_items: Some(1u64),
                                    ..Rules::NONE
                                },
                                &Node::Str(&Rules { ..Rules::NONE }),
                            ),
                        ),
                    ],
                    required: &["remove"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
        (
            "SetLabels",
            &Node::Object(
                &Object {
                    properties: &[
                        (
                            "set",
                            &Node::Array(
                                &Rules { ..Rules::NONE },
                                &Node::Str(&Rules { ..Rules::NONE }),
                            ),
                        ),
                    ],
                    required: &["set"],
                    min_properties: None,
                    exactly_one_of: &[],
                    at_least_one_of: &[],
                    at_most_one_of: &[],
                    counts: &[],
                },
            ),
        ),
    ],
};
/// `UpdateChatRequest`.
pub static UPDATE_CHAT_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "displayName",
                &Node::Str(
                    &Rules {
                        max_length: Some(255u64),
                        ..Rules::NONE
                    },
                ),
            ),
            ("externalBot", &Node::Any),
            ("crmData", &Node::Any),
            ("crmDeepLink", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: Some(1u64),
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `UpdateLabelRequest`.
pub static UPDATE_LABEL_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            (
                "name",
                &Node::Str(
                    &Rules {
                        min_length: Some(1u64),
                        max_length: Some(100u64),
                        ..Rules::NONE
                    },
                ),
            ),
            (
                "color",
                &Node::Str(
                    &Rules {
                        pattern: Some("^#[0-9A-Fa-f]{6}$"),
                        ..Rules::NONE
                    },
                ),
            ),
        ],
        required: &[],
        min_properties: Some(1u64),
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    },
);
/// `UpdateTemplateRequest`.
pub static UPDATE_TEMPLATE_REQUEST: Node = Node::Object(
    &Object {
        properties: &[
            ("title", &Node::Str(&Rules { ..Rules::NONE })),
            (
                "chatStatus",
                &Node::AllOf(
                    &[
                        &CHAT_STATUS,
                        &Node::Int(
                            &Rules {
                                maximum: Some(3i64),
                                ..Rules::NONE
                            },
                        ),
                    ],
                ),
            ),
            ("usage", &TEMPLATE_USAGE),
            ("isDefault", &Node::Any),
            (
                "departments",
                &Node::Array(
                    &Rules { ..Rules::NONE },
                    &Node::Str(
                        &Rules {
                            min_length: Some(1u64),
                            ..Rules::NONE
                        },
                    ),
                ),
            ),
            ("setBotNode", &Node::Str(&Rules { ..Rules::NONE })),
            ("responsibleAgent", &Node::Str(&Rules { ..Rules::NONE })),
            ("responsibleDepartment", &Node::Str(&Rules { ..Rules::NONE })),
            ("replyText", &Node::Str(&Rules { ..Rules::NONE })),
        ],
        required: &[],
        min_properties: Some(1u64),
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[&["responsibleAgent", "responsibleDepartment"]],
        counts: &[],
    },
);
/// `search` of `searchChats`.
pub static SEARCH_CHATS_SEARCH: Rules = Rules {
    min_length: Some(2u64),
    ..Rules::NONE
};
/// `channel[accountId]` of `searchChats`.
pub static SEARCH_CHATS_CHANNEL_ACCOUNT_ID: Rules = Rules {
    min_length: Some(1u64),
    ..Rules::NONE
};
/// `labels[]` of `searchChats`.
pub static SEARCH_CHATS_LABELS: Node = Node::Array(
    &Rules {
        max_items: Some(100u64),
        unique_items: true,
        ..Rules::NONE
    },
    &Node::Str(&Rules { ..Rules::NONE }),
);
/// `statuses[]` of `searchChats`.
pub static SEARCH_CHATS_STATUSES: Node = Node::Array(
    &Rules {
        max_items: Some(5u64),
        ..Rules::NONE
    },
    &CHAT_STATUS_NAME,
);
/// `limit` of `searchChats`.
pub static SEARCH_CHATS_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    maximum: Some(10000i64),
    ..Rules::NONE
};
/// `skip` of `searchChats`.
pub static SEARCH_CHATS_SKIP: Rules = Rules {
    minimum: Some(0i64),
    ..Rules::NONE
};
/// `chatId` of `getChat`.
pub static GET_CHAT_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `chatId` of `updateChat`.
pub static UPDATE_CHAT_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `chatId` of `resolveChat`.
pub static RESOLVE_CHAT_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `chatId` of `updateChatCrmData`.
pub static UPDATE_CHAT_CRM_DATA_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `chatId` of `updateChatLabels`.
pub static UPDATE_CHAT_LABELS_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `chatId` of `getChatMessages`.
pub static GET_CHAT_MESSAGES_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `limit` of `getChatMessages`.
pub static GET_CHAT_MESSAGES_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    ..Rules::NONE
};
/// `beforeId` of `getChatMessages`.
pub static GET_CHAT_MESSAGES_BEFORE_ID: Rules = Rules {
    pattern: Some("^[a-z0-9]+$"),
    ..Rules::NONE
};
/// `botSessionId` of `getChatMessages`.
pub static GET_CHAT_MESSAGES_BOT_SESSION_ID: Rules = Rules {
    pattern: Some("^[a-z0-9]+$"),
    ..Rules::NONE
};
/// `chatId` of `sendMessage`.
pub static SEND_MESSAGE_CHAT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `fileId` of `shareFile`.
pub static SHARE_FILE_FILE_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `limit` of `listLabels`.
pub static LIST_LABELS_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    maximum: Some(10000i64),
    ..Rules::NONE
};
/// `skip` of `listLabels`.
pub static LIST_LABELS_SKIP: Rules = Rules {
    minimum: Some(0i64),
    maximum: Some(100000i64),
    ..Rules::NONE
};
/// `labelId` of `getLabel`.
pub static GET_LABEL_LABEL_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `labelId` of `updateLabel`.
pub static UPDATE_LABEL_LABEL_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `labelId` of `deleteLabel`.
pub static DELETE_LABEL_LABEL_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `accountId` of `listTemplates`.
pub static LIST_TEMPLATES_ACCOUNT_ID: Rules = Rules {
    min_length: Some(1u64),
    ..Rules::NONE
};
/// `accountId` of `createTemplate`.
pub static CREATE_TEMPLATE_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `accountId` of `updateTemplate`.
pub static UPDATE_TEMPLATE_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `templateName` of `updateTemplate`.
pub static UPDATE_TEMPLATE_TEMPLATE_NAME: Rules = Rules {
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    segment: true,
    ..Rules::NONE
};
/// `accountId` of `deleteTemplate`.
pub static DELETE_TEMPLATE_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `templateName` of `deleteTemplate`.
pub static DELETE_TEMPLATE_TEMPLATE_NAME: Rules = Rules {
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    segment: true,
    ..Rules::NONE
};
/// `accountId` of `upsertTemplateLocalization`.
pub static UPSERT_TEMPLATE_LOCALIZATION_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `templateName` of `upsertTemplateLocalization`.
pub static UPSERT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME: Rules = Rules {
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    segment: true,
    ..Rules::NONE
};
/// `accountId` of `submitTemplateLocalization`.
pub static SUBMIT_TEMPLATE_LOCALIZATION_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `templateName` of `submitTemplateLocalization`.
pub static SUBMIT_TEMPLATE_LOCALIZATION_TEMPLATE_NAME: Rules = Rules {
    pattern: Some("^[a-zA-Z0-9_-]+$"),
    segment: true,
    ..Rules::NONE
};
/// `language` of `submitTemplateLocalization`.
pub static SUBMIT_TEMPLATE_LOCALIZATION_LANGUAGE: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `limit` of `listUnsubscribed`.
pub static LIST_UNSUBSCRIBED_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    maximum: Some(9999i64),
    ..Rules::NONE
};
/// `skip` of `listUnsubscribed`.
pub static LIST_UNSUBSCRIBED_SKIP: Rules = Rules {
    minimum: Some(0i64),
    maximum: Some(99999i64),
    ..Rules::NONE
};
/// `accountId` of `listUnsubscribedForAccount`.
pub static LIST_UNSUBSCRIBED_FOR_ACCOUNT_ACCOUNT_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `limit` of `listUnsubscribedForAccount`.
pub static LIST_UNSUBSCRIBED_FOR_ACCOUNT_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    maximum: Some(9999i64),
    ..Rules::NONE
};
/// `skip` of `listUnsubscribedForAccount`.
pub static LIST_UNSUBSCRIBED_FOR_ACCOUNT_SKIP: Rules = Rules {
    minimum: Some(0i64),
    maximum: Some(99999i64),
    ..Rules::NONE
};
/// `skip` of `listQuickReplies`.
pub static LIST_QUICK_REPLIES_SKIP: Rules = Rules {
    minimum: Some(0i64),
    maximum: Some(100000i64),
    ..Rules::NONE
};
/// `limit` of `listQuickReplies`.
pub static LIST_QUICK_REPLIES_LIMIT: Rules = Rules {
    minimum: Some(1i64),
    maximum: Some(10000i64),
    ..Rules::NONE
};
/// `forChat[accountId]` of `listQuickReplies`.
pub static LIST_QUICK_REPLIES_FOR_CHAT_ACCOUNT_ID: Rules = Rules {
    min_length: Some(1u64),
    ..Rules::NONE
};
/// `forChat[id]` of `listQuickReplies`.
pub static LIST_QUICK_REPLIES_FOR_CHAT_ID: Rules = Rules {
    min_length: Some(1u64),
    ..Rules::NONE
};
/// `quickReplyId` of `updateQuickReply`.
pub static UPDATE_QUICK_REPLY_QUICK_REPLY_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// The body of `updateQuickReply`.
pub static UPDATE_QUICK_REPLY_BODY: Node = Node::Array(
    &Rules {
        min_items: Some(1u64),
        max_items: Some(1000u64),
        ..Rules::NONE
    },
    &QUICK_REPLY_UPDATE,
);
/// `quickReplyId` of `deleteQuickReply`.
pub static DELETE_QUICK_REPLY_QUICK_REPLY_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
/// `scenarioId` of `copyScenario`.
pub static COPY_SCENARIO_SCENARIO_ID: Rules = Rules {
    segment: true,
    ..Rules::NONE
};
