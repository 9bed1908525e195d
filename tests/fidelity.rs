//! Fidelity of the generated types to every documented JSON example.
//!
//! Every fixture of `tests/fixtures/manifest.json` and every webhook import body decodes into the
//! generated type of its operation or object and re-encodes without losing a field the spec
//! documents (request bodies: exactly, since a request must send what the user built). The same
//! payloads also decode with an unknown field added to every object, with `null` in every
//! nullable field, and with an enum value the spec does not list.
//!
//! [`table`] says which type each fixture decodes into; the schema each type stands for is read
//! from the spec, and the comparator and the schema walk live in `tests/lib.rs`.

use std::any::type_name;
use std::collections::BTreeSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use texterchat_api::{enums, types};
use texterchat_tests::{
    ManifestEntry, Shape, compare, fixtures_dir, generated_type_name, import_bodies_dir, manifest,
    pointer_push, read_json, request_body_schema, resolve, short_type_name, show_pointer, spec,
    success_body_schema, walk,
};

// ---------------------------------------------------------------------------------------------
// The table: which generated type each fixture decodes into

/// What a fixture is an example of. Must agree with the fixture's manifest entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Example {
    /// The request body of an operation (by operationId).
    Request(&'static str),
    /// The success body of an operation (by operationId).
    Response(&'static str),
    /// A component schema (by name).
    Object(&'static str),
    /// A webhook delivery (by eventName).
    Webhook(&'static str),
    /// A request body of an operation the spec cannot hold (by its name in
    /// `x-texter-unpublished-operations`).
    Unpublished(&'static str),
}

impl Example {
    /// `(kind, operation, object, event)` as the manifest lists this example.
    fn as_manifest_lists_it(
        self,
    ) -> (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    ) {
        match self {
            Example::Request(op) => ("request", Some(op), None, None),
            Example::Response(op) => ("response", Some(op), None, None),
            Example::Object(name) => ("object", None, Some(name), None),
            Example::Webhook(event) => ("webhook", None, None, Some(event)),
            Example::Unpublished(_) => ("request", None, None, None),
        }
    }
}

/// Where the schema of a decoded value is found in the spec.
#[derive(Debug, Clone, Copy)]
enum SchemaOf {
    RequestBody(&'static str),
    SuccessBody(&'static str),
    Component(&'static str),
    /// A schema nested inside a component, as a `#/…` pointer.
    At(&'static str),
}

impl SchemaOf {
    fn schema(self) -> &'static Value {
        match self {
            SchemaOf::RequestBody(op) => request_body_schema(op),
            SchemaOf::SuccessBody(op) => success_body_schema(op),
            SchemaOf::Component(name) => resolve(&format!("#/components/schemas/{name}")),
            SchemaOf::At(pointer) => resolve(pointer),
        }
    }

    fn shape(self) -> Shape {
        match self {
            // Keeps the component's name, which an enum's shape needs.
            SchemaOf::Component(name) => Shape::component(name),
            _ => Shape::of(self.schema()),
        }
    }

    /// The name (without module paths) of the type the generator makes of this schema.
    fn generated_type_name(self) -> Option<String> {
        match self {
            SchemaOf::Component(name) => Some(name.to_string()),
            _ => generated_type_name(self.schema()),
        }
    }
}

/// A generated type, erased: its name (checked against the spec) and its decode-then-encode.
#[derive(Clone, Copy)]
struct Codec {
    type_name: &'static str,
    round_trip: fn(&Value) -> Result<Value, String>,
}

impl Codec {
    fn of<T: DeserializeOwned + Serialize>() -> Codec {
        Codec {
            type_name: type_name::<T>(),
            round_trip: round_trip::<T>,
        }
    }
}

fn round_trip<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let decoded: T =
        serde_json::from_value(value.clone()).map_err(|e| format!("does not decode: {e}"))?;
    serde_json::to_value(&decoded).map_err(|e| format!("does not re-encode: {e}"))
}

/// One value of a fixture (the whole file, or an object embedded in a webhook) and the type it
/// decodes into.
struct Part {
    /// JSON pointer into the fixture; empty for the whole file.
    pointer: &'static str,
    schema: SchemaOf,
    codec: Codec,
    /// Why the value is a placeholder the spec documents nothing of, when it is one (the
    /// round-trip test otherwise requires every part to carry at least one documented field).
    placeholder: Option<&'static str>,
}

impl Part {
    fn new<T: DeserializeOwned + Serialize>(pointer: &'static str, schema: SchemaOf) -> Part {
        Part {
            pointer,
            schema,
            codec: Codec::of::<T>(),
            placeholder: None,
        }
    }

    fn placeholder(self, reason: &'static str) -> Part {
        Part {
            placeholder: Some(reason),
            ..self
        }
    }
}

enum Coverage {
    Decoded(Vec<Part>),
    /// Not decoded, and why. Only an [`Example::Unpublished`] may be skipped.
    Skipped(&'static str),
}

struct Entry {
    /// Path under `tests/fixtures`.
    file: &'static str,
    example: Example,
    coverage: Coverage,
}

fn request<T: DeserializeOwned + Serialize>(file: &'static str, op: &'static str) -> Entry {
    let part = Part::new::<T>("", SchemaOf::RequestBody(op));
    entry(file, Example::Request(op), vec![part])
}

fn response<T: DeserializeOwned + Serialize>(file: &'static str, op: &'static str) -> Entry {
    let part = Part::new::<T>("", SchemaOf::SuccessBody(op));
    entry(file, Example::Response(op), vec![part])
}

fn object<T: DeserializeOwned + Serialize>(file: &'static str, name: &'static str) -> Entry {
    let part = Part::new::<T>("", SchemaOf::Component(name));
    entry(file, Example::Object(name), vec![part])
}

fn webhook(file: &'static str, event: &'static str, parts: Vec<Part>) -> Entry {
    entry(file, Example::Webhook(event), parts)
}

fn entry(file: &'static str, example: Example, parts: Vec<Part>) -> Entry {
    Entry {
        file,
        example,
        coverage: Coverage::Decoded(parts),
    }
}

/// The spec objects a webhook's `eventData` may carry, by key, and their component schemas.
/// Typed events come later; until then these are decoded on their own.
const EMBEDDED: [(&str, &str); 3] = [
    ("chat", "Chat"),
    ("message", "Message"),
    ("problem", "Problem"),
];

/// `eventData.{key}` of a webhook, decoded as the component [`EMBEDDED`] names for `key`.
fn embedded<T: DeserializeOwned + Serialize>(pointer: &'static str) -> Part {
    let key = pointer.trim_start_matches("/eventData/");
    let component = EMBEDDED
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("`{pointer}` is not an embedded spec object"));
    Part::new::<T>(pointer, SchemaOf::Component(component))
}

/// Every manifest fixture and the type it decodes into.
fn table() -> Vec<Entry> {
    use types::*;
    const ENVELOPE_PLACEHOLDER: &str = "the webhooks guide shows only the envelope";
    vec![
        // chats
        response::<SearchChatsResponse>("responses/searchChats.json", "searchChats"),
        response::<PublicChat>("responses/getChat.json", "getChat"),
        request::<AssignChatRequest>("requests/assignChat.json", "assignChat"),
        request::<ResolveChatRequest>("requests/resolveChat.json", "resolveChat"),
        response::<SuccessResponse>("responses/resolveChat.json", "resolveChat"),
        request::<UpdateChatRequest>("requests/updateChat.externalBot.json", "updateChat"),
        request::<UpdateChatCrmDataRequest>("requests/updateChatCrmData.json", "updateChatCrmData"),
        request::<UpdateChatLabelsRequest>("requests/updateChatLabels.json", "updateChatLabels"),
        request::<UpdateChatLabelsRequest>(
            "requests/updateChatLabels.set-empty.json",
            "updateChatLabels",
        ),
        object::<Chat>("objects/Chat.json", "Chat"),
        // messages and files
        response::<ChatMessagesResponse>("responses/getChatMessages.json", "getChatMessages"),
        request::<SendMessageRequest>("requests/sendMessage.text.json", "sendMessage"),
        request::<SendMessageRequest>("requests/sendMessage.media.json", "sendMessage"),
        request::<SendMessageRequest>("requests/sendMessage.list.json", "sendMessage"),
        response::<SendMessageResponse>("responses/sendMessage.json", "sendMessage"),
        request::<ShareFileRequest>("requests/shareFile.json", "shareFile"),
        response::<ShareLink>("responses/shareFile.json", "shareFile"),
        object::<Problem>("objects/Problem.json", "Problem"),
        // templates
        request::<SendTemplateRequest>("requests/sendTemplate.minimal.json", "sendTemplate"),
        request::<SendTemplateRequest>("requests/sendTemplate.with-body.json", "sendTemplate"),
        response::<SendTemplateResponse>("responses/sendTemplate.json", "sendTemplate"),
        request::<CreateTemplateRequest>("requests/createTemplate.json", "createTemplate"),
        response::<Template>("responses/createTemplate.json", "createTemplate"),
        request::<TemplateLocalizationRequest>(
            "requests/upsertTemplateLocalization.json",
            "upsertTemplateLocalization",
        ),
        object::<TemplateComponent>(
            "objects/TemplateComponent.header-document.json",
            "TemplateComponent",
        ),
        object::<TemplateComponent>(
            "objects/TemplateComponent.body-with-example.json",
            "TemplateComponent",
        ),
        object::<TemplateComponent>("objects/TemplateComponent.footer.json", "TemplateComponent"),
        request::<UpdateTemplateRequest>("requests/updateTemplate.json", "updateTemplate"),
        object::<Template>("objects/Template.json", "Template"),
        // template subscriptions
        request::<TemplateSubscriptionRequest>(
            "requests/unsubscribeFromTemplates.json",
            "unsubscribeFromTemplates",
        ),
        response::<SuccessResponse>(
            "responses/unsubscribeFromTemplates.json",
            "unsubscribeFromTemplates",
        ),
        response::<SuccessResponse>(
            "responses/resubscribeToTemplates.json",
            "resubscribeToTemplates",
        ),
        response::<Vec<UnsubscribedUser>>("responses/listUnsubscribed.json", "listUnsubscribed"),
        // labels
        object::<Label>("objects/Label.json", "Label"),
        response::<LabelsResponse>("responses/listLabels.json", "listLabels"),
        response::<Label>("responses/getLabel.json", "getLabel"),
        request::<CreateLabelRequest>("requests/createLabel.json", "createLabel"),
        response::<Label>("responses/createLabel.json", "createLabel"),
        request::<UpdateLabelRequest>("requests/updateLabel.json", "updateLabel"),
        // quick replies
        object::<QuickReply>("objects/QuickReply.json", "QuickReply"),
        response::<QuickRepliesResponse>("responses/listQuickReplies.json", "listQuickReplies"),
        request::<CreateQuickReplyRequest>("requests/createQuickReply.json", "createQuickReply"),
        request::<Vec<QuickReplyUpdate>>("requests/updateQuickReply.json", "updateQuickReply"),
        // subscriptions (scenarios)
        object::<Scenario>("objects/Scenario.json", "Scenario"),
        object::<ScenarioRun>("objects/ScenarioRun.json", "ScenarioRun"),
        // The schema-generated placeholder example of the reference; it decodes like any other.
        response::<ScenariosResponse>("responses/listSubscriptions.json", "listSubscriptions"),
        request::<CopyScenarioRequest>("requests/copyScenario.json", "copyScenario"),
        Entry {
            file: "requests/updateDraft.illustrative.json",
            example: Example::Unpublished("Update Draft"),
            coverage: Coverage::Skipped(
                "Update Draft has no published method and path, so the spec has no operation and \
                 no request type for it (it is listed in x-texter-unpublished-operations)",
            ),
        },
        // The manifest files this under Scenario, but it is one item of a revision's `loops`
        // (decoding it as a Scenario would ignore every key and prove nothing).
        entry(
            "objects/Scenario.loop.json",
            Example::Object("Scenario"),
            vec![Part::new::<Map<String, Value>>(
                "",
                SchemaOf::At("#/components/schemas/ScenarioRevision/properties/loops/items"),
            )],
        ),
        // webhooks: the envelope is `{eventName, eventData}`; its spec objects decode alone
        webhook(
            "webhooks/newIncomingMessage.envelope.json",
            "newIncomingMessage",
            vec![
                embedded::<Message>("/eventData/message").placeholder(ENVELOPE_PLACEHOLDER),
                embedded::<Chat>("/eventData/chat").placeholder(ENVELOPE_PLACEHOLDER),
            ],
        ),
        webhook(
            "webhooks/newIncomingMessage.json",
            "newIncomingMessage",
            vec![
                embedded::<Message>("/eventData/message"),
                embedded::<Chat>("/eventData/chat"),
            ],
        ),
        webhook(
            "webhooks/messageStatusChanged.json",
            "messageStatusChanged",
            vec![embedded::<Chat>("/eventData/chat")],
        ),
        webhook(
            "webhooks/chatAssigned.json",
            "chatAssigned",
            vec![embedded::<Chat>("/eventData/chat")],
        ),
        webhook(
            "webhooks/chatSpecificLabelAdded.json",
            "chatSpecificLabelAdded",
            vec![embedded::<Chat>("/eventData/chat")],
        ),
        webhook(
            "webhooks/channelHealthProblemResolved.json",
            "channelHealthProblemResolved",
            vec![embedded::<Problem>("/eventData/problem")],
        ),
    ]
}

fn fixture(file: &str) -> Value {
    read_json(&fixtures_dir().join(file))
}

/// The import bodies, `(file name, body)`, sorted by name.
fn import_bodies() -> Vec<(String, Value)> {
    let dir = import_bodies_dir();
    let mut bodies: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, read_json(&path))
        })
        .collect();
    bodies.sort_by(|a, b| a.0.cmp(&b.0));
    bodies
}

// ---------------------------------------------------------------------------------------------
// Samples: every value the tests decode

/// One value to decode: a table part of a fixture, or an import body.
struct Sample {
    /// `file` or `file#pointer`, for messages.
    label: String,
    shape: Shape,
    codec: Codec,
    value: Value,
    /// A request body: it must round-trip exactly, and gets the request mutations.
    request: bool,
    placeholder: bool,
}

impl Sample {
    fn round_trip(&self, value: &Value) -> Result<Value, String> {
        (self.codec.round_trip)(value)
    }
}

fn samples() -> Vec<Sample> {
    let mut samples = Vec::new();
    for entry in table() {
        let Coverage::Decoded(parts) = entry.coverage else {
            continue;
        };
        let whole = fixture(entry.file);
        for part in parts {
            let value = whole.pointer(part.pointer).cloned().unwrap_or_else(|| {
                panic!(
                    "{} has nothing at {}",
                    entry.file,
                    show_pointer(part.pointer)
                )
            });
            samples.push(Sample {
                label: if part.pointer.is_empty() {
                    entry.file.to_string()
                } else {
                    format!("{}#{}", entry.file, part.pointer)
                },
                shape: part.schema.shape(),
                codec: part.codec,
                value,
                request: matches!(entry.example, Example::Request(_)),
                placeholder: part.placeholder.is_some(),
            });
        }
    }
    for (name, body) in import_bodies() {
        samples.push(Sample {
            label: format!("import_bodies/{name}"),
            shape: Shape::of(request_body_schema("importSubscription")),
            codec: Codec::of::<types::ImportSubscriptionRequest>(),
            value: body,
            request: true,
            placeholder: false,
        });
    }
    samples
}

/// Fails with every collected problem at once, so one run shows them all.
fn assert_no_failures(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// The table is complete and agrees with the manifest and the spec

#[test]
fn the_table_covers_every_manifest_entry_and_nothing_else() {
    let (table, manifest) = (table(), manifest());
    assert_no_failures(
        "table/manifest mismatches",
        &table_problems(&table, &manifest),
    );
    let parts: usize = table
        .iter()
        .map(|e| match &e.coverage {
            Coverage::Decoded(parts) => parts.len(),
            Coverage::Skipped(_) => 0,
        })
        .sum();
    eprintln!(
        "table: {} manifest entries, {parts} decoded parts",
        manifest.len()
    );
}

/// Every way `table` and `manifest` disagree: a fixture one lists and the other does not, a
/// table file that does not exist, a row listed twice, or a row whose example is not what the
/// manifest says.
fn table_problems(table: &[Entry], manifest: &[ManifestEntry]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in table {
        if !seen.insert(entry.file) {
            problems.push(format!("{} is in the table twice", entry.file));
        }
        if !fixtures_dir().join(entry.file).is_file() {
            problems.push(format!("{} is in the table but does not exist", entry.file));
        }
        if !manifest.iter().any(|m| m.file == entry.file) {
            problems.push(format!(
                "{} is in the table but not in the manifest",
                entry.file
            ));
        }
    }
    for m in manifest {
        let Some(entry) = table.iter().find(|e| e.file == m.file) else {
            problems.push(format!(
                "{} is in the manifest but not in the table",
                m.file
            ));
            continue;
        };
        let listed = (
            m.kind.as_str(),
            m.operation.as_deref(),
            m.object.as_deref(),
            m.event.as_deref(),
        );
        if listed != entry.example.as_manifest_lists_it() {
            problems.push(format!(
                "{}: the manifest says {listed:?}, the table {:?}",
                m.file, entry.example
            ));
        }
    }
    problems
}

#[test]
fn the_table_check_notices_a_new_manifest_entry_and_a_missing_file() {
    let mut manifest = manifest();
    let mut added = manifest[0].clone();
    added.file = "responses/brandNew.json".into();
    manifest.push(added);
    let mut table = table();
    table.push(object::<types::Label>("objects/Gone.json", "Label"));
    table[0].example = Example::Response("getChat");
    let problems = table_problems(&table, &manifest);
    for expected in [
        "responses/brandNew.json is in the manifest but not in the table",
        "objects/Gone.json is in the table but does not exist",
        "objects/Gone.json is in the table but not in the manifest",
        "responses/searchChats.json: the manifest says",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected:?} not in {problems:#?}"
        );
    }
}

#[test]
fn only_the_unpublished_update_draft_example_is_skipped_and_says_why() {
    let unpublished = spec()
        .unpublished_operations()
        .unwrap_or_else(|e| panic!("{e}"));
    let table = table();
    let skipped: Vec<(&Entry, &str)> = table
        .iter()
        .filter_map(|e| match e.coverage {
            Coverage::Skipped(reason) => Some((e, reason)),
            Coverage::Decoded(_) => None,
        })
        .collect();
    let files: Vec<&str> = skipped.iter().map(|(e, _)| e.file).collect();
    assert_eq!(files, ["requests/updateDraft.illustrative.json"]);
    for (entry, reason) in skipped {
        let Example::Unpublished(name) = entry.example else {
            panic!(
                "{} is skipped but is not an unpublished operation's example",
                entry.file
            );
        };
        assert!(
            !reason.trim().is_empty(),
            "{}: say why it is skipped",
            entry.file
        );
        assert!(
            unpublished.iter().any(|u| u.name == name),
            "{name} is not in x-texter-unpublished-operations: give it an operation and a table row"
        );
        assert!(
            spec()
                .operations()
                .iter()
                .all(|op| op.summary != name && op.id != "updateDraft"),
            "the spec now has an operation `{name}`: decode {} into its request type",
            entry.file
        );
    }
}

#[test]
fn table_types_are_the_generated_types_of_their_spec_schemas() {
    let mut failures = Vec::new();
    for entry in table() {
        let Coverage::Decoded(parts) = entry.coverage else {
            continue;
        };
        for part in parts {
            let actual = short_type_name(part.codec.type_name);
            match part.schema.generated_type_name() {
                Some(expected) if expected == actual => {}
                Some(expected) => failures.push(format!(
                    "{}#{}: the spec's schema ({:?}) is `{expected}`, the table decodes `{actual}`",
                    entry.file,
                    show_pointer(part.pointer),
                    part.schema
                )),
                None => failures.push(format!(
                    "{}: cannot tell the generated type of {:?}",
                    entry.file, part.schema
                )),
            }
        }
    }
    assert_no_failures("type mismatches", &failures);
}

#[test]
fn webhook_fixtures_are_event_envelopes_whose_spec_objects_are_all_decoded() {
    let mut failures = Vec::new();
    for entry in table() {
        let (Example::Webhook(event), Coverage::Decoded(parts)) = (entry.example, &entry.coverage)
        else {
            continue;
        };
        let payload = fixture(entry.file);
        let keys: Vec<&str> = payload
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        if keys != ["eventName", "eventData"] {
            failures.push(format!("{}: top-level keys are {keys:?}", entry.file));
        }
        if payload["eventName"] != event {
            failures.push(format!(
                "{}: eventName is {}",
                entry.file, payload["eventName"]
            ));
        }
        let Some(data) = payload["eventData"].as_object() else {
            failures.push(format!("{}: eventData is not an object", entry.file));
            continue;
        };
        // Every spec object the delivery carries is decoded, and nothing else is claimed.
        let carried: BTreeSet<String> = data
            .keys()
            .filter(|k| EMBEDDED.iter().any(|(e, _)| e == k))
            .map(|k| format!("/eventData/{k}"))
            .collect();
        let decoded: BTreeSet<String> = parts.iter().map(|p| p.pointer.to_string()).collect();
        if carried != decoded {
            failures.push(format!(
                "{}: carries {carried:?} but the table decodes {decoded:?}",
                entry.file
            ));
        }
    }
    assert_no_failures("malformed webhook fixtures", &failures);
}

#[test]
fn import_bodies_are_one_per_event_and_deliver_that_event() {
    let bodies = import_bodies();
    assert_eq!(bodies.len(), 19, "one import body per webhook event");
    for (name, body) in &bodies {
        let event = name.trim_end_matches(".json");
        assert_eq!(
            body.pointer("/data/actions/0/params/data/eventName"),
            Some(&json!(event)),
            "{name} delivers another event"
        );
        assert_eq!(body["asStatus"], "active", "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn request_examples_and_import_bodies_round_trip_exactly() {
    let mut failures = Vec::new();
    let requests: Vec<Sample> = samples().into_iter().filter(|s| s.request).collect();
    for sample in &requests {
        match sample.round_trip(&sample.value) {
            Ok(again) if again == sample.value => {}
            Ok(again) => failures.push(format!(
                "{}: sent body differs:\n{}",
                sample.label,
                exact_differences(&sample.value, &again, "").join("\n")
            )),
            Err(e) => failures.push(format!("{}: {e}", sample.label)),
        }
    }
    eprintln!("{} request bodies round-tripped", requests.len());
    assert_no_failures("request bodies that do not round-trip exactly", &failures);
}

/// Where two values differ, as `  at <pointer>: …` lines (for exact round trips, which have no
/// schema to guide them).
fn exact_differences(original: &Value, again: &Value, pointer: &str) -> Vec<String> {
    match (original, again) {
        (Value::Object(o), Value::Object(a)) => {
            let keys: BTreeSet<&String> = o.keys().chain(a.keys()).collect();
            keys.into_iter()
                .flat_map(|k| {
                    let at = pointer_push(pointer, k);
                    match (o.get(k), a.get(k)) {
                        (Some(x), Some(y)) => exact_differences(x, y, &at),
                        (Some(x), None) => vec![format!("  at {at}: {x} was dropped")],
                        (None, Some(y)) => vec![format!("  at {at}: {y} was added")],
                        (None, None) => vec![],
                    }
                })
                .collect()
        }
        (Value::Array(o), Value::Array(a)) if o.len() == a.len() => o
            .iter()
            .zip(a)
            .enumerate()
            .flat_map(|(i, (x, y))| exact_differences(x, y, &pointer_push(pointer, &i.to_string())))
            .collect(),
        (x, y) if x == y => vec![],
        (x, y) => vec![format!("  at {}: {x} became {y}", show_pointer(pointer))],
    }
}

#[test]
fn response_object_and_webhook_examples_keep_every_documented_field() {
    let mut failures = Vec::new();
    for sample in samples().iter().filter(|s| !s.request) {
        let again = match sample.round_trip(&sample.value) {
            Ok(again) => again,
            Err(e) => {
                failures.push(format!("{}: {e}", sample.label));
                continue;
            }
        };
        let fidelity = compare(&sample.shape, &sample.value, &again);
        failures.extend(
            fidelity
                .differences
                .iter()
                .map(|d| format!("{}: {d}", sample.label)),
        );
        // A type that understands nothing of its example proves nothing (a wrong table row).
        match (fidelity.documented_fields, sample.placeholder) {
            (0, false) => failures.push(format!(
                "{}: no field of the example is documented at its schema",
                sample.label
            )),
            (n, true) if n > 0 => failures.push(format!(
                "{}: marked a placeholder but {n} fields are documented",
                sample.label
            )),
            _ => {}
        }
        if !fidelity.undocumented.is_empty() {
            eprintln!(
                "{}: fields the spec does not document (dropped on re-encode): {}",
                sample.label,
                fidelity.undocumented.join(", ")
            );
        }
    }
    assert_no_failures("documented fields lost or changed", &failures);
}

// ---------------------------------------------------------------------------------------------
// Mutations

/// The unknown field added by mutation (a): nested, so it cannot be mistaken for any scalar.
fn unknown_value() -> Value {
    json!({ "nested": [1, "two"] })
}
const UNKNOWN_KEY: &str = "x_unknown_field";
const UNLISTED_STRING: &str = "brand_new_value";
const UNLISTED_INTEGER: i64 = 99;

/// One change to a payload, at a position the spec documents.
#[derive(Debug)]
enum Mutation {
    /// (a) An unknown field added to an object with a spec object schema. When the schema
    /// allows free-form keys (`additionalProperties: true` or `{}`), the key is data and must survive; otherwise
    /// it must be ignored.
    UnknownField { object: String, free_form: bool },
    /// (b) A property the spec marks `nullable: true`, set to `null`.
    Null {
        object: String,
        property: &'static str,
    },
    /// (c) A component enum value replaced by one the spec does not list.
    UnlistedEnum {
        pointer: String,
        component: &'static str,
        value: Value,
    },
    /// (d) An optional field of a request body left out: the request must then be sent
    /// without it (no generator default may fill it in).
    Omitted { object: String, property: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    UnknownField,
    Null,
    UnlistedEnum,
    Omitted,
}

impl Mutation {
    fn kind(&self) -> Kind {
        match self {
            Mutation::UnknownField { .. } => Kind::UnknownField,
            Mutation::Null { .. } => Kind::Null,
            Mutation::UnlistedEnum { .. } => Kind::UnlistedEnum,
            Mutation::Omitted { .. } => Kind::Omitted,
        }
    }

    fn describe(&self) -> String {
        match self {
            Mutation::UnknownField { object, free_form } => format!(
                "`{UNKNOWN_KEY}` added at {}{}",
                show_pointer(object),
                if *free_form {
                    " (free-form keys allowed)"
                } else {
                    ""
                }
            ),
            Mutation::Null { object, property } => {
                format!("null in {}", pointer_push(object, property))
            }
            Mutation::UnlistedEnum {
                pointer,
                component,
                value,
            } => format!("{component} {value} at {}", show_pointer(pointer)),
            Mutation::Omitted { object, property } => {
                format!("{} left out", pointer_push(object, property))
            }
        }
    }

    fn apply(&self, payload: &Value) -> Value {
        const WALKED: &str = "the walk found it there";
        let mut mutated = payload.clone();
        match self {
            Mutation::UnknownField { object, .. } => {
                let object = object_at(&mut mutated, object).expect(WALKED);
                object.insert(UNKNOWN_KEY.into(), unknown_value());
            }
            Mutation::Null { object, property } => {
                let object = object_at(&mut mutated, object).expect(WALKED);
                object.insert((*property).into(), Value::Null);
            }
            Mutation::UnlistedEnum { pointer, value, .. } => {
                *mutated.pointer_mut(pointer).expect(WALKED) = value.clone();
            }
            Mutation::Omitted { object, property } => {
                object_at(&mut mutated, object)
                    .expect(WALKED)
                    .remove(property);
            }
        }
        mutated
    }
}

/// The object at `pointer`, if there is one.
fn object_at<'v>(value: &'v mut Value, pointer: &str) -> Option<&'v mut Map<String, Value>> {
    value.pointer_mut(pointer).and_then(Value::as_object_mut)
}

/// Every mutation the spec allows on `sample`, in document order. Request bodies get unlisted
/// enum values and omitted optional fields; responses get unknown fields, `null`s and unlisted
/// enum values (an unknown field or a `null` is not something a request type has to carry).
fn mutations(sample: &Sample) -> Vec<Mutation> {
    let mut out = Vec::new();
    walk(
        &sample.shape,
        &sample.value,
        &mut |pointer, shape, value| {
            if let (true, Some(object)) = (sample.request, value.as_object()) {
                for property in object.keys() {
                    if shape.property(property).is_some() && !shape.requires(property) {
                        out.push(Mutation::Omitted {
                            object: pointer.to_string(),
                            property: property.clone(),
                        });
                    }
                }
            }
            if value.is_object() && !sample.request && !shape.is_free_form() {
                // A map whose values have a schema (no properties) takes no unknown field: a new key
                // there is an entry, whose value must match the schema.
                if shape.declares_properties() || shape.allows_free_form_keys() {
                    out.push(Mutation::UnknownField {
                        object: pointer.to_string(),
                        free_form: shape.allows_free_form_keys(),
                    });
                }
                for property in shape.property_names() {
                    if shape.property(property).is_some_and(|p| p.is_nullable())
                        && value.get(property) != Some(&Value::Null)
                    {
                        out.push(Mutation::Null {
                            object: pointer.to_string(),
                            property,
                        });
                    }
                }
            }
            if let Some((component, schema)) = shape.component_enum() {
                let unlisted = match (schema["type"].as_str(), value) {
                    (Some("string"), Value::String(_)) => Some(json!(UNLISTED_STRING)),
                    (Some("integer"), Value::Number(_)) => Some(json!(UNLISTED_INTEGER)),
                    _ => None,
                };
                if let Some(value) = unlisted {
                    out.push(Mutation::UnlistedEnum {
                        pointer: pointer.to_string(),
                        component,
                        value,
                    });
                }
            }
        },
    );
    out
}

/// Checks one mutation of `sample`, whose unmutated re-encoding is `baseline`.
fn check_mutation(sample: &Sample, baseline: &Value, mutation: &Mutation) -> Result<(), String> {
    let mutated = mutation.apply(&sample.value);
    let again = sample.round_trip(&mutated)?;
    // The expected re-encoding: the unmutated one with the same change made.
    let mut expected = baseline.clone();
    match mutation {
        Mutation::UnknownField {
            free_form: false, ..
        } => same_as_expected(
            baseline,
            &again,
            "the unknown field changed the re-encoding",
        ),
        Mutation::UnknownField {
            object,
            free_form: true,
        } => {
            if again.pointer(&pointer_push(object, UNKNOWN_KEY)) != Some(&unknown_value()) {
                return Err(format!(
                    "the free-form key was dropped (re-encoded {})",
                    again.pointer(object).unwrap_or(&Value::Null)
                ));
            }
            keeps_documented_fields(&sample.shape, &mutated, &again)
        }
        Mutation::Null { .. } => keeps_documented_fields(&sample.shape, &mutated, &again),
        Mutation::UnlistedEnum { pointer, value, .. } => {
            *expected
                .pointer_mut(pointer)
                .ok_or("the unmutated re-encoding has no value there")? = value.clone();
            same_as_expected(&expected, &again, "not carried verbatim")
        }
        Mutation::Omitted { object, property } => {
            object_at(&mut expected, object)
                .and_then(|o| o.remove(property))
                .ok_or("the unmutated re-encoding lacks the field")?;
            same_as_expected(&expected, &again, "the request would not be sent as built")
        }
    }
}

/// The fidelity comparator's verdict as a result.
fn keeps_documented_fields(shape: &Shape, original: &Value, again: &Value) -> Result<(), String> {
    let differences = compare(shape, original, again).differences;
    if differences.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = differences.iter().map(|d| format!("  {d}")).collect();
    Err(format!("documented fields lost:\n{}", lines.join("\n")))
}

fn same_as_expected(expected: &Value, again: &Value, problem: &str) -> Result<(), String> {
    if again == expected {
        return Ok(());
    }
    Err(format!(
        "{problem}:\n{}",
        exact_differences(expected, again, "").join("\n")
    ))
}

/// Runs every mutation of `kind` on every sample, prints how many ran per sample, and fails
/// with every problem found.
fn run_mutations(kind: Kind) -> Vec<(String, Mutation)> {
    let mut failures = Vec::new();
    let mut ran = Vec::new();
    for sample in samples() {
        let baseline = match sample.round_trip(&sample.value) {
            Ok(baseline) => baseline,
            Err(e) => {
                failures.push(format!("{}: the unmutated payload {e}", sample.label));
                continue;
            }
        };
        let mut count = 0;
        for mutation in mutations(&sample).into_iter().filter(|m| m.kind() == kind) {
            count += 1;
            if let Err(e) = check_mutation(&sample, &baseline, &mutation) {
                failures.push(format!(
                    "{} with {}: {e}",
                    sample.label,
                    mutation.describe()
                ));
            }
            ran.push((sample.label.clone(), mutation));
        }
        eprintln!("{kind:?}: {count:3} mutations of {}", sample.label);
    }
    eprintln!("{kind:?}: {} mutations in all", ran.len());
    assert_no_failures(&format!("{kind:?} mutations failed"), &failures);
    ran
}

#[test]
fn unknown_fields_are_ignored_and_free_form_keys_kept() {
    let ran = run_mutations(Kind::UnknownField);
    let free_form = |f: bool| {
        ran.iter()
            .filter(
                |(_, m)| matches!(m, Mutation::UnknownField { free_form, .. } if *free_form == f),
            )
            .count()
    };
    assert!(free_form(false) > 0, "no unknown field was ignored");
    assert!(free_form(true) > 0, "no free-form key was kept");
}

#[test]
fn nullable_fields_accept_null() {
    let ran = run_mutations(Kind::Null);
    assert!(!ran.is_empty(), "no nullable field was tried");
}

#[test]
fn unlisted_enum_values_decode_and_re_encode_verbatim() {
    let ran = run_mutations(Kind::UnlistedEnum);
    let components: BTreeSet<&str> = ran
        .iter()
        .filter_map(|(_, m)| match m {
            Mutation::UnlistedEnum { component, .. } => Some(*component),
            _ => None,
        })
        .collect();
    eprintln!("UnlistedEnum: enums tried: {components:?}");
    for (component, wire) in [("ChatStatus", "integer"), ("ChannelName", "string")] {
        assert!(
            components.contains(component),
            "no {wire} enum ({component}) was tried"
        );
    }
    assert!(
        ran.iter().any(|(label, _)| label.starts_with("requests/")),
        "no request enum was tried"
    );
}

#[test]
fn optional_request_fields_left_out_stay_out() {
    let ran = run_mutations(Kind::Omitted);
    assert!(!ran.is_empty(), "no optional request field was left out");
}

// ---------------------------------------------------------------------------------------------
// The four examples, checked on the typed values

/// Sets `pointer` of the fixture value at `at` to `value`, decodes it as `T`, and checks the
/// re-encoding carries `value` at the same place.
fn decode_with<T: DeserializeOwned + Serialize>(
    file: &str,
    at: &str,
    pointer: &str,
    value: Value,
) -> T {
    let mut payload = fixture(file)
        .pointer(at)
        .cloned()
        .unwrap_or_else(|| panic!("{file} has nothing at {}", show_pointer(at)));
    *payload
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{file}#{at} has nothing at {pointer}")) = value.clone();
    let decoded: T = serde_json::from_value(payload)
        .unwrap_or_else(|e| panic!("{file} with {value} at {pointer} does not decode: {e}"));
    let again = serde_json::to_value(&decoded).expect("re-encodes");
    assert_eq!(again.pointer(pointer), Some(&value), "re-encoded {again}");
    decoded
}

#[test]
fn chat_status_5_decodes_as_an_unknown_chat_status() {
    let chat: types::Chat = decode_with("objects/Chat.json", "", "/status", json!(5));
    assert!(matches!(chat.status, Some(enums::ChatStatus::Unknown(5))));
    assert!(!chat.status.is_some_and(|s| s.is_known()));
}

#[test]
fn a_new_message_type_decodes_as_an_unknown_message_type() {
    let message: types::Message = decode_with(
        "responses/getChatMessages.json",
        "/messages/0",
        "/type",
        json!("reaction"),
    );
    assert!(
        matches!(&message.type_, Some(enums::MessageType::Unknown(t)) if t == "reaction"),
        "{:?}",
        message.type_
    );
}

#[test]
fn a_new_channel_name_decodes_as_an_unknown_channel_name() {
    let chat: types::Chat = decode_with(
        "objects/Chat.json",
        "",
        "/channelInfo/name",
        json!("telegram"),
    );
    let name = chat.channel_info.and_then(|c| c.name);
    assert!(
        matches!(&name, Some(enums::ChannelName::Unknown(n)) if n == "telegram"),
        "{name:?}"
    );
}

#[test]
fn a_new_template_localization_status_decodes_as_an_unknown_template_status() {
    let template: types::Template = decode_with(
        "objects/Template.json",
        "",
        "/provider_template/localizations/0/status",
        json!("PAUSED"),
    );
    let status = template
        .provider_template
        .and_then(|p| p.localizations.into_iter().next())
        .and_then(|l| l.status);
    assert!(
        matches!(&status, Some(enums::TemplateStatus::Unknown(s)) if s == "PAUSED"),
        "{status:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The comparator itself: each rule can fail

fn chat_example() -> (Shape, Value) {
    (Shape::component("Chat"), fixture("objects/Chat.json"))
}

fn differences_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let (shape, original) = chat_example();
    let mut again = original.clone();
    edit(&mut again);
    compare(&shape, &original, &again)
        .differences
        .iter()
        .map(|d| d.pointer.clone())
        .collect()
}

#[test]
fn comparator_reports_a_lost_or_changed_documented_field_with_its_path() {
    assert_eq!(
        differences_after(|c| {
            c.as_object_mut().expect("object").remove("title");
        }),
        ["/title"]
    );
    assert_eq!(
        differences_after(|c| c["botState"]["flowVersion"]["version"] = json!(38)),
        ["/botState/flowVersion/version"]
    );
    assert_eq!(differences_after(|c| c["labels"] = json!([])), ["/labels"]);
}

#[test]
fn comparator_requires_free_form_values_exactly() {
    assert_eq!(
        differences_after(|c| c["crmData"]["plan"] = json!("basic")),
        ["/crmData/plan"]
    );
    assert_eq!(
        differences_after(|c| {
            c["botState"]["userState"]["menu_choice"]
                .as_object_mut()
                .expect("object")
                .remove("text");
        }),
        ["/botState/userState/menu_choice"]
    );
}

#[test]
fn comparator_reports_fields_the_original_lacked() {
    assert_eq!(differences_after(|c| c["image"] = json!("f1")), [""]);
}

#[test]
fn comparator_lets_empty_values_and_undocumented_fields_go() {
    let (shape, mut original) = chat_example();
    original["labels"] = json!([]);
    original["departmentId"] = Value::Null;
    original["personChats"] = json!([]);
    original["…"] = json!("Chat object");
    let mut again = original.clone();
    for key in ["labels", "departmentId", "personChats", "…"] {
        again.as_object_mut().expect("object").remove(key);
    }
    let fidelity = compare(&shape, &original, &again);
    assert_eq!(fidelity.differences, []);
    assert_eq!(fidelity.undocumented, ["/…"]);
    assert!(fidelity.documented_fields > 20);
}

#[test]
fn mutation_checks_fail_on_types_that_leak_lose_or_fill_in_fields() {
    type RoundTrip = fn(&Value) -> Result<Value, String>;
    let sample = |file: &str, shape: Shape, request: bool, round_trip: RoundTrip| Sample {
        label: file.to_string(),
        shape,
        codec: Codec {
            type_name: "a test double",
            round_trip,
        },
        value: fixture(file),
        request,
        placeholder: false,
    };
    let chat = |round_trip| {
        sample(
            "objects/Chat.json",
            Shape::component("Chat"),
            false,
            round_trip,
        )
    };
    // Keeps every field, unknown ones too.
    let leaky = chat(|v| Ok(v.clone()));
    // Forgets everything.
    let lossy = chat(|_| Ok(json!({})));
    // Sends a default for a field the user left out.
    let filling = sample(
        "requests/createLabel.json",
        Shape::of(request_body_schema("createLabel")),
        true,
        |v| {
            let mut v = v.clone();
            v["color"] = json!("#555555");
            Ok(v)
        },
    );
    for (sample, kind) in [
        (&leaky, Kind::UnknownField),
        (&lossy, Kind::Null),
        (&lossy, Kind::UnlistedEnum),
        (&filling, Kind::Omitted),
    ] {
        let baseline = sample
            .round_trip(&sample.value)
            .expect("the double round-trips");
        let mutation = mutations(sample)
            .into_iter()
            .find(|m| m.kind() == kind)
            .unwrap_or_else(|| panic!("no {kind:?} mutation of {}", sample.label));
        assert!(
            check_mutation(sample, &baseline, &mutation).is_err(),
            "{} passed with {}",
            sample.label,
            mutation.describe()
        );
    }
}
