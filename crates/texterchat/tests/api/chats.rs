use serde_json::json;
use texterchat::chats::{Agent, Assignment, ChatSearch, ChatUpdate};
use texterchat::enums::{ChannelName, ChatStatus, ChatStatusName};

use crate::common::*;

#[tokio::test]
async fn search_sends_bracket_filters_and_decodes_the_documented_example() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(json(fixture("responses/searchChats.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let query = ChatSearch::phone("0521234567")
        .channel(ChannelName::Whatsapp, "972509876543")
        .labels(["VIP", "hot_lead"])
        .statuses([ChatStatusName::Pending, ChatStatusName::Assigned])
        .limit(50)
        .skip(100);
    let page = h.texter.chats().search(&query).await.expect("search");

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
    assert_eq!(chat.id.as_deref(), Some("67bf11038b24880cc966f799"));
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
    let page = tokio::spawn(async move {
        texter
            .chats()
            .search(&ChatSearch::phone("0521234567"))
            .await
    })
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
        .search(&ChatSearch::phone("0521234567"))
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
    let chats = h.texter.chats();
    let cases = [
        (ChatSearch::phone("5"), "search", "at least 2 characters"),
        (
            ChatSearch::new().labels((0..101).map(|i| format!("l{i}"))),
            "labels[]",
            "at most 100 items",
        ),
        (
            ChatSearch::new().labels(["a", "a"]),
            "labels[]",
            "must not repeat",
        ),
        (
            ChatSearch::new().statuses(std::iter::repeat_n(ChatStatusName::Bot, 6)),
            "statuses[]",
            "at most 5 items",
        ),
        (
            ChatSearch::new().status(ChatStatusName::from("2")),
            "statuses[]",
            "status names, not numbers",
        ),
        (ChatSearch::new().limit(0), "limit", "between 1 and 10000"),
        (
            ChatSearch::new().limit(10_001),
            "limit",
            "between 1 and 10000",
        ),
        (
            ChatSearch::new().channel(ChannelName::Whatsapp, ""),
            "channel[accountId]",
            "must not be empty",
        ),
    ];
    for (query, field, rule) in cases {
        let err = chats.search(&query).await.expect_err(field);
        assert!(err.is_validation(), "{err}");
        let text = err.to_string();
        assert!(
            text.contains(&format!("`{field}`")) && text.contains(rule),
            "{text}"
        );
    }
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn get_decodes_the_public_view() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/67bf11038b24880cc966f799")
        .respond_with(json(fixture("responses/getChat.json")))
        .mount(&h.server)
        .await;
    let chat = h
        .texter
        .chats()
        .get("67bf11038b24880cc966f799")
        .await
        .expect("get");
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
    h.texter
        .chats()
        .assign(&Assignment::phone("0521234567").agent(Agent::Email("demo@texterchat.com".into())))
        .await
        .expect("assign");
    assert_eq!(
        body_json(&h.only_request().await),
        fixture("requests/assignChat.json")
    );
}

#[tokio::test]
async fn assign_needs_an_assignee() {
    let h = Harness::new().await;
    let err = h
        .texter
        .chats()
        .assign(&Assignment::chat_id("67bf11038b24880cc966f799"))
        .await
        .expect_err("no assignee");
    assert!(
        err.is_validation() && err.to_string().contains("department"),
        "{err}"
    );
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn resolve_update_and_crm_data() {
    let h = Harness::new().await;
    let chat = "67bf11038b24880cc966f799";
    h.expect("POST", &format!("/chats/{chat}/resolve"))
        .respond_with(json(fixture("responses/resolveChat.json")))
        .mount(&h.server)
        .await;
    h.expect("PATCH", &format!("/chats/{chat}"))
        .respond_with(json(fixture("objects/Chat.json")))
        .mount(&h.server)
        .await;
    h.expect("POST", &format!("/chats/{chat}/crm-data"))
        .respond_with(json(fixture("objects/Chat.json")))
        .mount(&h.server)
        .await;

    h.texter.chats().resolve(chat, true).await.expect("resolve");
    let updated = h
        .texter
        .chats()
        .update(chat, &ChatUpdate::new().external_bot(false))
        .await
        .expect("update");
    assert_eq!(updated.external_bot, Some(false));
    let data = fixture("requests/updateChatCrmData.json")["data"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    h.texter
        .chats()
        .update_crm_data(chat, data)
        .await
        .expect("crm");

    let requests = h.requests().await;
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
async fn resolve_with_success_false_is_an_error() {
    let h = Harness::new().await;
    h.expect("POST", "/chats/c1/resolve")
        .respond_with(json(json!({"success": false})))
        .mount(&h.server)
        .await;
    let err = h
        .texter
        .chats()
        .resolve("c1", false)
        .await
        .expect_err("success false");
    assert!(err.to_string().contains("success: false"), "{err}");
}
