//! The spec's authoring rules. Each violation names where it is, which rule it breaks and how to
//! fix it; `cargo xtask generate` refuses to generate while any remain.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use crate::spec::{self, Spec};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// e.g. "operation `searchChats`" or "schema `Chat.labels`".
    pub location: String,
    pub rule: &'static str,
    pub problem: String,
    pub fix: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}\n    rule: {}\n    fix:  {}",
            self.location, self.problem, self.rule, self.fix
        )
    }
}

const RULE_OPERATION_ID: &str = "every operation has a unique lowerCamelCase operationId";
const RULE_ONE_TAG: &str = "every operation has exactly one tag, declared in the top-level `tags`";
const RULE_SCOPES: &str = "every operation lists its scopes in `x-texter-scopes`, using only ids from `x-texter-scope-catalog` (an empty list means any valid token)";
const RULE_SOURCE: &str = "every operation says where its facts come from in `x-texter-source` (reference, texter-code or inferred)";
const RULE_IDEMPOTENT: &str = "every operation says in `x-texter-idempotent` (true or false) whether repeating it is harmless; the SDK's retries depend on it";
const RULE_ONE_SUCCESS: &str =
    "an operation has exactly one success body type (progenitor cannot generate two)";
const RULE_ERRORS: &str = "errors are declared as `4XX` and `5XX` with the shared Error schema, and never as `default` (progenitor panics on a `default` next to a typed success)";
const RULE_PLAIN_OK: &str =
    "text/plain `OK` responses use the shared `#/components/responses/PlainOk`";
const RULE_REQUEST_JSON: &str = "request bodies are application/json";
const RULE_NO_DENY_UNKNOWN: &str = "no `additionalProperties: false` in a schema reachable from a response (it becomes `deny_unknown_fields`, so a new server field would fail decoding)";
const RULE_OPEN_ENUMS: &str = "every enum is a component schema, which the generator turns into an open enum; an inline enum reachable from a response would fail on a value the spec does not list";
const RULE_NO_DECODE_CHECKS: &str = "no validating constraints (pattern, minLength, maxLength, minimum, maximum, exclusive bounds, uniqueItems) in a schema reachable from a response: the generated types would reject or alter server values";
const RULE_ENUM_NAMES: &str = "`x-texter-enum-names` gives one unique Rust identifier per enum value; integer enums must have it";
const RULE_CATALOG: &str = "the scope catalog lists each scope once, with a snake_case id, its exact display name and what it unlocks";
const RULE_BUNDLES: &str = "every API group (tag) has a suggested scope bundle in `x-texter-scope-bundles` that covers every scope its operations need";
const RULE_UNPUBLISHED: &str =
    "unpublished operations name only catalog scopes and say where their scopes come from";
const RULE_WEBHOOKS: &str = "`x-texter-webhook-events` lists every value of the `WebhookEventName` enum once, in the same order, each with an existing data schema, a source and its placeholders";
const RULE_REFS: &str = "every `$ref` points at an existing component";

/// Runs every rule and returns the violations, in document order.
pub fn lint(spec: &Spec) -> Vec<Violation> {
    let mut out = Vec::new();
    let catalog = check_catalog(spec, &mut out);
    check_refs(spec, &mut out);
    check_operations(spec, &catalog, &mut out);
    check_bundles(spec, &catalog, &mut out);
    check_unpublished(spec, &catalog, &mut out);
    check_enums(spec, &mut out);
    check_response_schemas(spec, &mut out);
    check_webhook_events(spec, &mut out);
    out
}

