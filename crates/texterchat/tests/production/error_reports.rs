//! Errors say what really happened (issue 9.5).

use std::time::Duration;

use serde_json::json;
use texterchat::messages::OutgoingMessage;
use texterchat::{CallOptions, RetryPolicy, Scope, ScopeSet, Texter};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;
use crate::tracing_capture::capture;

#[tokio::test]
async fn a_403_keeps_the_servers_message_and_still_names_the_scopes() {
    let h = Harness::new().await;
    let refusal = json!({"message": "Requests from 203.0.113.7 are not allowed (IP allow-list)"});
    h.expect("POST", "/labels")
        .respond_with(ResponseTemplate::new(403).set_body_json(refusal.clone()))
        .mount(&h.server)
        .await;
    h.expect("GET", "/labels")
        .respond_with(ResponseTemplate::new(403).set_body_json(refusal))
        .mount(&h.server)
        .await;
    let err = h.texter.labels().create("vip", "VIP").await.unwrap_err();
    assert_eq!(err.status(), Some(403));
    let text = err.to_string();
    assert!(
        text.contains("IP allow-list") && text.contains("203.0.113.7"),
        "{text}"
    );
    assert!(text.contains("body: {"), "the body excerpt is kept: {text}");
    assert!(err.is_missing_scope(), "a scoped operation: {err}");
    assert_eq!(
        err.missing_scopes(),
        [Scope::ManageLabels].into_iter().collect()
    );
    assert!(
        text.contains("Manage labels") && text.contains("another reason"),
        "{text}"
    );

    // List All Labels needs no scope: a 403 there is not a missing scope.
    let err = h.texter.labels().list().await.unwrap_err();
    assert_eq!(err.status(), Some(403));
    assert!(!err.is_missing_scope(), "{err}");
    assert!(err.to_string().contains("IP allow-list"), "{err}");
}

#[tokio::test]
async fn a_401_has_its_own_predicate_and_says_what_to_check() {
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"message": "Unauthorized"})))
        .mount(&h.server)
        .await;
    let err = h.texter.labels().get("vip").await.unwrap_err();
    assert!(err.is_unauthorized(), "{err}");
    assert!(!err.is_missing_scope());
    let text = err.to_string();
    assert!(
        text.contains("did not accept the token") && text.contains("revoked"),
        "{text}"
    );
    assert!(!err.may_have_been_delivered());
}

#[tokio::test]
async fn a_send_that_times_out_says_it_may_have_been_delivered() {
    let h = Harness::new().await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&h.server)
        .await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&h.server)
        .await;
    let quick = h
        .texter
        .with_options(CallOptions::new().timeout(Duration::from_millis(200)));
    let err = quick
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap_err();
    assert!(err.is_timeout() && err.may_have_been_delivered(), "{err}");
    assert_eq!(err.delivery(), texterchat::error::Delivery::Uncertain);
    assert!(err.to_string().contains("may have reached Texter"), "{err}");
    // A read that times out: uncertain too, but repeating it is harmless, so no warning.
    let err = quick.labels().get("vip").await.unwrap_err();
    assert!(err.may_have_been_delivered());
    assert!(
        !err.to_string().contains("may have reached Texter"),
        "{err}"
    );
}

#[tokio::test]
async fn a_base_url_without_the_api_root_is_completed_or_refused() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"total": 0, "labels": []})))
        .mount(&server)
        .await;
    let build = |url: &str| {
        Texter::builder()
            .base_url(url)
            .token(TOKEN)
            .unchecked_scopes()
            .build()
    };
    // The host alone: the API root is appended.
    for url in [server.uri(), format!("{}/", server.uri())] {
        let texter = build(&url).unwrap();
        assert_eq!(texter.base_url(), format!("{}/server/api/v2", server.uri()));
        texter.labels().list().await.unwrap();
    }
    let paths: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(paths, ["/server/api/v2/labels", "/server/api/v2/labels"]);
    assert_eq!(
        build("https://demo.texterchat.com").unwrap().base_url(),
        "https://demo.texterchat.com/server/api/v2"
    );
    // A Texter host with another path, or a cut-off root: refused with the expected form.
    for url in [
        "https://demo.texterchat.com/api",
        "https://demo.texterchat.com/server/api",
        "http://127.0.0.1:9/server",
    ] {
        let err = build(url).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("`base_url`") && text.contains("/server/api/v2"),
            "{url}: {text}"
        );
    }
    // Another host with its own path (a proxy): taken as the root.
    assert_eq!(
        build("https://proxy.example.com/texter")
            .unwrap()
            .base_url(),
        "https://proxy.example.com/texter"
    );
}

#[tokio::test]
async fn a_connection_error_names_the_url_once() {
    let url = crate::redirects::refusing_url().await;
    let texter = Texter::builder()
        .base_url(&url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().no_retries())
        .build()
        .unwrap();
    let err = texter.labels().get("vip").await.unwrap_err();
    assert!(err.is_connect(), "{err}");
    let host = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let display = err.to_string();
    assert_eq!(display.matches(&host).count(), 1, "{display}");
    let debug = format!("{err:?}");
    assert_eq!(debug.matches(&host).count(), 1, "{debug}");
    let mut chain = String::new();
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        chain.push_str(&s.to_string());
        source = s.source();
    }
    assert!(
        !chain.contains(&host),
        "the causes do not repeat the URL: {chain}"
    );
    assert!(
        display.contains("refused") || display.contains("connect"),
        "{display}"
    );
}

#[tokio::test]
async fn each_tracing_field_appears_once_per_line() {
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&h.server)
        .await;
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"_id": "vip"})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let texter = h.texter.with_options(
        CallOptions::new().retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1))),
    );
    let (result, log) = capture(texter.labels().get("vip").send()).await;
    result.unwrap();
    assert!(
        log.contains("attempts=3") && log.contains("status=200"),
        "{log}"
    );
    let fields = [
        "operation=",
        "method=",
        "path=",
        "attempt=",
        "attempts=",
        "status=",
        "latency_ms=",
    ];
    for line in log.lines() {
        for field in fields {
            let count = line
                .match_indices(field)
                .filter(|(i, _)| {
                    *i == 0
                        || !line.as_bytes()[i - 1].is_ascii_alphanumeric()
                            && line.as_bytes()[i - 1] != b'_'
                })
                .count();
            assert!(count <= 1, "{field} appears {count} times in: {line}");
        }
    }
}
