//! `events`: `parse` never panics (seeded fuzzing, bounded by cases and time), its errors say
//! what is wrong, the 19 ready-made import bodies and what `Subscription` makes of them, and the
//! repeat/staleness helpers.
//!
//! The fuzz seed is fixed for reproducible runs; set `TEXTERCHAT_FUZZ_SEED` to explore others.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use texterchat::enums::ScenarioStatus;
use texterchat::events::{
    self, Event, EventExt, EventKind, ParseErrorKind, Subscription, URL_PLACEHOLDER, WEBHOOK_EVENTS,
};
use texterchat::{Error, ErrorKind};

const URL: &str = "https://example.com/hooks/texter?secret=0123456789abcdef";

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture(name: &str) -> Value {
    read_json(&fixtures_dir().join(name))
}

fn delivery(name: &str, data: Value) -> Vec<u8> {
    json!({ "eventName": name, "eventData": data })
        .to_string()
        .into_bytes()
}

// =============================================================================================
// `parse` never panics

/// Stop a fuzz run after this many cases or this long, whichever comes first.
const MAX_CASES: usize = 200_000;
const MAX_TIME: Duration = Duration::from_secs(2);
/// A run that manages fewer cases than this did not test much.
const MIN_CASES: usize = 2_000;

fn seed() -> u64 {
    std::env::var("TEXTERCHAT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7e47_e2c4_a72f_2026)
}

/// Outcomes of a fuzz run.
#[derive(Debug, Default)]
struct Tally {
    cases: usize,
    ok: usize,
    not_json: usize,
    not_a_delivery: usize,
    data: usize,
}

/// Runs `generate` until the case or time budget is spent, parsing every input: a panic fails
/// the test with the seed and the input; every error must explain itself.
fn fuzz(what: &str, mut generate: impl FnMut(&mut fastrand::Rng) -> Vec<u8>) -> Tally {
    let seed = seed();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut tally = Tally::default();
    let start = Instant::now();
    while tally.cases < MAX_CASES && start.elapsed() < MAX_TIME {
        let input = generate(&mut rng);
        let outcome = std::panic::catch_unwind(|| {
            let parsed = events::parse(&input);
            if let Ok(event) = &parsed {
                // The helpers must cope with whatever decoded.
                let _ = (
                    event.dedup_key(),
                    event.is_stale(),
                    event.chat(),
                    event.kind(),
                );
            }
            parsed
        });
        match outcome {
            Ok(Ok(_)) => tally.ok += 1,
            Ok(Err(e)) => {
                assert!(!e.to_string().is_empty(), "an error without a message");
                match e.kind() {
                    ParseErrorKind::NotJson => tally.not_json += 1,
                    ParseErrorKind::NotADelivery => tally.not_a_delivery += 1,
                    _ => tally.data += 1,
                }
            }
            Err(_) => panic!(
                "events::parse panicked ({what}, seed {seed}, case {}) on {:?}",
                tally.cases,
                String::from_utf8_lossy(&input[..input.len().min(2000)])
            ),
        }
        tally.cases += 1;
    }
    println!("{what}: seed {seed}, {tally:?} in {:?}", start.elapsed());
    assert!(
        tally.cases >= MIN_CASES,
        "{what}: only {} cases ran",
        tally.cases
    );
    tally
}

/// Pieces of JSON and near-JSON that reach deeper than random bytes do.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e999",
    "-0.5",
    "18446744073709551616",
    "-9223372036854775809",
    "\"eventName\"",
    "\"eventData\"",
    "\"chat\"",
    "\"message\"",
    "\"problem\"",
    "\"_id\"",
    "\"status\"",
    "\"timestamp\"",
    "\"externalId\"",
    "\"newMessage\"",
    "\"chatPending\"",
    "\"messageFailed\"",
    "\"channelHealthProblemResolved\"",
    "\"1762012091000\"",
    "\"\u{1F600}\"",
    "\u{0}",
    " ",
];

