//! The webhook receiver end to end over HTTP: a real server on a local port, deliveries posted
//! with reqwest, events read from the receiver's queue.
//!
//! The endpoint queues an event before it answers, so as soon as a response is in, the queue
//! holds exactly what was accepted: the tests read it with `try_recv`, without waiting.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use axum::Router;
use axum::routing::get;
use reqwest::StatusCode;
use serde_json::{Value, json};
use texterchat::enums::{ChatStatus, MediaType, MessageDirection, MessageStatus, MessageType};
use texterchat::events::receiver::{Deliveries, WebhookReceiver};
use texterchat::events::{Event, EventExt, EventKind, WEBHOOK_EVENTS, external_ids, status_error};
use texterchat_tests::{fixtures_dir, manifest, read_json};

const SECRET: &str = "wh-test-secret-5f3a9c2e7b1d";
const HOOK_PATH: &str = "/hooks/texter";
const CHAT_ID: &str = "67bf11038b24880cc966f799";

// ---------------------------------------------------------------------------------------------
// The server

/// The app of `examples/webhook_receiver.rs`, mirrored: a health check and the receiver nested
/// at [`HOOK_PATH`].
fn app(receiver: WebhookReceiver) -> (Router, Deliveries) {
    let (hooks, deliveries) = receiver.into_parts();
    let app = Router::new()
        .route("/health", get(|| async { "ok" }))
        .nest(HOOK_PATH, hooks);
    (app, deliveries)
}

/// A served receiver and a client for it.
struct Server {
    addr: std::net::SocketAddr,
    /// The URL to register (with the secret), built by [`WebhookReceiver::webhook_url`].
    url: String,
    /// The same without the secret.
    bare: String,
    deliveries: Deliveries,
    http: reqwest::Client,
}

impl Server {
    async fn start() -> Self {
        Self::with(WebhookReceiver::new(SECRET).unwrap()).await
    }

    async fn with(receiver: WebhookReceiver) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let bare = format!("http://{addr}{HOOK_PATH}");
        let url = receiver.webhook_url(&bare).unwrap();
        let (app, deliveries) = app(receiver);
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        // No proxy from the environment may stand between the test and the loopback server, and
        // a handler that waits (which it must not) fails the test instead of hanging it.
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap();
        Self {
            addr,
            url,
            bare,
            deliveries,
            http,
        }
    }

    /// POSTs `body` to `url`; the status and the response text.
    async fn post_to(&self, url: &str, body: impl Into<reqwest::Body>) -> (StatusCode, String) {
        let response = self.http.post(url).body(body).send().await.unwrap();
        (response.status(), response.text().await.unwrap())
    }

    async fn post(&self, body: impl Into<reqwest::Body>) -> (StatusCode, String) {
        self.post_to(&self.url, body).await
    }

    /// Delivers `payload`, asserts a 2xx, and returns the event it queued.
    async fn deliver(&mut self, payload: &Value) -> Event {
        let (status, text) = self.post(payload.to_string()).await;
        assert!(status.is_success(), "{status} {text} for {payload}");
        let event = self.deliveries.try_recv().expect("a 2xx means queued");
        self.assert_nothing_queued();
        event
    }

    fn assert_nothing_queued(&mut self) {
        if let Some(event) = self.deliveries.try_recv() {
            panic!("unexpected event in the queue: {event:?}");
        }
    }
}

fn delivery(name: &str, data: Value) -> Value {
    json!({ "eventName": name, "eventData": data })
}

fn fixture(path: &str) -> Value {
    read_json(&fixtures_dir().join(path))
}

// ---------------------------------------------------------------------------------------------
// Checking a typed event against the payload it came from

