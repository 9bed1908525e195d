// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! The ready-made import body of every webhook event, from `import_bodies/`.
use crate::enums::WebhookEventName;
/// The import body of `kind`, with its placeholders still in; `None` for an unknown kind.
pub fn import_body(kind: &WebhookEventName) -> Option<&'static str> {
    match kind {
        WebhookEventName::NewMessage => {
            Some(include_str!("import_bodies/newMessage.json"))
        }
        WebhookEventName::NewIncomingMessage => {
            Some(include_str!("import_bodies/newIncomingMessage.json"))
        }
        WebhookEventName::NewMatchedMessage => {
            Some(include_str!("import_bodies/newMatchedMessage.json"))
        }
        WebhookEventName::NewMediaMessage => {
            Some(include_str!("import_bodies/newMediaMessage.json"))
        }
        WebhookEventName::MessageFailed => {
            Some(include_str!("import_bodies/messageFailed.json"))
        }
        WebhookEventName::MessageStatusChanged => {
            Some(include_str!("import_bodies/messageStatusChanged.json"))
        }
        WebhookEventName::ChatAssigned => {
            Some(include_str!("import_bodies/chatAssigned.json"))
        }
        WebhookEventName::ChatPending => {
            Some(include_str!("import_bodies/chatPending.json"))
        }
        WebhookEventName::ChatResolved => {
            Some(include_str!("import_bodies/chatResolved.json"))
        }
        WebhookEventName::ChatResolvedByAgent => {
            Some(include_str!("import_bodies/chatResolvedByAgent.json"))
        }
        WebhookEventName::ChatResolvedByBot => {
            Some(include_str!("import_bodies/chatResolvedByBot.json"))
        }
        WebhookEventName::ChatLabelsUpdated => {
            Some(include_str!("import_bodies/chatLabelsUpdated.json"))
        }
        WebhookEventName::ChatSpecificLabelAdded => {
            Some(include_str!("import_bodies/chatSpecificLabelAdded.json"))
        }
        WebhookEventName::ChatSubscribed => {
            Some(include_str!("import_bodies/chatSubscribed.json"))
        }
        WebhookEventName::ChatUnsubscribed => {
            Some(include_str!("import_bodies/chatUnsubscribed.json"))
        }
        WebhookEventName::ExternalBotEnabled => {
            Some(include_str!("import_bodies/externalBotEnabled.json"))
        }
        WebhookEventName::ExternalBotDisabled => {
            Some(include_str!("import_bodies/externalBotDisabled.json"))
        }
        WebhookEventName::ChannelHealthProblemCreated => {
            Some(include_str!("import_bodies/channelHealthProblemCreated.json"))
        }
        WebhookEventName::ChannelHealthProblemResolved => {
            Some(include_str!("import_bodies/channelHealthProblemResolved.json"))
        }
        _ => None,
    }
}
