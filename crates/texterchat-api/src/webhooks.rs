// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The webhook events of the spec's `x-texter-webhook-events`, and a typed delivery.
use crate::catalog::WebhookEventInfo;
use crate::enums::WebhookEventName;
use crate::webhook_support::{EventData, decode_lenient};
/// Every documented webhook event, in spec order.
pub const WEBHOOK_EVENTS: [WebhookEventInfo; 19usize] = [
    WebhookEventInfo {
        name: "newMessage",
        title: "All Messages",
        data_schema: "MessageEventData",
        triggers: &["domain.message.created"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "newIncomingMessage",
        title: "New Incoming Messages",
        data_schema: "MessageEventData",
        triggers: &["domain.message.created"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "newMatchedMessage",
        title: "Messages with Specific Text",
        data_schema: "MessageEventData",
        triggers: &["domain.message.created"],
        placeholders: &["{{word1}}", "{{word2}}"],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "newMediaMessage",
        title: "Messages with Attachments",
        data_schema: "MessageEventData",
        triggers: &["domain.message.created"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "messageFailed",
        title: "Messages Failed to Deliver",
        data_schema: "MessageStatusEventData",
        triggers: &["app.message.statusRequest"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "messageStatusChanged",
        title: "Message Status Changed",
        data_schema: "MessageStatusEventData",
        triggers: &["app.message.statusRequest"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatAssigned",
        title: "Chat Assigned",
        data_schema: "ChatAssignedEventData",
        triggers: &["domain.chat.assigned"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatPending",
        title: "Chat Pending",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.pending"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "chatResolved",
        title: "Chat Resolved",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.resolved"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatResolvedByAgent",
        title: "Chat Resolved by Agent",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.resolved"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatResolvedByBot",
        title: "Chat Resolved by Bot",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.resolved"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "chatLabelsUpdated",
        title: "Chat Labels Updated",
        data_schema: "ChatLabelsEventData",
        triggers: &["domain.chat.labels"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "chatSpecificLabelAdded",
        title: "Specific Label Added",
        data_schema: "ChatLabelsEventData",
        triggers: &["domain.chat.labels"],
        placeholders: &["{{targetLabelId}}"],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatSubscribed",
        title: "Chat Subscribed",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.subscribed"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "chatUnsubscribed",
        title: "Chat Unsubscribed",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.unsubscribed"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "externalBotEnabled",
        title: "External Bot Enabled",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.updated.externalBot", "app.bot.chat.setExternal"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "externalBotDisabled",
        title: "External Bot Disabled",
        data_schema: "ChatEventData",
        triggers: &["domain.chat.updated.externalBot", "app.bot.chat.setExternal"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
    WebhookEventInfo {
        name: "channelHealthProblemCreated",
        title: "Channel Health Problem Created",
        data_schema: "ProblemEventData",
        triggers: &["domain.channel.health.problem.created"],
        placeholders: &[],
        source: crate::catalog::Source::TexterCode,
    },
    WebhookEventInfo {
        name: "channelHealthProblemResolved",
        title: "Channel Health Problem Resolved",
        data_schema: "ProblemEventData",
        triggers: &["domain.channel.health.problem.resolved"],
        placeholders: &[],
        source: crate::catalog::Source::Reference,
    },
];
/// A webhook delivery with its data typed by event.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `newMessage`: All Messages (data: [`crate::types::MessageEventData`], decoded leniently; the raw data is kept).
    NewMessage(EventData<crate::types::MessageEventData>),
    /// `newIncomingMessage`: New Incoming Messages (data: [`crate::types::MessageEventData`], decoded leniently; the raw data is kept).
    NewIncomingMessage(EventData<crate::types::MessageEventData>),
    /// `newMatchedMessage`: Messages with Specific Text (data: [`crate::types::MessageEventData`], decoded leniently; the raw data is kept).
    NewMatchedMessage(EventData<crate::types::MessageEventData>),
    /// `newMediaMessage`: Messages with Attachments (data: [`crate::types::MessageEventData`], decoded leniently; the raw data is kept).
    NewMediaMessage(EventData<crate::types::MessageEventData>),
    /// `messageFailed`: Messages Failed to Deliver (data: [`crate::types::MessageStatusEventData`], decoded leniently; the raw data is kept).
    MessageFailed(EventData<crate::types::MessageStatusEventData>),
    /// `messageStatusChanged`: Message Status Changed (data: [`crate::types::MessageStatusEventData`], decoded leniently; the raw data is kept).
    MessageStatusChanged(EventData<crate::types::MessageStatusEventData>),
    /// `chatAssigned`: Chat Assigned (data: [`crate::types::ChatAssignedEventData`], decoded leniently; the raw data is kept).
    ChatAssigned(EventData<crate::types::ChatAssignedEventData>),
    /// `chatPending`: Chat Pending (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatPending(EventData<crate::types::ChatEventData>),
    /// `chatResolved`: Chat Resolved (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatResolved(EventData<crate::types::ChatEventData>),
    /// `chatResolvedByAgent`: Chat Resolved by Agent (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatResolvedByAgent(EventData<crate::types::ChatEventData>),
    /// `chatResolvedByBot`: Chat Resolved by Bot (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatResolvedByBot(EventData<crate::types::ChatEventData>),
    /// `chatLabelsUpdated`: Chat Labels Updated (data: [`crate::types::ChatLabelsEventData`], decoded leniently; the raw data is kept).
    ChatLabelsUpdated(EventData<crate::types::ChatLabelsEventData>),
    /// `chatSpecificLabelAdded`: Specific Label Added (data: [`crate::types::ChatLabelsEventData`], decoded leniently; the raw data is kept).
    ChatSpecificLabelAdded(EventData<crate::types::ChatLabelsEventData>),
    /// `chatSubscribed`: Chat Subscribed (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatSubscribed(EventData<crate::types::ChatEventData>),
    /// `chatUnsubscribed`: Chat Unsubscribed (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ChatUnsubscribed(EventData<crate::types::ChatEventData>),
    /// `externalBotEnabled`: External Bot Enabled (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ExternalBotEnabled(EventData<crate::types::ChatEventData>),
    /// `externalBotDisabled`: External Bot Disabled (data: [`crate::types::ChatEventData`], decoded leniently; the raw data is kept).
    ExternalBotDisabled(EventData<crate::types::ChatEventData>),
    /// `channelHealthProblemCreated`: Channel Health Problem Created (data: [`crate::types::ProblemEventData`], decoded leniently; the raw data is kept).
    ChannelHealthProblemCreated(EventData<crate::types::ProblemEventData>),
    /// `channelHealthProblemResolved`: Channel Health Problem Resolved (data: [`crate::types::ProblemEventData`], decoded leniently; the raw data is kept).
    ChannelHealthProblemResolved(EventData<crate::types::ProblemEventData>),
    /// An event this version of the SDK does not know, with its data as raw JSON.
    Unknown {
        /// The delivery's `eventName`.
        name: ::std::string::String,
        /// The delivery's `eventData`.
        data: ::serde_json::Value,
    },
}
impl Event {
    /// Decodes the data of the event named `name`; an unknown name gives
    /// [`Event::Unknown`]. Never fails: a value that does not fit its typed field is left
    /// out of the typed view and reported in [`EventData::problems`], and the data as
    /// received stays in [`EventData::raw`].
    pub fn from_parts(name: &str, data: ::serde_json::Value) -> Event {
        match name {
            "newMessage" => Event::NewMessage(decode_lenient(data)),
            "newIncomingMessage" => Event::NewIncomingMessage(decode_lenient(data)),
            "newMatchedMessage" => Event::NewMatchedMessage(decode_lenient(data)),
            "newMediaMessage" => Event::NewMediaMessage(decode_lenient(data)),
            "messageFailed" => Event::MessageFailed(decode_lenient(data)),
            "messageStatusChanged" => Event::MessageStatusChanged(decode_lenient(data)),
            "chatAssigned" => Event::ChatAssigned(decode_lenient(data)),
            "chatPending" => Event::ChatPending(decode_lenient(data)),
            "chatResolved" => Event::ChatResolved(decode_lenient(data)),
            "chatResolvedByAgent" => Event::ChatResolvedByAgent(decode_lenient(data)),
            "chatResolvedByBot" => Event::ChatResolvedByBot(decode_lenient(data)),
            "chatLabelsUpdated" => Event::ChatLabelsUpdated(decode_lenient(data)),
            "chatSpecificLabelAdded" => {
                Event::ChatSpecificLabelAdded(decode_lenient(data))
            }
            "chatSubscribed" => Event::ChatSubscribed(decode_lenient(data)),
            "chatUnsubscribed" => Event::ChatUnsubscribed(decode_lenient(data)),
            "externalBotEnabled" => Event::ExternalBotEnabled(decode_lenient(data)),
            "externalBotDisabled" => Event::ExternalBotDisabled(decode_lenient(data)),
            "channelHealthProblemCreated" => {
                Event::ChannelHealthProblemCreated(decode_lenient(data))
            }
            "channelHealthProblemResolved" => {
                Event::ChannelHealthProblemResolved(decode_lenient(data))
            }
            _ => {
                Event::Unknown {
                    name: name.to_string(),
                    data,
                }
            }
        }
    }
    /// The data as received (for every event, known or not).
    pub fn raw_data(&self) -> &::serde_json::Value {
        match self {
            Event::NewMessage(d) => d.raw(),
            Event::NewIncomingMessage(d) => d.raw(),
            Event::NewMatchedMessage(d) => d.raw(),
            Event::NewMediaMessage(d) => d.raw(),
            Event::MessageFailed(d) => d.raw(),
            Event::MessageStatusChanged(d) => d.raw(),
            Event::ChatAssigned(d) => d.raw(),
            Event::ChatPending(d) => d.raw(),
            Event::ChatResolved(d) => d.raw(),
            Event::ChatResolvedByAgent(d) => d.raw(),
            Event::ChatResolvedByBot(d) => d.raw(),
            Event::ChatLabelsUpdated(d) => d.raw(),
            Event::ChatSpecificLabelAdded(d) => d.raw(),
            Event::ChatSubscribed(d) => d.raw(),
            Event::ChatUnsubscribed(d) => d.raw(),
            Event::ExternalBotEnabled(d) => d.raw(),
            Event::ExternalBotDisabled(d) => d.raw(),
            Event::ChannelHealthProblemCreated(d) => d.raw(),
            Event::ChannelHealthProblemResolved(d) => d.raw(),
            Event::Unknown { data, .. } => data,
        }
    }
    /// The values of the data that did not fit their typed fields (empty for unknown
    /// events, whose data is not typed).
    pub fn problems(&self) -> &[crate::webhook_support::DataError] {
        match self {
            Event::NewMessage(d) => d.problems(),
            Event::NewIncomingMessage(d) => d.problems(),
            Event::NewMatchedMessage(d) => d.problems(),
            Event::NewMediaMessage(d) => d.problems(),
            Event::MessageFailed(d) => d.problems(),
            Event::MessageStatusChanged(d) => d.problems(),
            Event::ChatAssigned(d) => d.problems(),
            Event::ChatPending(d) => d.problems(),
            Event::ChatResolved(d) => d.problems(),
            Event::ChatResolvedByAgent(d) => d.problems(),
            Event::ChatResolvedByBot(d) => d.problems(),
            Event::ChatLabelsUpdated(d) => d.problems(),
            Event::ChatSpecificLabelAdded(d) => d.problems(),
            Event::ChatSubscribed(d) => d.problems(),
            Event::ChatUnsubscribed(d) => d.problems(),
            Event::ExternalBotEnabled(d) => d.problems(),
            Event::ExternalBotDisabled(d) => d.problems(),
            Event::ChannelHealthProblemCreated(d) => d.problems(),
            Event::ChannelHealthProblemResolved(d) => d.problems(),
            Event::Unknown { .. } => &[],
        }
    }
    /// The event's `eventName`.
    pub fn name(&self) -> &str {
        match self {
            Event::NewMessage(_) => "newMessage",
            Event::NewIncomingMessage(_) => "newIncomingMessage",
            Event::NewMatchedMessage(_) => "newMatchedMessage",
            Event::NewMediaMessage(_) => "newMediaMessage",
            Event::MessageFailed(_) => "messageFailed",
            Event::MessageStatusChanged(_) => "messageStatusChanged",
            Event::ChatAssigned(_) => "chatAssigned",
            Event::ChatPending(_) => "chatPending",
            Event::ChatResolved(_) => "chatResolved",
            Event::ChatResolvedByAgent(_) => "chatResolvedByAgent",
            Event::ChatResolvedByBot(_) => "chatResolvedByBot",
            Event::ChatLabelsUpdated(_) => "chatLabelsUpdated",
            Event::ChatSpecificLabelAdded(_) => "chatSpecificLabelAdded",
            Event::ChatSubscribed(_) => "chatSubscribed",
            Event::ChatUnsubscribed(_) => "chatUnsubscribed",
            Event::ExternalBotEnabled(_) => "externalBotEnabled",
            Event::ExternalBotDisabled(_) => "externalBotDisabled",
            Event::ChannelHealthProblemCreated(_) => "channelHealthProblemCreated",
            Event::ChannelHealthProblemResolved(_) => "channelHealthProblemResolved",
            Event::Unknown { name, .. } => name,
        }
    }
    /// The event's kind (an `Unknown` name for unknown events).
    pub fn kind(&self) -> WebhookEventName {
        WebhookEventName::from(self.name())
    }
}
