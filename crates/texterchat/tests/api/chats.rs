use serde_json::json;
use texterchat::ErrorKind;
use texterchat::enums::{ChatStatus, ChatStatusName, SearchChannelName};

use crate::common::*;

const CHAT: &str = "67bf11038b24880cc966f799";

/// The error is a validation error naming `field` and `rule`.
fn assert_invalid<T: std::fmt::Debug>(result: texterchat::Result<T>, field: &str, rule: &str) {
    let err = result.expect_err(field);
    assert!(err.is_validation(), "{err}");
    let text = err.to_string();
    assert!(
        text.contains(&format!("`{field}`")) && text.contains(rule),
        "expected `{field}` / {rule:?} in: {text}"
    );
}

#[tokio::test]
async fn search_sends_bracket_filters_and_decodes_the_documented_example() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(json(fixture("responses/searchChats.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let page = h
        .texter
        .chats()
        .search()
        .search("0521234567")
        .channel_name(SearchChannelName::Whatsapp)
        .channel_account_id("972509876543")
        .labels(["VIP", "hot_lead"])
        .statuses([ChatStatusName::Pending, ChatStatusName::Assigned])
        .limit(50)
        .skip(100)
        .send()
        .await
        .expect("search");

    let req = h.only_request().await;
    assert_eq!(
        query_pairs(&req),
        [
            ("channel[accountId]", "972509876543"),
            ("channel[name]", "whatsapp"),
            ("labels[]", "VIP"),
            ("labels[]", "hot_lead"),
            ("limit", "50"),
            ("search", "0521234567"),
            ("skip", "100"),
            ("statuses[]", "PENDING"),
            ("statuses[]", "ASSIGNED"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
    );
    // Brackets travel percent-encoded, which servers decode to the same names.
    assert!(
        raw_query(&req).contains("labels%5B%5D=VIP&labels%5B%5D=hot_lead"),
        "{}",
        raw_query(&req)
    );
    assert_eq!(page.total, Some(1));
    let chat = &page.data[0];
    assert_eq!(chat.id.as_deref(), Some(CHAT));
    assert_eq!(chat.status, Some(ChatStatus::Resolved));
    assert_eq!(
        chat.resolved_update_time.map(|t| t.get()),
        Some(1_762_012_093)
    );
}

#[tokio::test]
async fn search_futures_can_be_spawned() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(json(json!({"data": [], "total": 0})))
        .mount(&h.server)
        .await;
    let texter = h.texter.clone();
    let page =
        tokio::spawn(async move { texter.chats().search().search("0521234567").send().await })
            .await
            .expect("task")
            .expect("search");
    assert_eq!(page.total, Some(0));
}

#[tokio::test]
async fn search_without_list_all_chats_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[texterchat::Scope::ListAllChats])).await;
    let err = h
        .texter
        .chats()
        .search()
        .search("0521234567")
        .send()
        .await
        .expect_err("missing scope");
    assert!(err.is_missing_scope());
    assert_eq!(err.operation(), Some("searchChats"));
    assert_eq!(err.missing_scopes().to_string(), "List all chats");
    assert!(err.to_string().contains("List all chats"), "{err}");
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn search_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let search = || h.texter.chats().search();
    let cases = [
        (
            search().search("5"),
            "search",
            "must be at least 2 characters",
        ),
        (
            search().labels((0..101).map(|i| format!("l{i}"))),
            "labels[]",
            "must have at most 100 items",
        ),
        (search().labels(["a", "a"]), "labels[]", "must not repeat"),
        (
            search().statuses(std::iter::repeat_n(ChatStatusName::Bot, 6)),
            "statuses[]",
            "must have at most 5 items",
        ),
        (search().limit(0), "limit", "must be between 1 and 10000"),
        (
            search().limit(10_001),
            "limit",
            "must be between 1 and 10000",
        ),
        (search().skip(-1), "skip", "must be at least 0"),
    ];
    for (request, field, rule) in cases {
        assert_invalid(request.send().await, field, rule);
    }
    assert!(h.requests().await.is_empty());
}

