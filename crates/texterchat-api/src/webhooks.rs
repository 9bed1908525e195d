// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The webhook events of the spec's `x-texter-webhook-events`, and a typed delivery.
use crate::catalog::WebhookEventInfo;
use crate::enums::WebhookEventName;
use crate::webhook_support::{DataError, decode_data};
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
    /// `newMessage`: All Messages (data: [`crate::types::MessageEventData`]).
    NewMessage(crate::types::MessageEventData),
    /// `newIncomingMessage`: New Incoming Messages (data: [`crate::types::MessageEventData`]).
    NewIncomingMessage(crate::types::MessageEventData),
    /// `newMatchedMessage`: Messages with Specific Text (data: [`crate::types::MessageEventData`]).
    NewMatchedMessage(crate::types::MessageEventData),
    /// `newMediaMessage`: Messages with Attachments (data: [`crate::types::MessageEventData`]).
    NewMediaMessage(crate::types::MessageEventData),
    /// `messageFailed`: Messages Failed to Deliver (data: [`crate::types::MessageStatusEventData`]).
    MessageFailed(crate::types::MessageStatusEventData),
    /// `messageStatusChanged`: Message Status Changed (data: [`crate::types::MessageStatusEventData`]).
    MessageStatusChanged(crate::types::MessageStatusEventData),
    /// `chatAssigned`: Chat Assigned (data: [`crate::types::ChatAssignedEventData`]).
    ChatAssigned(crate::types::ChatAssignedEventData),
    /// `chatPending`: Chat Pending (data: [`crate::types::ChatEventData`]).
    ChatPending(crate::types::ChatEventData),
    /// `chatResolved`: Chat Resolved (data: [`crate::types::ChatEventData`]).
    ChatResolved(crate::types::ChatEventData),
    /// `chatResolvedByAgent`: Chat Resolved by Agent (data: [`crate::types::ChatEventData`]).
    ChatResolvedByAgent(crate::types::ChatEventData),
    /// `chatResolvedByBot`: Chat Resolved by Bot (data: [`crate::types::ChatEventData`]).
    ChatResolvedByBot(crate::types::ChatEventData),
    /// `chatLabelsUpdated`: Chat Labels Updated (data: [`crate::types::ChatLabelsEventData`]).
    ChatLabelsUpdated(crate::types::ChatLabelsEventData),
    /// `chatSpecificLabelAdded`: Specific Label Added (data: [`crate::types::ChatLabelsEventData`]).
    ChatSpecificLabelAdded(crate::types::ChatLabelsEventData),
    /// `chatSubscribed`: Chat Subscribed (data: [`crate::types::ChatEventData`]).
    ChatSubscribed(crate::types::ChatEventData),
    /// `chatUnsubscribed`: Chat Unsubscribed (data: [`crate::types::ChatEventData`]).
    ChatUnsubscribed(crate::types::ChatEventData),
    /// `externalBotEnabled`: External Bot Enabled (data: [`crate::types::ChatEventData`]).
    ExternalBotEnabled(crate::types::ChatEventData),
    /// `externalBotDisabled`: External Bot Disabled (data: [`crate::types::ChatEventData`]).
    ExternalBotDisabled(crate::types::ChatEventData),
    /// `channelHealthProblemCreated`: Channel Health Problem Created (data: [`crate::types::ProblemEventData`]).
    ChannelHealthProblemCreated(crate::types::ProblemEventData),
    /// `channelHealthProblemResolved`: Channel Health Problem Resolved (data: [`crate::types::ProblemEventData`]).
    ChannelHealthProblemResolved(crate::types::ProblemEventData),
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
    /// [`Event::Unknown`]. Fails when the data of a known event does not match its schema.
    pub fn from_parts(
        name: &str,
        data: ::serde_json::Value,
    ) -> Result<Event, DataError> {
        Ok(
            match name {
                "newMessage" => Event::NewMessage(decode_data(data)?),
                "newIncomingMessage" => Event::NewIncomingMessage(decode_data(data)?),
                "newMatchedMessage" => Event::NewMatchedMessage(decode_data(data)?),
                "newMediaMessage" => Event::NewMediaMessage(decode_data(data)?),
                "messageFailed" => Event::MessageFailed(decode_data(data)?),
                "messageStatusChanged" => Event::MessageStatusChanged(decode_data(data)?),
                "chatAssigned" => Event::ChatAssigned(decode_data(data)?),
                "chatPending" => Event::ChatPending(decode_data(data)?),
                "chatResolved" => Event::ChatResolved(decode_data(data)?),
                "chatResolvedByAgent" => Event::ChatResolvedByAgent(decode_data(data)?),
                "chatResolvedByBot" => Event::ChatResolvedByBot(decode_data(data)?),
                "chatLabelsUpdated" => Event::ChatLabelsUpdated(decode_data(data)?),
                "chatSpecificLabelAdded" => {
                    Event::ChatSpecificLabelAdded(decode_data(data)?)
                }
                "chatSubscribed" => Event::ChatSubscribed(decode_data(data)?),
                "chatUnsubscribed" => Event::ChatUnsubscribed(decode_data(data)?),
                "externalBotEnabled" => Event::ExternalBotEnabled(decode_data(data)?),
                "externalBotDisabled" => Event::ExternalBotDisabled(decode_data(data)?),
                "channelHealthProblemCreated" => {
                    Event::ChannelHealthProblemCreated(decode_data(data)?)
                }
                "channelHealthProblemResolved" => {
                    Event::ChannelHealthProblemResolved(decode_data(data)?)
                }
                _ => {
                    Event::Unknown {
                        name: name.to_string(),
                        data,
                    }
                }
            },
        )
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