fn check_webhook_events(spec: &Spec, out: &mut Vec<Violation>) {
    let events = match spec.webhook_events() {
        Ok(e) => e,
        Err(e) => {
            out.push(violation(
                "top level".into(),
                RULE_WEBHOOKS,
                e,
                "add `x-texter-webhook-events: [{name, title, data, triggers, placeholders, source}]`".into(),
            ));
            return;
        }
    };
    let enum_values: Vec<String> = spec
        .raw
        .pointer("/components/schemas/WebhookEventName/enum")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let names: Vec<String> = events.iter().map(|e| e.name.clone()).collect();
    if names != enum_values {
        out.push(violation(
            "`x-texter-webhook-events`".into(),
            RULE_WEBHOOKS,
            format!("its names {names:?} differ from `WebhookEventName` {enum_values:?}"),
            "list the same event names, in the same order, in both places".into(),
        ));
    }
    for e in &events {
        let loc = format!("webhook event `{}`", e.name);
        if spec
            .resolve(&format!("#/components/schemas/{}", e.data))
            .is_none()
        {
            out.push(violation(
                loc.clone(),
                RULE_WEBHOOKS,
                format!("data schema `{}` does not exist", e.data),
                "name a component schema".into(),
            ));
        }
        if !spec::SOURCES.contains(&e.source.as_str()) {
            out.push(violation(
                loc.clone(),
                RULE_WEBHOOKS,
                format!("`source: {}` is not known", e.source),
                "use reference, texter-code or inferred".into(),
            ));
        }
        for p in &e.placeholders {
            if !(p.starts_with("{{") && p.ends_with("}}")) || p == "{{yourWebhookURL}}" {
                out.push(violation(
                    loc.clone(),
                    RULE_WEBHOOKS,
                    format!("placeholder {p:?} is not of the form `{{{{name}}}}` (the URL one is implied)"),
                    "list the event-specific placeholders, e.g. '{{targetLabelId}}'".into(),
                ));
            }
        }
    }
}

fn violation(location: String, rule: &'static str, problem: String, fix: String) -> Violation {
    Violation {
        location,
        rule,
        problem,
        fix,
    }
}

fn check_catalog(spec: &Spec, out: &mut Vec<Violation>) -> BTreeSet<String> {
    let catalog = match spec.scope_catalog() {
        Ok(c) => c,
        Err(e) => {
            out.push(violation(
                "top level".into(),
                RULE_CATALOG,
                e,
                "add `x-texter-scope-catalog: [{id, name, unlocks}, ...]`".into(),
            ));
            return BTreeSet::new();
        }
    };
    let mut ids = BTreeSet::new();
    let mut names = BTreeSet::new();
    for scope in &catalog {
        let loc = format!("scope `{}`", scope.id);
        let snake = !scope.id.is_empty()
            && scope
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake {
            out.push(violation(
                loc.clone(),
                RULE_CATALOG,
                "the id is not snake_case".into(),
                "use lowercase letters, digits and underscores".into(),
            ));
        }
        if !ids.insert(scope.id.clone()) {
            out.push(violation(
                loc.clone(),
                RULE_CATALOG,
                "the id appears twice".into(),
                "remove the duplicate entry".into(),
            ));
        }
        if scope.name.trim().is_empty() || !names.insert(scope.name.to_lowercase()) {
            out.push(violation(
                loc.clone(),
                RULE_CATALOG,
                format!("the display name {:?} is empty or used twice", scope.name),
                "give the exact name Texter shows in its token dialog".into(),
            ));
        }
        if scope.unlocks.trim().is_empty() {
            out.push(violation(
                loc,
                RULE_CATALOG,
                "`unlocks` is empty".into(),
                "say what the scope unlocks".into(),
            ));
        }
    }
    ids
}

fn collect_refs(value: &Value, refs: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    if let Some(s) = v.as_str() {
                        refs.push(s.to_string());
                    }
                } else {
                    collect_refs(v, refs);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, refs)),
        _ => {}
    }
}

fn check_refs(spec: &Spec, out: &mut Vec<Violation>) {
    let mut refs = Vec::new();
    collect_refs(&spec.raw, &mut refs);
    let mut seen = BTreeSet::new();
    for r in refs {
        if seen.insert(r.clone()) && spec.resolve(&r).is_none() {
            out.push(violation(
                format!("`$ref: {r}`"),
                RULE_REFS,
                "nothing exists at that location".into(),
                "fix the reference or add the component".into(),
            ));
        }
    }
}

