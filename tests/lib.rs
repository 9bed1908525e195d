//! Helpers shared by the workspace tests: the spec and the fixtures, and a schema-guided view of
//! JSON payloads — the fidelity comparator ([`compare`]) and the walk ([`walk`]) that the
//! fidelity mutations are built on.
//!
//! Everything here reads `openapi/texter.yaml` itself rather than the generated code, so the tests
//! judge the generated types against the document they were generated from.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;
use xtask::spec::{METHODS, Spec, is_component_enum, schema_ref_name};

// ---------------------------------------------------------------------------------------------
// The spec and the fixtures

/// The spec, parsed once per test binary (the shapes below borrow from it for `'static`).
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::load(&xtask::spec_path()).unwrap_or_else(|e| panic!("{e}")))
}

/// `tests/fixtures`.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../crates/texterchat/tests/fixtures")
}

/// The ready-made Import Subscription bodies, one per webhook event.
pub fn import_bodies_dir() -> PathBuf {
    xtask::workspace_root().join("crates/texterchat-api/src/import_bodies")
}

/// Reads a JSON file, panicking with its path.
pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()))
}

/// One row of `tests/fixtures/manifest.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    /// Path under `tests/fixtures`.
    pub file: String,
    /// `request`, `response`, `object` or `webhook`.
    pub kind: String,
    pub operation: Option<String>,
    pub object: Option<String>,
    pub event: Option<String>,
    pub confidence: String,
    pub notes: Option<String>,
}

/// Every fixture the manifest lists.
pub fn manifest() -> Vec<ManifestEntry> {
    serde_json::from_value(read_json(&fixtures_dir().join("manifest.json")))
        .unwrap_or_else(|e| panic!("tests/fixtures/manifest.json is malformed: {e}"))
}

// ---------------------------------------------------------------------------------------------
// Spec look-ups (all panic with a clear message: a wrong name in a test table is a test bug)

/// Resolves a local `$ref` such as `#/components/schemas/Chat` (or any JSON pointer behind `#`).
pub fn resolve(reference: &str) -> &'static Value {
    spec()
        .resolve(reference)
        .unwrap_or_else(|| panic!("`{reference}` does not resolve in the spec"))
}

/// Follows `$ref`s until the value is not a reference (request bodies and responses may be
/// shared components).
fn dereference(mut value: &'static Value) -> &'static Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        value = resolve(reference);
    }
    value
}

/// The operation object of `operation_id`, raw.
pub fn operation(operation_id: &str) -> &'static Value {
    let paths = spec().raw.get("paths").and_then(Value::as_object);
    paths
        .into_iter()
        .flat_map(|paths| paths.values())
        .flat_map(|item| METHODS.iter().filter_map(move |m| item.get(*m)))
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(operation_id))
        .unwrap_or_else(|| panic!("the spec has no operation `{operation_id}`"))
}

fn json_schema(content_holder: &'static Value, what: &str) -> &'static Value {
    dereference(content_holder)
        .pointer("/content/application~1json/schema")
        .unwrap_or_else(|| panic!("{what} has no application/json schema"))
}

/// The schema of the JSON request body of `operation_id`.
pub fn request_body_schema(operation_id: &str) -> &'static Value {
    let body = operation(operation_id)
        .get("requestBody")
        .unwrap_or_else(|| panic!("operation `{operation_id}` has no request body"));
    json_schema(body, &format!("the request body of `{operation_id}`"))
}

/// The schema of the JSON body of the success response of `operation_id` (the first `2xx`
/// response, `2XX` included, as progenitor picks it).
pub fn success_body_schema(operation_id: &str) -> &'static Value {
    let responses = operation(operation_id)
        .get("responses")
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("operation `{operation_id}` has no responses"));
    let (code, response) = responses
        .iter()
        .find(|(code, _)| code.starts_with('2'))
        .unwrap_or_else(|| panic!("operation `{operation_id}` has no success response"));
    json_schema(response, &format!("response {code} of `{operation_id}`"))
}

