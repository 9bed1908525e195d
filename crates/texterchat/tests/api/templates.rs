use serde_json::{Map, Value, json};
use texterchat::enums::{
    ChatStatus, TemplateButtonType, TemplateCategory, TemplateComponentType, TemplateStatus,
    TemplateUsage,
};
use texterchat::templates::TemplateSendOutcome;
use texterchat::types::{TemplateButton, TemplateComponent};
use texterchat::{Error, Scope};
use wiremock::ResponseTemplate;

use crate::common::*;

const ACCOUNT: &str = "972509876543";
const NAME: &str = "inbox_marketing_95";

/// The error is a validation error naming `field` and `rule`.
pub(crate) fn assert_invalid<T: std::fmt::Debug>(
    result: texterchat::Result<T>,
    field: &str,
    rule: &str,
) {
    let err: Error = result.expect_err(field);
    assert!(err.is_validation(), "{err}");
    let text = err.to_string();
    assert!(
        text.contains(&format!("`{field}`")) && text.contains(rule),
        "expected `{field}` / {rule:?} in: {text}"
    );
}

fn object(value: Value) -> Map<String, Value> {
    value.as_object().cloned().expect("a JSON object")
}

/// The components of the documented upsertTemplateLocalization request (language `en`), built
/// with the SDK types.
fn documented_components() -> Vec<TemplateComponent> {
    let quick_reply = |text: &str| {
        TemplateButton::new()
            .type_(TemplateButtonType::QuickReply)
            .text(text)
    };
    vec![
        TemplateComponent::new()
            .type_(TemplateComponentType::Body)
            .text("How can we help?"),
        TemplateComponent::new()
            .type_(TemplateComponentType::Buttons)
            .buttons(vec![quick_reply("About Texter"), quick_reply("Contact Us")]),
    ]
}

// ----- sendTemplate ------------------------------------------------------------------------