/// Component schema names reachable from `roots` (any JSON holding `$ref`s), following
/// `#/components/responses`, `#/components/parameters` and schemas transitively.
pub fn reachable_schemas(spec: &Spec, roots: &[&Value]) -> BTreeSet<String> {
    let mut refs = Vec::new();
    for root in roots {
        collect_refs(root, &mut refs);
    }
    let mut seen_refs = BTreeSet::new();
    let mut schemas = BTreeSet::new();
    while let Some(r) = refs.pop() {
        if !seen_refs.insert(r.clone()) {
            continue;
        }
        if let Some(name) = spec::schema_ref_name(&r) {
            schemas.insert(name.to_string());
        }
        if let Some(target) = spec.resolve(&r) {
            collect_refs(target, &mut refs);
        }
    }
    schemas
}

/// Schemas reachable from any response, and from any request (body or parameter).
pub fn response_and_request_schemas(spec: &Spec) -> (BTreeSet<String>, BTreeSet<String>) {
    let ops = spec.operations();
    let responses: Vec<&Value> = ops.iter().filter_map(|o| o.raw.get("responses")).collect();
    let mut requests: Vec<&Value> = ops
        .iter()
        .flat_map(|o| [o.raw.get("requestBody"), o.raw.get("parameters")])
        .flatten()
        .collect();
    // Path-level parameters.
    if let Some(paths) = spec.raw.get("paths").and_then(Value::as_object) {
        requests.extend(paths.values().filter_map(|p| p.get("parameters")));
    }
    (
        reachable_schemas(spec, &responses),
        reachable_schemas(spec, &requests),
    )
}

