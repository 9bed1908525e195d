use serde_json::json;
use texterchat::enums::{ChannelName, MediaType, MessageType, QuickReplyPosition, SortOrder};
use texterchat::quick_replies::{channel, chat, text};
use texterchat::types::{self, QuickReplyUpdate};
use wiremock::ResponseTemplate;

use crate::common::*;

const ID: &str = "6970a1b2c3d4e5f601234567";
const ACCOUNT: &str = "972586640430";
const CHAT: &str = "67bf11038b24880cc966f799";

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The documented quick reply (`objects/QuickReply.json`), as decoded.
fn assert_documented_quick_reply(qr: &types::QuickReply) {
    assert_eq!(qr.id.as_deref(), Some(ID));
    let send = qr.send.as_ref().expect("send");
    let contents = &send.contents;
    assert_eq!(contents.len(), 1);
    assert_eq!(contents[0].type_, Some(MessageType::Text));
    assert_eq!(
        contents[0].text.as_deref(),
        Some("Thanks for reaching out! An agent will reply shortly.")
    );
    let target = &send.target[0];
    assert_eq!(target.name, Some(ChannelName::Whatsapp));
    assert_eq!(target.account_id.as_deref(), Some(ACCOUNT));
    assert_eq!(target.id, None);
    let display = qr.display.as_ref().expect("display");
    assert_eq!(display.position, Some(QuickReplyPosition::Top));
    assert_eq!(display.title.as_deref(), Some("Greeting"));
    let metadata = qr.metadata.as_ref().expect("metadata");
    assert_eq!(metadata.created.map(|t| t.get()), Some(1_768_314_807_488));
    assert_eq!(metadata.updated, None);
    assert!(metadata.client.is_empty());
}

