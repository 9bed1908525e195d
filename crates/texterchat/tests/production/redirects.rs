//! API calls never follow redirects (issue 9.1): a followed redirect repeated a send against a
//! refusing host four times, turned a send into a bodiless GET that reported success, and
//! re-posted a message to a foreign origin.

use std::time::Duration;

use serde_json::json;
use texterchat::messages::OutgoingMessage;
use texterchat::{CallOptions, ErrorKind, RetryPolicy, ScopeSet, Texter};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// A base URL on a port nothing listens on: connecting is refused.
pub async fn refusing_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/elsewhere")
}

fn retrying(base: &str) -> texterchat::TexterBuilder {
    Texter::builder()
        .base_url(base)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(
            CallOptions::new().retry(
                RetryPolicy::default()
                    .initial_backoff(Duration::from_millis(1))
                    .max_backoff(Duration::from_millis(2)),
            ),
        )
}

/// A server answering everything with 200, to see whether anything is redirected to it.
async fn foreign() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"success": true, "messages": []})),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_send_answered_with_any_redirect_is_sent_once_and_reported() {
    let foreign = foreign().await;
    for status in [301, 302, 303, 307, 308] {
        for location in [refusing_url().await, format!("{}/x", foreign.uri())] {
            let h = Harness::new().await;
            h.expect("POST", "/messages/send/c1")
                .respond_with(
                    ResponseTemplate::new(status).insert_header("location", location.as_str()),
                )
                .mount(&h.server)
                .await;
            let texter = retrying(&format!("{}/server/api/v2", h.server.uri()))
                .build()
                .unwrap();
            let err = texter
                .messages()
                .send("c1", OutgoingMessage::text("hi"))
                .await
                .unwrap_err();
            assert!(err.is_redirect(), "{status}: {err}");
            assert_eq!(err.status(), Some(status));
            let ErrorKind::Redirect {
                status: got_status,
                location: got_location,
                ..
            } = err.kind()
            else {
                panic!("{err:?}")
            };
            assert_eq!(
                (*got_status, got_location.as_deref()),
                (Some(status), Some(location.as_str()))
            );
            let text = err.to_string();
            assert!(
                text.contains(&location) && text.contains(&format!("HTTP {status}")),
                "{text}"
            );
            assert!(err.may_have_been_delivered(), "a 3xx proves nothing: {err}");
            assert!(text.contains("may have reached Texter"), "{text}");
            assert_eq!(err.attempts(), 1, "{err}");
            assert_eq!(
                h.requests().await.len(),
                1,
                "{status} → {location}: sent once"
            );
        }
    }
    assert!(
        foreign.received_requests().await.unwrap().is_empty(),
        "nothing was redirected to the foreign origin"
    );
}

#[tokio::test]
async fn reads_are_not_redirected_either() {
    let foreign = foreign().await;
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/labels/vip", foreign.uri())),
        )
        .mount(&h.server)
        .await;
    let texter = retrying(&format!("{}/server/api/v2", h.server.uri()))
        .build()
        .unwrap();
    let err = texter.labels().get("vip").await.unwrap_err();
    assert!(err.is_redirect(), "{err}");
    assert_eq!(h.requests().await.len(), 1, "a redirect is not retried");
    assert!(foreign.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_supplied_client_builder_gets_redirects_turned_off() {
    let foreign = foreign().await;
    let h = Harness::new().await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("location", format!("{}/steal", foreign.uri())),
        )
        .mount(&h.server)
        .await;
    let texter = retrying(&format!("{}/server/api/v2", h.server.uri()))
        .http_client_builder(reqwest::Client::builder().user_agent("mine"))
        .build()
        .unwrap();
    let err = texter
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(307), "{err}");
    assert!(foreign.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_supplied_client_that_follows_redirects_is_caught_and_never_retried() {
    let foreign = foreign().await;
    let h = Harness::new().await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/landing", foreign.uri())),
        )
        .mount(&h.server)
        .await;
    // reqwest's default policy follows up to 10 redirects; a 302 turns the POST into a GET,
    // which the foreign server answers 200.
    let texter = retrying(&format!("{}/server/api/v2", h.server.uri()))
        .http_client(reqwest::Client::new())
        .build()
        .unwrap();
    let err = texter
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap_err();
    assert!(err.is_redirect(), "not reported as a success: {err}");
    assert_eq!(
        err.status(),
        None,
        "the 302 was consumed by the supplied client"
    );
    let text = err.to_string();
    assert!(
        text.contains("/landing") && text.contains("Policy::none()"),
        "{text}"
    );
    assert!(err.may_have_been_delivered());
    assert_eq!(h.requests().await.len(), 1, "never retried");
    // What the documentation warns about: the supplied client did follow.
    assert_eq!(foreign.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_supplied_client_redirected_to_a_refusing_host_or_a_429_is_not_retried() {
    // The supplied client follows the 307; what it meets there is not the API's answer.
    let foreign = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .mount(&foreign)
        .await;
    for location in [refusing_url().await, format!("{}/limited", foreign.uri())] {
        let h = Harness::new().await;
        h.expect("POST", "/messages/send/c1")
            .respond_with(ResponseTemplate::new(307).insert_header("location", location.as_str()))
            .mount(&h.server)
            .await;
        let texter = retrying(&format!("{}/server/api/v2", h.server.uri()))
            .http_client(reqwest::Client::new())
            .build()
            .unwrap();
        let err = texter
            .messages()
            .send("c1", OutgoingMessage::text("hi"))
            .await
            .unwrap_err();
        if location.contains("/limited") {
            assert!(err.is_redirect(), "{location}: {err}");
        } else {
            // reqwest names the first URL when the redirect's target refuses: indistinguishable
            // from the API refusing, so a supplied client's refusal proves nothing.
            assert!(err.is_transport() && !err.is_connect(), "{location}: {err}");
            assert!(
                err.to_string().contains("may have followed a redirect"),
                "{err}"
            );
        }
        assert!(err.may_have_been_delivered(), "{err}");
        assert_eq!(err.attempts(), 1, "{err}");
        assert_eq!(h.requests().await.len(), 1, "{location}: never retried");
    }
    assert_eq!(
        foreign.received_requests().await.unwrap().len(),
        1,
        "the 429 was not retried"
    );
}
