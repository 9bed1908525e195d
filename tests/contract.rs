//! The contract test by a third party: every operation of `openapi/texter.yaml`, called through
//! the SDK's generated method with valid arguments, is sent to Prism (`@stoplight/prism-cli`), a
//! mock server that validates each request against the spec, and must come back with no
//! violation. A deliberately wrong request must be reported, proving the check can fail.
//!
//! Runs with `--features contract` and needs a Prism mock server: `.ci/contract.sh` installs the
//! pinned Prism, starts it on 127.0.0.1 (with a copy of the spec whose paths carry the server's
//! path `/server/api/v2`, since Prism's mock matches paths from the root) and sets
//! `TEXTER_TEST_PRISM_URL`. Without that variable the tests fail saying so (they never pass
//! silently).
//!
//! The SDK talks to Prism through a recording proxy in this test, so every request is seen as it
//! went over the wire together with Prism's verdict: the `sl-violations` header (a JSON list of
//! violations, which Prism sets on every answer it validated) and the status (with `--errors`,
//! Prism answers a request with an error-severity violation with 422, using the spec's `4XX`
//! answer). Both are checked. Prism's *answers* are the spec's examples; an SDK that cannot decode
//! one is reported separately, not counted as a request violation.

#![cfg(feature = "contract")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::future::BoxFuture;
use serde_json::{Value, json};
use texterchat::enums::{
    ChannelName, ChatStatus, OutgoingMediaType, TemplateCategory, TemplateUsage,
};
use texterchat::messages::OutgoingMessage;
use texterchat::raw::RawRequest;
use texterchat::time::EpochMillis;
use texterchat::{Scope, ScopeSet, Texter, types};

const TOKEN: &str = "tok_CONTRACT_5f3a9c2e";

const CHAT: &str = "67bf11038b24880cc966f799";
const FILE: &str = "6908fc09962e17ab3033fa13";
const LABEL: &str = "vip";
const ACCOUNT: &str = "972586640430";
const TEMPLATE: &str = "inbox_marketing_95";
const LANGUAGE: &str = "en";
const QUICK_REPLY: &str = "6970a1b2c3d4e5f601234567";
const SCENARIO: &str = "6970b3c1d2e3f40123456789";
const PHONE: &str = "0521234567";

/// The path prefix of the spec's server (`https://{project}.texterchat.com/server/api/v2`).
const API_ROOT: &str = "/server/api/v2";

fn prism_url() -> String {
    std::env::var("TEXTER_TEST_PRISM_URL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| {
            panic!(
                "the contract test needs a Prism mock server serving openapi/texter.yaml with its paths under \
                 {API_ROOT}: run `bash .ci/contract.sh`, which installs the pinned Prism, starts it on \
                 127.0.0.1 and sets TEXTER_TEST_PRISM_URL (e.g. http://127.0.0.1:4010)"
            )
        })
        .trim_end_matches('/')
        .to_string()
}

// ---------------------------------------------------------------------------------------------
// The recording proxy between the SDK and Prism

/// One request as it went over the wire, and Prism's answer to it.
#[derive(Clone, Debug)]
struct Exchange {
    method: String,
    /// Path and query, as sent.
    target: String,
    request_body: Bytes,
    status: u16,
    /// The `sl-violations` header, as Prism sent it.
    violations_header: Option<String>,
    response_body: Bytes,
}

impl Exchange {
    fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The violations Prism reported, one line each: from the `sl-violations` header, and from
    /// the body of a problem answer that lists them (`validation`), if any.
    fn violations(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(header) = &self.violations_header {
            match serde_json::from_str::<Value>(header) {
                Ok(Value::Array(list)) => out.extend(list.iter().map(describe_violation)),
                Ok(other) => out.push(format!("sl-violations is not a list: {other}")),
                Err(e) => out.push(format!("sl-violations is not JSON ({e}): {header}")),
            }
        }
        if let Ok(body) = serde_json::from_slice::<Value>(&self.response_body)
            && let Some(list) = body.get("validation").and_then(Value::as_array)
        {
            for v in list {
                let line = describe_violation(v);
                if !out.contains(&line) {
                    out.push(line);
                }
            }
        }
        out
    }

    fn excerpt(body: &Bytes) -> String {
        let text = String::from_utf8_lossy(body);
        let mut s: String = text.chars().take(300).collect();
        if text.chars().count() > 300 {
            s.push('…');
        }
        s
    }
}