#[tokio::test]
async fn send_minimal_posts_the_documented_body_and_decodes_a_sent_outcome() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(json(fixture("responses/sendTemplate.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let outcome = h
        .texter
        .templates()
        .send("inbox_marketing_98", "972521234567")
        .send()
        .await
        .expect("send");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(
        body_json(&req),
        fixture("requests/sendTemplate.minimal.json")
    );
    assert!(outcome.is_sent() && !outcome.is_recipient_unsubscribed());
    assert_eq!(outcome.message_id(), Some("690883c5962e17ab3033f92f"));
    assert_eq!(outcome.unsubscribed_reason(), None);
    match &outcome {
        TemplateSendOutcome::Sent {
            message_id,
            text,
            sent_as_session_message,
            ..
        } => {
            assert_eq!(message_id.as_deref(), Some("690883c5962e17ab3033f92f"));
            assert_eq!(
                text.as_deref(),
                Some("Hi John.\nThis is an example of a template body with 2 variables.")
            );
            assert!(!sent_as_session_message);
        }
        other => panic!("expected Sent, got {other:?}"),
    }
    assert_eq!(outcome.raw().success, Some(true));
    assert_eq!(outcome.into_raw().sent_as_session_message, Some(false));
}

#[tokio::test]
async fn send_with_body_values_posts_the_documented_body() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(json(fixture("responses/sendTemplate.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let outcome = h
        .texter
        .templates()
        .send("inbox_utility_66", "34673494148")
        .body(["…", "…"])
        .send()
        .await
        .expect("send");

    assert_eq!(
        body_json(&h.only_request().await),
        fixture("requests/sendTemplate.with-body.json")
    );
    assert_eq!(outcome.message_id(), Some("690883c5962e17ab3033f92f"));
}

#[tokio::test]
async fn send_puts_every_option_on_the_wire_under_its_api_name() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(json(json!({
            "success": true,
            "text": "Hi Dana",
            "sentAsSessionMessage": true,
            "messageId": "m1"
        })))
        .expect(1)
        .mount(&h.server)
        .await;

    let header = texterchat::types::SendTemplateHeader::new()
        .type_("document")
        .url("https://example.com/invoice.pdf")
        .filename("invoice.pdf");
    let message = h
        .texter
        .templates()
        .send("inbox_utility_66", "+972 52-123-4567")
        .from(ACCOUNT)
        .language("he")
        .body(["Dana", "two  spaces are fine"])
        .header(header)
        .set_chat(object(json!({"displayName": "Dana"})))
        .buttons([object(json!({"payload": "order%2F15033"}))])
        .reply_action(object(json!({"chatStatus": 2})))
        .session_message(object(json!({"type": "text", "text": "Hi Dana"})));
    let outcome = message.send().await.expect("send");

    assert_eq!(
        body_json(&h.only_request().await),
        json!({
            "templateName": "inbox_utility_66",
            "to": "+972 52-123-4567",
            "from": ACCOUNT,
            "language": "he",
            "body": ["Dana", "two  spaces are fine"],
            "header": {
                "type": "document",
                "url": "https://example.com/invoice.pdf",
                "filename": "invoice.pdf"
            },
            "setChat": {"displayName": "Dana"},
            "buttons": [{"payload": "order%2F15033"}],
            "replyAction": {"chatStatus": 2},
            "sessionMessage": {"type": "text", "text": "Hi Dana"}
        })
    );
    assert!(
        matches!(
            outcome,
            TemplateSendOutcome::Sent {
                sent_as_session_message: true,
                ..
            }
        ),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn send_to_an_unsubscribed_recipient_is_an_outcome_not_an_error() {
    let h = Harness::new().await;
    let reason = "Recipient unsubscribed from template messages on 2025-11-03";
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(json(json!({"success": false, "error": reason})))
        .expect(1)
        .mount(&h.server)
        .await;

    let outcome = h
        .texter
        .templates()
        .send("inbox_marketing_98", "972521234567")
        .send()
        .await
        .expect("HTTP 200 with success: false is not an error");

    assert!(!outcome.is_sent() && outcome.is_recipient_unsubscribed());
    assert_eq!(outcome.message_id(), None);
    assert_eq!(outcome.unsubscribed_reason(), Some(reason));
    match &outcome {
        TemplateSendOutcome::RecipientUnsubscribed {
            reason: given,
            response,
            ..
        } => {
            assert_eq!(given.as_deref(), Some(reason));
            assert_eq!(response.success, Some(false));
        }
        other => panic!("expected RecipientUnsubscribed, got {other:?}"),
    }
    assert_eq!(h.requests().await.len(), 1);
}

#[tokio::test]
async fn send_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    let to = "972521234567";
    let name = "inbox_marketing_98";
    let cases = [
        (
            templates.send("bad name!", to),
            "templateName",
            "must match the pattern ^[a-zA-Z0-9_-]+$",
        ),
        (
            templates.send("", to),
            "templateName",
            "must match the pattern ^[a-zA-Z0-9_-]+$",
        ),
        (templates.send(name, " "), "to", "must match the pattern"),
        (templates.send(name, "+"), "to", "must match the pattern"),
        (templates.send(name, "abc"), "to", "must match the pattern"),
        (
            templates.send(name, "1".repeat(40)),
            "to",
            "must match the pattern",
        ),
        (
            templates.send(name, to).from(""),
            "from",
            "must be at least 1 character",
        ),
        (
            templates.send(name, to).language(""),
            "language",
            "must be at least 1 character",
        ),
        (
            templates.send(name, to).body(["ok", "fine", "line\nbreak"]),
            "body[2]",
            "must match the pattern",
        ),
        (
            templates.send(name, to).body(["ok", "a\tb"]),
            "body[1]",
            "must match the pattern",
        ),
        (
            templates.send(name, to).body(["five     spaces"]),
            "body[0]",
            "must match the pattern",
        ),
    ];
    for (request, field, rule) in cases {
        assert_invalid(request.send().await, field, rule);
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn send_without_send_template_messages_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::SendTemplateMessages])).await;
    let err = h
        .texter
        .templates()
        .send("inbox_marketing_98", "972521234567")
        .send()
        .await
        .expect_err("missing scope");
    assert!(err.is_missing_scope(), "{err}");
    assert_eq!(err.operation(), Some("sendTemplate"));
    assert_eq!(err.missing_scopes().to_string(), "Send template messages");
    assert!(err.to_string().contains("Send template messages"), "{err}");
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- listTemplates -----------------------------------------------------------------------

#[tokio::test]
async fn list_sends_the_filters_and_decodes_the_documented_template() {
    let h = Harness::new().await;
    h.expect("GET", "/whatsapp/templates")
        .respond_with(json(json!([fixture("objects/Template.json")])))
        .expect(1)
        .mount(&h.server)
        .await;

    let templates = h
        .texter
        .templates()
        .list()
        .account_id(ACCOUNT)
        .include_all(true)
        .send()
        .await
        .expect("list");

    let req = h.only_request().await;
    assert_eq!(
        query_pairs(&req),
        [("accountId", ACCOUNT), ("includeAll", "true")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
    );
    assert_eq!(
        raw_query(&req),
        format!("accountId={ACCOUNT}&includeAll=true")
    );
    assert_eq!(templates.len(), 1);
    let t = &templates[0];
    assert_eq!(t.id.as_deref(), Some("690868f7962e17ab3033f91b"));
    assert_eq!(t.name.as_deref(), Some(NAME));
    assert_eq!(t.title.as_deref(), Some("Order ready notification"));
    assert_eq!(t.usage, Some(TemplateUsage::Inbox));
    assert_eq!(t.chat_status, Some(ChatStatus::Pending));
    assert_eq!(t.created.map(|c| c.get()), Some(1_762_158_839_563));
    assert_eq!(
        t.channel_info
            .as_ref()
            .and_then(|c| c.account_id.as_deref()),
        Some(ACCOUNT)
    );
    let provider = t.provider_template.as_ref().expect("provider_template");
    assert_eq!(provider.category, Some(TemplateCategory::Marketing));
    let he = &provider.localizations[0];
    assert_eq!(he.language.as_deref(), Some("he"));
    assert_eq!(he.status, Some(TemplateStatus::Approved));
    assert_eq!(he.components.len(), 2);
    assert_eq!(he.components[1].type_, Some(TemplateComponentType::Footer));
    assert_eq!(t.defaults["he"].body, ["רועי", "15033"]);
}

#[tokio::test]
async fn list_without_filters_sends_no_query_string() {
    let h = Harness::new().await;
    h.expect("GET", "/whatsapp/templates")
        .respond_with(json(json!([])))
        .expect(1)
        .mount(&h.server)
        .await;
    let templates = h.texter.templates().list().send().await.expect("list");
    assert!(templates.is_empty());
    assert_eq!(h.only_request().await.url.query(), None);
}

#[tokio::test]
async fn list_without_view_template_messages_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::ViewTemplateMessages])).await;
    let err = h
        .texter
        .templates()
        .list()
        .send()
        .await
        .expect_err("missing scope");
    assert!(err.is_missing_scope(), "{err}");
    assert_eq!(err.missing_scopes().to_string(), "View template messages");
    assert!(h.requests().await.is_empty());
}