/// The event's typed data, re-encoded.
fn typed_data(event: &Event) -> Value {
    let value = match event {
        Event::NewMessage(d)
        | Event::NewIncomingMessage(d)
        | Event::NewMatchedMessage(d)
        | Event::NewMediaMessage(d) => serde_json::to_value(d.typed()),
        Event::MessageFailed(d) | Event::MessageStatusChanged(d) => serde_json::to_value(d.typed()),
        Event::ChatAssigned(d) => serde_json::to_value(d.typed()),
        Event::ChatLabelsUpdated(d) | Event::ChatSpecificLabelAdded(d) => {
            serde_json::to_value(d.typed())
        }
        Event::ChatPending(d)
        | Event::ChatResolved(d)
        | Event::ChatResolvedByAgent(d)
        | Event::ChatResolvedByBot(d)
        | Event::ChatSubscribed(d)
        | Event::ChatUnsubscribed(d)
        | Event::ExternalBotEnabled(d)
        | Event::ExternalBotDisabled(d) => serde_json::to_value(d.typed()),
        Event::ChannelHealthProblemCreated(d) | Event::ChannelHealthProblemResolved(d) => {
            serde_json::to_value(d.typed())
        }
        Event::Unknown { data, .. } => Ok(data.clone()),
        other => panic!("an event variant this test does not know: {}", other.name()),
    };
    value.unwrap()
}