/// `Error required at request.body: Request body must have required property 'id'`.
fn describe_violation(v: &Value) -> String {
    let location = v
        .get("location")
        .and_then(Value::as_array)
        .map(|parts| {
            parts
                .iter()
                .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(".")
        })
        .unwrap_or_default();
    let text = |key: &str| match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    format!(
        "{} {} at {location}: {}",
        text("severity"),
        text("code"),
        text("message")
    )
}

#[derive(Clone)]
struct Proxy {
    prism: String,
    http: reqwest::Client,
    log: Arc<Mutex<Vec<Exchange>>>,
}

impl Proxy {
    /// Starts the proxy on a free loopback port; returns it and its address.
    async fn start(prism: String) -> (Proxy, SocketAddr) {
        let proxy = Proxy {
            prism,
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("reqwest client"),
            log: Arc::default(),
        };
        let app = Router::new().fallback(forward).with_state(proxy.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (proxy, addr)
    }

    fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

/// Hop-by-hop headers and those the HTTP clients set themselves.
fn forwarded(headers: &HeaderMap) -> HeaderMap {
    let skip = [
        "host",
        "content-length",
        "connection",
        "transfer-encoding",
        "keep-alive",
    ];
    let mut out = HeaderMap::new();
    for (name, value) in headers {
        if !skip.contains(&name.as_str()) {
            out.append(name.clone(), value.clone());
        }
    }
    out
}

async fn forward(State(proxy): State<Proxy>, request: axum::extract::Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 16 << 20).await.unwrap();
    let target = parts.uri.path_and_query().map_or_else(
        || parts.uri.path().to_string(),
        |pq| pq.as_str().to_string(),
    );
    let answer = proxy
        .http
        .request(parts.method.clone(), format!("{}{target}", proxy.prism))
        .headers(forwarded(&parts.headers))
        .body(body.clone())
        .send()
        .await;
    let answer = match answer {
        Ok(answer) => answer,
        Err(e) => {
            return (
                StatusCode::BAD_GATEWAY,
                format!("the contract test's proxy could not reach Prism: {e}"),
            )
                .into_response();
        }
    };
    let status = answer.status();
    let headers = forwarded(answer.headers());
    let response_body = answer.bytes().await.unwrap_or_default();
    let violations_header = headers
        .get(HeaderName::from_static("sl-violations"))
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    proxy.log.lock().unwrap().push(Exchange {
        method: parts.method.to_string(),
        target,
        request_body: body,
        status: status.as_u16(),
        violations_header,
        response_body: response_body.clone(),
    });
    (status, headers, response_body).into_response()
}

/// A client with every scope, pointing at the proxy, which forwards to Prism. No retries: each
/// call is exactly one request.
fn client(addr: SocketAddr) -> Texter {
    Texter::builder()
        .base_url(format!("http://{addr}{API_ROOT}"))
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(texterchat::CallOptions::new().no_retries())
        .build()
        .expect("test client builds")
}

/// Whether `path` (as sent) is an instance of the spec's path `template` below [`API_ROOT`].
fn matches_template(path: &str, template: &str) -> bool {
    let Some(rest) = path.strip_prefix(API_ROOT) else {
        return false;
    };
    let sent: Vec<&str> = rest.split('/').collect();
    let wanted: Vec<&str> = template.split('/').collect();
    sent.len() == wanted.len()
        && sent.iter().zip(&wanted).all(|(s, w)| {
            if w.starts_with('{') && w.ends_with('}') {
                !s.is_empty()
            } else {
                s == w
            }
        })
}

// ---------------------------------------------------------------------------------------------
// Every operation, through its generated method

/// One call of `id` through its generated method, with valid arguments (the table of
/// `crates/texterchat/tests/api/coverage.rs`, with values the spec's patterns accept).
fn call<'a>(texter: &'a Texter, id: &str) -> BoxFuture<'a, texterchat::Result<()>> {
    match id {
        // Every filter set, bracketed names (`channel[name]`, `labels[]`, `statuses[]`) included,
        // so Prism checks how each is encoded.
        "searchChats" => Box::pin(async move {
            texter
                .chats()
                .search()
                .search(PHONE)
                .channel_name(texterchat::enums::SearchChannelName::Whatsapp)
                .channel_account_id(ACCOUNT)
                .labels(["6908fc09962e17ab3033fa14"])
                .statuses([texterchat::enums::ChatStatusName::Pending])
                .limit(10)
                .send()
                .await
                .map(drop)
        }),
        "assignChat" => Box::pin(async move {
            texter
                .chats()
                .assign()
                .phone(PHONE)
                .agent_email("a@example.com")
                .send()
                .await
        }),
        "getChat" => Box::pin(async move { texter.chats().get(CHAT).send().await.map(drop) }),
        "updateChat" => Box::pin(async move {
            texter
                .chats()
                .update(CHAT)
                .external_bot(false)
                .send()
                .await
                .map(drop)
        }),
        "resolveChat" => Box::pin(async move {
            texter
                .chats()
                .resolve(CHAT)
                .notify_client(false)
                .send()
                .await
        }),
        "updateChatCrmData" => Box::pin(async move {
            let mut crm = serde_json::Map::new();
            crm.insert("customerId".into(), json!("C-1001"));
            texter
                .chats()
                .update_crm_data(CHAT, crm)
                .send()
                .await
                .map(drop)
        }),
        "updateChatLabels" => Box::pin(async move {
            texter
                .labels()
                .change_in_chat(
                    CHAT,
                    types::UpdateChatLabelsRequest::Set(vec![LABEL.into()]),
                )
                .send()
                .await
        }),
        "getChatMessages" => Box::pin(async move {
            texter
                .messages()
                .list(CHAT)
                .before_time(EpochMillis(1_762_012_091_000))
                .before_id("68ba8c904657483ffee3101e")
                .send()
                .await
                .map(drop)
        }),
        "sendMessage" => Box::pin(async move {
            let photo = OutgoingMessage::media_file(OutgoingMediaType::Image, FILE);
            texter
                .messages()
                .send(CHAT, OutgoingMessage::media([photo]))
                .send()
                .await
                .map(drop)
        }),
        "shareFile" => Box::pin(async move { texter.files().share(FILE).send().await.map(drop) }),
        "listLabels" => Box::pin(async move { texter.labels().list().send().await.map(drop) }),
        "getLabel" => Box::pin(async move { texter.labels().get(LABEL).send().await.map(drop) }),
        "createLabel" => {
            Box::pin(async move { texter.labels().create(LABEL, "VIP").send().await.map(drop) })
        }
        "updateLabel" => {
            Box::pin(async move { texter.labels().update(LABEL).name("V.I.P.").send().await })
        }
        "deleteLabel" => Box::pin(async move { texter.labels().delete(LABEL).send().await }),
        "sendTemplate" => Box::pin(async move {
            texter
                .templates()
                .send("inbox_marketing_98", "972521234567")
                .send()
                .await
                .map(drop)
        }),
        "listTemplates" => {
            Box::pin(async move { texter.templates().list().send().await.map(drop) })
        }
        "createTemplate" => Box::pin(async move {
            texter
                .templates()
                .create(
                    ACCOUNT,
                    "T",
                    TemplateCategory::Marketing,
                    ChatStatus::Pending,
                    TemplateUsage::Inbox,
                )
                .send()
                .await
                .map(drop)
        }),
        "upsertTemplateLocalization" => Box::pin(async move {
            let body = types::TemplateComponent::new().text("Hi");
            texter
                .templates()
                .upsert_localization(ACCOUNT, TEMPLATE, LANGUAGE, vec![body])
                .send()
                .await
                .map(drop)
        }),
        "submitTemplateLocalization" => Box::pin(async move {
            texter
                .templates()
                .submit(ACCOUNT, TEMPLATE, LANGUAGE)
                .send()
                .await
                .map(drop)
        }),
        "updateTemplate" => Box::pin(async move {
            texter
                .templates()
                .update(ACCOUNT, TEMPLATE)
                .title("T2")
                .send()
                .await
                .map(drop)
        }),
        "deleteTemplate" => {
            Box::pin(async move { texter.templates().delete(ACCOUNT, TEMPLATE).send().await })
        }
        "unsubscribeFromTemplates" => Box::pin(async move {
            texter
                .template_subscriptions()
                .unsubscribe(PHONE)
                .send()
                .await
        }),
        "resubscribeToTemplates" => Box::pin(async move {
            texter
                .template_subscriptions()
                .resubscribe(PHONE)
                .send()
                .await
        }),
        "listUnsubscribed" => Box::pin(async move {
            texter
                .template_subscriptions()
                .list_unsubscribed()
                .send()
                .await
                .map(drop)
        }),
        "listUnsubscribedForAccount" => Box::pin(async move {
            texter
                .template_subscriptions()
                .list_unsubscribed_for_account(ACCOUNT)
                .send()
                .await
                .map(drop)
        }),
        "listQuickReplies" => Box::pin(async move {
            texter
                .quick_replies()
                .list()
                .for_chat_name(ChannelName::Whatsapp)
                .for_chat_account_id(ACCOUNT)
                .for_chat_id(CHAT)
                .send()
                .await
                .map(drop)
        }),
        "createQuickReply" => Box::pin(async move {
            let mut send = texterchat::quick_replies::text("Hi");
            send.target = Some(vec![texterchat::quick_replies::channel(
                ChannelName::Whatsapp,
                ACCOUNT,
            )]);
            texter.quick_replies().create(send).send().await.map(drop)
        }),
        "updateQuickReply" => Box::pin(async move {
            let title = types::QuickReplyUpdate::UpdateDisplayTitle(Some("x".into()));
            texter
                .quick_replies()
                .update(QUICK_REPLY, [title])
                .send()
                .await
                .map(drop)
        }),
        "deleteQuickReply" => {
            Box::pin(async move { texter.quick_replies().delete(QUICK_REPLY).send().await })
        }
        "importSubscription" => Box::pin(async move {
            texter
                .subscriptions()
                .import(types::ScenarioDefinition::default())
                .send()
                .await
                .map(drop)
        }),
        "listSubscriptions" => {
            Box::pin(async move { texter.subscriptions().list().send().await.map(drop) })
        }
        "copyScenario" => Box::pin(async move {
            texter
                .subscriptions()
                .copy(SCENARIO)
                .from_version(1)
                .new_name("(SUB) copy")
                .send()
                .await
                .map(drop)
        }),
        other => panic!("no call for the operation `{other}`: add it to the table of `call`"),
    }
}