/// The Rust type name (without module paths) the generator gives a schema, when the spec
/// determines it: `$ref: Chat` is `Chat`, an array of them `Vec<Chat>`, a free-form object
/// `Map<String,Value>`. `None` for other inline schemas (typify invents their names).
pub fn generated_type_name(schema: &Value) -> Option<String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return schema_ref_name(reference).map(str::to_string);
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => {
            generated_type_name(schema.get("items")?).map(|item| format!("Vec<{item}>"))
        }
        Some("object")
            if schema.get("properties").is_none()
                && schema.get("additionalProperties") == Some(&Value::Bool(true)) =>
        {
            Some("Map<String,Value>".to_string())
        }
        _ => None,
    }
}

/// `alloc::vec::Vec<texterchat_api::generated::types::Template>` → `Vec<Template>`.
pub fn short_type_name(full: &str) -> String {
    let mut out = String::new();
    let mut segment = String::new();
    for c in full.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            segment.push(c);
        } else {
            out.push_str(segment.rsplit("::").next().unwrap_or_default());
            segment.clear();
            out.push(c);
        }
    }
    out.push_str(segment.rsplit("::").next().unwrap_or_default());
    out.replace(' ', "")
}

// ---------------------------------------------------------------------------------------------
// JSON pointers

/// `pointer` extended by one object key or array index (RFC 6901 escaping), so that it works
/// with `Value::pointer(_mut)` even for the fixtures' `"##provide"`, `"…"` and `"..."` keys.
pub fn pointer_push(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// How a pointer is shown in failure messages: the root is `/`.
pub fn show_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

// ---------------------------------------------------------------------------------------------
// Shapes: what the spec says about one position of a payload

/// One schema object reached from a position, and the component it was reached through.
#[derive(Clone, Copy, Debug)]
struct Part {
    schema: &'static Value,
    component: Option<&'static str>,
}

/// What the spec says about one position of a payload: the schema written there with every
/// `$ref` followed and every `allOf`/`oneOf`/`anyOf` member included. A property is documented
/// at the position when any part documents it; `oneOf` members are unioned (a decoder picks one
/// member, but any member's field is documented for that position).
#[derive(Clone, Debug)]
pub struct Shape {
    parts: Vec<Part>,
}

/// What the spec says about one key of an object.
#[derive(Clone, Debug)]
pub enum Child {
    /// A property, or an entry of a map whose values have a schema.
    Documented(Shape),
    /// A key allowed by `additionalProperties: true` (or `{}`): free-form data, not an unknown
    /// field.
    FreeForm,
    /// A key the spec does not mention; the generated types may drop it.
    Undocumented,
}

/// Keywords that give a schema a structure; a schema with none of them accepts any JSON.
const STRUCTURAL: [&str; 5] = [
    "type",
    "properties",
    "items",
    "additionalProperties",
    "enum",
];

impl Shape {
    /// The shape of a schema object of the spec.
    pub fn of(schema: &'static Value) -> Shape {
        let mut parts = Vec::new();
        collect(schema, None, &mut parts);
        Shape { parts }
    }

    /// The shape of `#/components/schemas/{name}`.
    pub fn component(name: &str) -> Shape {
        let (name, schema) = spec()
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .and_then(|schemas| schemas.get_key_value(name))
            .unwrap_or_else(|| panic!("the spec has no schema `{name}`"));
        let mut parts = Vec::new();
        collect(schema, Some(name), &mut parts);
        Shape { parts }
    }

    fn keyword(&self, key: &'static str) -> impl Iterator<Item = &'static Value> + '_ {
        self.parts.iter().filter_map(move |p| p.schema.get(key))
    }

    fn union(schemas: impl Iterator<Item = &'static Value>) -> Option<Shape> {
        let mut parts = Vec::new();
        schemas.for_each(|s| collect(s, None, &mut parts));
        (!parts.is_empty()).then_some(Shape { parts })
    }

    /// Whether the spec gives this position no structure at all (`params:` with only a
    /// description): whatever JSON is there is data and must round-trip exactly.
    pub fn is_free_form(&self) -> bool {
        !self
            .parts
            .iter()
            .any(|p| STRUCTURAL.iter().any(|k| p.schema.get(*k).is_some()))
    }

    /// Whether some part declares `properties` (an object with documented fields, as opposed to
    /// a map or a free-form object).
    pub fn declares_properties(&self) -> bool {
        self.keyword("properties").any(|p| p.is_object())
    }

    /// Every documented property name, each once, in spec order.
    pub fn property_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        for props in self.keyword("properties").filter_map(Value::as_object) {
            for name in props.keys() {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// The shape of property `name`, when documented.
    pub fn property(&self, name: &str) -> Option<Shape> {
        Shape::union(self.keyword("properties").filter_map(|p| p.get(name)))
    }

    /// The shape of the items, when this is a documented array.
    pub fn items(&self) -> Option<Shape> {
        Shape::union(self.keyword("items"))
    }

    /// Whether keys beyond the documented properties are free-form data here:
    /// `additionalProperties` is `true` or a schema without any structure (`{}`).
    pub fn allows_free_form_keys(&self) -> bool {
        self.keyword("additionalProperties")
            .any(|a| a == &Value::Bool(true) || (a.is_object() && Shape::of(a).is_free_form()))
    }

    /// What the spec says about key `key` of an object at this position.
    pub fn child(&self, key: &str) -> Child {
        if let Some(shape) = self.property(key) {
            return Child::Documented(shape);
        }
        if self.allows_free_form_keys() {
            return Child::FreeForm;
        }
        match Shape::union(
            self.keyword("additionalProperties")
                .filter(|a| a.is_object()),
        ) {
            Some(shape) => Child::Documented(shape),
            None => Child::Undocumented,
        }
    }

    /// Whether some part lists `name` in its `required` (for a `oneOf`, some member requires
    /// it).
    pub fn requires(&self, name: &str) -> bool {
        self.keyword("required")
            .filter_map(Value::as_array)
            .flatten()
            .any(|r| r == name)
    }

    /// Whether the spec marks this position `nullable: true`.
    pub fn is_nullable(&self) -> bool {
        self.keyword("nullable").any(|n| n == &Value::Bool(true))
    }

    /// The component enum schema this position's value is one of (through a `$ref` or an
    /// `allOf`), with its name.
    pub fn component_enum(&self) -> Option<(&'static str, &'static Value)> {
        self.parts.iter().find_map(|p| match p.component {
            Some(name) if is_component_enum(p.schema) => Some((name, p.schema)),
            _ => None,
        })
    }
}

fn collect(schema: &'static Value, component: Option<&'static str>, out: &mut Vec<Part>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        // OpenAPI 3.0 ignores keywords beside a `$ref`.
        return collect(resolve(reference), schema_ref_name(reference), out);
    }
    out.push(Part { schema, component });
    for key in ["allOf", "oneOf", "anyOf"] {
        for member in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            collect(member, None, out);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Walking a payload along its shape

/// Calls `visit(pointer, shape, value)` for `value` and for every value inside it that the spec
/// documents, depth first in document order. Free-form data and undocumented keys are not
/// entered: the spec says nothing about what is inside them.
pub fn walk(shape: &Shape, value: &Value, visit: &mut dyn FnMut(&str, &Shape, &Value)) {
    walk_at(shape, value, "", visit);
}

fn walk_at(
    shape: &Shape,
    value: &Value,
    pointer: &str,
    visit: &mut dyn FnMut(&str, &Shape, &Value),
) {
    visit(pointer, shape, value);
    if shape.is_free_form() {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if let Child::Documented(s) = shape.child(key) {
                    walk_at(&s, child, &pointer_push(pointer, key), visit);
                }
            }
        }
        Value::Array(items) => {
            if let Some(s) = shape.items() {
                for (i, item) in items.iter().enumerate() {
                    walk_at(&s, item, &pointer_push(pointer, &i.to_string()), visit);
                }
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// The fidelity comparator

/// One way a re-encoding falls short of its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// JSON pointer into the original.
    pub pointer: String,
    pub problem: String,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at {}: {}", show_pointer(&self.pointer), self.problem)
    }
}

/// What [`compare`] found.
#[derive(Debug, Default)]
pub struct Fidelity {
    pub differences: Vec<Difference>,
    /// How many documented (or free-form) object fields were compared; zero means the type
    /// understood nothing of the payload.
    pub documented_fields: usize,
    /// Pointers of the original's fields the spec does not document (the types may drop them).
    pub undocumented: Vec<String>,
}

/// Checks that `reencoded` keeps every field of `original` that the spec documents at its
/// position (shape), recursively. The rules:
///
/// - a documented field must be present in the re-encoding with an equal value, except that an
///   original `[]`, `{}` or `null` may be absent: typify generates optional response arrays and
///   maps as `Vec`/`Map` fields skipped when empty, and nullable fields as `Option`s skipped
///   when `None`, so "empty" and "absent" re-encode the same;
/// - free-form values (`additionalProperties: true` keys, schemas without any structure) must
///   round-trip exactly;
/// - fields the spec does not document may be dropped (unknown fields are ignored on decode);
/// - the re-encoding must not contain a field the original lacked (a generator default, for
///   example, would change what is sent or stored);
/// - documented numbers compare by value (`5` and `5.0` are the same JSON number).
pub fn compare(shape: &Shape, original: &Value, reencoded: &Value) -> Fidelity {
    let mut fidelity = Fidelity::default();
    compare_at(shape, original, reencoded, "", &mut fidelity);
    fidelity
}

fn compare_at(shape: &Shape, original: &Value, reencoded: &Value, pointer: &str, f: &mut Fidelity) {
    if shape.is_free_form() {
        if original != reencoded {
            f.differ(
                pointer,
                format!("free-form value {original} re-encoded as {reencoded}"),
            );
        }
        return;
    }
    match (original, reencoded) {
        (Value::Object(o), Value::Object(r)) => {
            for key in r.keys().filter(|k| !o.contains_key(*k)) {
                f.differ(
                    pointer,
                    format!("re-encoding added field `{key}` the original lacked"),
                );
            }
            for (key, value) in o {
                let at = pointer_push(pointer, key);
                let child = shape.child(key);
                if matches!(child, Child::Undocumented) {
                    f.undocumented.push(at);
                    continue;
                }
                f.documented_fields += 1;
                match (child, r.get(key)) {
                    (_, None) if is_empty(value) => {}
                    (_, None) => f.differ(&at, format!("documented field lost (was {value})")),
                    (Child::Documented(s), Some(again)) => compare_at(&s, value, again, &at, f),
                    (_, Some(again)) if value != again => f.differ(
                        &at,
                        format!("free-form value {value} re-encoded as {again}"),
                    ),
                    _ => {}
                }
            }
        }
        (Value::Array(o), Value::Array(r)) => {
            if o.len() != r.len() {
                f.differ(
                    pointer,
                    format!("{} items re-encoded as {}", o.len(), r.len()),
                );
                return;
            }
            let items = shape.items();
            for (i, (value, again)) in o.iter().zip(r).enumerate() {
                let at = pointer_push(pointer, &i.to_string());
                match &items {
                    Some(s) => compare_at(s, value, again, &at, f),
                    None if value != again => {
                        f.differ(&at, format!("{value} re-encoded as {again}"))
                    }
                    None => {}
                }
            }
        }
        (Value::Number(o), Value::Number(r))
            if o == r || ((o.is_f64() || r.is_f64()) && o.as_f64() == r.as_f64()) => {}
        (o, r) if o == r => {}
        (o, r) => f.differ(pointer, format!("{o} re-encoded as {r}")),
    }
}

impl Fidelity {
    fn differ(&mut self, pointer: &str, problem: String) {
        self.differences.push(Difference {
            pointer: pointer.to_string(),
            problem,
        });
    }
}

/// `[]`, `{}` or `null`: values the re-encoding may leave out.
pub fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

// The repository README's Rust examples compile (and run, unless marked) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
