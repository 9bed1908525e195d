//! The error type over HTTP, and the raw request API.

use serde_json::json;
use texterchat::raw::RawRequest;
use texterchat::{ErrorKind, Scope, ScopeSet};
use wiremock::ResponseTemplate;
use wiremock::matchers::{body_json, query_param};

use crate::common::*;

#[tokio::test]
async fn a_server_403_is_a_missing_scope_error_naming_the_spec_scopes() {
    let h = Harness::new().await;
    h.expect("POST", "/files/share/f1")
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"message": "Forbidden"})))
        .mount(&h.server)
        .await;
    let err = h.texter.files().share("f1").send().await.unwrap_err();
    assert!(err.is_missing_scope(), "{err}");
    assert_eq!(err.status(), Some(403));
    assert_eq!(
        err.missing_scopes(),
        ScopeSet::from([Scope::ViewAllChats, Scope::ViewAllFiles])
    );
    assert!(
        err.to_string().contains("View all chats, View all files"),
        "{err}"
    );
}

#[tokio::test]
async fn a_response_that_does_not_match_the_spec_names_the_json_path() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(json(
            json!({"data": [{"_id": "c1"}, {"_id": "c2", "unreadCount": "six"}], "total": 2}),
        ))
        .mount(&h.server)
        .await;
    let err = h
        .texter
        .chats()
        .search()
        .search("0521234567")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_decode(), "{err}");
    let ErrorKind::Decode { path, status, .. } = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(path, "data[1].unreadCount");
    assert_eq!(*status, Some(200));
    assert!(
        err.to_string().contains("at `data[1].unreadCount`"),
        "{err}"
    );
    assert!(
        std::error::Error::source(&err).is_some(),
        "the serde error is the source"
    );
}

#[tokio::test]
async fn a_non_json_error_body_keeps_its_status_message_and_excerpt() {
    let h = Harness::new().await;
    h.expect("GET", "/labels/vip")
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "7")
                .set_body_string("<html>Too many requests</html>"),
        )
        .mount(&h.server)
        .await;
    let err = h.texter.labels().get("vip").send().await.unwrap_err();
    assert!(err.is_rate_limited(), "{err}");
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(7)));
    assert!(
        err.to_string().contains("HTTP 429 Too Many Requests"),
        "{err}"
    );
    assert!(
        err.to_string().contains("<html>Too many requests</html>"),
        "{err}"
    );
}

#[tokio::test]
async fn a_long_error_body_is_cut_and_the_token_redacted() {
    let h = Harness::new().await;
    let body = format!(
        "{{\"message\": \"bad token {TOKEN}\", \"detail\": \"{}\"}}",
        "x".repeat(5000)
    );
    h.expect("GET", "/labels/vip")
        .respond_with(ResponseTemplate::new(400).set_body_raw(body, "application/json"))
        .mount(&h.server)
        .await;
    let err = h.texter.labels().get("vip").send().await.unwrap_err();
    let text = err.to_string();
    assert!(!text.contains(TOKEN), "{text}");
    assert!(text.contains("bad token <redacted>"), "{text}");
    assert!(text.len() < 2000, "bounded: {} characters", text.len());
    assert!(text.contains("characters in all"), "{text}");
}

#[tokio::test]
async fn a_raw_request_goes_over_the_wire_as_described() {
    let h = Harness::new().await;
    h.expect("POST", "/channels/health/problems/p1/resolve")
        .and(query_param("severity", "error"))
        .and(body_json(json!({"note": "fixed"})))
        .respond_with(json(json!({"resolved": true})))
        .expect(1)
        .mount(&h.server)
        .await;
    let response = h
        .texter
        .raw(
            RawRequest::post("/channels/health/problems/p1/resolve")
                .query("severity", "error")
                .json(json!({"note": "fixed"}))
                .scopes([Scope::ManageChannels]),
        )
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(
        response.json::<serde_json::Value>().unwrap(),
        json!({"resolved": true})
    );
    assert!(
        response
            .headers
            .iter()
            .any(|(k, v)| k == "content-type" && v.contains("json"))
    );
    let request = h.only_request().await;
    assert_eq!(
        request.headers.get("content-type").unwrap(),
        "application/json"
    );
}

#[tokio::test]
async fn a_raw_request_is_scope_checked_like_any_call() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::ManageChannels])).await;
    let err = h
        .texter
        .raw(
            RawRequest::post("/channels/health/problems/p1/resolve")
                .scopes([Scope::ManageChannels]),
        )
        .await
        .unwrap_err();
    assert!(err.is_missing_scope(), "{err}");
    assert_eq!(
        err.operation(),
        Some("raw POST /channels/health/problems/p1/resolve")
    );
    assert!(err.to_string().contains("Manage channels"), "{err}");
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn raw_request_errors_map_like_any_call() {
    let h = Harness::new().await;
    h.expect("GET", "/scenarios/manage/runs")
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "Not found"})))
        .mount(&h.server)
        .await;
    let err = h
        .texter
        .raw(RawRequest::get("scenarios/manage/runs"))
        .await
        .unwrap_err();
    assert!(err.is_not_found(), "{err}");
    assert!(err.to_string().contains("Not found"), "{err}");
    let err = h
        .texter
        .raw(RawRequest::new("NOT A METHOD", "/x"))
        .await
        .unwrap_err();
    assert!(
        err.is_validation() && err.to_string().contains("`method`"),
        "{err}"
    );
}