fn random_bytes(rng: &mut fastrand::Rng) -> Vec<u8> {
    let len = rng.usize(0..=256);
    match rng.u8(0..3) {
        // Raw bytes.
        0 => std::iter::repeat_with(|| rng.u8(..)).take(len).collect(),
        // Printable ASCII.
        1 => std::iter::repeat_with(|| rng.u8(0x20..0x7f))
            .take(len)
            .collect(),
        // A soup of JSON tokens.
        _ => std::iter::repeat_with(|| rng.choice(TOKENS).copied().unwrap_or(""))
            .take(len / 4)
            .collect::<String>()
            .into_bytes(),
    }
}

/// Every valid payload: the documented ones, and for each of the 19 events one whose data holds
/// every object an event can carry (the others are ignored as unknown fields).
fn corpus() -> Vec<Value> {
    let mut corpus: Vec<Value> = std::fs::read_dir(fixtures_dir().join("webhooks"))
        .unwrap()
        .map(|e| read_json(&e.unwrap().path()))
        .collect();
    let mut message = fixture("webhooks/newIncomingMessage.json")["eventData"]["message"].clone();
    message["media"] = json!([{ "fileId": "6970d00d5eed00000000f11e", "mediaType": "image" }]);
    let data = json!({
        "chat": fixture("objects/Chat.json"),
        "message": message,
        "problem": fixture("objects/Problem.json"),
        "agent": { "id": "a1", "email": "agent@example.com", "displayName": "Tyler", "roles": ["agent"] },
        "oldLabels": ["VIP"], "addedLabels": ["hot_lead"], "removedLabels": [],
        "messageStatus": 4, "error": "(#131026) Message undeliverable",
        "timestamp": 1762012099000_i64, "externalId": ["wamid.HBgMOne", "wamid.HBgMTwo"],
    });
    corpus.extend(
        WEBHOOK_EVENTS
            .iter()
            .map(|e| json!({ "eventName": e.name, "eventData": data })),
    );
    corpus
}

#[test]
fn every_corpus_payload_parses() {
    let corpus = corpus();
    assert!(
        corpus.len() > WEBHOOK_EVENTS.len(),
        "the documented payloads are in"
    );
    for payload in &corpus {
        let event = events::parse(payload.to_string().as_bytes())
            .unwrap_or_else(|e| panic!("{e}: {payload}"));
        assert_eq!(Some(event.name()), payload["eventName"].as_str());
        assert!(event.kind().is_known());
    }
}

#[test]
fn parse_never_panics_on_arbitrary_bytes() {
    let tally = fuzz("arbitrary bytes", random_bytes);
    assert!(tally.not_json > 0 && tally.not_json + tally.not_a_delivery <= tally.cases);
}

#[test]
fn parse_never_panics_on_mutated_payloads() {
    let corpus = corpus();
    let tally = fuzz("mutated payloads", |rng| {
        let mut value = rng.choice(&corpus).cloned().unwrap_or_default();
        for _ in 0..rng.usize(0..=3) {
            mutate_json(rng, &mut value);
        }
        let mut bytes = value.to_string().into_bytes();
        // Half the cases stay valid JSON, so the typed decoding gets its share.
        if rng.bool() {
            for _ in 0..rng.usize(1..=4) {
                mutate_bytes(rng, &mut bytes);
            }
        }
        bytes
    });
    // The mutations reach every outcome, decoding included.
    assert!(tally.ok > 0, "{tally:?}");
    assert!(tally.data > 0, "{tally:?}");
    assert!(tally.not_json > 0, "{tally:?}");
}

