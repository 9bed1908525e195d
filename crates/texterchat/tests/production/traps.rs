//! Traps a new user fell into (issue 9.9).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};
use texterchat::api::operations;
use texterchat::chats::{ChatWindow, SessionWindow};
use texterchat::events::{EventKind, Subscription};
use texterchat::{ErrorKind, RateLimit, Scope, ScopeSet, Texter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::common::*;

#[tokio::test]
async fn a_label_is_found_by_its_name() {
    let h = Harness::new().await;
    h.expect("GET", "/labels")
        .respond_with(json(json!({"total": 3, "labels": [
            {"id": "l1", "name": "vip customers"},
            {"id": "l2", "name": "VIP Customers"},
            {"id": "l3", "name": "Returns"},
        ]})))
        .mount(&h.server)
        .await;
    let labels = h.texter.labels();
    let exact = labels.find_by_name("VIP Customers").await.unwrap().unwrap();
    assert_eq!(exact.id.as_deref(), Some("l2"), "an exact name wins");
    let loose = labels.find_by_name(" returns ").await.unwrap().unwrap();
    assert_eq!(
        loose.id.as_deref(),
        Some("l3"),
        "case and spaces ignored when unique"
    );
    let err = labels.find_by_name("Vip customers").await.unwrap_err();
    assert!(err.to_string().contains("several labels"), "{err}");
    assert_eq!(labels.find_by_name("Nobody").await.unwrap(), None);
}

#[tokio::test]
async fn the_session_window_comes_from_the_last_incoming_message() {
    let h = Harness::new().await;
    let now = SystemTime::now();
    let millis = |t: SystemTime| {
        t.duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64
    };
    let an_hour_ago = now - Duration::from_secs(3600);
    h.expect("GET", "/chats/open")
        .respond_with(json(
            json!({"lastIncomingMessageTimestamp": millis(an_hour_ago), "success": true}),
        ))
        .mount(&h.server)
        .await;
    h.expect("GET", "/chats/never")
        .respond_with(json(json!({"success": true})))
        .mount(&h.server)
        .await;
    let open = h.texter.chats().get("open").await.unwrap();
    let SessionWindow::Open { closes_at } = open.session_window_at(now) else {
        panic!("{:?}", open.session_window_at(now))
    };
    let expected = an_hour_ago + Duration::from_secs(24 * 3600);
    assert!(closes_at.duration_since(expected).unwrap_or_default() < Duration::from_millis(2));
    assert!(
        !open
            .session_window_at(now + Duration::from_secs(24 * 3600))
            .is_open()
    );
    let never = h.texter.chats().get("never").await.unwrap();
    assert_eq!(never.session_window(), SessionWindow::Unknown);
}

#[tokio::test]
async fn a_whole_flow_is_checked_at_once() {
    let h = Harness::with_scopes([Scope::ListAllChats].into_iter().collect()).await;
    let err = h
        .texter
        .check_flow(&[
            &operations::SEARCH_CHATS,
            &operations::SEND_MESSAGE,
            &operations::SEND_TEMPLATE,
            &operations::LIST_LABELS,
        ])
        .unwrap_err();
    assert!(err.is_missing_scope());
    assert_eq!(
        err.missing_scopes(),
        [Scope::SendSessionMessage, Scope::SendTemplateMessages]
            .into_iter()
            .collect()
    );
    let ErrorKind::MissingScope {
        operations: each, ..
    } = err.kind()
    else {
        panic!("{err:?}")
    };
    let ids: Vec<&str> = each.iter().map(|(op, _)| op.as_str()).collect();
    assert_eq!(ids, ["sendMessage", "sendTemplate"]);
    let text = err.to_string();
    assert!(
        text.contains("sendMessage lacks Send session message"),
        "{text}"
    );
    assert!(
        h.texter
            .check_flow(&[&operations::SEARCH_CHATS, &operations::LIST_LABELS])
            .is_ok()
    );
    assert!(h.requests().await.is_empty());
}

const URL: &str = "https://example.com/hooks/texter?secret=4f6c0b9e2d7a41c8b3e5";

/// A listed scenario as Texter would hold the subscription `subscription` imports.
fn listed(subscription: &Subscription, id: &str) -> Value {
    let body = subscription.to_body().unwrap();
    let mut revision = body["data"].clone();
    revision["_id"] = json!(format!("rev-{id}"));
    revision["version"] = json!(1);
    json!({"_id": id, "activeRevision": revision, "inactiveRevisions": [], "drafts": []})
}

#[tokio::test]
async fn subscribe_finds_an_identical_subscription_instead_of_duplicating_it() {
    let h = Harness::new().await;
    let wanted = Subscription::new(EventKind::NewMatchedMessage, URL).keywords(["buy"]);
    let other_url = Subscription::new(EventKind::NewMatchedMessage, "https://example.com/other")
        .keywords(["buy"]);
    let other_words = Subscription::new(EventKind::NewMatchedMessage, URL).keywords(["sell"]);
    h.expect("GET", "/scenarios/manage")
        .respond_with(json(json!({"total": 3, "scenarios": [
            listed(&other_url, "s1"), listed(&other_words, "s2"), listed(&wanted, "s3"),
        ]})))
        .mount(&h.server)
        .await;
    h.expect("POST", "/scenarios/manage/import")
        .respond_with(wiremock::ResponseTemplate::new(201).set_body_json(listed(&other_url, "new")))
        .mount(&h.server)
        .await;
    let subscriptions = h.texter.subscriptions();
    let found = subscriptions.subscribe(&wanted).await.unwrap();
    assert!(!found.created);
    assert_eq!(found.subscription.id(), Some("s3"));
    assert_eq!(found.subscription.url(), Some(URL));
    assert_eq!(found.subscription.kind, Some(EventKind::NewMatchedMessage));
    let imports = |requests: &[wiremock::Request]| {
        requests
            .iter()
            .filter(|r| r.method.as_str() == "POST")
            .count()
    };
    assert_eq!(imports(&h.requests().await), 0, "nothing imported");

    // A different keyword is a different subscription.
    let created = subscriptions
        .subscribe(&Subscription::new(EventKind::NewMatchedMessage, URL).keywords(["buy", "now"]))
        .await
        .unwrap();
    assert!(created.created);
    assert_eq!(imports(&h.requests().await), 1);

    // Without View scenarios, nothing is sent at all.
    let no_view = Harness::with_scopes(ScopeSet::all().without(Scope::ViewScenarios)).await;
    let err = no_view
        .texter
        .subscriptions()
        .subscribe(&wanted)
        .await
        .unwrap_err();
    assert!(
        err.is_missing_scope() && err.to_string().contains("View scenarios"),
        "{err}"
    );
    assert!(no_view.requests().await.is_empty());
}

/// A server that counts open connections and requests in flight, answering after a pause.
async fn counting_server() -> (
    String,
    Arc<(AtomicUsize, AtomicUsize, AtomicUsize, AtomicUsize)>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/server/api/v2", listener.local_addr().unwrap());
    // (open connections, peak connections, requests in flight, peak in flight)
    let stats = Arc::new((
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    ));
    let shared = Arc::clone(&stats);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let stats = Arc::clone(&shared);
            tokio::spawn(async move {
                let open = stats.0.fetch_add(1, Ordering::SeqCst) + 1;
                stats.1.fetch_max(open, Ordering::SeqCst);
                let mut buf = vec![0u8; 8192];
                loop {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {}
                    }
                    let busy = stats.2.fetch_add(1, Ordering::SeqCst) + 1;
                    stats.3.fetch_max(busy, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    stats.2.fetch_sub(1, Ordering::SeqCst);
                    let body = r#"{"_id":"vip"}"#;
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(reply.as_bytes()).await.is_err() {
                        break;
                    }
                }
                stats.0.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (url, stats)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_concurrency_limit_bounds_requests_in_flight_and_idle_connections() {
    let (url, stats) = counting_server().await;
    let texter = Texter::builder()
        .base_url(url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .rate_limit(RateLimit::unlimited_rate().max_concurrent(3))
        .build()
        .unwrap();
    let calls = (0..40).map(|_| {
        let texter = texter.clone();
        async move { texter.labels().get("vip").await }
    });
    for result in futures::future::join_all(calls).await {
        result.unwrap();
    }
    assert_eq!(
        stats.3.load(Ordering::SeqCst),
        3,
        "requests in flight reached, never passed, 3"
    );
    // Idle connections beyond the limit are not kept.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let open = stats.0.load(Ordering::SeqCst);
    assert!(
        open <= 3,
        "{open} connections kept open (peak {})",
        stats.1.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn the_low_level_client_is_scope_gated_too() {
    let h = Harness::with_scopes([Scope::ManageLabels].into_iter().collect()).await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(wiremock::ResponseTemplate::new(200))
        .mount(&h.server)
        .await;
    let err = h
        .texter
        .api()
        .delete_quick_reply()
        .quick_reply_id("6970c0ffee0123456789abcd")
        .send()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("deleteQuickReply") && text.contains("Manage quick replies"),
        "{text}"
    );
    assert!(h.requests().await.is_empty(), "nothing was sent");
    // Inside `capture` too (which once meant "the executor already checked").
    let (result, _) = texterchat::api::capture::capture(
        h.texter
            .api()
            .delete_quick_reply()
            .quick_reply_id("6970c0ffee0123456789abcd")
            .send(),
    )
    .await;
    assert!(result.is_err(), "refused inside capture");
    assert!(h.requests().await.is_empty(), "nothing was sent");
    // And a surface request sent by hand on the low-level client (`Request::send`), which
    // does not go through the hook: refused the same way.
    {
        use texterchat::api::request::Request;
        let request = h.texter.quick_replies().delete("6970c0ffee0123456789abcd");
        let exchange = texterchat::api::exchange::Exchange::default();
        let err = match Request::send(&request, h.texter.api(), &exchange).await {
            Err(e) => e.to_string(),
            Ok(_) => panic!("sent without the scope"),
        };
        assert!(
            err.contains("deleteQuickReply") && err.contains("Manage quick replies"),
            "{err}"
        );
        assert!(h.requests().await.is_empty(), "nothing was sent");
    }
    // What the scopes allow goes through.
    h.texter
        .api()
        .delete_label()
        .label_id("vip")
        .send()
        .await
        .unwrap();
    assert_eq!(h.requests().await.len(), 1);
}

/// The low-level client without typify's builders: a body whose type has no required field
/// starts empty, as before (Resolve Chat's body is optional in the spec and posts `{}`), and a
/// body with required fields must be given: nothing is sent without it.
#[tokio::test]
async fn the_low_level_client_starts_optional_bodies_empty_and_needs_the_others() {
    let h = Harness::new().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(
            wiremock::ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"success": true})),
        )
        .mount(&h.server)
        .await;
    h.texter
        .api()
        .resolve_chat()
        .chat_id("67bf11038b24880cc966f799")
        .send()
        .await
        .unwrap();
    assert_eq!(body_json(&h.only_request().await), serde_json::json!({}));
    let err = h.texter.api().create_label().send().await.unwrap_err();
    assert!(
        err.to_string().contains("body was not initialized"),
        "{err}"
    );
    assert_eq!(h.requests().await.len(), 1, "the label was not sent");
}
