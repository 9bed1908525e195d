//! The mock Texter server shared by the operation tests.

#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::Value;
use texterchat::{Scope, ScopeSet, Texter};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockBuilder, MockServer, Request, ResponseTemplate};

/// The token every test client uses; tests assert it reaches the server and nothing else.
pub const TOKEN: &str = "tok_TEST_5f3a9c2e";

/// A mock server and a client with every scope pointing at it.
pub struct Harness {
    pub server: MockServer,
    pub texter: Texter,
}

impl Harness {
    pub async fn new() -> Self {
        Self::with_scopes(ScopeSet::all()).await
    }

    pub async fn with_scopes(scopes: ScopeSet) -> Self {
        let server = MockServer::start().await;
        let texter = client(&server, scopes);
        Self { server, texter }
    }

    /// A mock for `verb path` that also requires the bearer token.
    pub fn expect(&self, verb: &str, p: &str) -> MockBuilder {
        Mock::given(method(verb))
            .and(path(format!("/server/api/v2{p}")))
            .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
    }

    /// The requests the server received.
    pub async fn requests(&self) -> Vec<Request> {
        self.server.received_requests().await.unwrap_or_default()
    }

    /// The single request received (panics otherwise).
    pub async fn only_request(&self) -> Request {
        let mut all = self.requests().await;
        assert_eq!(
            all.len(),
            1,
            "expected exactly one request, got {}",
            all.len()
        );
        all.remove(0)
    }
}

pub fn client(server: &MockServer, scopes: ScopeSet) -> Texter {
    Texter::builder()
        .base_url(format!("{}/server/api/v2", server.uri()))
        .token(TOKEN)
        .scopes(scopes)
        .call_options(texterchat::CallOptions::new().no_retries())
        .build()
        .expect("test client builds")
}

/// Every scope but `without`.
pub fn all_scopes_except(without: &[Scope]) -> ScopeSet {
    without.iter().fold(ScopeSet::all(), |s, x| s.without(*x))
}

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A documented example payload from `tests/fixtures`.
pub fn fixture(name: &str) -> Value {
    let path = fixtures_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

pub fn json(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

pub fn plain_ok() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_string("OK")
        .insert_header("content-type", "text/plain")
}

/// The request's query string exactly as it went over the wire.
pub fn raw_query(request: &Request) -> String {
    request.url.query().unwrap_or_default().to_string()
}

/// The decoded query pairs, in order.
pub fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub fn body_json(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("request body is JSON")
}