/// The spec's `minLength: 1` refuses an empty `accountId` filter before sending.
#[tokio::test]
async fn list_refuses_an_empty_account_before_sending() {
    let h = Harness::new().await;
    assert_invalid(
        h.texter.templates().list().account_id("").send().await,
        "accountId",
        "must be at least 1 character",
    );
    assert!(h.requests().await.is_empty());
}

// ----- createTemplate ----------------------------------------------------------------------

#[tokio::test]
async fn create_posts_the_documented_body_and_decodes_the_created_template() {
    let h = Harness::new().await;
    h.expect("POST", &format!("/whatsapp/templates/{ACCOUNT}"))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(fixture("responses/createTemplate.json")),
        )
        .expect(1)
        .mount(&h.server)
        .await;

    let created = h
        .texter
        .templates()
        .create(
            ACCOUNT,
            "Example Template",
            TemplateCategory::Marketing,
            ChatStatus::Pending,
            TemplateUsage::Inbox,
        )
        .send()
        .await
        .expect("create");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    // Exactly the documented body: server-side defaults (`isDefault`) are not sent.
    assert_eq!(body_json(&req), fixture("requests/createTemplate.json"));
    assert_eq!(created.name.as_deref(), Some(NAME));
    assert_eq!(created.title.as_deref(), Some("Example Template"));
    assert_eq!(created.is_default, Some(false));
    assert!(created.localization_drafts.is_empty());
    let provider = created.provider_template.expect("provider_template");
    assert_eq!(provider.name.as_deref(), Some(NAME));
    assert!(provider.localizations.is_empty());
    assert_eq!(
        created
            .updated_at
            .map(|t| t.as_str().to_string())
            .as_deref(),
        Some("2025-11-03T08:33:59.563Z")
    );
}

