//! Loading `openapi/texter.yaml` and reading the texterchat vendor extensions out of it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

/// HTTP methods in the order we print them.
pub const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Where an operation's (or a fact's) knowledge comes from, as in `x-texter-source`.
pub const SOURCES: [&str; 3] = ["reference", "texter-code", "inferred"];

/// The spec, both as openapiv3 (for progenitor) and as raw JSON (for our own checks, which need
/// every extension and every `$ref` exactly as written).
pub struct Spec {
    pub path: PathBuf,
    pub api: openapiv3::OpenAPI,
    pub raw: Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ScopeDef {
    pub id: String,
    pub name: String,
    pub unlocks: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UnpublishedOperation {
    pub name: String,
    pub group: String,
    pub scopes: Vec<String>,
    #[serde(rename = "scopes-source")]
    pub scopes_source: String,
    pub known: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct WebhookEvent {
    pub name: String,
    pub title: String,
    pub data: String,
    pub triggers: Vec<String>,
    pub placeholders: Vec<String>,
    pub source: String,
}

/// One operation as our own code sees it.
#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub tags: Vec<String>,
    pub summary: String,
    pub scopes: Option<Vec<String>>,
    pub scopes_source: Option<String>,
    pub source: Option<String>,
    pub idempotent: Option<bool>,
    /// The operation object, raw.
    pub raw: Value,
}

impl Operation {
    pub fn tag(&self) -> &str {
        self.tags.first().map(String::as_str).unwrap_or("")
    }
    pub fn scopes(&self) -> &[String] {
        self.scopes.as_deref().unwrap_or(&[])
    }
}

impl Spec {
    pub fn load(path: &Path) -> Result<Spec, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Spec, String> {
        let raw: Value = serde_yaml::from_str(text)
            .map_err(|e| format!("{} is not valid YAML: {e}", path.display()))?;
        let api: openapiv3::OpenAPI = serde_json::from_value(raw.clone()).map_err(|e| {
            format!(
                "{} is not a valid OpenAPI 3.0 document: {e}",
                path.display()
            )
        })?;
        Ok(Spec {
            path: path.to_path_buf(),
            api,
            raw,
        })
    }

    /// Operations in document order.
    pub fn operations(&self) -> Vec<Operation> {
        let mut out = Vec::new();
        let Some(paths) = self.raw.get("paths").and_then(Value::as_object) else {
            return out;
        };
        for (path, item) in paths {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let strings = |key: &str| -> Option<Vec<String>> {
                    op.get(key)?.as_array().map(|a| {
                        a.iter()
                            .map(|v| v.as_str().unwrap_or_default().to_string())
                            .collect()
                    })
                };
                out.push(Operation {
                    id: op
                        .get("operationId")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    tags: strings("tags").unwrap_or_default(),
                    summary: op
                        .get("summary")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    scopes: strings("x-texter-scopes"),
                    scopes_source: op
                        .get("x-texter-scopes-source")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    source: op
                        .get("x-texter-source")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    idempotent: op.get("x-texter-idempotent").and_then(Value::as_bool),
                    raw: op.clone(),
                });
            }
        }
        out
    }

    /// Tag names in document order.
    pub fn tags(&self) -> Vec<String> {
        self.raw
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| {
                tags.iter()
                    .filter_map(|t| t.get("name").and_then(Value::as_str))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn scope_catalog(&self) -> Result<Vec<ScopeDef>, String> {
        let v = self
            .raw
            .get("x-texter-scope-catalog")
            .ok_or("the spec has no top-level `x-texter-scope-catalog`")?;
        serde_json::from_value(v.clone())
            .map_err(|e| format!("`x-texter-scope-catalog` is malformed: {e}"))
    }

    pub fn scope_bundles(&self) -> Result<BTreeMap<String, Vec<String>>, String> {
        let v = self
            .raw
            .get("x-texter-scope-bundles")
            .ok_or("the spec has no top-level `x-texter-scope-bundles`")?;
        serde_json::from_value(v.clone())
            .map_err(|e| format!("`x-texter-scope-bundles` is malformed: {e}"))
    }

    pub fn unpublished_operations(&self) -> Result<Vec<UnpublishedOperation>, String> {
        let v = self
            .raw
            .get("x-texter-unpublished-operations")
            .ok_or("the spec has no top-level `x-texter-unpublished-operations`")?;
        serde_json::from_value(v.clone())
            .map_err(|e| format!("`x-texter-unpublished-operations` is malformed: {e}"))
    }

    pub fn webhook_events(&self) -> Result<Vec<WebhookEvent>, String> {
        let v = self
            .raw
            .get("x-texter-webhook-events")
            .ok_or("the spec has no top-level `x-texter-webhook-events`")?;
        serde_json::from_value(v.clone())
            .map_err(|e| format!("`x-texter-webhook-events` is malformed: {e}"))
    }

    /// Component schemas, raw, in document order.
    pub fn schemas(&self) -> Vec<(String, Value)> {
        self.raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default()
    }

    /// Resolves a local `$ref` (`#/components/...`).
    pub fn resolve<'a>(&'a self, reference: &str) -> Option<&'a Value> {
        self.raw.pointer(reference.strip_prefix('#')?)
    }
}

/// `#/components/schemas/Chat` → `Chat`.
pub fn schema_ref_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Whether a component schema is an enum we generate as an open enum.
pub fn is_component_enum(schema: &Value) -> bool {
    schema.get("enum").is_some()
}