#[test]
fn parse_survives_deep_nesting_and_huge_values() {
    for input in [
        "[".repeat(100_000),
        format!(
            r#"{{"eventName":"chatPending","eventData":{{"chat":{}1{}}}}}"#,
            "[".repeat(10_000),
            "]".repeat(10_000)
        ),
        format!(
            r#"{{"eventName":"newMessage","eventData":{{"message":{{"text":"{}"}}}}}}"#,
            "x".repeat(1 << 20)
        ),
        r#"{"eventName":"newMessage","eventData":{"message":{"timestamp":1e400}}}"#.to_string(),
        r#"{"eventName":"chatPending","eventData":{"chat":{"status":18446744073709551616}}}"#
            .to_string(),
    ] {
        let _ = events::parse(input.as_bytes());
    }
}

/// One byte-level mutation: bit flips, odd bytes, truncation, insertion, duplicated or deleted
/// chunks, spliced tokens.
fn mutate_bytes(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    let at = rng.usize(0..=len);
    match rng.u8(0..7) {
        0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.u8(0..8),
        1 if len > 0 => {
            bytes[at.min(len - 1)] = *rng.choice(b"\0\xff\"\\{}[],:0-".iter()).unwrap_or(&0);
        }
        2 => bytes.truncate(at),
        3 => {
            let n = rng.usize(1..8);
            let noise: Vec<u8> = std::iter::repeat_with(|| rng.u8(..)).take(n).collect();
            bytes.splice(at..at, noise);
        }
        4 => {
            let end = rng.usize(at..=len.min(at + 64));
            let chunk = bytes[at..end].to_vec();
            let to = rng.usize(0..=len);
            bytes.splice(to..to, chunk);
        }
        5 => {
            let end = rng.usize(at..=len.min(at + 64));
            bytes.drain(at..end);
        }
        _ => {
            let token = rng.choice(TOKENS).copied().unwrap_or("");
            bytes.splice(at..at, token.bytes());
        }
    }
}

