// @generated from openapi/texter.yaml by `cargo xtask generate`. Do not edit by hand:
// edit the spec and run `cargo xtask generate` (CI runs `cargo xtask generate --check`).

//! Open enums: every value the spec lists, plus `Unknown` for values it does not.
crate::open_int_enum! {
    #[doc =
    " Status of a chat, as a number. The Search Chats filter takes the names instead"]
    #[doc = " (`ChatStatusName`)."] pub enum ChatStatus { #[doc =
    " `0`: Handled by the bot."] Bot = 0i64 => "Handled by the bot.", #[doc =
    " `1`: Waiting for a human agent."] Pending = 1i64 => "Waiting for a human agent.",
    #[doc = " `2`: Taken by an agent (the inbox shows it as \"Taken\")."] Assigned = 2i64
    => "Taken by an agent (the inbox shows it as \"Taken\").", #[doc =
    " `3`: Conversation finished."] Resolved = 3i64 => "Conversation finished.", #[doc =
    " `4`: Created or affected by a bulk send."] Bulk = 4i64 =>
    "Created or affected by a bulk send.", }
}
crate::open_string_enum! {
    #[doc =
    " Chat status names, as the Search Chats filter takes them. `SOLVED` and `TAKEN` are rejected."]
    pub enum ChatStatusName { #[doc = " `BOT`"] Bot = "BOT" => "", #[doc = " `PENDING`"]
    Pending = "PENDING" => "", #[doc = " `ASSIGNED`"] Assigned = "ASSIGNED" => "", #[doc
    = " `RESOLVED`"] Resolved = "RESOLVED" => "", #[doc = " `BULK`"] Bulk = "BULK" => "",
    }
}
crate::open_int_enum! {
    #[doc = " Delivery status of a message, as a number."] pub enum MessageStatus { #[doc
    = " `0`: Sent from the platform."] Sent = 0i64 => "Sent from the platform.", #[doc =
    " `1`: Accepted by the provider (e.g. Meta received it)."] Accepted = 1i64 =>
    "Accepted by the provider (e.g. Meta received it).", #[doc =
    " `2`: Delivered to the recipient's device."] Delivered = 2i64 =>
    "Delivered to the recipient's device.", #[doc =
    " `3`: Read by the recipient (blue ticks)."] Seen = 3i64 =>
    "Read by the recipient (blue ticks).", #[doc =
    " `4`: Failed to deliver (e.g. invalid number)."] Failed = 4i64 =>
    "Failed to deliver (e.g. invalid number).", #[doc =
    " `5`: System- or channel-level failure."] ChannelFailed = 5i64 =>
    "System- or channel-level failure.", #[doc = " `6`: Deleted."] Deleted = 6i64 =>
    "Deleted.", }
}
crate::open_string_enum! {
    #[doc = " A channel type."] pub enum ChannelName { #[doc = " `whatsapp`"] Whatsapp =
    "whatsapp" => "", #[doc = " `messenger`"] Messenger = "messenger" => "", #[doc =
    " `instagram`"] Instagram = "instagram" => "", #[doc = " `website_chat`"] WebsiteChat
    = "website_chat" => "", #[doc = " `email`"] Email = "email" => "", #[doc = " `sms`"]
    Sms = "sms" => "", }
}
crate::open_string_enum! {
    #[doc =
    " The channels Search Chats filters by (the reference lists these five; not sms)."]
    pub enum SearchChannelName { #[doc = " `whatsapp`"] Whatsapp = "whatsapp" => "",
    #[doc = " `messenger`"] Messenger = "messenger" => "", #[doc = " `instagram`"]
    Instagram = "instagram" => "", #[doc = " `website_chat`"] WebsiteChat =
    "website_chat" => "", #[doc = " `email`"] Email = "email" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Whether a message came from the contact or went to them. System messages have none."]
    pub enum MessageDirection { #[doc = " `incoming`"] Incoming = "incoming" => "", #[doc
    = " `outgoing`"] Outgoing = "outgoing" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Content type of a message. `buttons` and `list` are outgoing only, `postback` (the button or"]
    #[doc =
    " row the contact chose) incoming only, `special` is channel-specific (e.g. template sends)."]
    pub enum MessageType { #[doc = " `text`"] Text = "text" => "", #[doc = " `media`"]
    Media = "media" => "", #[doc = " `contacts`"] Contacts = "contacts" => "", #[doc =
    " `location`"] Location = "location" => "", #[doc = " `buttons`"] Buttons = "buttons"
    => "", #[doc = " `list`"] List = "list" => "", #[doc = " `postback`"] Postback =
    "postback" => "", #[doc = " `special`"] Special = "special" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Kind of a media item. `sticker` only appears on received messages; sending supports the other four."]
    pub enum MediaType { #[doc = " `image`"] Image = "image" => "", #[doc = " `video`"]
    Video = "video" => "", #[doc = " `document`"] Document = "document" => "", #[doc =
    " `audio`"] Audio = "audio" => "", #[doc = " `sticker`"] Sticker = "sticker" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Kind of a media item that can be sent (received messages may also carry `sticker`)."]
    pub enum OutgoingMediaType { #[doc = " `image`"] Image = "image" => "", #[doc =
    " `video`"] Video = "video" => "", #[doc = " `document`"] Document = "document" =>
    "", #[doc = " `audio`"] Audio = "audio" => "", }
}
crate::open_string_enum! {
    #[doc =
    " WhatsApp template category. The reference lists MARKETING and UTILITY; Texter's own import"]
    #[doc =
    " tool also accepts AUTHENTICATION (not in the reference). WhatsApp may change the category"]
    #[doc = " on submission (commonly UTILITY to MARKETING)."] pub enum TemplateCategory
    { #[doc = " `MARKETING`"] Marketing = "MARKETING" => "", #[doc = " `UTILITY`"]
    Utility = "UTILITY" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Whether a template is sent one to one from the inbox or broadcast in bulk."] pub
    enum TemplateUsage { #[doc = " `inbox`"] Inbox = "inbox" => "", #[doc = " `bulk`"]
    Bulk = "bulk" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Review status of a template localization. Only the first four values could be read in the"]
    #[doc =
    " reference; REJECTED surely exists too (List All Templates mentions rejected templates) and"]
    #[doc = " is listed as inferred."] pub enum TemplateStatus { #[doc =
    " `REQUESTED`: Submitted, waiting for WhatsApp."] Requested = "REQUESTED" =>
    "Submitted, waiting for WhatsApp.", #[doc =
    " `SUBMIT_FAILED`: Submission to WhatsApp failed."] SubmitFailed = "SUBMIT_FAILED" =>
    "Submission to WhatsApp failed.", #[doc = " `PENDING`: Under WhatsApp review."]
    Pending = "PENDING" => "Under WhatsApp review.", #[doc =
    " `APPROVED`: Approved; can be sent."] Approved = "APPROVED" =>
    "Approved; can be sent.", #[doc =
    " `REJECTED`: Inferred, not seen in the reference - rejected by WhatsApp."] Rejected
    = "REJECTED" => "Inferred, not seen in the reference - rejected by WhatsApp.", }
}
crate::open_string_enum! {
    #[doc = " Part of a template localization; at most one of each per localization."]
    pub enum TemplateComponentType { #[doc = " `HEADER`"] Header = "HEADER" => "", #[doc
    = " `BODY`"] Body = "BODY" => "", #[doc = " `FOOTER`"] Footer = "FOOTER" => "", #[doc
    = " `BUTTONS`"] Buttons = "BUTTONS" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Format of a HEADER component. IMAGE, VIDEO and DOCUMENT need `example.header_handle`."]
    #[doc = " Whether a TEXT header is supported could not be read."] pub enum
    TemplateHeaderFormat { #[doc = " `IMAGE`"] Image = "IMAGE" => "", #[doc = " `VIDEO`"]
    Video = "VIDEO" => "", #[doc = " `DOCUMENT`"] Document = "DOCUMENT" => "", #[doc =
    " `LOCATION`"] Location = "LOCATION" => "", }
}
crate::open_string_enum! {
    #[doc = " Kind of a template button."] pub enum TemplateButtonType { #[doc =
    " `QUICK_REPLY`"] QuickReply = "QUICK_REPLY" => "", #[doc = " `URL`"] Url = "URL" =>
    "", #[doc = " `PHONE_NUMBER`"] PhoneNumber = "PHONE_NUMBER" => "", #[doc = " `FLOW`"]
    Flow = "FLOW" => "", }
}
crate::open_string_enum! {
    #[doc = " Where the inbox shows a quick reply."] pub enum QuickReplyPosition { #[doc
    = " `top`"] Top = "top" => "", #[doc = " `main`"] Main = "main" => "", }
}
crate::open_string_enum! {
    #[doc = " Sort direction."] pub enum SortOrder { #[doc = " `asc`"] Ascending = "asc"
    => "", #[doc = " `desc`"] Descending = "desc" => "", }
}
crate::open_string_enum! {
    #[doc =
    " Status of a scenario revision (`draft` for drafts), and the status an import creates."]
    pub enum ScenarioStatus { #[doc = " `active`"] Active = "active" => "", #[doc =
    " `inactive`"] Inactive = "inactive" => "", #[doc = " `draft`"] Draft = "draft" =>
    "", }
}
crate::open_string_enum! {
    #[doc = " Kind of component a scenario run step executed."] pub enum
    ScenarioRunStepType { #[doc = " `event`"] Event = "event" => "", #[doc = " `loader`"]
    Loader = "loader" => "", #[doc = " `condition`"] Condition = "condition" => "", #[doc
    = " `action`"] Action = "action" => "", #[doc = " `loop`"] Loop = "loop" => "", }
}
crate::open_string_enum! {
    #[doc = " How serious a channel health problem is."] pub enum ProblemSeverity { #[doc
    = " `error`"] Error = "error" => "", #[doc = " `warning`"] Warning = "warning" => "",
    }
}
crate::open_string_enum! {
    #[doc =
    " The `eventName` of a webhook delivery. Only the bodies Texter publishes produce these"]
    #[doc =
    " names; a subscription you customise may send others, which decode as unknown events."]
    pub enum WebhookEventName { #[doc =
    " `newMessage`: All Messages: Every new message, incoming and outgoing."] NewMessage
    = "newMessage" => "All Messages: Every new message, incoming and outgoing.", #[doc =
    " `newIncomingMessage`: New Incoming Messages: Every new incoming message."]
    NewIncomingMessage = "newIncomingMessage" =>
    "New Incoming Messages: Every new incoming message.", #[doc =
    " `newMatchedMessage`: Messages with Specific Text: A new incoming message whose text matches your expression."]
    NewMatchedMessage = "newMatchedMessage" =>
    "Messages with Specific Text: A new incoming message whose text matches your expression.",
    #[doc =
    " `newMediaMessage`: Messages with Attachments: A new incoming message with a media item (image, video, document, audio, sticker)."]
    NewMediaMessage = "newMediaMessage" =>
    "Messages with Attachments: A new incoming message with a media item (image, video, document, audio, sticker).",
    #[doc =
    " `messageFailed`: Messages Failed to Deliver: An outgoing message failed to deliver (status 4 or 5)."]
    MessageFailed = "messageFailed" =>
    "Messages Failed to Deliver: An outgoing message failed to deliver (status 4 or 5).",
    #[doc =
    " `messageStatusChanged`: Message Status Changed: The delivery status of an outgoing message changed."]
    MessageStatusChanged = "messageStatusChanged" =>
    "Message Status Changed: The delivery status of an outgoing message changed.", #[doc
    = " `chatAssigned`: Chat Assigned: A chat was taken by an agent."] ChatAssigned =
    "chatAssigned" => "Chat Assigned: A chat was taken by an agent.", #[doc =
    " `chatPending`: Chat Pending: A chat is waiting for a human agent."] ChatPending =
    "chatPending" => "Chat Pending: A chat is waiting for a human agent.", #[doc =
    " `chatResolved`: Chat Resolved: A chat was resolved."] ChatResolved = "chatResolved"
    => "Chat Resolved: A chat was resolved.", #[doc =
    " `chatResolvedByAgent`: Chat Resolved by Agent: A chat was resolved by a human agent."]
    ChatResolvedByAgent = "chatResolvedByAgent" =>
    "Chat Resolved by Agent: A chat was resolved by a human agent.", #[doc =
    " `chatResolvedByBot`: Chat Resolved by Bot: A chat was resolved by the bot, with no agent assigned."]
    ChatResolvedByBot = "chatResolvedByBot" =>
    "Chat Resolved by Bot: A chat was resolved by the bot, with no agent assigned.",
    #[doc =
    " `chatLabelsUpdated`: Chat Labels Updated: The labels of a chat changed (the only way to see a label removed)."]
    ChatLabelsUpdated = "chatLabelsUpdated" =>
    "Chat Labels Updated: The labels of a chat changed (the only way to see a label removed).",
    #[doc =
    " `chatSpecificLabelAdded`: Specific Label Added: One given label was added to a chat."]
    ChatSpecificLabelAdded = "chatSpecificLabelAdded" =>
    "Specific Label Added: One given label was added to a chat.", #[doc =
    " `chatSubscribed`: Chat Subscribed: A contact resubscribed to template messages."]
    ChatSubscribed = "chatSubscribed" =>
    "Chat Subscribed: A contact resubscribed to template messages.", #[doc =
    " `chatUnsubscribed`: Chat Unsubscribed: A contact unsubscribed from template messages."]
    ChatUnsubscribed = "chatUnsubscribed" =>
    "Chat Unsubscribed: A contact unsubscribed from template messages.", #[doc =
    " `externalBotEnabled`: External Bot Enabled: A chat was handed to your external bot (`externalBot` became true)."]
    ExternalBotEnabled = "externalBotEnabled" =>
    "External Bot Enabled: A chat was handed to your external bot (`externalBot` became true).",
    #[doc =
    " `externalBotDisabled`: External Bot Disabled: A chat was taken back from your external bot (`externalBot` became false)."]
    ExternalBotDisabled = "externalBotDisabled" =>
    "External Bot Disabled: A chat was taken back from your external bot (`externalBot` became false).",
    #[doc =
    " `channelHealthProblemCreated`: Channel Health Problem Created: A health problem was detected on a channel account."]
    ChannelHealthProblemCreated = "channelHealthProblemCreated" =>
    "Channel Health Problem Created: A health problem was detected on a channel account.",
    #[doc =
    " `channelHealthProblemResolved`: Channel Health Problem Resolved: A channel health problem was resolved."]
    ChannelHealthProblemResolved = "channelHealthProblemResolved" =>
    "Channel Health Problem Resolved: A channel health problem was resolved.", }
}