fn check_operations(spec: &Spec, catalog: &BTreeSet<String>, out: &mut Vec<Violation>) {
    let tags: BTreeSet<String> = spec.tags().into_iter().collect();
    let mut ids = BTreeSet::new();
    for op in spec.operations() {
        let loc = if op.id.is_empty() {
            format!("operation `{} {}`", op.method, op.path)
        } else {
            format!("operation `{}`", op.id)
        };
        let camel = op.id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && op.id.chars().all(|c| c.is_ascii_alphanumeric());
        if !camel {
            out.push(violation(
                loc.clone(),
                RULE_OPERATION_ID,
                format!("operationId {:?} is missing or not lowerCamelCase", op.id),
                "set `operationId` to the id listed in ENDPOINTS.md, e.g. `searchChats`".into(),
            ));
        }
        if !op.id.is_empty() && !ids.insert(op.id.clone()) {
            out.push(violation(
                loc.clone(),
                RULE_OPERATION_ID,
                "the operationId is used twice".into(),
                "give each operation its own id".into(),
            ));
        }
        if op.tags.len() != 1 || !tags.contains(op.tag()) {
            out.push(violation(
                loc.clone(),
                RULE_ONE_TAG,
                format!("it has tags {:?}", op.tags),
                format!(
                    "give it exactly one of the declared tags: {}",
                    tags.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        match &op.scopes {
            None => out.push(violation(
                loc.clone(),
                RULE_SCOPES,
                "`x-texter-scopes` is missing".into(),
                "add `x-texter-scopes: [scope_id, ...]` (`[]` if any valid token works)".into(),
            )),
            Some(scopes) => {
                let mut seen = BTreeSet::new();
                for s in scopes {
                    if !catalog.contains(s) {
                        out.push(violation(
                            loc.clone(),
                            RULE_SCOPES,
                            format!("`{s}` is not a scope id from `x-texter-scope-catalog`"),
                            format!(
                                "use one of: {}",
                                catalog.iter().cloned().collect::<Vec<_>>().join(", ")
                            ),
                        ));
                    }
                    if !seen.insert(s) {
                        out.push(violation(
                            loc.clone(),
                            RULE_SCOPES,
                            format!("`{s}` is listed twice"),
                            "list each scope once".into(),
                        ));
                    }
                }
            }
        }
        for (key, value) in [
            ("x-texter-source", op.source.as_deref()),
            ("x-texter-scopes-source", op.scopes_source.as_deref()),
        ] {
            match value {
                None if key == "x-texter-source" => out.push(violation(
                    loc.clone(),
                    RULE_SOURCE,
                    "`x-texter-source` is missing".into(),
                    "add `x-texter-source: reference` (or texter-code, or inferred)".into(),
                )),
                Some(v) if !spec::SOURCES.contains(&v) => out.push(violation(
                    loc.clone(),
                    RULE_SOURCE,
                    format!("`{key}: {v}` is not a known source"),
                    "use reference, texter-code or inferred".into(),
                )),
                _ => {}
            }
        }
        if op.idempotent.is_none() {
            out.push(violation(
                loc.clone(),
                RULE_IDEMPOTENT,
                "`x-texter-idempotent` is missing or not a boolean".into(),
                "add `x-texter-idempotent: true` for reads and state-setting updates, `false` for sends and creates".into(),
            ));
        }
        check_responses(spec, &op.raw, &loc, out);
        if let Some(body) = op.raw.get("requestBody") {
            let body = deref(spec, body);
            let types: Vec<&String> = body
                .get("content")
                .and_then(Value::as_object)
                .map(|c| c.keys().collect())
                .unwrap_or_default();
            if types.iter().any(|t| t.as_str() != "application/json") {
                out.push(violation(
                    loc.clone(),
                    RULE_REQUEST_JSON,
                    format!("the request body has content types {types:?}"),
                    "declare the body as application/json".into(),
                ));
            }
        }
    }
}

/// Follows one level of `$ref` (for responses, request bodies and parameters).
fn deref<'a>(spec: &'a Spec, value: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| spec.resolve(r))
        .unwrap_or(value)
}

fn check_responses(spec: &Spec, op: &Value, loc: &str, out: &mut Vec<Violation>) {
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        out.push(violation(
            loc.to_string(),
            RULE_ONE_SUCCESS,
            "it declares no responses".into(),
            "declare its success response, `4XX` and `5XX`".into(),
        ));
        return;
    };
    let mut success_bodies = BTreeSet::new();
    let mut has_4xx = false;
    let mut has_5xx = false;
    for (code, response) in responses {
        let resolved = deref(spec, response);
        let content = resolved.get("content").and_then(Value::as_object);
        let body = match content {
            None => "no body".to_string(),
            Some(c) => c
                .iter()
                .map(|(t, m)| format!("{t} {}", m.get("schema").unwrap_or(&Value::Null)))
                .collect::<Vec<_>>()
                .join(" | "),
        };
        if code == "default" {
            out.push(violation(
                loc.to_string(),
                RULE_ERRORS,
                "it declares a `default` response".into(),
                "replace it with `4XX: {$ref: '#/components/responses/ClientError'}` and `5XX: {$ref: '#/components/responses/ServerError'}`".into(),
            ));
            continue;
        }
        let is_success = code.starts_with('2');
        let is_error = code.starts_with('4') || code.starts_with('5');
        if is_success {
            success_bodies.insert(body.clone());
            if let Some(c) = content {
                if c.contains_key("text/plain")
                    && response.get("$ref").and_then(Value::as_str)
                        != Some("#/components/responses/PlainOk")
                {
                    out.push(violation(
                        loc.to_string(),
                        RULE_PLAIN_OK,
                        format!("response `{code}` declares text/plain inline"),
                        format!("use `{code}: {{$ref: '#/components/responses/PlainOk'}}`"),
                    ));
                }
                if c.len() > 1 {
                    out.push(violation(
                        loc.to_string(),
                        RULE_ONE_SUCCESS,
                        format!("response `{code}` declares several content types"),
                        "keep one content type per success response".into(),
                    ));
                }
            }
        } else if is_error {
            has_4xx |= code == "4XX";
            has_5xx |= code == "5XX";
            let error_schema = resolved
                .pointer("/content/application~1json/schema/$ref")
                .and_then(Value::as_str);
            if code.len() != 3
                || !code.ends_with("XX")
                || error_schema != Some("#/components/schemas/Error")
            {
                out.push(violation(
                    loc.to_string(),
                    RULE_ERRORS,
                    format!("error response `{code}` is not a `4XX`/`5XX` range with the shared Error schema"),
                    "declare errors only as `4XX`/`5XX` pointing at ClientError/ServerError".into(),
                ));
            }
        } else {
            out.push(violation(
                loc.to_string(),
                RULE_ERRORS,
                format!("response `{code}` is neither a success nor an error"),
                "declare only 2xx successes and `4XX`/`5XX` errors".into(),
            ));
        }
    }
    if success_bodies.len() != 1 {
        out.push(violation(
            loc.to_string(),
            RULE_ONE_SUCCESS,
            format!(
                "it declares {} different success bodies",
                success_bodies.len()
            ),
            "declare one success body (several status codes may share it)".into(),
        ));
    }
    if !has_4xx || !has_5xx {
        out.push(violation(
            loc.to_string(),
            RULE_ERRORS,
            "`4XX` or `5XX` is missing".into(),
            "add `4XX: {$ref: '#/components/responses/ClientError'}` and `5XX: {$ref: '#/components/responses/ServerError'}`".into(),
        ));
    }
}

fn check_bundles(spec: &Spec, catalog: &BTreeSet<String>, out: &mut Vec<Violation>) {
    let bundles = match spec.scope_bundles() {
        Ok(b) => b,
        Err(e) => {
            out.push(violation(
                "top level".into(),
                RULE_BUNDLES,
                e,
                "add `x-texter-scope-bundles: {group: [scope_id, ...]}`".into(),
            ));
            return;
        }
    };
    let tags = spec.tags();
    let mut needed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for op in spec.operations() {
        needed
            .entry(op.tag().to_string())
            .or_default()
            .extend(op.scopes().iter().cloned());
    }
    for tag in &tags {
        let loc = format!("scope bundle `{tag}`");
        let Some(bundle) = bundles.get(tag) else {
            out.push(violation(
                loc,
                RULE_BUNDLES,
                "the group has no suggested bundle".into(),
                format!("add `{tag}: [...]` to `x-texter-scope-bundles`"),
            ));
            continue;
        };
        for s in bundle.iter().filter(|s| !catalog.contains(*s)) {
            out.push(violation(
                loc.clone(),
                RULE_BUNDLES,
                format!("`{s}` is not a catalog scope id"),
                "use ids from `x-texter-scope-catalog`".into(),
            ));
        }
        let have: BTreeSet<&String> = bundle.iter().collect();
        for s in needed.get(tag).into_iter().flatten() {
            if !have.contains(s) {
                out.push(violation(
                    loc.clone(),
                    RULE_BUNDLES,
                    format!("an operation of the group needs `{s}`, which the bundle lacks"),
                    format!("add `{s}` to the bundle"),
                ));
            }
        }
    }
    for key in bundles.keys().filter(|k| !tags.contains(k)) {
        out.push(violation(
            format!("scope bundle `{key}`"),
            RULE_BUNDLES,
            "it names no declared tag".into(),
            "rename it after a tag or remove it".into(),
        ));
    }
}

fn check_unpublished(spec: &Spec, catalog: &BTreeSet<String>, out: &mut Vec<Violation>) {
    let ops = match spec.unpublished_operations() {
        Ok(o) => o,
        Err(e) => {
            out.push(violation(
                "top level".into(),
                RULE_UNPUBLISHED,
                e,
                "add `x-texter-unpublished-operations` (use `[]` if there are none)".into(),
            ));
            return;
        }
    };
    for op in ops {
        let loc = format!("unpublished operation `{}`", op.name);
        for s in op.scopes.iter().filter(|s| !catalog.contains(*s)) {
            out.push(violation(
                loc.clone(),
                RULE_UNPUBLISHED,
                format!("`{s}` is not a catalog scope id"),
                "use ids from `x-texter-scope-catalog`".into(),
            ));
        }
        if !spec::SOURCES.contains(&op.scopes_source.as_str()) && op.scopes_source != "unknown" {
            out.push(violation(
                loc,
                RULE_UNPUBLISHED,
                format!("`scopes-source: {}` is not known", op.scopes_source),
                "use reference, texter-code, inferred or unknown".into(),
            ));
        }
    }
}

fn is_rust_ident(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
}

fn check_enums(spec: &Spec, out: &mut Vec<Violation>) {
    for (name, schema) in spec.schemas() {
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            continue;
        };
        let loc = format!("schema `{name}`");
        let ty = schema.get("type").and_then(Value::as_str).unwrap_or("");
        if ty != "string" && ty != "integer" {
            out.push(violation(
                loc.clone(),
                RULE_OPEN_ENUMS,
                format!("enum of type {ty:?}"),
                "enums are `type: string` or `type: integer`".into(),
            ));
            continue;
        }
        let names = schema.get("x-texter-enum-names").and_then(Value::as_array);
        match names {
            None if ty == "integer" => out.push(violation(
                loc.clone(),
                RULE_ENUM_NAMES,
                "an integer enum has no `x-texter-enum-names`".into(),
                "add one PascalCase name per value".into(),
            )),
            Some(n) => {
                let idents: BTreeSet<&str> = n.iter().filter_map(Value::as_str).collect();
                if n.len() != values.len()
                    || idents.len() != n.len()
                    || !idents.iter().all(|i| is_rust_ident(i))
                {
                    out.push(violation(
                        loc.clone(),
                        RULE_ENUM_NAMES,
                        format!(
                            "{} names for {} values, or names that are not unique PascalCase identifiers",
                            n.len(),
                            values.len()
                        ),
                        "give one unique PascalCase name per value, in value order".into(),
                    ));
                }
            }
            None => {}
        }
        if let Some(d) = schema
            .get("x-texter-enum-descriptions")
            .and_then(Value::as_array)
            && (d.len() != values.len() || d.iter().any(|x| !x.is_string()))
        {
            out.push(violation(
                loc.clone(),
                RULE_ENUM_NAMES,
                "`x-texter-enum-descriptions` does not have one string per value (quote entries holding `: `)".into(),
                "give one description per value, in value order".into(),
            ));
        }
        let unique: BTreeSet<String> = values.iter().map(Value::to_string).collect();
        if unique.len() != values.len() {
            out.push(violation(
                loc,
                RULE_OPEN_ENUMS,
                "a value is listed twice".into(),
                "list each value once".into(),
            ));
        }
    }
}