#[tokio::test]
async fn create_sends_every_optional_property() {
    let h = Harness::new().await;
    h.expect("POST", &format!("/whatsapp/templates/{ACCOUNT}"))
        .respond_with(json(fixture("responses/createTemplate.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    h.texter
        .templates()
        .create(
            ACCOUNT,
            "Order ready",
            TemplateCategory::Utility,
            ChatStatus::Bot,
            TemplateUsage::Bulk,
        )
        .name("order_ready_2")
        .is_default(true)
        .departments(["sales", "support"])
        .set_bot_node("after_order")
        .responsible_department("support")
        .reply_text("Thanks!")
        .send()
        .await
        .expect("create");

    assert_eq!(
        body_json(&h.only_request().await),
        json!({
            "title": "Order ready",
            "category": "UTILITY",
            "chatStatus": 0,
            "usage": "bulk",
            "name": "order_ready_2",
            "isDefault": true,
            "departments": ["sales", "support"],
            "setBotNode": "after_order",
            "responsibleDepartment": "support",
            "replyText": "Thanks!"
        })
    );
}

#[tokio::test]
async fn create_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    let new = |account: &str| {
        templates.create(
            account,
            "T",
            TemplateCategory::Marketing,
            ChatStatus::Pending,
            TemplateUsage::Inbox,
        )
    };
    // Create's name pattern has no hyphen, unlike the path pattern of the later steps.
    assert_invalid(
        new(ACCOUNT).name("order-ready").send().await,
        "name",
        "must match the pattern ^[a-zA-Z0-9_]+$",
    );
    assert_invalid(
        new(ACCOUNT).name("").send().await,
        "name",
        "must match the pattern ^[a-zA-Z0-9_]+$",
    );
    assert_invalid(
        new("").send().await,
        "accountId",
        "must be one path segment",
    );
    assert_invalid(
        new(ACCOUNT)
            .responsible_agent("tyler@example.com")
            .responsible_department("support")
            .send()
            .await,
        "responsibleAgent/responsibleDepartment",
        "at most one of responsibleAgent, responsibleDepartment may be set",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

/// The spec's `minLength: 1` refuses an empty department id before sending.
#[tokio::test]
async fn create_refuses_an_empty_department_before_sending() {
    let h = Harness::new().await;
    assert_invalid(
        h.texter
            .templates()
            .create(
                ACCOUNT,
                "T",
                TemplateCategory::Marketing,
                ChatStatus::Pending,
                TemplateUsage::Inbox,
            )
            .departments(["sales", ""])
            .send()
            .await,
        "departments[1]",
        "must be at least 1 character",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- upsertTemplateLocalization ----------------------------------------------------------

#[tokio::test]
async fn upsert_localization_posts_the_documented_body_and_decodes_the_draft() {
    let h = Harness::new().await;
    // The documented created template, with the documented localization as its draft.
    let mut answer = fixture("responses/createTemplate.json");
    answer["localizationDrafts"]["en"] = fixture("requests/upsertTemplateLocalization.json");
    h.expect(
        "POST",
        &format!("/whatsapp/templates/{ACCOUNT}/{NAME}/localizations"),
    )
    .respond_with(json(answer))
    .expect(1)
    .mount(&h.server)
    .await;

    let template = h
        .texter
        .templates()
        .upsert_localization(ACCOUNT, NAME, "en", documented_components())
        .send()
        .await
        .expect("upsert");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(
        body_json(&req),
        fixture("requests/upsertTemplateLocalization.json")
    );
    let draft = &template.localization_drafts["en"];
    assert_eq!(draft.language.as_deref(), Some("en"));
    assert_eq!(
        draft.components[0].text.as_deref(),
        Some("How can we help?")
    );
    let buttons = draft.components[1].buttons.as_ref().expect("buttons");
    assert_eq!(buttons[1].text.as_deref(), Some("Contact Us"));
    assert_eq!(buttons[1].type_, Some(TemplateButtonType::QuickReply));
}

#[tokio::test]
async fn upsert_localization_sends_defaults_and_the_documented_component_shapes() {
    let h = Harness::new().await;
    h.expect(
        "POST",
        &format!("/whatsapp/templates/{ACCOUNT}/{NAME}/localizations"),
    )
    .respond_with(json(fixture("objects/Template.json")))
    .expect(1)
    .mount(&h.server)
    .await;

    let components = [
        "objects/TemplateComponent.header-document.json",
        "objects/TemplateComponent.body-with-example.json",
        "objects/TemplateComponent.footer.json",
    ]
    .map(|f| serde_json::from_value::<TemplateComponent>(fixture(f)).expect("component"));
    let template = h
        .texter
        .templates()
        .upsert_localization(ACCOUNT, NAME, "he", components.to_vec())
        .defaults(object(json!({"body": ["דנה, נא צרי קשר"]})))
        .send()
        .await
        .expect("upsert");

    assert_eq!(
        body_json(&h.only_request().await),
        json!({
            "language": "he",
            "components": [
                fixture("objects/TemplateComponent.header-document.json"),
                fixture("objects/TemplateComponent.body-with-example.json"),
                fixture("objects/TemplateComponent.footer.json"),
            ],
            "defaults": {"body": ["דנה, נא צרי קשר"]}
        })
    );
    assert_eq!(template.name.as_deref(), Some(NAME));
}

#[tokio::test]
async fn upsert_localization_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    let body = || {
        TemplateComponent::new()
            .type_(TemplateComponentType::Body)
            .text("Hi")
    };
    assert_invalid(
        templates
            .upsert_localization(ACCOUNT, NAME, "", vec![body()])
            .send()
            .await,
        "language",
        "must be at least 1 character",
    );
    assert_invalid(
        templates
            .upsert_localization(ACCOUNT, NAME, "en", Vec::new())
            .send()
            .await,
        "components",
        "must have at least 1 item",
    );
    assert_invalid(
        templates
            .upsert_localization(ACCOUNT, NAME, "en", vec![body(), body()])
            .send()
            .await,
        "components[1].type",
        "must differ between items",
    );
    assert_invalid(
        templates
            .upsert_localization(ACCOUNT, "a/b", "en", vec![body()])
            .send()
            .await,
        "templateName",
        "must match the pattern ^[a-zA-Z0-9_-]+$",
    );
    assert_invalid(
        templates
            .upsert_localization("", NAME, "en", vec![body()])
            .send()
            .await,
        "accountId",
        "must be one path segment",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- submitTemplateLocalization ----------------------------------------------------------

#[tokio::test]
async fn submit_posts_to_the_language_path_without_a_body() {
    let h = Harness::new().await;
    h.expect(
        "POST",
        &format!("/whatsapp/templates/{ACCOUNT}/{NAME}/localizations/he/submit"),
    )
    .respond_with(json(fixture("objects/Template.json")))
    .expect(1)
    .mount(&h.server)
    .await;

    let template = h
        .texter
        .templates()
        .submit(ACCOUNT, NAME, "he")
        .send()
        .await
        .expect("submit");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert!(req.body.is_empty(), "submit has no body");
    let provider = template.provider_template.expect("provider_template");
    assert_eq!(provider.localizations[0].language.as_deref(), Some("he"));
    assert_eq!(
        provider.localizations[0].status,
        Some(TemplateStatus::Approved)
    );
}

#[tokio::test]
async fn submit_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    assert_invalid(
        templates.submit(ACCOUNT, NAME, "").send().await,
        "language",
        "must be one path segment",
    );
    assert_invalid(
        templates.submit(ACCOUNT, NAME, "..").send().await,
        "language",
        "must be one path segment",
    );
    assert_invalid(
        templates
            .submit(ACCOUNT, "inbox marketing", "en")
            .send()
            .await,
        "templateName",
        "must match the pattern",
    );
    assert_invalid(
        templates.submit("", NAME, "en").send().await,
        "accountId",
        "must be one path segment",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- updateTemplate ----------------------------------------------------------------------

#[tokio::test]
async fn update_patches_the_documented_body_and_decodes_the_template() {
    let h = Harness::new().await;
    h.expect("PATCH", &format!("/whatsapp/templates/{ACCOUNT}/{NAME}"))
        .respond_with(json(fixture("objects/Template.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let template = h
        .texter
        .templates()
        .update(ACCOUNT, NAME)
        .title("Updated Template")
        .chat_status(ChatStatus::Resolved)
        .usage(TemplateUsage::Bulk)
        .reply_text("המספר הזה מיועד למענה אוטומטי בלבד, נא לפנות אלינו באמצעי התקשורת האחרים.")
        .send()
        .await
        .expect("update");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(body_json(&req), fixture("requests/updateTemplate.json"));
    assert_eq!(template.name.as_deref(), Some(NAME));
    assert_eq!(template.is_default, Some(false));
    assert!(template.departments.is_empty());
}

#[tokio::test]
async fn update_sends_only_what_changes() {
    let h = Harness::new().await;
    h.expect("PATCH", &format!("/whatsapp/templates/{ACCOUNT}/{NAME}"))
        .respond_with(json(fixture("objects/Template.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    h.texter
        .templates()
        .update(ACCOUNT, NAME)
        .is_default(false)
        .departments(Vec::<String>::new())
        .responsible_agent("tyler@example.com")
        .send()
        .await
        .expect("update");
    assert_eq!(
        body_json(&h.only_request().await),
        json!({"isDefault": false, "departments": [], "responsibleAgent": "tyler@example.com"})
    );
}

#[tokio::test]
async fn update_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    assert_invalid(
        templates.update(ACCOUNT, NAME).send().await,
        "body",
        "must set at least 1 property of: title, chatStatus, usage",
    );
    let err = templates
        .update(ACCOUNT, NAME)
        .responsible_agent("tyler@example.com")
        .responsible_department("support")
        .send()
        .await
        .expect_err("agent and department");
    let text = err.to_string();
    assert!(
        err.is_validation()
            && text.contains("`responsibleAgent/responsibleDepartment`")
            && text.contains("at most one of responsibleAgent, responsibleDepartment may be set")
            && text.contains("nothing was sent"),
        "{text}"
    );
    assert_invalid(
        templates.update(ACCOUNT, "").title("T").send().await,
        "templateName",
        "must be one path segment",
    );
    assert_invalid(
        templates
            .update(ACCOUNT, "name?x=1")
            .title("T")
            .send()
            .await,
        "templateName",
        "must match the pattern",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- deleteTemplate ----------------------------------------------------------------------

#[tokio::test]
async fn delete_accepts_plain_ok() {
    let h = Harness::new().await;
    h.expect("DELETE", &format!("/whatsapp/templates/{ACCOUNT}/{NAME}"))
        .respond_with(plain_ok())
        .expect(1)
        .mount(&h.server)
        .await;

    // Plain-text `OK` becomes `()`.
    let () = h
        .texter
        .templates()
        .delete(ACCOUNT, NAME)
        .send()
        .await
        .expect("delete");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn delete_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    assert_invalid(
        templates.delete("", NAME).send().await,
        "accountId",
        "must be one path segment",
    );
    assert_invalid(
        templates.delete(ACCOUNT, "../x").send().await,
        "templateName",
        "must match the pattern ^[a-zA-Z0-9_-]+$",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

// ----- scopes of template management -------------------------------------------------------

#[tokio::test]
async fn managing_templates_without_manage_whatsapp_templates_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::ManageWhatsappTemplates])).await;
    let templates = h.texter.templates();
    let results = [
        (
            "createTemplate",
            templates
                .create(
                    ACCOUNT,
                    "T",
                    TemplateCategory::Marketing,
                    ChatStatus::Pending,
                    TemplateUsage::Inbox,
                )
                .send()
                .await
                .map(drop),
        ),
        (
            "upsertTemplateLocalization",
            templates
                .upsert_localization(ACCOUNT, NAME, "en", documented_components())
                .send()
                .await
                .map(drop),
        ),
        (
            "submitTemplateLocalization",
            templates.submit(ACCOUNT, NAME, "en").send().await.map(drop),
        ),
        (
            "updateTemplate",
            templates
                .update(ACCOUNT, NAME)
                .title("T")
                .send()
                .await
                .map(drop),
        ),
        (
            "deleteTemplate",
            templates.delete(ACCOUNT, NAME).send().await,
        ),
    ];
    for (operation, result) in results {
        let err = result.expect_err(operation);
        assert!(err.is_missing_scope(), "{operation}: {err}");
        assert_eq!(err.operation(), Some(operation));
        assert_eq!(
            err.missing_scopes().to_string(),
            "Manage WhatsApp templates"
        );
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn an_unsubscribed_reason_under_another_field_name_is_kept() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(json(
            json!({"success": false, "message": "Recipient unsubscribed"}),
        ))
        .mount(&h.server)
        .await;
    let outcome = h
        .texter
        .templates()
        .send("inbox_marketing_98", "972521234567")
        .send()
        .await
        .expect("an outcome");
    assert_eq!(
        outcome.unsubscribed_reason(),
        Some("Recipient unsubscribed")
    );
    assert_eq!(
        outcome.raw().extra.get("message"),
        Some(&json!("Recipient unsubscribed"))
    );
}

/// Delete Template's success status is not documented (`2XX` in the spec): a bodiless
/// `204 No Content` is a success too.
#[tokio::test]
async fn delete_accepts_a_bodiless_204() {
    let h = Harness::new().await;
    h.expect("DELETE", &format!("/whatsapp/templates/{ACCOUNT}/{NAME}"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&h.server)
        .await;
    let () = h
        .texter
        .templates()
        .delete(ACCOUNT, NAME)
        .send()
        .await
        .expect("a 204 is a success");
}

/// The template's `chatStatus` is 0 to 3 (`maximum: 3` in the spec, moved there from prose):
/// `BULK` (4), which chats can have but templates cannot, and a value the enum does not list
/// are refused before sending, on create and on update.
#[tokio::test]
async fn a_template_chat_status_above_3_is_refused_before_sending() {
    let h = Harness::new().await;
    let templates = h.texter.templates();
    assert_invalid(
        templates
            .create(
                ACCOUNT,
                "T",
                TemplateCategory::Marketing,
                ChatStatus::Bulk,
                TemplateUsage::Inbox,
            )
            .name("order_ready")
            .send()
            .await,
        "chatStatus",
        "must be at most 3",
    );
    assert_invalid(
        templates
            .update(ACCOUNT, NAME)
            .chat_status(ChatStatus::Unknown(7))
            .send()
            .await,
        "chatStatus",
        "must be at most 3",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}