/// The rule-breaking calls failed naming the field and the rule, and nothing reached the server.
async fn assert_refused(h: &Harness, errors: Vec<(texterchat::Error, &str, &str)>) {
    for (err, field, rule) in errors {
        assert!(err.is_validation(), "{err}");
        let text = err.to_string();
        assert!(
            text.contains(&format!("`{field}`")) && text.contains(rule),
            "{field}: {text}"
        );
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

/// What the documented quick reply sends: one text, to one WhatsApp account.
fn greeting() -> types::NewQuickReplySend {
    let mut send = text("Thanks for reaching out! An agent will reply shortly.");
    send.target = Some(vec![channel(ChannelName::Whatsapp, ACCOUNT)]);
    send
}

#[tokio::test]
async fn list_sends_every_filter_and_decodes_the_documented_example() {
    let h = Harness::new().await;
    h.expect("GET", "/quick-replies")
        .respond_with(json(fixture("responses/listQuickReplies.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let page = h
        .texter
        .quick_replies()
        .list()
        .limit(50)
        .skip(100)
        .sort_title(SortOrder::Ascending)
        .sort_created(SortOrder::Descending)
        .sort_updated(SortOrder::Ascending)
        .for_chat_name(ChannelName::Whatsapp)
        .for_chat_account_id(ACCOUNT)
        .for_chat_id(CHAT)
        .position(QuickReplyPosition::Top)
        .has_contents_type([MessageType::Text, MessageType::Media])
        .send()
        .await
        .expect("list");

    let req = h.only_request().await;
    assert_eq!(
        query_pairs(&req),
        pairs(&[
            ("forChat[accountId]", ACCOUNT),
            ("forChat[id]", CHAT),
            ("forChat[name]", "whatsapp"),
            ("hasContentsType", "text"),
            ("hasContentsType", "media"),
            ("limit", "50"),
            ("position", "top"),
            ("skip", "100"),
            ("sortCreated", "desc"),
            ("sortTitle", "asc"),
            ("sortUpdated", "asc"),
        ])
    );
    let raw = raw_query(&req);
    for part in [
        "forChat%5BaccountId%5D=972586640430",
        "forChat%5Bid%5D=67bf11038b24880cc966f799",
        "forChat%5Bname%5D=whatsapp",
        "hasContentsType=text&hasContentsType=media",
    ] {
        assert!(raw.contains(part), "{part} not in {raw}");
    }

    assert_eq!(page.total, Some(1));
    assert_eq!(page.quick_replies.len(), 1);
    assert_documented_quick_reply(&page.quick_replies[0]);
}

#[tokio::test]
async fn list_sends_only_the_filters_given() {
    let h = Harness::new().await;
    h.expect("GET", "/quick-replies")
        .respond_with(json(json!({"total": 0, "quickReplies": []})))
        .expect(3)
        .mount(&h.server)
        .await;
    let quick_replies = h.texter.quick_replies();

    let empty = quick_replies.list().send().await.expect("list");
    quick_replies
        .list()
        .for_chat_name(ChannelName::Instagram)
        .for_chat_account_id("17841400000000000")
        .send()
        .await
        .expect("list by channel");
    quick_replies
        .list()
        .limit(1)
        .skip(0)
        .send()
        .await
        .expect("list a page");

    assert_eq!(empty.total, Some(0));
    assert!(empty.quick_replies.is_empty());
    let requests = h.requests().await;
    assert_eq!(requests[0].url.query(), None);
    // `forChat[id]` is optional.
    assert_eq!(
        query_pairs(&requests[1]),
        pairs(&[
            ("forChat[accountId]", "17841400000000000"),
            ("forChat[name]", "instagram"),
        ])
    );
    assert_eq!(raw_query(&requests[2]), "limit=1&skip=0");
}

#[tokio::test]
async fn list_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let list = || h.texter.quick_replies().list();
    let cases = [
        (list().limit(0), "limit", "must be between 1 and 10000"),
        (list().limit(10_001), "limit", "must be between 1 and 10000"),
        (list().skip(100_001), "skip", "must be between 0 and 100000"),
    ];
    let mut errors = Vec::new();
    for (request, field, rule) in cases {
        errors.push((request.send().await.expect_err(field), field, rule));
    }
    assert_refused(&h, errors).await;
}

/// The spec's `minLength: 1` refuses empty `forChat[accountId]` and `forChat[id]` before sending.
#[tokio::test]
async fn list_refuses_empty_chat_filters_before_sending() {
    let h = Harness::new().await;
    let list = || h.texter.quick_replies().list();
    let cases = [
        (
            list()
                .for_chat_name(ChannelName::Whatsapp)
                .for_chat_account_id(""),
            "forChat[accountId]",
            "must be at least 1 character",
        ),
        (
            list()
                .for_chat_name(ChannelName::Whatsapp)
                .for_chat_account_id(ACCOUNT)
                .for_chat_id(""),
            "forChat[id]",
            "must be at least 1 character",
        ),
    ];
    let mut errors = Vec::new();
    for (request, field, rule) in cases {
        errors.push((request.send().await.expect_err(field), field, rule));
    }
    assert_refused(&h, errors).await;
}

#[tokio::test]
async fn create_sends_the_documented_body_and_decodes_the_quick_reply() {
    let h = Harness::new().await;
    h.expect("POST", "/quick-replies")
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let created = h
        .texter
        .quick_replies()
        .create(greeting())
        .display(
            types::QuickReplyDisplay::new()
                .position(QuickReplyPosition::Top)
                .title("Greeting"),
        )
        .send()
        .await
        .expect("create");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(body_json(&req), fixture("requests/createQuickReply.json"));
    assert_documented_quick_reply(&created);
}

#[tokio::test]
async fn create_accepts_the_generated_request_type_unchanged() {
    let h = Harness::new().await;
    h.expect("POST", "/quick-replies")
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let documented = fixture("requests/createQuickReply.json");
    let request: types::CreateQuickReplyRequest =
        serde_json::from_value(documented.clone()).expect("documented body decodes");
    let created = h
        .texter
        .quick_replies()
        .create(types::NewQuickReplySend::default())
        .replace_body(request)
        .send()
        .await
        .expect("create");

    assert_eq!(body_json(&h.only_request().await), documented);
    assert_eq!(created.id.as_deref(), Some(ID));
}

#[tokio::test]
async fn create_sends_several_messages_display_and_delay() {
    let h = Harness::new().await;
    h.expect("POST", "/quick-replies")
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let media = types::MessageContent::new()
        .type_(MessageType::Media)
        .media(vec![
            types::MessageMedia::new()
                .media_type(MediaType::Document)
                .url("https://example.com/menu.pdf"),
        ]);
    let mut send = text("Here is our menu:");
    send.contents.get_or_insert_with(Vec::new).push(media);
    send.between_messages_delay = Some(1500);
    send.target = Some(vec![
        channel(ChannelName::Whatsapp, ACCOUNT),
        chat(ChannelName::Whatsapp, ACCOUNT, CHAT),
    ]);
    h.texter
        .quick_replies()
        .create(send)
        .display(
            types::QuickReplyDisplay::new()
                .departments(vec!["sales".to_string()])
                .note("AI suggestion"),
        )
        .send()
        .await
        .expect("create");

    assert_eq!(
        body_json(&h.only_request().await),
        json!({
            "send": {
                "contents": [
                    {"type": "text", "text": "Here is our menu:"},
                    {
                        "type": "media",
                        "media": [{"mediaType": "document", "url": "https://example.com/menu.pdf"}]
                    }
                ],
                "betweenMessagesDelay": 1500,
                "target": [
                    {"name": "whatsapp", "accountId": ACCOUNT},
                    {"name": "whatsapp", "accountId": ACCOUNT, "id": CHAT}
                ]
            },
            "display": {"departments": ["sales"], "note": "AI suggestion"}
        })
    );
}

#[tokio::test]
async fn create_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let quick_replies = h.texter.quick_replies();
    let no_contents = types::NewQuickReplySend::new()
        .contents(Vec::new())
        .target(vec![channel(ChannelName::Whatsapp, ACCOUNT)]);
    let errors = vec![
        (
            quick_replies
                .create(text("Hi"))
                .send()
                .await
                .expect_err("no target"),
            "send.target",
            "must have at least 1 item",
        ),
        (
            quick_replies
                .create(no_contents)
                .send()
                .await
                .expect_err("no contents"),
            "send.contents",
            "must have at least 1 item",
        ),
        (
            quick_replies
                .create(greeting())
                .replace_body(types::CreateQuickReplyRequest::new(
                    types::NewQuickReplySend::default(),
                ))
                .send()
                .await
                .expect_err("empty send"),
            "send.contents",
            "must have at least 1 item",
        ),
    ];
    assert_refused(&h, errors).await;
}

/// The spec's `minLength: 1` refuses an empty `accountId` or chat `id` in a target before sending.
#[tokio::test]
async fn create_refuses_empty_target_ids_before_sending() {
    let h = Harness::new().await;
    let quick_replies = h.texter.quick_replies();
    let mut no_account = text("Hi");
    no_account.target = Some(vec![channel(ChannelName::Whatsapp, "")]);
    let mut no_chat = text("Hi");
    no_chat.target = Some(vec![
        channel(ChannelName::Whatsapp, ACCOUNT),
        chat(ChannelName::Whatsapp, ACCOUNT, ""),
    ]);
    let mut errors = Vec::new();
    for (send, field) in [
        (no_account, "send.target[0].accountId"),
        (no_chat, "send.target[1].id"),
    ] {
        errors.push((
            quick_replies.create(send).send().await.expect_err(field),
            field,
            "must be at least 1 character",
        ));
    }
    assert_refused(&h, errors).await;
}

#[tokio::test]
async fn ai_suggestion_targets_the_chat_then_sets_the_documented_client_metadata() {
    let h = Harness::new().await;
    h.expect("POST", "/quick-replies")
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    let mut updated = fixture("objects/QuickReply.json");
    updated["metadata"]["client"] = json!({"aiQuickReply": true});
    updated["metadata"]["updated"] = json!(1_768_314_900_000_i64);
    h.expect("PATCH", &format!("/quick-replies/{ID}"))
        .respond_with(json(updated))
        .expect(1)
        .mount(&h.server)
        .await;

    let quick_replies = h.texter.quick_replies();
    let mut send = text("Your order ships tomorrow.");
    send.target = Some(vec![chat(ChannelName::Whatsapp, ACCOUNT, CHAT)]);
    let created = quick_replies
        .create(send)
        .display(types::QuickReplyDisplay::new().note("AI suggestion"))
        .send()
        .await
        .expect("create");
    let id = created.id.as_deref().expect("created id");
    let flag = json!({"aiQuickReply": true})
        .as_object()
        .cloned()
        .expect("object");
    let marked = quick_replies
        .update(id, [QuickReplyUpdate::UpdateClientMetadata(Some(flag))])
        .send()
        .await
        .expect("update");

    let requests = h.requests().await;
    assert_eq!(requests.len(), 2);
    assert_eq!(
        body_json(&requests[0]),
        json!({
            "send": {
                "contents": [{"type": "text", "text": "Your order ships tomorrow."}],
                "target": [{"name": "whatsapp", "accountId": ACCOUNT, "id": CHAT}]
            },
            "display": {"note": "AI suggestion"}
        })
    );
    assert_eq!(requests[1].url.query(), None);
    assert_eq!(
        body_json(&requests[1]),
        fixture("requests/updateQuickReply.json")
    );
    let metadata = marked.metadata.expect("metadata");
    assert_eq!(metadata.client.get("aiQuickReply"), Some(&json!(true)));
    assert_eq!(metadata.updated.map(|t| t.get()), Some(1_768_314_900_000));
}

#[tokio::test]
async fn update_sends_every_operation_kind_in_order() {
    let h = Harness::new().await;
    h.expect("PATCH", &format!("/quick-replies/{ID}"))
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let text = types::MessageContent::new()
        .type_(MessageType::Text)
        .text("New text");
    let operations = [
        QuickReplyUpdate::UpdateSendContents(vec![text]),
        QuickReplyUpdate::UpdateSendTarget(vec![channel(ChannelName::Whatsapp, ACCOUNT)]),
        QuickReplyUpdate::UpdateBetweenMessagesDelay(Some(2000)),
        QuickReplyUpdate::UpdateDisplayTitle(None),
        QuickReplyUpdate::UpdateDisplayNote(Some("Checked".into())),
        QuickReplyUpdate::UpdateDisplayPosition(QuickReplyPosition::Main),
        QuickReplyUpdate::UpdateDisplayDepartments(Some(vec!["sales".into()])),
        QuickReplyUpdate::UpdateDisplayUsers(None),
        QuickReplyUpdate::UpdateClientMetadata(None),
    ];
    let updated = h
        .texter
        .quick_replies()
        .update(ID, operations)
        .send()
        .await
        .expect("update");

    assert_eq!(
        body_json(&h.only_request().await),
        json!([
            {"updateSendContents": [{"type": "text", "text": "New text"}]},
            {"updateSendTarget": [{"name": "whatsapp", "accountId": ACCOUNT}]},
            {"updateBetweenMessagesDelay": 2000},
            {"updateDisplayTitle": null},
            {"updateDisplayNote": "Checked"},
            {"updateDisplayPosition": "main"},
            {"updateDisplayDepartments": ["sales"]},
            {"updateDisplayUsers": null},
            {"updateClientMetadata": null}
        ])
    );
    assert_documented_quick_reply(&updated);
}

#[tokio::test]
async fn update_and_delete_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let quick_replies = h.texter.quick_replies();
    let one = || vec![QuickReplyUpdate::UpdateDisplayTitle(Some("T".into()))];
    let too_many = vec![QuickReplyUpdate::UpdateDisplayNote(None); 1001];
    let segment = "must be one path segment";
    let errors = vec![
        (
            quick_replies
                .update(ID, Vec::new())
                .send()
                .await
                .expect_err("no operation"),
            "body",
            "must have at least 1 item",
        ),
        (
            quick_replies
                .update(ID, too_many)
                .send()
                .await
                .expect_err("1001"),
            "body",
            "must have at most 1000 items",
        ),
        (
            quick_replies
                .update("", one())
                .send()
                .await
                .expect_err("no id"),
            "quickReplyId",
            segment,
        ),
        (
            quick_replies
                .update("..", one())
                .send()
                .await
                .expect_err("dot dot"),
            "quickReplyId",
            segment,
        ),
        (
            quick_replies.delete("").send().await.expect_err("no id"),
            "quickReplyId",
            segment,
        ),
        (
            quick_replies.delete(".").send().await.expect_err("dot"),
            "quickReplyId",
            segment,
        ),
    ];
    assert_refused(&h, errors).await;
}

#[tokio::test]
async fn update_accepts_the_most_operations_allowed() {
    let h = Harness::new().await;
    h.expect("PATCH", &format!("/quick-replies/{ID}"))
        .respond_with(json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    let most = vec![QuickReplyUpdate::UpdateDisplayNote(None); 1000];
    h.texter
        .quick_replies()
        .update(ID, most)
        .send()
        .await
        .expect("1000 operations");
    let body = body_json(&h.only_request().await);
    assert_eq!(body.as_array().map(Vec::len), Some(1000));
}

#[tokio::test]
async fn delete_accepts_an_empty_204_and_a_plain_ok() {
    let h = Harness::new().await;
    h.expect("DELETE", "/quick-replies/qr-204")
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&h.server)
        .await;
    h.expect("DELETE", "/quick-replies/qr-ok")
        .respond_with(plain_ok())
        .expect(1)
        .mount(&h.server)
        .await;

    let quick_replies = h.texter.quick_replies();
    let () = quick_replies.delete("qr-204").send().await.expect("204");
    let () = quick_replies.delete("qr-ok").send().await.expect("200 OK");

    let requests = h.requests().await;
    let seen: Vec<(String, String)> = requests
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_string()))
        .collect();
    assert_eq!(
        seen,
        pairs(&[
            ("DELETE", "/server/api/v2/quick-replies/qr-204"),
            ("DELETE", "/server/api/v2/quick-replies/qr-ok"),
        ])
    );
    assert!(requests.iter().all(|r| r.body.is_empty()));
}