const DECODE_CHECKS: [&str; 8] = [
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "uniqueItems",
];

/// Walks one schema (not following `$ref`s; reachability covers those).
fn walk_response_schema(schema: &Value, loc: &str, top_level: bool, out: &mut Vec<Violation>) {
    let Some(map) = schema.as_object() else {
        return;
    };
    if map.contains_key("$ref") {
        return;
    }
    if map.get("additionalProperties") == Some(&Value::Bool(false)) {
        out.push(violation(
            loc.to_string(),
            RULE_NO_DENY_UNKNOWN,
            "`additionalProperties: false`".into(),
            "remove it (unknown fields are ignored when decoding)".into(),
        ));
    }
    if !top_level && map.contains_key("enum") {
        out.push(violation(
            loc.to_string(),
            RULE_OPEN_ENUMS,
            "an inline enum".into(),
            "move it to `components/schemas` and `$ref` it".into(),
        ));
    }
    for key in DECODE_CHECKS {
        if map.contains_key(key) {
            out.push(violation(
                loc.to_string(),
                RULE_NO_DECODE_CHECKS,
                format!("`{key}` constrains a value the server sends"),
                "state the constraint in the description instead, or give requests their own schema".into(),
            ));
        }
    }
    if let Some(props) = map.get("properties").and_then(Value::as_object) {
        for (name, prop) in props {
            walk_response_schema(prop, &format!("{loc}.{name}"), false, out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = map.get(key) {
            walk_response_schema(sub, &format!("{loc}[]"), false, out);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, sub) in map
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            walk_response_schema(sub, &format!("{loc}.{key}[{i}]"), false, out);
        }
    }
}

fn check_response_schemas(spec: &Spec, out: &mut Vec<Violation>) {
    let (responses, _) = response_and_request_schemas(spec);
    for (name, schema) in spec.schemas() {
        if responses.contains(&name) {
            walk_response_schema(&schema, &format!("schema `{name}`"), true, out);
        }
    }
    // Inline response schemas of operations.
    for op in spec.operations() {
        let Some(rs) = op.raw.get("responses").and_then(Value::as_object) else {
            continue;
        };
        for (code, r) in rs {
            if let Some(schema) = r.pointer("/content/application~1json/schema") {
                walk_response_schema(
                    schema,
                    &format!("operation `{}` response `{code}`", op.id),
                    false,
                    out,
                );
            }
        }
    }
}