#[tokio::test]
async fn every_operation_as_the_sdk_sends_it_has_no_violation_by_prism() {
    let (proxy, addr) = Proxy::start(prism_url()).await;
    let texter = client(addr);
    // The operations of the spec file itself, not of the SDK's own catalog.
    let operations = texterchat_tests::spec().operations();
    assert_eq!(
        operations.len(),
        texterchat::scopes::operations().len(),
        "the spec and the SDK's catalog disagree on the number of operations"
    );

    let mut failures = Vec::new();
    let mut decode_notes = Vec::new();
    let mut report = Vec::new();
    for op in &operations {
        let id = op.id.as_str();
        let result = call(&texter, id).await;
        let exchanges = proxy.take();
        let [exchange] = exchanges.as_slice() else {
            failures.push(format!(
                "{id}: {} requests reached Prism, expected exactly 1 ({result:?})",
                exchanges.len()
            ));
            continue;
        };
        if exchange.method != op.method || !matches_template(exchange.path(), &op.path) {
            failures.push(format!(
                "{id}: sent {} {}, the spec says {} {API_ROOT}{}",
                exchange.method,
                exchange.path(),
                op.method,
                op.path
            ));
        }
        let violations = exchange.violations();
        for v in &violations {
            failures.push(format!("{id}: {v}"));
        }
        let prism_success = (200..300).contains(&exchange.status);
        if !prism_success && violations.is_empty() {
            // 401 (security), 404 (no route), 405, 422 … always come with a reason in the body.
            failures.push(format!(
                "{id}: Prism answered {} to {} {}: {}",
                exchange.status,
                exchange.method,
                exchange.target,
                Exchange::excerpt(&exchange.response_body)
            ));
        }
        if !violations.is_empty() || !prism_success {
            failures.push(format!(
                "{id}:   the request was {} {} {}",
                exchange.method,
                exchange.target,
                Exchange::excerpt(&exchange.request_body)
            ));
        }
        match (&result, prism_success) {
            (Err(e), true) => decode_notes.push(format!(
                "{id}: Prism answered {} with {}, and the SDK returned: {e}",
                exchange.status,
                Exchange::excerpt(&exchange.response_body)
            )),
            (Ok(()), false) => failures.push(format!(
                "{id}: the SDK returned Ok for Prism's {}",
                exchange.status
            )),
            _ => {}
        }
        report.push(format!(
            "{id:<28} {:<6} {:<70} -> {} {}",
            exchange.method,
            exchange.target,
            exchange.status,
            if violations.is_empty() {
                "no violation".to_string()
            } else {
                format!("{} violation(s)", violations.len())
            }
        ));
    }

    println!(
        "Prism validated {} requests, one per operation of openapi/texter.yaml:",
        report.len()
    );
    for line in &report {
        println!("  {line}");
    }
    if decode_notes.is_empty() {
        println!("The SDK decoded every answer of Prism (the spec's examples).");
    } else {
        println!(
            "Answers of Prism (the spec's examples) the SDK did not decode ({}; not request violations):",
            decode_notes.len()
        );
        for note in &decode_notes {
            println!("  {note}");
        }
    }
    assert!(
        failures.is_empty(),
        "Prism found the SDK's requests at odds with openapi/texter.yaml:\n{}",
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Negative controls: wrong requests are caught, so a pass above means something

#[tokio::test]
async fn a_wrong_body_sent_through_the_sdk_is_reported_by_prism() {
    let (proxy, addr) = Proxy::start(prism_url()).await;
    let texter = client(addr);
    // Create Label without its required `id`, and with a number for the string `name`.
    let result = texter
        .raw(
            RawRequest::post("/labels")
                .json(json!({"name": 5, "color": "#a83236"}))
                .scopes([Scope::ManageLabels]),
        )
        .await;
    let exchanges = proxy.take();
    let [exchange] = exchanges.as_slice() else {
        panic!("expected one request, got {exchanges:?}");
    };
    let violations = exchange.violations();
    println!(
        "negative control: POST {} {} -> {}\n  {}",
        exchange.target,
        String::from_utf8_lossy(&exchange.request_body),
        exchange.status,
        violations.join("\n  ")
    );
    assert_eq!(exchange.status, 422, "{exchange:?}");
    let err = result.expect_err("the SDK reports Prism's 422");
    assert_eq!(err.status(), Some(422), "{err}");
    assert!(
        violations
            .iter()
            .any(|v| v.contains("required at request.body") && v.contains("'id'")),
        "{violations:?}"
    );
    assert!(
        violations
            .iter()
            .any(|v| v.contains("type at request.body.name")),
        "{violations:?}"
    );
}

#[tokio::test]
async fn wrong_requests_sent_directly_are_reported_by_prism() {
    let prism = prism_url();
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let labels = format!("{prism}{API_ROOT}/labels");
    let cases: Vec<(&str, reqwest::RequestBuilder, u16, &str)> = vec![
        (
            "no bearer token",
            http.get(&labels),
            401,
            "Invalid security scheme used",
        ),
        (
            "a query parameter of the wrong type",
            http.get(format!("{labels}?limit=many")).bearer_auth(TOKEN),
            422,
            "limit must be integer",
        ),
        (
            "a query parameter out of range",
            http.get(format!("{labels}?limit=0")).bearer_auth(TOKEN),
            422,
            "limit must be >= 1",
        ),
        (
            "a body property of the wrong type",
            http.post(format!("{prism}{API_ROOT}/chats/{CHAT}/resolve"))
                .bearer_auth(TOKEN)
                .json(&json!({"notifyClient": "yes"})),
            422,
            "notifyClient must be boolean",
        ),
        (
            "a body that is not JSON",
            http.post(&labels)
                .bearer_auth(TOKEN)
                .header("content-type", "text/plain")
                .body("id=vip"),
            415,
            "Supported content types: application/json",
        ),
    ];
    let mut failures = Vec::new();
    for (what, request, status, needle) in cases {
        let answer = request.send().await.unwrap();
        let got = answer.status().as_u16();
        let header = answer
            .headers()
            .get("sl-violations")
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let body = answer.bytes().await.unwrap_or_default();
        println!(
            "negative control, {what}: {got}; sl-violations: {}; body: {}",
            header.as_deref().unwrap_or("(none)"),
            Exchange::excerpt(&body)
        );
        if got != status {
            failures.push(format!("{what}: Prism answered {got}, expected {status}"));
        }
        if !needle.is_empty() && !header.as_deref().unwrap_or_default().contains(needle) {
            failures.push(format!(
                "{what}: sl-violations {header:?} does not contain {needle:?}"
            ));
        }
    }

    // The path without the server's prefix is no route of the spec Prism serves: a request the
    // SDK sent without `/server/api/v2` would be caught too.
    let answer = http
        .get(format!("{prism}/labels"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    let got = answer.status().as_u16();
    let body = answer.text().await.unwrap_or_default();
    println!("negative control, a path without {API_ROOT}: {got}: {body}");
    if got != 404 || !body.contains("NO_PATH_MATCHED") {
        failures.push(format!("/labels without {API_ROOT}: {got} {body}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