#[tokio::test]
async fn writes_without_manage_quick_replies_are_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[texterchat::Scope::ManageQuickReplies])).await;
    let quick_replies = h.texter.quick_replies();
    let errors = [
        (
            quick_replies
                .create(greeting())
                .send()
                .await
                .expect_err("create"),
            "createQuickReply",
        ),
        (
            quick_replies
                .update(ID, [QuickReplyUpdate::UpdateDisplayNote(None)])
                .send()
                .await
                .expect_err("update"),
            "updateQuickReply",
        ),
        (
            quick_replies.delete(ID).send().await.expect_err("delete"),
            "deleteQuickReply",
        ),
    ];
    for (err, operation) in errors {
        assert!(err.is_missing_scope(), "{err}");
        assert_eq!(err.operation(), Some(operation));
        assert_eq!(err.missing_scopes().to_string(), "Manage quick replies");
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

/// No source gives Create Quick Reply's success status, so the spec accepts any 2xx (`2XX`):
/// a `201 Created` with the documented body decodes like a 200.
#[tokio::test]
async fn create_accepts_any_success_status_the_spec_leaves_open() {
    let h = Harness::new().await;
    h.expect("POST", "/quick-replies")
        .respond_with(ResponseTemplate::new(201).set_body_json(fixture("objects/QuickReply.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    let created = h
        .texter
        .quick_replies()
        .create(greeting())
        .send()
        .await
        .expect("a 201 is a success");
    assert_eq!(created.id.as_deref(), Some(ID));
}
