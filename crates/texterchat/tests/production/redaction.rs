//! The token never appears in an error, in any of its texts or encodings (issue 9.3).

use std::error::Error as _;

use serde_json::json;
use texterchat::{CallOptions, ScopeSet, Texter};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;
use crate::tracing_capture::capture;

/// A token with characters that JSON and URLs escape.
const SLASHED: &str = "tok/5f3a+9c2e=QX";

fn client_with(server: &MockServer, token: &str) -> Texter {
    Texter::builder()
        .base_url(format!("{}/server/api/v2", server.uri()))
        .token(token)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().no_retries())
        .build()
        .unwrap()
}

/// Every text an error carries: Display, Debug, alternate Debug and each source's text.
fn every_text(err: &texterchat::Error) -> String {
    let mut out = format!("{err}\n{err:?}\n{err:#?}\n");
    let mut source = err.source();
    while let Some(s) = source {
        out.push_str(&format!("{s}\n{s:?}\n"));
        source = s.source();
    }
    out
}

fn forms(token: &str) -> Vec<String> {
    let json = serde_json::to_string(token).unwrap();
    vec![
        token.to_string(),
        json.trim_matches('"').to_string(),
        json.trim_matches('"').replace('/', "\\/"),
        format!("{token:?}").trim_matches('"').to_string(),
        percent_encoding::utf8_percent_encode(token, percent_encoding::NON_ALPHANUMERIC)
            .to_string(),
        "5f3a".to_string(),
    ]
}

fn assert_no_token(err: &texterchat::Error, token: &str) {
    let text = every_text(err);
    for form in forms(token) {
        assert!(!text.contains(&form), "{form:?} leaked in:\n{text}");
    }
}

#[tokio::test]
async fn a_success_echoing_the_token_in_a_mistyped_field_does_not_leak_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path_regex("/labels/vip$"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"_id": "vip", "system": TOKEN})),
        )
        .mount(&server)
        .await;
    let err = client_with(&server, TOKEN)
        .labels()
        .get("vip")
        .await
        .unwrap_err();
    assert!(err.is_decode(), "{err}");
    assert!(
        err.to_string().contains("system"),
        "the path is still named: {err}"
    );
    assert!(err.to_string().contains("<redacted>"), "{err}");
    assert_no_token(&err, TOKEN);
}

#[tokio::test]
async fn an_open_enum_quoting_the_token_does_not_leak_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path_regex("/chats/search$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"data": [{"_id": "c1", "status": format!("Bearer {TOKEN}")}], "total": 1}),
        ))
        .mount(&server)
        .await;
    let err = client_with(&server, TOKEN)
        .chats()
        .search()
        .await
        .unwrap_err();
    assert!(err.is_decode(), "{err}");
    assert_no_token(&err, TOKEN);
}

#[tokio::test]
async fn json_escaped_and_url_encoded_echoes_are_redacted() {
    let server = MockServer::start().await;
    // The body spells the token JSON-escaped (`tok\/…`); serde's message quotes it decoded.
    let escaped = SLASHED.replace('/', "\\/");
    Mock::given(method("GET"))
        .and(path_regex("/labels/vip$"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            format!(r#"{{"_id":"vip","system":"{escaped}"}}"#),
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path_regex("/labels/missing$"))
        .respond_with(ResponseTemplate::new(404).set_body_raw(
            format!(r#"{{"message":"no label for token {escaped}"}}"#),
            "application/json",
        ))
        .mount(&server)
        .await;
    let texter = client_with(&server, SLASHED);
    let decode = texter.labels().get("vip").await.unwrap_err();
    assert_no_token(&decode, SLASHED);
    let not_found = texter.labels().get("missing").await.unwrap_err();
    assert!(not_found.is_not_found());
    assert_no_token(&not_found, SLASHED);

    // The token as a path parameter, percent-encoded in a URL a transport error names.
    let closed = crate::redirects::refusing_url().await;
    let offline = Texter::builder()
        .base_url(closed)
        .token(SLASHED)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().no_retries())
        .build()
        .unwrap();
    // A body spelling the token with `\u` escapes.
    let unicode: String = SLASHED
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    Mock::given(method("GET"))
        .and(path_regex("/labels/unicode$"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(
            format!(r#"{{"detail":"bad token {unicode}"}}"#),
            "application/json",
        ))
        .mount(&server)
        .await;
    let escaped_err = texter.labels().get("unicode").await.unwrap_err();
    assert_eq!(escaped_err.status(), Some(400));
    assert_no_token(&escaped_err, SLASHED);
    assert!(!escaped_err.to_string().contains(&unicode), "{escaped_err}");

    // A raw request whose path holds the token: not in the error, nor in the log's span.
    let raw_path = format!("/echo/{}", SLASHED.replace('/', "%2F"));
    let (raw, raw_log) = capture(texter.raw(texterchat::raw::RawRequest::get(raw_path))).await;
    let raw = raw.unwrap_err();
    assert_no_token(&raw, SLASHED);
    assert!(!raw_log.contains("5f3a"), "{raw_log}");

    let (err, log) = capture(offline.chats().get(SLASHED).send()).await;
    let err = err.unwrap_err();
    assert!(err.is_connect(), "{err}");
    assert_no_token(&err, SLASHED);
    for form in forms(SLASHED) {
        assert!(!log.contains(&form), "{form:?} leaked in the log:\n{log}");
    }
}