/// The spec's `minLength: 1` refuses an empty `channel[accountId]` before sending.
#[tokio::test]
async fn search_refuses_an_empty_channel_account_before_sending() {
    let h = Harness::new().await;
    let result = h
        .texter
        .chats()
        .search()
        .channel_name(SearchChannelName::Whatsapp)
        .channel_account_id("")
        .send()
        .await;
    assert_invalid(result, "channel[accountId]", "must be at least 1 character");
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn get_decodes_the_public_view() {
    let h = Harness::new().await;
    h.expect("GET", &format!("/chats/{CHAT}"))
        .respond_with(json(fixture("responses/getChat.json")))
        .mount(&h.server)
        .await;
    let chat = h.texter.chats().get(CHAT).send().await.expect("get");
    assert_eq!(chat.title.as_deref(), Some("Niv Shteingart"));
    assert_eq!(
        chat.last_message_timestamp.map(|t| t.get()),
        Some(1_762_200_315_209)
    );
    assert_eq!(chat.status, Some(ChatStatus::Bot));
    assert_eq!(h.only_request().await.url.query(), None);
}

#[tokio::test]
async fn assign_sends_the_documented_body_and_accepts_plain_ok() {
    let h = Harness::new().await;
    h.expect("POST", "/chats/assign")
        .respond_with(plain_ok())
        .mount(&h.server)
        .await;
    let () = h
        .texter
        .chats()
        .assign()
        .phone("0521234567")
        .agent_email("demo@texterchat.com")
        .send()
        .await
        .expect("assign");
    assert_eq!(
        body_json(&h.only_request().await),
        fixture("requests/assignChat.json")
    );
}

#[tokio::test]
async fn assign_needs_one_chat_and_an_assignee() {
    let h = Harness::new().await;
    let assign = || h.texter.chats().assign();
    assert_invalid(
        assign().chat_id(CHAT).send().await,
        "agentUid/agentEmail/agentCrmId/departmentId",
        "at least one of agentUid, agentEmail, agentCrmId, departmentId must be set",
    );
    assert_invalid(
        assign().agent_email("demo@texterchat.com").send().await,
        "phone/chatId",
        "exactly one of phone, chatId must be set",
    );
    assert_invalid(
        assign()
            .phone("0521234567")
            .chat_id(CHAT)
            .agent_email("demo@texterchat.com")
            .send()
            .await,
        "phone/chatId",
        "exactly one of phone, chatId must be set",
    );
    assert_invalid(
        assign()
            .chat_id(CHAT)
            .agent_email("demo@texterchat.com")
            .agent_uid("u1")
            .send()
            .await,
        "agentUid/agentEmail/agentCrmId",
        "at most one of agentUid, agentEmail, agentCrmId may be set",
    );
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn resolve_update_and_crm_data() {
    let h = Harness::new().await;
    h.expect("POST", &format!("/chats/{CHAT}/resolve"))
        .respond_with(json(fixture("responses/resolveChat.json")))
        .mount(&h.server)
        .await;
    h.expect("PATCH", &format!("/chats/{CHAT}"))
        .respond_with(json(fixture("objects/Chat.json")))
        .mount(&h.server)
        .await;
    h.expect("POST", &format!("/chats/{CHAT}/crm-data"))
        .respond_with(json(fixture("objects/Chat.json")))
        .mount(&h.server)
        .await;

    let chats = h.texter.chats();
    let () = chats
        .resolve(CHAT)
        .notify_client(true)
        .send()
        .await
        .expect("resolve");
    let updated = chats
        .update(CHAT)
        .external_bot(false)
        .send()
        .await
        .expect("update");
    assert_eq!(updated.external_bot, Some(false));
    let data = fixture("requests/updateChatCrmData.json")["data"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    chats.update_crm_data(CHAT, data).send().await.expect("crm");

    let requests = h.requests().await;
    assert_eq!(requests.len(), 3);
    assert_eq!(
        body_json(&requests[0]),
        fixture("requests/resolveChat.json")
    );
    assert_eq!(
        body_json(&requests[1]),
        fixture("requests/updateChat.externalBot.json")
    );
    assert_eq!(
        body_json(&requests[2]),
        fixture("requests/updateChatCrmData.json")
    );
}

#[tokio::test]
async fn update_needs_a_property() {
    let h = Harness::new().await;
    assert_invalid(
        h.texter.chats().update(CHAT).send().await,
        "body",
        "must set at least 1 property of:",
    );
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn resolve_with_success_false_is_an_error() {
    let h = Harness::new().await;
    h.expect("POST", "/chats/c1/resolve")
        .respond_with(json(json!({"success": false})))
        .mount(&h.server)
        .await;
    let err = h
        .texter
        .chats()
        .resolve("c1")
        .notify_client(false)
        .send()
        .await
        .expect_err("success false");
    assert!(
        matches!(err.kind(), ErrorKind::Unsuccessful { .. }),
        "{err:?}"
    );
    assert_eq!(err.operation(), Some("resolveChat"));
    assert!(err.to_string().contains("success: false"), "{err}");
    assert_eq!(
        body_json(&h.only_request().await),
        json!({"notifyClient": false})
    );
}