/// Every value the typed data holds is the value the payload sent at the same path: decoding
/// lost or altered nothing it kept.
fn assert_kept_verbatim(typed: &Value, sent: &Value, path: &str) {
    match (typed, sent) {
        (Value::Object(t), Value::Object(s)) => {
            for (key, value) in t {
                let sent = s
                    .get(key)
                    .unwrap_or_else(|| panic!("{path}.{key} was not sent"));
                assert_kept_verbatim(value, sent, &format!("{path}.{key}"));
            }
        }
        (Value::Array(t), Value::Array(s)) => {
            assert_eq!(t.len(), s.len(), "{path}: length");
            for (i, (t, s)) in t.iter().zip(s).enumerate() {
                assert_kept_verbatim(t, s, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(typed, sent, "{path}"),
    }
}

/// Delivers `payload` and checks the event: its name, and its data kept verbatim.
async fn deliver_and_check(server: &mut Server, payload: &Value) -> Event {
    let event = server.deliver(payload).await;
    let name = payload["eventName"].as_str().unwrap();
    assert_eq!(event.name(), name);
    assert_eq!(event.kind(), EventKind::from(name));
    assert!(event.kind().is_known(), "{name} decoded as {event:?}");
    assert!(!matches!(event, Event::Unknown { .. }), "{name}");
    assert_kept_verbatim(&typed_data(&event), &payload["eventData"], "eventData");
    event
}

// ---------------------------------------------------------------------------------------------
// Payloads

/// `objects/Chat.json` as documented.
fn chat() -> Value {
    fixture("objects/Chat.json")
}

/// The one documented message example (from the `newIncomingMessage` payload).
fn message() -> Value {
    fixture("webhooks/newIncomingMessage.json")["eventData"]["message"].clone()
}

/// A payload for `name` assembled from the object fixtures, shaped by its data schema.
fn assembled(name: &str, data_schema: &str) -> Value {
    let data = match (data_schema, name) {
        ("MessageEventData", "newMediaMessage") => {
            let mut message = message();
            message["type"] = json!("media");
            message["text"] = json!("see attached");
            message["media"] =
                json!([{ "fileId": "6970d00d5eed00000000f11e", "mediaType": "image" }]);
            json!({ "message": message, "chat": chat() })
        }
        ("MessageEventData", _) => json!({ "message": message(), "chat": chat() }),
        ("MessageStatusEventData", "messageFailed") => json!({
            "chat": chat(),
            "error": "(#131026) Message undeliverable",
            "timestamp": 1762012099000_i64,
            "externalId": ["wamid.HBgMOne", "wamid.HBgMTwo"],
        }),
        ("MessageStatusEventData", _) => json!({
            "chat": chat(),
            "messageStatus": 2,
            "error": null,
            "timestamp": 1762012099000_i64,
            "externalId": ["wamid.HBgMOne"],
        }),
        ("ChatAssignedEventData", _) => json!({
            "chat": chat(),
            "agent": {
                "id": "4d170fc7-5cd6-4496-98e4-f4f03a11456e",
                "crmId": "crm-77",
                "email": "tyler@example.com",
                "displayName": "Tyler",
                "roles": ["agent"],
            },
        }),
        ("ChatLabelsEventData", _) => {
            let added = fixture("objects/Label.json")["id"].clone();
            let mut chat = chat();
            chat["labels"] = json!(["VIP", added]);
            json!({ "chat": chat, "oldLabels": ["VIP", "cold"], "addedLabels": [added], "removedLabels": ["cold"] })
        }
        ("ProblemEventData", "channelHealthProblemResolved") => {
            let mut problem = fixture("objects/Problem.json");
            problem["resolvedAt"] = json!(1758210000000_i64);
            json!({ "problem": problem })
        }
        ("ProblemEventData", _) => json!({ "problem": fixture("objects/Problem.json") }),
        ("ChatEventData", _) => json!({ "chat": chat() }),
        other => panic!("no assembled payload for {other:?}: add one"),
    };
    delivery(name, data)
}

// ---------------------------------------------------------------------------------------------
// Deliveries of every event

#[tokio::test]
async fn every_documented_payload_arrives_typed() {
    let mut server = Server::start().await;
    let entries: Vec<_> = manifest()
        .into_iter()
        .filter(|e| e.kind == "webhook")
        .collect();
    let files: BTreeSet<String> = std::fs::read_dir(fixtures_dir().join("webhooks"))
        .unwrap()
        .map(|e| format!("webhooks/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    let listed: BTreeSet<String> = entries.iter().map(|e| e.file.clone()).collect();
    assert_eq!(listed, files, "the manifest lists every payload file");

    for entry in &entries {
        let payload = fixture(&entry.file);
        assert_eq!(payload["eventName"].as_str(), entry.event.as_deref());
        let event = deliver_and_check(&mut server, &payload).await;
        check_documented(&entry.file, &event);
    }
    assert!(!entries.is_empty());
}

/// The values each documented payload holds, read back from the typed event.
fn check_documented(file: &str, event: &Event) {
    match (file, event) {
        ("webhooks/newIncomingMessage.envelope.json", Event::NewIncomingMessage(d)) => {
            // The guide's envelope has placeholder objects: they decode, empty.
            assert_eq!(d.message.as_ref().unwrap().id, None);
            assert_eq!(d.chat.as_ref().unwrap().id, None);
        }
        ("webhooks/newIncomingMessage.json", Event::NewIncomingMessage(d)) => {
            let m = d.message.as_ref().unwrap();
            assert_eq!(m.id.as_deref(), Some("6970c0ffee0123456789abcd"));
            assert_eq!(m.direction, Some(MessageDirection::Incoming));
            assert_eq!(m.type_, Some(MessageType::Text));
            assert_eq!(m.text.as_deref(), Some("I want to speak to a human"));
            assert_eq!(m.timestamp.unwrap().get(), 1762012091000);
            let chat = d.chat.as_ref().unwrap();
            assert_eq!(chat.title.as_deref(), Some("John Doe"));
            assert_eq!(chat.status, Some(ChatStatus::Bot));
            assert_eq!(chat.external_bot, Some(false));
            assert_eq!(
                event.dedup_key().as_deref(),
                Some("newIncomingMessage:6970c0ffee0123456789abcd")
            );
        }
        ("webhooks/messageStatusChanged.json", Event::MessageStatusChanged(d)) => {
            assert_eq!(d.message_status, Some(MessageStatus::Seen));
            assert_eq!(d.timestamp.unwrap().get(), 1762012099000);
            assert_eq!(external_ids(d), ["wamid.HBgM…"]);
            assert_eq!(status_error(d), None);
        }
        ("webhooks/chatAssigned.json", Event::ChatAssigned(d)) => {
            let chat = d.chat.as_ref().unwrap();
            assert_eq!(chat.status, Some(ChatStatus::Assigned));
            assert_eq!(
                chat.agent.as_ref().unwrap().uid.as_deref(),
                Some("4d170fc7-5cd6-4496-98e4-f4f03a11456e")
            );
            let agent = d.agent.as_ref().unwrap();
            assert_eq!(agent.email.as_deref(), Some("agent@example.com"));
            assert_eq!(agent.roles, Some(json!(["…"])));
        }
        ("webhooks/chatSpecificLabelAdded.json", Event::ChatSpecificLabelAdded(d)) => {
            assert_eq!(d.chat.as_ref().unwrap().labels, ["VIP", "vip"]);
            assert_eq!(d.old_labels, ["VIP"]);
            assert_eq!(d.added_labels, ["vip"]);
            assert!(d.removed_labels.is_empty());
        }
        ("webhooks/channelHealthProblemResolved.json", Event::ChannelHealthProblemResolved(d)) => {
            let p = d.problem.as_ref().unwrap();
            assert_eq!(p.id.as_deref(), Some("68cc1241bafffd81d455e788"));
            assert_eq!(p.resolved_at.unwrap().get(), 1758210000000);
            assert_eq!(p.impaired_functionality.get("send"), Some(&true));
            assert_eq!(
                p.severity.as_ref().map(|s| s.as_str().to_string()),
                Some("error".into())
            );
        }
        _ => panic!("{file}: unexpected {event:?} (add its checks here)"),
    }
    if let Some(chat) = event.chat() {
        assert_eq!(chat.id.as_deref().unwrap_or(CHAT_ID), CHAT_ID, "{file}");
    }
}

#[tokio::test]
async fn every_event_arrives_typed_from_assembled_payloads() {
    let mut server = Server::start().await;
    let mut seen = BTreeSet::new();
    for info in WEBHOOK_EVENTS {
        let payload = assembled(info.name, info.data_schema);
        let event = deliver_and_check(&mut server, &payload).await;
        check_assembled(&event);
        seen.insert(event.name().to_string());
    }
    let known: BTreeSet<String> = EventKind::KNOWN
        .iter()
        .map(|k| k.as_str().to_string())
        .collect();
    assert_eq!(seen, known, "one assembled payload per known event");
    assert_eq!(seen.len(), 19);
}

/// The values of the object fixtures, read back from the typed event.
fn check_assembled(event: &Event) {
    let name = event.name();
    if let Some(chat) = event.chat() {
        assert_eq!(chat.id.as_deref(), Some(CHAT_ID), "{name}");
        assert_eq!(chat.display_name.as_deref(), Some("John from the gym"));
        assert_eq!(chat.status, Some(ChatStatus::Assigned));
        assert_eq!(chat.crm_data["leadId"], json!(641225));
        assert_eq!(
            chat.last_incoming_message_timestamp.unwrap().get(),
            1762012091000
        );
        assert_eq!(
            chat.updated_at.as_ref().unwrap().as_str(),
            "2025-11-01T15:48:14.076Z"
        );
    }
    let chat_key = format!("{name}:{CHAT_ID}:2025-11-01T15:48:14.076Z");
    let message_key = format!("{name}:6970c0ffee0123456789abcd");
    match event {
        Event::NewMediaMessage(d) => {
            let m = d.message.as_ref().unwrap();
            assert_eq!(m.type_, Some(MessageType::Media));
            assert_eq!(m.media[0].media_type, Some(MediaType::Image));
            assert_eq!(
                m.media[0].file_id.as_deref(),
                Some("6970d00d5eed00000000f11e")
            );
            assert_eq!(event.dedup_key(), Some(message_key));
        }
        Event::NewMessage(d) | Event::NewIncomingMessage(d) | Event::NewMatchedMessage(d) => {
            let m = d.message.as_ref().unwrap();
            assert_eq!(m.text.as_deref(), Some("I want to speak to a human"));
            // Same time as the chat's latest incoming message: not stale.
            assert_eq!(event.is_stale(), Some(false), "{name}");
            assert_eq!(event.dedup_key(), Some(message_key));
        }
        Event::MessageFailed(d) => {
            assert_eq!(d.message_status, None);
            assert_eq!(external_ids(d), ["wamid.HBgMOne", "wamid.HBgMTwo"]);
            assert_eq!(
                status_error(d).as_deref(),
                Some("(#131026) Message undeliverable")
            );
            assert_eq!(
                event.dedup_key().as_deref(),
                Some("messageFailed:wamid.HBgMOne,wamid.HBgMTwo::1762012099000")
            );
        }
        Event::MessageStatusChanged(d) => {
            assert_eq!(d.message_status, Some(MessageStatus::Delivered));
            assert_eq!(
                event.dedup_key().as_deref(),
                Some("messageStatusChanged:wamid.HBgMOne:2:1762012099000")
            );
        }
        Event::ChatAssigned(d) => {
            let agent = d.agent.as_ref().unwrap();
            assert_eq!(agent.display_name.as_deref(), Some("Tyler"));
            assert_eq!(agent.crm_id.as_deref(), Some("crm-77"));
            assert_eq!(event.dedup_key(), Some(chat_key));
        }
        Event::ChatLabelsUpdated(d) | Event::ChatSpecificLabelAdded(d) => {
            assert_eq!(d.added_labels, ["hot_lead"]);
            assert_eq!(d.removed_labels, ["cold"]);
            assert_eq!(d.chat.as_ref().unwrap().labels, ["VIP", "hot_lead"]);
            assert_eq!(event.dedup_key(), Some(chat_key));
        }
        Event::ChannelHealthProblemCreated(d) | Event::ChannelHealthProblemResolved(d) => {
            let p = d.problem.as_ref().unwrap();
            assert_eq!(
                p.name.as_deref(),
                Some("whatsapp_business_has_limited_messaging_availability")
            );
            assert_eq!(p.started_at.unwrap().get(), 1758204400000);
            let resolved = matches!(event, Event::ChannelHealthProblemResolved(_));
            assert_eq!(p.resolved_at.is_some(), resolved, "{name}");
            let at = if resolved { "1758210000000" } else { "0" };
            assert_eq!(
                event.dedup_key(),
                Some(format!("{name}:68cc1241bafffd81d455e788:{at}"))
            );
        }
        Event::ChatPending(d)
        | Event::ChatResolved(d)
        | Event::ChatResolvedByAgent(d)
        | Event::ChatResolvedByBot(d)
        | Event::ChatSubscribed(d)
        | Event::ChatUnsubscribed(d)
        | Event::ExternalBotEnabled(d)
        | Event::ExternalBotDisabled(d) => {
            let chat = d.chat.as_ref().unwrap();
            assert_eq!(
                chat.agent.as_ref().unwrap().display_name.as_deref(),
                Some("Tyler")
            );
            assert_eq!(chat.external_bot, Some(false));
            assert_eq!(event.dedup_key(), Some(chat_key));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn concurrent_deliveries_all_arrive() {
    let mut server = Server::start().await;
    let sends = (0..64).map(|i| {
        let mut message = message();
        message["_id"] = json!(format!("msg-{i:02}"));
        let body = delivery("newMessage", json!({ "message": message })).to_string();
        server.post(body)
    });
    for (status, text) in futures::future::join_all(sends).await {
        assert_eq!(status, StatusCode::ACCEPTED, "{text}");
    }
    let mut keys = BTreeSet::new();
    while let Some(event) = server.deliveries.try_recv() {
        keys.insert(event.dedup_key().unwrap());
    }
    assert_eq!(keys.len(), 64, "each delivery queued once");
}

// ---------------------------------------------------------------------------------------------
// Refusals

#[tokio::test]
async fn a_wrong_or_missing_secret_is_401_and_nothing_is_queued() {
    let mut server = Server::start().await;
    let body = delivery("chatPending", json!({ "chat": chat() })).to_string();
    let bare = server.bare.clone();
    let unauthorized = StatusCode::UNAUTHORIZED;
    let wrong = [
        (bare.clone(), unauthorized),              // missing
        (format!("{bare}?secret="), unauthorized), // empty
        (
            format!("{bare}?secret=wh-test-secret-5f3a9c2e7b1"),
            unauthorized,
        ), // a prefix
        (format!("{bare}?secret={SECRET}x"), unauthorized), // longer
        (
            format!("{bare}?secret=WH-TEST-SECRET-5F3A9C2E7B1D"),
            unauthorized,
        ), // case differs
        (format!("{bare}?Secret={SECRET}"), unauthorized), // another parameter
        (format!("{bare}/{SECRET}"), StatusCode::NOT_FOUND), // a path: no such route
    ];
    for (url, expected) in &wrong {
        let (status, text) = server.post_to(url, body.clone()).await;
        assert_eq!(status, *expected, "{url}: {text}");
        assert!(!text.contains(SECRET), "{text}");
    }
    // Even a broken body is refused for its secret, not its content.
    let (status, _) = server.post_to(&bare, "{").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    server.assert_nothing_queued();

    // The right secret, also among other parameters and percent-encoded, is accepted.
    let encoded = format!("{bare}?tenant=7&secret=wh%2Dtest%2Dsecret%2D5f3a9c2e7b1d");
    let (status, text) = server.post_to(&encoded, body).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{text}");
    assert!(matches!(
        server.deliveries.try_recv(),
        Some(Event::ChatPending(_))
    ));
}

#[tokio::test]
async fn other_methods_than_post_are_405() {
    let mut server = Server::start().await;
    for method in [
        reqwest::Method::GET,
        reqwest::Method::PUT,
        reqwest::Method::PATCH,
        reqwest::Method::DELETE,
    ] {
        let response = server
            .http
            .request(method.clone(), &server.url)
            .body(delivery("chatPending", json!({})).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method}"
        );
        assert_eq!(response.headers()["allow"], "POST");
    }
    server.assert_nothing_queued();
}

#[tokio::test]
async fn a_body_over_the_cap_is_413() {
    const CAP: usize = 4096;
    let mut server = Server::with(WebhookReceiver::new(SECRET).unwrap().max_body_bytes(CAP)).await;
    let payload = delivery("chatPending", json!({ "chat": chat() })).to_string();
    let pad = |len: usize| format!("{payload}{}", " ".repeat(len - payload.len()));

    // Exactly the cap is accepted (trailing whitespace is valid JSON).
    let (status, text) = server.post(pad(CAP)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{text}");
    assert!(server.deliveries.try_recv().is_some());

    // One byte more is refused, whether the length is declared or streamed in chunks.
    let (status, text) = server.post(pad(CAP + 1)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert!(text.contains("4096 bytes"), "{text}");
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = pad(CAP + 1)
        .into_bytes()
        .chunks(1000)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let (status, text) = server
        .post(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    server.assert_nothing_queued();
}

/// Sends `head` and `body` over a raw connection that stays open, and returns the status line
/// of the answer: the server must answer without the rest of the body.
async fn status_line_before_the_body_ends(server: &Server, head: &str, body: Vec<u8>) -> String {
    use std::io::{BufRead, Write};
    let path = server
        .url
        .trim_start_matches(&format!("http://{}", server.addr));
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\n{head}\r\n",
        server.addr
    );
    let addr = server.addr;
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        stream.write_all(&body).unwrap();
        let mut line = String::new();
        std::io::BufReader::new(stream)
            .read_line(&mut line)
            .unwrap();
        line.trim_end().to_string()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn an_oversize_body_is_refused_before_it_is_all_sent() {
    const CAP: usize = 4096;
    let mut server = Server::with(WebhookReceiver::new(SECRET).unwrap().max_body_bytes(CAP)).await;
    // A declared length over the cap: refused on the headers alone.
    let line =
        status_line_before_the_body_ends(&server, "Content-Length: 2000000000\r\n", vec![]).await;
    assert_eq!(line, "HTTP/1.1 413 Payload Too Large");
    // A chunked body: refused once the bytes read pass the cap, though it never ends.
    let mut chunk = format!("{:x}\r\n", CAP + 1).into_bytes();
    chunk.extend(vec![b' '; CAP + 1]);
    chunk.extend(b"\r\n");
    let line =
        status_line_before_the_body_ends(&server, "Transfer-Encoding: chunked\r\n", chunk).await;
    assert_eq!(line, "HTTP/1.1 413 Payload Too Large");
    server.assert_nothing_queued();
}

#[tokio::test]
async fn the_default_cap_is_one_mebibyte() {
    let mut server = Server::start().await;
    let (status, _) = server.post(vec![b' '; (1 << 20) + 1]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    server.assert_nothing_queued();
}

#[tokio::test]
async fn a_body_that_is_not_a_delivery_is_400_with_the_reason() {
    let mut server = Server::start().await;
    let cases = [
        (
            r#"{"eventName": "chatPending", "eventData": "#.to_string(),
            "not JSON",
        ),
        ("not json at all".to_string(), "not JSON"),
        (String::new(), "not JSON"),
        ("[1, 2]".to_string(), "not an object"),
        (r#"{"eventData": {}}"#.to_string(), "no `eventName`"),
        (
            r#"{"eventName": 7, "eventData": {}}"#.to_string(),
            "`eventName` is a number",
        ),
        (
            r#"{"eventName": "chatPending", "eventData": [1]}"#.to_string(),
            "not an object",
        ),
    ];
    for (body, reason) in cases {
        let (status, text) = server.post(body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body:?}: {text}");
        assert!(
            text.contains(reason),
            "{body:?}: {text:?} should say {reason:?}"
        );
    }
    server.assert_nothing_queued();
}

// ---------------------------------------------------------------------------------------------
// Forward compatibility

/// An authenticated, well-formed envelope is never refused because a value does not fit our
/// types: Texter's string templates can produce `""` or `"undefined"` for a missing number.
#[tokio::test]
async fn values_that_do_not_fit_their_types_are_accepted_with_the_raw_data() {
    let mut server = Server::start().await;
    for (payload, problem) in [
        (
            delivery(
                "messageStatusChanged",
                json!({ "messageStatus": "", "externalId": "wamid.A", "timestamp": 1762012091000u64 }),
            ),
            "messageStatus",
        ),
        (
            delivery(
                "messageStatusChanged",
                json!({ "messageStatus": "undefined", "externalId": "wamid.A" }),
            ),
            "messageStatus",
        ),
        (
            delivery(
                "chatPending",
                json!({ "chat": { "_id": CHAT_ID, "status": "open" } }),
            ),
            "chat.status",
        ),
        (
            delivery(
                "newMessage",
                json!({ "message": { "_id": "m1", "timestamp": "yesterday" } }),
            ),
            "message.timestamp",
        ),
    ] {
        let event = server.deliver(&payload).await;
        let paths: Vec<&str> = event.problems().iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, [problem], "{payload}");
        assert_eq!(event.raw_data(), &payload["eventData"]);
    }
}

#[tokio::test]
async fn an_unknown_event_is_accepted_with_its_raw_data() {
    let mut server = Server::start().await;
    let data = json!({ "chat": { "_id": CHAT_ID }, "rating": { "stars": 5, "comment": "great" } });
    let event = server.deliver(&delivery("chatRated", data.clone())).await;
    let Event::Unknown { name, data: raw } = &event else {
        panic!("{event:?}");
    };
    assert_eq!(name, "chatRated");
    assert_eq!(raw, &data);
    assert_eq!(event.kind(), EventKind::Unknown("chatRated".into()));
    assert!(!event.kind().is_known());
    assert_eq!(event.dedup_key(), None);
}

#[tokio::test]
async fn new_fields_and_enum_values_inside_known_events_still_decode() {
    let mut server = Server::start().await;
    let mut chat = chat();
    chat["status"] = json!(9);
    chat["priority"] = json!({ "level": "high" });
    chat["channelInfo"]["name"] = json!("telegram");
    let mut message = message();
    message["type"] = json!("reaction");
    message["reaction"] = json!({ "emoji": "👍" });
    message["direction"] = json!("sideways");
    let payload = json!({
        "eventName": "newMessage",
        "eventData": { "message": message, "chat": chat, "deliveredBy": "v3" },
        "eventVersion": 3,
    });
    let event = server.deliver(&payload).await;
    let Event::NewMessage(d) = &event else {
        panic!("{event:?}");
    };
    let chat = d.chat.as_ref().unwrap();
    assert_eq!(chat.status, Some(ChatStatus::Unknown(9)));
    assert!(!chat.status.unwrap().is_known());
    assert_eq!(
        chat.channel_info
            .as_ref()
            .unwrap()
            .name
            .as_ref()
            .unwrap()
            .as_str(),
        "telegram"
    );
    let m = d.message.as_ref().unwrap();
    assert_eq!(m.type_, Some(MessageType::Unknown("reaction".into())));
    assert_eq!(
        m.direction,
        Some(MessageDirection::Unknown("sideways".into()))
    );
    assert_eq!(m.id.as_deref(), Some("6970c0ffee0123456789abcd"));
}

// ---------------------------------------------------------------------------------------------
// Back-pressure

#[tokio::test]
async fn a_full_queue_is_503_until_it_is_read() {
    let mut server = Server::with(WebhookReceiver::new(SECRET).unwrap().queue_capacity(2)).await;
    let body = |i: u32| {
        let mut message = message();
        message["_id"] = json!(format!("msg-{i}"));
        delivery("newIncomingMessage", json!({ "message": message })).to_string()
    };
    // Nobody reads yet: the handler answers at once anyway, until the queue is full.
    for i in 0..2 {
        assert_eq!(server.post(body(i)).await.0, StatusCode::ACCEPTED);
    }
    let response = server
        .http
        .post(&server.url)
        .body(body(2))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "1");
    assert_eq!(server.deliveries.len(), 2);

    // Reading makes room; the refused delivery can be retried.
    let first = server.deliveries.try_recv().unwrap();
    assert_eq!(first.message().unwrap().id.as_deref(), Some("msg-0"));
    assert_eq!(server.post(body(2)).await.0, StatusCode::ACCEPTED);
    let rest: Vec<_> = std::iter::from_fn(|| server.deliveries.try_recv())
        .map(|e| e.message().unwrap().id.clone().unwrap())
        .collect();
    assert_eq!(rest, ["msg-1", "msg-2"]);
}

#[tokio::test]
async fn deliveries_are_refused_once_nobody_reads_them() {
    let Server {
        url,
        deliveries,
        http,
        ..
    } = Server::start().await;
    drop(deliveries);
    let body = delivery("chatPending", json!({ "chat": chat() })).to_string();
    let response = http.post(&url).body(body).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.text().await.unwrap().contains("not accepting"));
}

// ---------------------------------------------------------------------------------------------
// The receiver itself

#[test]
fn weak_secrets_are_refused_without_being_echoed() {
    for weak in [
        "",
        "short",
        "fifteen-chars-x",
        "sixteen chars ok",
        "0123456789abcdef\n",
    ] {
        let err = WebhookReceiver::new(weak).expect_err(weak);
        assert!(err.is_validation(), "{err}");
        let text = err.to_string();
        assert!(text.contains("`secret`"), "{text}");
        let shown = format!("{text} {err:?}");
        assert!(
            weak.is_empty() || !shown.contains(weak.trim()),
            "echoes the secret: {shown}"
        );
    }
    assert!(WebhookReceiver::new("0123456789abcdef").is_ok());
}

#[test]
fn debug_output_never_shows_the_secret() {
    let receiver = WebhookReceiver::new(SECRET).unwrap();
    let debug = format!("{receiver:?}");
    assert!(!debug.contains(SECRET), "{debug}");
    assert!(debug.contains("redacted"), "{debug}");
}

#[test]
fn the_registered_url_carries_the_encoded_secret() {
    let secret = "s3cr3t+/&=%{{x}}#é";
    let receiver = WebhookReceiver::new(secret).unwrap();
    let url = receiver
        .webhook_url("https://example.com/hooks/texter?tenant=7")
        .unwrap();
    assert!(
        url.starts_with("https://example.com/hooks/texter?tenant=7&secret="),
        "{url}"
    );
    assert!(
        !url.contains("{{"),
        "placeholders would break the subscription: {url}"
    );
    let parsed = reqwest::Url::parse(&url).unwrap();
    let back: Vec<_> = parsed.query_pairs().collect();
    assert_eq!(back[1].1, secret);
    // Accepted by the subscription builder as is.
    texterchat::events::Subscription::new(EventKind::ChatPending, url)
        .to_body()
        .unwrap();

    for bad in [
        "ftp://example.com/h",
        "/hooks/texter",
        "example.com",
        "https://example.com/h?secret=1",
    ] {
        let err = receiver.webhook_url(bad).expect_err(bad);
        assert!(err.to_string().contains("`base`"), "{err}");
        assert!(!err.to_string().contains("s3cr3t"), "{err}");
    }
}

#[tokio::test]
async fn deliveries_end_when_the_router_is_gone() {
    use futures::StreamExt;
    let (router, mut deliveries) = WebhookReceiver::new(SECRET).unwrap().into_parts();
    assert!(deliveries.is_empty());
    drop(router);
    assert!(deliveries.next().await.is_none());
}