/// One JSON-aware mutation at a random node: replace it with a value of another type, delete a
/// member, nest it, duplicate it, or rename the event.
fn mutate_json(rng: &mut fastrand::Rng, root: &mut Value) {
    let mut pointers = Vec::new();
    collect_pointers(root, String::new(), &mut pointers);
    let pointer = rng.choice(&pointers).cloned().unwrap_or_default();
    let Some(node) = root.pointer_mut(&pointer) else {
        return;
    };
    match rng.u8(0..6) {
        0 => *node = random_value(rng, 2),
        1 => match node {
            Value::Object(map) if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.usize(0..map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            Value::Array(items) if !items.is_empty() => {
                items.remove(rng.usize(0..items.len()));
            }
            _ => *node = Value::Null,
        },
        2 => {
            let inner = node.take();
            *node = if rng.bool() {
                json!([inner])
            } else {
                json!({ "value": inner })
            };
        }
        3 => match node {
            Value::Object(map) => {
                let copy = Value::Object(map.clone());
                map.insert("copy".into(), copy);
            }
            Value::Array(items) => {
                let copy = items.clone();
                items.extend(copy);
            }
            other => *other = json!([other.clone(), other.clone()]),
        },
        4 => {
            // Numbers as strings and strings as numbers, as string templates may deliver them.
            *node = match node.take() {
                Value::Number(n) => Value::String(n.to_string()),
                Value::String(s) => s.parse::<i64>().map_or(json!(rng.i64(..)), Value::from),
                other => other,
            };
        }
        _ => {
            // Another event's name over this event's data.
            let name = match rng.choice(WEBHOOK_EVENTS.iter()) {
                Some(e) if rng.u8(0..3) > 0 => e.name,
                _ => "somethingNew",
            };
            if let Value::Object(map) = root {
                map.insert("eventName".into(), json!(name));
            }
        }
    }
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                collect_pointers(child, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn random_value(rng: &mut fastrand::Rng, depth: u8) -> Value {
    let pick = if depth == 0 {
        rng.u8(0..12)
    } else {
        rng.u8(0..14)
    };
    match pick {
        0 => Value::Null,
        1 => json!(rng.bool()),
        2 => json!(rng.i64(..)),
        3 => json!(u64::MAX),
        4 => json!(i64::MIN),
        5 => json!(rng.f64() * 1e18 - 5e17),
        6 => json!(0),
        7 => json!(""),
        8 => json!("1762012091000"),
        9 => json!("\u{1F600} ünïcödé \u{202E}"),
        10 => json!([]),
        11 => json!({}),
        12 => json!([random_value(rng, depth - 1), random_value(rng, depth - 1)]),
        _ => json!({ "_id": random_value(rng, depth - 1), "status": random_value(rng, depth - 1) }),
    }
}

// ---------------------------------------------------------------------------------------------
// Errors say what is wrong

#[test]
fn malformed_bodies_say_what_is_wrong() {
    let cases: [(&[u8], ParseErrorKind, &[&str]); 8] = [
        (
            br#"{"eventName": "chatPending", "#,
            ParseErrorKind::NotJson,
            &[
                "the body is not JSON",
                "EOF while parsing",
                "line 1 column 29",
            ],
        ),
        (
            b"{'eventName': 1}",
            ParseErrorKind::NotJson,
            &["key must be a string"],
        ),
        (
            b"\xff\xfe",
            ParseErrorKind::NotJson,
            &["not JSON", "expected value"],
        ),
        (b"", ParseErrorKind::NotJson, &["not JSON", "EOF"]),
        (
            b"[1, 2]",
            ParseErrorKind::NotADelivery,
            &["JSON an array", "`eventName`"],
        ),
        (b"{}", ParseErrorKind::NotADelivery, &["no `eventName`"]),
        (
            br#"{"eventName": false}"#,
            ParseErrorKind::NotADelivery,
            &["`eventName` is a boolean, not a string"],
        ),
        (
            br#"{"eventName":"chatPending","eventData":null}"#,
            ParseErrorKind::Data,
            &["`chatPending` event", "no `eventData` object"],
        ),
    ];
    for (body, kind, says) in cases {
        let err = events::parse(body).expect_err(&String::from_utf8_lossy(body));
        assert_eq!(err.kind(), kind, "{err}");
        let text = err.to_string();
        for s in says {
            assert!(text.contains(s), "{text:?} should say {s:?}");
        }
    }
}

/// Values that do not fit their typed fields never fail a delivery: the rest of the event is
/// typed, the misfits are reported with their path, and the data as received is kept.
#[test]
fn data_that_does_not_fit_its_types_still_decodes_with_its_raw_data() {
    use texterchat::events;
    let cases: [(&[u8], &str, &[&str]); 4] = [
        (
            br#"{"eventName":"messageStatusChanged","eventData":{"messageStatus":"","externalId":"wamid.A","timestamp":1762012091000}}"#,
            "messageStatusChanged",
            &["messageStatus"],
        ),
        (
            br#"{"eventName":"messageStatusChanged","eventData":{"messageStatus":"undefined","externalId":"wamid.A","timestamp":"undefined"}}"#,
            "messageStatusChanged",
            &["messageStatus", "timestamp"],
        ),
        (
            br#"{"eventName":"chatPending","eventData":{"chat":{"_id":"c1","status":"open","unreadCount":"six"}}}"#,
            "chatPending",
            &["chat.status", "chat.unreadCount"],
        ),
        (
            br#"{"eventName":"newIncomingMessage","eventData":{"message":{"_id":"m1","timestamp":true,"text":"hi"},"chat":[1]}}"#,
            "newIncomingMessage",
            &["message.timestamp", "chat[0]", "chat"],
        ),
    ];
    for (body, name, paths) in cases {
        let event = events::parse(body).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(event.name(), name);
        // Compared as sets: their order follows the JSON object's keys, which depends on
        // serde_json's `preserve_order` (on in the workspace, maybe not in a user's build).
        let mut problems: Vec<&str> = event.problems().iter().map(|p| p.path.as_str()).collect();
        let mut paths = paths.to_vec();
        problems.sort_unstable();
        paths.sort_unstable();
        assert_eq!(problems, paths, "{name}");
        let raw: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(
            event.raw_data(),
            &raw["eventData"],
            "{name}: the data as received"
        );
    }
    // What fits is typed.
    let event = events::parse(cases[0].0).unwrap();
    let Event::MessageStatusChanged(data) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(data.message_status, None);
    assert_eq!(data.timestamp.map(|t| t.get()), Some(1762012091000));
    assert_eq!(events::external_ids(data), ["wamid.A"]);
    let event = events::parse(cases[3].0).unwrap();
    assert_eq!(
        event.message().and_then(|m| m.text.as_deref()),
        Some("hi"),
        "the message survives its bad timestamp"
    );
}

/// Fields the SDK's types lack (the documented `agent.uid` of chatAssigned, say) are kept.
#[test]
fn fields_the_types_lack_are_kept_in_the_raw_data() {
    use texterchat::events;
    let body = br#"{"eventName":"chatAssigned","eventData":{"chat":{"_id":"c1","agent":{"uid":"4d170fc7","displayName":"Tyler"}},"agent":{"uid":"4d170fc7-5cd6","displayName":"Tyler","shift":"night"}}}"#;
    let event = events::parse(body).unwrap();
    assert!(event.problems().is_empty());
    let Event::ChatAssigned(data) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(
        data.agent.as_ref().and_then(|a| a.display_name.as_deref()),
        Some("Tyler")
    );
    assert_eq!(data.raw()["agent"]["uid"], "4d170fc7-5cd6");
    assert_eq!(data.raw()["agent"]["shift"], "night");
    assert_eq!(
        data.chat
            .as_ref()
            .and_then(|c| c.agent.as_ref())
            .and_then(|a| a.uid.as_deref()),
        Some("4d170fc7")
    );
}

// =============================================================================================
// The ready-made import bodies and `Subscription`

/// The ready-made import body texterchat-api ships for `kind`.
fn import_body(kind: &EventKind) -> Value {
    let text = texterchat::api::import_bodies::import_body(kind)
        .unwrap_or_else(|| panic!("{kind}: no ready-made body"));
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

/// A subscription to `kind` with the arguments it needs.
fn subscription(kind: &EventKind) -> Subscription {
    let s = Subscription::new(kind.clone(), URL);
    match kind {
        EventKind::NewMatchedMessage => s.keywords(["buy", "purchase"]),
        EventKind::ChatSpecificLabelAdded => s.label("hot_lead"),
        _ => s,
    }
}

#[test]
fn every_import_body_is_json_with_the_url_placeholder() {
    // (That texterchat-api ships exactly these files is the workspace fidelity test's check.)
    let files: BTreeSet<String> = EventKind::KNOWN
        .iter()
        .filter(|kind| texterchat::api::import_bodies::import_body(kind).is_some())
        .map(ToString::to_string)
        .collect();
    let known: BTreeSet<String> = EventKind::KNOWN.iter().map(|k| k.to_string()).collect();
    assert_eq!(files, known, "one body per known event");
    assert_eq!(files.len(), 19);
    for kind in EventKind::KNOWN {
        let body = import_body(kind);
        let action = &body["data"]["actions"][0];
        assert_eq!(action["params"]["url"], URL_PLACEHOLDER, "{kind}");
        assert_eq!(
            action["params"]["data"]["eventName"],
            kind.as_str(),
            "{kind}"
        );
        assert_eq!(body["asStatus"], "active", "{kind}");
    }
}

/// Walks both trees in step; every place they differ must be a string of `template` holding a
/// placeholder, or a root member in `free` (set by the builder). Returns the changed paths.
fn placeholder_changes(template: &Value, built: &Value, at: &str, free: &[&str]) -> Vec<String> {
    match (template, built) {
        (Value::Object(t), Value::Object(b)) => {
            let keys: BTreeSet<&String> = t.keys().chain(b.keys()).collect();
            keys.into_iter()
                .flat_map(|key| {
                    let path = format!("{at}/{key}");
                    match (t.get(key), b.get(key)) {
                        _ if at.is_empty() && free.contains(&key.as_str()) => vec![],
                        (Some(t), Some(b)) => placeholder_changes(t, b, &path, free),
                        _ => panic!("{path}: a member was added or removed"),
                    }
                })
                .collect()
        }
        (Value::Array(t), Value::Array(b)) => {
            assert_eq!(t.len(), b.len(), "{at}: length changed");
            t.iter()
                .zip(b)
                .enumerate()
                .flat_map(|(i, (t, b))| placeholder_changes(t, b, &format!("{at}/{i}"), free))
                .collect()
        }
        (t, b) if t == b => vec![],
        (Value::String(t), Value::String(_)) if t.contains("{{") => vec![at.to_string()],
        _ => panic!("{at}: {template} became {built}, but it held no placeholder"),
    }
}

fn strings_with_placeholders(value: &Value, out: &mut usize) {
    match value {
        Value::String(s) if s.contains("{{") => *out += 1,
        Value::Array(items) => items.iter().for_each(|v| strings_with_placeholders(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings_with_placeholders(v, out)),
        _ => {}
    }
}

#[test]
fn subscription_bodies_change_only_the_placeholders() {
    for kind in EventKind::KNOWN {
        let template = import_body(kind);
        let built = subscription(kind)
            .to_body()
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert!(
            !built.to_string().contains("{{"),
            "{kind}: a placeholder is left"
        );
        let changed = placeholder_changes(&template, &built, "", &[]);
        let mut placeholders = 0;
        strings_with_placeholders(&template, &mut placeholders);
        assert_eq!(
            changed.len(),
            placeholders,
            "{kind}: every placeholder string is filled"
        );
        assert!(
            changed.contains(&"/data/actions/0/params/url".to_string()),
            "{kind}"
        );
        assert_eq!(built["data"]["actions"][0]["params"]["url"], URL);
        // The body is also the request type of Import Subscription.
        subscription(kind)
            .to_request()
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
}

#[test]
fn status_and_author_are_the_only_other_changes() {
    for kind in [
        EventKind::NewIncomingMessage,
        EventKind::ChatSpecificLabelAdded,
    ] {
        let built = subscription(&kind)
            .status(ScenarioStatus::Draft)
            .author_uid("4d170fc7-5cd6-4496-98e4-f4f03a11456e")
            .to_body()
            .unwrap();
        assert_eq!(built["asStatus"], "draft");
        assert_eq!(built["authorUid"], "4d170fc7-5cd6-4496-98e4-f4f03a11456e");
        placeholder_changes(&import_body(&kind), &built, "", &["asStatus", "authorUid"]);
    }
    let label = subscription(&EventKind::ChatSpecificLabelAdded)
        .to_body()
        .unwrap();
    let expression = label["data"]["conditions"][0][0]["params"]["expression"].as_str();
    assert_eq!(expression, Some(r#"inArray(addedLabels, "hot_lead")"#));
}

fn keyword_expression(keywords: &[&str]) -> String {
    let body = Subscription::new(EventKind::NewMatchedMessage, URL)
        .keywords(keywords.iter().copied())
        .to_body()
        .unwrap();
    body["data"]["conditions"][0][1]["params"]["expression"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn keywords_build_an_or_expression() {
    assert_eq!(keyword_expression(&["buy"]), r#"text == "buy""#);
    assert_eq!(
        keyword_expression(&["buy", "order now", "קנה"]),
        r#"text == "buy" or text == "order now" or text == "קנה""#
    );
}

fn validation_field(result: texterchat::Result<Value>) -> String {
    let err: Error = result.expect_err("a validation error");
    match err.kind() {
        ErrorKind::Validation { field, .. } => field.clone(),
        other => panic!("not a validation error: {other:?}"),
    }
}

#[test]
fn invalid_subscriptions_name_the_field() {
    let matched = || Subscription::new(EventKind::NewMatchedMessage, URL);
    let cases: [(Subscription, &str); 12] = [
        (matched(), "keywords"),
        (matched().keywords(Vec::<String>::new()), "keywords"),
        (matched().keywords(["ok", r#"say "hi""#]), "keywords[1]"),
        (matched().keywords([r"back\slash"]), "keywords[0]"),
        (matched().keywords([""]), "keywords[0]"),
        (
            Subscription::new(EventKind::ChatSpecificLabelAdded, URL),
            "label",
        ),
        (
            subscription(&EventKind::ChatSpecificLabelAdded).label("a\"b"),
            "label",
        ),
        (
            Subscription::new(EventKind::ChatPending, "ftp://example.com/hooks"),
            "Subscription::new url",
        ),
        (
            Subscription::new(EventKind::ChatPending, "/hooks/texter"),
            "Subscription::new url",
        ),
        (
            Subscription::new(EventKind::ChatPending, URL).keywords(["buy"]),
            "keywords",
        ),
        (
            Subscription::new(EventKind::NewMessage, URL).label("vip"),
            "label",
        ),
        (
            Subscription::new(EventKind::from("chatRated"), URL),
            "event",
        ),
    ];
    for (subscription, field) in cases {
        let debug = format!("{subscription:?}");
        assert_eq!(validation_field(subscription.to_body()), field, "{debug}");
    }
    let err = Subscription::new(EventKind::ChatPending, "ftp://example.com/hooks")
        .to_body()
        .unwrap_err();
    assert!(err.to_string().contains("http(s)"), "{err}");
    assert!(err.is_validation());
}

// =============================================================================================
// Repeats and staleness

const MESSAGE_ID: &str = "6970c0ffee0123456789abcd";
const LATEST: i64 = 1762012091000;

fn message_event(name: &str, id: &str, direction: &str, timestamp: Value) -> Event {
    let chat = json!({ "_id": "c1", "lastIncomingMessageTimestamp": LATEST });
    let message = json!({ "_id": id, "direction": direction, "timestamp": timestamp });
    events::parse(&delivery(name, json!({ "message": message, "chat": chat }))).unwrap()
}

fn parse_data(name: &str, data: Value) -> Event {
    events::parse(&delivery(name, data)).unwrap()
}

#[test]
fn dedup_key_spots_repeats_and_only_repeats() {
    // Messages: by event and message id.
    let a = message_event("newIncomingMessage", MESSAGE_ID, "incoming", json!(LATEST));
    let again = message_event("newIncomingMessage", MESSAGE_ID, "incoming", json!(LATEST));
    let other = message_event("newIncomingMessage", "another", "incoming", json!(LATEST));
    let same_in_other_event = message_event("newMessage", MESSAGE_ID, "incoming", json!(LATEST));
    assert_eq!(
        a.dedup_key().as_deref(),
        Some("newIncomingMessage:6970c0ffee0123456789abcd")
    );
    assert_eq!(a.dedup_key(), again.dedup_key());
    assert_ne!(a.dedup_key(), other.dedup_key());
    assert_ne!(
        a.dedup_key(),
        same_in_other_event.dedup_key(),
        "each subscription delivers"
    );

    // Statuses: by provider ids, status and time, whatever form the ids come in.
    let status = |external: Value, status: i64| {
        parse_data(
            "messageStatusChanged",
            json!({ "externalId": external, "messageStatus": status, "timestamp": 1762012099000_i64 }),
        )
        .dedup_key()
    };
    let seen = status(json!(["wamid.A", "wamid.B"]), 3);
    assert_eq!(
        seen.as_deref(),
        Some("messageStatusChanged:wamid.A,wamid.B:3:1762012099000")
    );
    assert_eq!(seen, status(json!("wamid.A, wamid.B"), 3));
    assert_ne!(
        seen,
        status(json!(["wamid.A", "wamid.B"]), 2),
        "a new status is news"
    );
    assert_eq!(status(json!([]), 3), None);

    // Chats: by id and `updatedAt`; channel health: by problem id and resolution.
    let chat = |updated: &str| {
        parse_data(
            "chatPending",
            json!({ "chat": { "_id": "c1", "updatedAt": updated } }),
        )
        .dedup_key()
    };
    assert_eq!(
        chat("2025-11-01T15:48:14.076Z"),
        chat("2025-11-01T15:48:14.076Z")
    );
    assert_ne!(
        chat("2025-11-01T15:48:14.076Z"),
        chat("2025-11-01T15:49:00.000Z")
    );
    assert_eq!(
        parse_data("chatPending", json!({ "chat": { "_id": "c1" } })).dedup_key(),
        None
    );
    let problem = |resolved: Option<i64>| {
        let mut p = fixture("objects/Problem.json");
        if let Some(at) = resolved {
            p["resolvedAt"] = json!(at);
        }
        parse_data("channelHealthProblemCreated", json!({ "problem": p })).dedup_key()
    };
    assert_eq!(problem(None), problem(None));
    assert_ne!(problem(None), problem(Some(1758210000000)));

    // Nothing to tell repeats by.
    assert_eq!(
        parse_data("newMessage", json!({ "message": {} })).dedup_key(),
        None
    );
    assert_eq!(
        parse_data("chatRated", json!({ "chat": { "_id": "c1" } })).dedup_key(),
        None
    );
}

#[test]
fn an_incoming_message_older_than_the_chats_latest_is_stale() {
    let stale = |direction: &str, timestamp: Value| {
        message_event("newIncomingMessage", MESSAGE_ID, direction, timestamp).is_stale()
    };
    assert_eq!(stale("incoming", json!(LATEST - 1)), Some(true));
    assert_eq!(
        stale("incoming", json!((LATEST - 60_000).to_string())),
        Some(true),
        "digit strings too"
    );
    assert_eq!(
        stale("incoming", json!(LATEST)),
        Some(false),
        "the latest message itself"
    );
    assert_eq!(stale("incoming", json!(LATEST + 1)), Some(false));
    assert_eq!(
        stale("outgoing", json!(LATEST - 1)),
        Some(false),
        "only incoming messages"
    );
    assert_eq!(
        stale("incoming", Value::Null),
        None,
        "no time: unknown, not fresh"
    );
    assert_eq!(
        stale("incoming", json!("undefined")),
        None,
        "a time that does not decode: unknown"
    );

    let no_latest = parse_data(
        "newIncomingMessage",
        json!({ "message": { "direction": "incoming", "timestamp": 1 }, "chat": { "_id": "c1" } }),
    );
    assert_eq!(no_latest.is_stale(), None, "no latest time: unknown");
    let no_direction = parse_data(
        "newIncomingMessage",
        json!({ "message": { "timestamp": 1 }, "chat": { "_id": "c1", "lastIncomingMessageTimestamp": LATEST } }),
    );
    assert_eq!(no_direction.is_stale(), None, "no direction: unknown");
    let not_a_message = parse_data(
        "chatPending",
        json!({ "chat": { "_id": "c1", "lastIncomingMessageTimestamp": LATEST } }),
    );
    assert_eq!(not_a_message.is_stale(), None);
}

#[test]
fn known_events_need_an_event_data_object() {
    use texterchat::events;
    let missing = events::parse(br#"{"eventName":"chatPending"}"#).unwrap_err();
    assert!(
        missing.to_string().contains("has no `eventData` object"),
        "{missing}"
    );
    let array =
        events::parse(br#"{"eventName":"chatPending","eventData":[{"_id":"c1"}]}"#).unwrap_err();
    assert!(
        array.to_string().contains("an array, not an object"),
        "{array}"
    );
    // Unknown events keep whatever data they carry.
    let unknown = events::parse(br#"{"eventName":"somethingNew","eventData":[1,2]}"#).unwrap();
    assert_eq!(unknown.name(), "somethingNew");
}
