use futures::StreamExt;
use serde_json::{Value, json};
use texterchat::enums::ChatStatusName;
use texterchat::time::EpochMillis;
use wiremock::matchers::query_param;
use wiremock::{Request, Respond, ResponseTemplate};

use crate::common::*;

fn chat(i: u32) -> Value {
    json!({"_id": format!("chat{i:04}"), "title": format!("Contact {i}"), "status": 1})
}

/// Answers Search Chats from a list of `n` chats, honouring `limit` and `skip`.
struct ChatsBackend(u32);

impl Respond for ChatsBackend {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let pairs = query_pairs(request);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.parse::<u32>().unwrap())
        };
        let (limit, skip) = (get("limit").unwrap(), get("skip").unwrap_or(0));
        let data: Vec<Value> = (skip..self.0.min(skip + limit)).map(chat).collect();
        ResponseTemplate::new(200).set_body_json(json!({"data": data, "total": self.0}))
    }
}

#[tokio::test]
async fn search_all_walks_every_page_with_the_filters_on_each() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(ChatsBackend(25))
        .mount(&h.server)
        .await;
    let chats: Vec<_> = h
        .texter
        .chats()
        .search()
        .labels(["VIP"])
        .statuses([ChatStatusName::Pending])
        .limit(10)
        .all()
        .items()
        .collect()
        .await;
    let ids: Vec<String> = chats.into_iter().map(|c| c.unwrap().id.unwrap()).collect();
    assert_eq!(
        ids,
        (0..25).map(|i| format!("chat{i:04}")).collect::<Vec<_>>()
    );
    let requests = h.requests().await;
    // 3 pages: 10 + 10 + 5 items; `total` ends the walk without an empty fourth request.
    assert_eq!(requests.len(), 3);
    for (i, r) in requests.iter().enumerate() {
        let q = query_pairs(r);
        assert!(q.contains(&("labels[]".into(), "VIP".into())), "{q:?}");
        assert!(
            q.contains(&("statuses[]".into(), "PENDING".into())),
            "{q:?}"
        );
        assert!(q.contains(&("limit".into(), "10".into())), "{q:?}");
        assert!(q.contains(&("skip".into(), (i * 10).to_string())), "{q:?}");
    }
}

#[tokio::test]
async fn an_empty_page_ends_a_walk_without_total() {
    let h = Harness::new().await;
    for (skip, body) in [
        ("0", json!([{"phone": "+1"}, {"phone": "+2"}])),
        ("2", json!([])),
    ] {
        h.expect("GET", "/whatsapp/templates/unsubscribed")
            .and(query_param("skip", skip))
            .respond_with(json(body))
            .mount(&h.server)
            .await;
    }
    let labels: Vec<_> = h
        .texter
        .template_subscriptions()
        .list_unsubscribed()
        .limit(2)
        .all()
        .items()
        .collect()
        .await;
    assert_eq!(labels.len(), 2);
    assert!(labels.iter().all(Result::is_ok));
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn a_server_that_ignores_skip_cannot_loop_forever() {
    let h = Harness::new().await;
    h.expect("GET", "/labels")
        .respond_with(json(
            json!({"total": 1000, "labels": [{"id": "a"}, {"id": "b"}]}),
        ))
        .mount(&h.server)
        .await;
    let items: Vec<_> = h
        .texter
        .labels()
        .list()
        .limit(2)
        .all()
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two labels, then the guard's error");
    let err = items[2].as_ref().unwrap_err();
    assert!(
        matches!(err.kind(), texterchat::ErrorKind::Pagination { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("skip=2"), "{err}");
    assert_eq!(h.requests().await.len(), 2);
}

fn message(id: &str, ts: i64) -> Value {
    json!({"_id": id, "timestamp": ts, "type": "text", "text": id})
}

#[tokio::test]
async fn history_walks_back_with_the_cursor_and_excludes_it() {
    let h = Harness::new().await;
    let chat = "67bf11038b24880cc966f799";
    // Newest page first; each page oldest-first as the API sends it. Two messages share a
    // millisecond across the page boundary, and the server repeats the cursor message.
    let pages = [
        ("1000", "0", json!([message("m5", 500), message("m6", 600)])),
        (
            "500",
            "m5",
            json!([message("m3", 300), message("m4", 500), message("m5", 500)]),
        ),
        ("300", "m3", json!([message("m1", 100), message("m2", 200)])),
        ("100", "m1", json!([])),
    ];
    for (time, id, messages) in pages {
        h.expect("GET", &format!("/messages/chat/{chat}"))
            .and(query_param("beforeTime", time))
            .and(query_param("beforeId", id))
            .and(query_param("limit", "3"))
            .respond_with(json(
                json!({"messages": messages, "minTime": 100, "maxTime": 600}),
            ))
            .expect(1)
            .mount(&h.server)
            .await;
    }
    let items: Vec<_> = h
        .texter
        .messages()
        .history_from(
            h.texter.messages().list(chat).limit(3),
            Some((EpochMillis(1000), "0".into())),
        )
        .items()
        .collect()
        .await;
    let ids: Vec<String> = items.into_iter().map(|m| m.unwrap().id.unwrap()).collect();
    assert_eq!(
        ids,
        ["m6", "m5", "m4", "m3", "m2", "m1"],
        "each message once, newest first"
    );
    assert_eq!(h.requests().await.len(), 4);
}

#[tokio::test]
async fn history_stops_when_the_cursor_does_not_move_back() {
    let h = Harness::new().await;
    h.expect("GET", "/messages/chat/c1")
        .respond_with(json(json!({"messages": [message("m9", 900)]})))
        .mount(&h.server)
        .await;
    let items: Vec<_> = h
        .texter
        .messages()
        .history("c1", Some((EpochMillis(500), "0".into())))
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    let err = items[0].as_ref().unwrap_err();
    assert!(err.to_string().contains("did not move back"), "{err}");
    assert_eq!(h.requests().await.len(), 1);
}

#[tokio::test]
async fn history_pages_can_be_streamed_whole() {
    let h = Harness::new().await;
    h.expect("GET", "/messages/chat/c1")
        .and(query_param("beforeId", "0"))
        .respond_with(json(
            json!({"messages": [message("m1", 100), message("m2", 200)]}),
        ))
        .mount(&h.server)
        .await;
    h.expect("GET", "/messages/chat/c1")
        .and(query_param("beforeId", "m1"))
        .respond_with(json(json!({"messages": []})))
        .mount(&h.server)
        .await;
    let pages: Vec<_> = h.texter.messages().history("c1", None).collect().await;
    assert_eq!(pages.len(), 1);
    let page = pages.into_iter().next().unwrap().unwrap();
    assert_eq!(page.len(), 2);
    assert_eq!(page[0].id.as_deref(), Some("m2"));
}

#[tokio::test]
async fn a_walk_yields_whole_pages_with_their_total() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(ChatsBackend(5))
        .mount(&h.server)
        .await;
    let pages: Vec<_> = h.texter.chats().search().limit(2).all().collect().await;
    let pages: Vec<_> = pages.into_iter().map(|p| p.unwrap()).collect();
    assert_eq!(pages.len(), 3);
    assert!(
        pages.iter().all(|p| p.total == Some(5)),
        "the total survives"
    );
    assert_eq!(pages[2].data.len(), 1);
    // The handle's `_all` walks with the default page size.
    let all: Vec<_> = h.texter.chats().search_all().items().collect().await;
    assert_eq!(all.len(), 5);
    let last = h.requests().await.pop().unwrap();
    assert!(
        raw_query(&last).contains("limit=100"),
        "{}",
        raw_query(&last)
    );
}
