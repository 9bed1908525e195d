use std::time::Duration;

use serde_json::json;
use texterchat::{CallOptions, RetryPolicy, ScopeSet, Texter};
use wiremock::ResponseTemplate;

use crate::common::*;
use crate::tracing_capture::capture;

#[tokio::test]
async fn spans_carry_the_call_and_no_log_line_carries_the_token() {
    let h = Harness::new().await;
    // searchChats: 503 once, then 200. getLabel: 404. sendMessage: 401 with the token echoed
    // back in the body, as a careless proxy might.
    h.expect("GET", "/chats/search")
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&h.server)
        .await;
    h.expect("GET", "/chats/search")
        .respond_with(json(json!({"data": [], "total": 0})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    h.expect("GET", "/labels/missing")
        .respond_with(
            ResponseTemplate::new(404).set_body_json(json!({"message": "Label not found"})),
        )
        .mount(&h.server)
        .await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(
            ResponseTemplate::new(401).set_body_string(format!("bad token Bearer {TOKEN}")),
        )
        .mount(&h.server)
        .await;
    let texter = Texter::builder()
        .base_url(format!("{}/server/api/v2", h.server.uri()))
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(
            CallOptions::new()
                .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1))),
        )
        .build()
        .unwrap();

    let (errors, log) = capture(async {
        texter.chats().search().search("0521234567").await.unwrap();
        let not_found = texter.labels().get("missing").await.unwrap_err();
        let unauthorized = texter
            .messages()
            .send("c1", texterchat::messages::OutgoingMessage::text("hi"))
            .await
            .unwrap_err();
        (not_found, unauthorized)
    })
    .await;

    let (not_found, unauthorized) = errors;
    assert!(not_found.is_not_found());
    assert!(
        not_found.to_string().contains("Label not found"),
        "{not_found}"
    );
    assert_eq!(unauthorized.status(), Some(401));
    assert!(
        unauthorized.to_string().contains("<redacted>"),
        "{unauthorized}"
    );
    for text in [
        log.as_str(),
        &format!("{not_found} {not_found:?} {unauthorized} {unauthorized:?}"),
    ] {
        assert!(!text.contains(TOKEN), "the token leaked:\n{text}");
    }
    // One span per call, with its fields.
    for needle in [
        "texter.call",
        "operation=searchChats",
        "method=GET",
        "path=/chats/search",
        "attempt=2",
        "status=200",
        "latency_ms=",
        "operation=getLabel",
        "status=404",
        "operation=sendMessage",
        "status=401",
        "retrying",
    ] {
        assert!(log.contains(needle), "missing {needle:?} in:\n{log}");
    }
    assert!(
        log.contains("TRACE") || log.contains("DEBUG"),
        "captured at a fine level:\n{log}"
    );
}
