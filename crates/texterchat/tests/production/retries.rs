use std::time::{Duration, Instant};

use serde_json::json;
use texterchat::messages::OutgoingMessage;
use texterchat::{CallOptions, RetryPolicy, ScopeSet, Texter};
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;

/// A client that retries with tiny backoffs, so tests stay fast without faking time.
fn retrying(h: &Harness, policy: RetryPolicy) -> Texter {
    Texter::builder()
        .base_url(format!("{}/server/api/v2", h.server.uri()))
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().retry(policy))
        .build()
        .unwrap()
}

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

async fn respond_once(h: &Harness, verb: &str, p: &str, response: ResponseTemplate) {
    h.expect(verb, p)
        .respond_with(response)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&h.server)
        .await;
}

#[tokio::test]
async fn a_get_answered_503_then_200_succeeds_with_two_requests() {
    let h = Harness::new().await;
    respond_once(&h, "GET", "/labels/vip", ResponseTemplate::new(503)).await;
    h.expect("GET", "/labels/vip")
        .respond_with(json(json!({"id": "vip", "name": "VIP"})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let label = retrying(&h, fast()).labels().get("vip").await.unwrap();
    assert_eq!(label.name.as_deref(), Some("VIP"));
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn a_429_with_retry_after_waits_at_least_that_long() {
    let h = Harness::new().await;
    respond_once(
        &h,
        "GET",
        "/labels/vip",
        ResponseTemplate::new(429).insert_header("retry-after", "1"),
    )
    .await;
    h.expect("GET", "/labels/vip")
        .respond_with(json(json!({"id": "vip"})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let started = Instant::now();
    retrying(&h, fast()).labels().get("vip").await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn a_huge_retry_after_is_clamped() {
    let h = Harness::new().await;
    respond_once(
        &h,
        "GET",
        "/labels/vip",
        ResponseTemplate::new(503).insert_header("retry-after", "86400"),
    )
    .await;
    h.expect("GET", "/labels/vip")
        .respond_with(json(json!({"id": "vip"})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let started = Instant::now();
    retrying(&h, fast().max_retry_after(Duration::from_millis(50)))
        .labels()
        .get("vip")
        .await
        .unwrap();
    // Generous bound: a day was asked for, 50 ms allowed.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn attempts_never_exceed_the_bound() {
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(503))
        .mount(&h.server)
        .await;
    let err = retrying(&h, fast().max_attempts(3))
        .labels()
        .get("vip")
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(h.requests().await.len(), 3);
}

#[tokio::test]
async fn retries_can_be_turned_off_per_call() {
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(503))
        .mount(&h.server)
        .await;
    let once = retrying(&h, fast()).with_options(CallOptions::new().no_retries());
    once.labels().get("vip").await.unwrap_err();
    assert_eq!(h.requests().await.len(), 1);
}

#[tokio::test]
async fn a_send_answered_5xx_reaches_the_server_exactly_once() {
    // A 5xx may come after the message went out: never repeated. (A 429 is a refusal and is
    // retried: see outcomes.rs.)
    for status in [500, 502, 503, 504] {
        let h = Harness::new().await;
        h.expect("POST", "/messages/send/c1")
            .respond_with(ResponseTemplate::new(status))
            .mount(&h.server)
            .await;
        let err = retrying(&h, fast())
            .messages()
            .send("c1", OutgoingMessage::text("hi"))
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert_eq!(h.requests().await.len(), 1, "status {status}");
    }
}

#[tokio::test]
async fn a_send_whose_response_times_out_reaches_the_server_exactly_once() {
    let h = Harness::new().await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(json(json!({"success": true})).set_delay(Duration::from_secs(5)))
        .mount(&h.server)
        .await;
    let texter =
        retrying(&h, fast()).with_options(CallOptions::new().timeout(Duration::from_millis(300)));
    let err = texter
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    let requests = h.requests().await;
    assert_eq!(requests.len(), 1);
    // The server read the whole body before the client gave up.
    assert_eq!(
        body_json(&requests[0]),
        json!({"type": "text", "text": "hi"})
    );
}

#[tokio::test]
async fn a_send_may_opt_in_to_retries() {
    let h = Harness::new().await;
    respond_once(&h, "POST", "/messages/send/c1", ResponseTemplate::new(503)).await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(json(json!({"success": true, "messages": []})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let texter = retrying(&h, fast()).with_options(CallOptions::new().retry_non_idempotent(true));
    texter
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap();
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn resolve_with_a_client_notification_is_not_retried() {
    let h = Harness::new().await;
    h.expect("POST", "/chats/c1/resolve")
        .respond_with(ResponseTemplate::new(503))
        .mount(&h.server)
        .await;
    let texter = retrying(&h, fast());
    texter
        .chats()
        .resolve("c1")
        .notify_client(true)
        .await
        .unwrap_err();
    assert_eq!(
        h.requests().await.len(),
        1,
        "notifyClient sends a message: never repeated"
    );
    texter
        .chats()
        .resolve("c1")
        .notify_client(false)
        .await
        .unwrap_err();
    assert_eq!(
        h.requests().await.len(),
        1 + 4,
        "a silent resolve is idempotent: retried"
    );
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_send() {
    // Nothing listens on this port: the request never reached a server.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let texter = Texter::builder()
        .base_url(format!("http://127.0.0.1:{port}/server/api/v2"))
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().retry(fast().max_attempts(3)))
        .build()
        .unwrap();
    let (err, log) = crate::tracing_capture::capture(
        texter
            .messages()
            .send("c1", OutgoingMessage::text("hi"))
            .send(),
    )
    .await;
    let err = err.unwrap_err();
    assert!(err.is_transport() && err.is_connect(), "{err}");
    assert_eq!(log.matches("retrying").count(), 2, "{log}");
    assert!(log.contains("giving up"), "{log}");
}

#[tokio::test]
async fn mock_helper_sanity() {
    // `Mock` with `up_to_n_times` must not leak into other tests: each test has its own server.
    let h = Harness::new().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(404))
        .mount(&h.server)
        .await;
    let err = h.texter.labels().get("nope").await.unwrap_err();
    assert!(err.is_not_found());
}
