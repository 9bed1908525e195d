//! Checking a request against the spec before it is sent.
//!
//! The rules are data, generated from `openapi/texter.yaml` into [`crate::schemas`]: one
//! [`Node`] per request schema and per operation parameter, with every constraint the spec
//! states (`minLength`, `maxLength`, `pattern`, `minimum`, `maximum`, `minItems`, `maxItems`,
//! `uniqueItems`, `minProperties`, `required`, `oneOf` with its discriminator, `allOf`) and the
//! `x-texter-*` rules the spec adds where JSON Schema has no keyword (see [`Object`],
//! [`Rules::unique_by`], [`Count`]). This module only walks them: a request body is checked in
//! its wire form (its JSON), parameters in their own, and the first broken rule is reported
//! with the field's path as the API names it (`media[3].url`, `labels[]`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

/// A broken rule: the field, the rule, and what was given.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Invalid {
    /// The field, as the API names it (`text`, `media[3].url`, `chatId`, `labels[]`).
    pub field: String,
    /// The rule it broke.
    pub rule: String,
    /// What was given (shortened).
    pub given: String,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid `{}`: {} (given: {})",
            self.field, self.rule, self.given
        )
    }
}

impl std::error::Error for Invalid {}

/// The scalar and array constraints of one value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rules {
    /// `minLength`, in characters.
    pub min_length: Option<u64>,
    /// `maxLength`, in characters.
    pub max_length: Option<u64>,
    /// `pattern` (ECMAScript syntax, as JSON Schema says).
    pub pattern: Option<&'static str>,
    /// `minimum`.
    pub minimum: Option<i64>,
    /// `maximum`.
    pub maximum: Option<i64>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    pub unique_items: bool,
    /// `x-texter-unique-by`: the items (objects) have distinct values of this property.
    pub unique_by: Option<&'static str>,
    /// A path parameter: exactly one URL segment (not empty, not `.` or `..`).
    pub segment: bool,
}

impl Rules {
    /// No constraint.
    pub const NONE: Rules = Rules {
        min_length: None,
        max_length: None,
        pattern: None,
        minimum: None,
        maximum: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        unique_by: None,
        segment: false,
    };
}

impl From<&crate::catalog::Constraint> for Rules {
    /// The rules of one constraint of [`crate::limits`].
    fn from(c: &crate::catalog::Constraint) -> Self {
        Rules {
            min_length: c.min_length,
            max_length: c.max_length,
            pattern: c.pattern,
            minimum: c.minimum,
            maximum: c.maximum,
            min_items: c.min_items,
            max_items: c.max_items,
            ..Rules::NONE
        }
    }
}

/// A schema, reduced to what validation needs.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Node {
    /// Anything (no rule the SDK can check).
    Any,
    /// A string.
    Str(&'static Rules),
    /// An integer.
    Int(&'static Rules),
    /// An array with its item schema.
    Array(&'static Rules, &'static Node),
    /// An object.
    Object(&'static Object),
    /// Exactly one of several schemas: picked by the discriminator property when there is one,
    /// else by which branch's required properties are present.
    OneOf {
        /// The discriminator property (`type`), if any.
        discriminator: Option<&'static str>,
        /// Each branch with its discriminator value (or title).
        branches: &'static [(&'static str, &'static Node)],
    },
    /// Every one of several schemas.
    AllOf(&'static [&'static Node]),
}

/// The rules of an object.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Object {
    /// Each known property and its schema.
    pub properties: &'static [(&'static str, &'static Node)],
    /// `required`.
    pub required: &'static [&'static str],
    /// `minProperties` (e.g. an update changes at least one property).
    pub min_properties: Option<u64>,
    /// `x-texter-exactly-one-of`: in each group, exactly one property is present.
    pub exactly_one_of: &'static [&'static [&'static str]],
    /// `x-texter-at-least-one-of`: in each group, at least one property is present.
    pub at_least_one_of: &'static [&'static [&'static str]],
    /// `x-texter-at-most-one-of`: in each group, at most one property is present.
    pub at_most_one_of: &'static [&'static [&'static str]],
    /// `x-texter-constraints`: item counts across nested arrays.
    pub counts: &'static [Count],
}

/// An item count across nested arrays (`x-texter-constraints`), e.g. the rows of all sections
/// of a list: `path: ["list", "sections", "rows"]`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Count {
    /// The properties to follow from the object; arrays on the way are flattened.
    pub path: &'static [&'static str],
    /// How errors name what is counted (`list.sections[].rows`).
    pub field: &'static str,
    /// At least this many items.
    pub min_items: Option<u64>,
    /// At most this many items.
    pub max_items: Option<u64>,
}

/// Checks `value` (a request body, as JSON) against `node`.
pub fn check(value: &Value, node: &Node) -> Result<(), Invalid> {
    let mut path = String::new();
    walk(value, node, &mut path)
}

/// Checks one parameter, named `field` as the API names it.
pub fn check_param(field: &str, value: &Value, node: &Node) -> Result<(), Invalid> {
    let mut path = field.to_string();
    walk(value, node, &mut path)
}

/// Checks one string parameter (the common case, without building JSON).
pub fn check_str(field: &str, value: &str, rules: &Rules) -> Result<(), Invalid> {
    string(field, value, rules)
}

/// Checks one integer parameter.
pub fn check_int(field: &str, value: i64, rules: &Rules) -> Result<(), Invalid> {
    integer(field, value, rules)
}

/// `x-texter-together`: the parameters of a group are set all together or not at all.
pub fn check_together(group: &[(&str, bool)]) -> Result<(), Invalid> {
    let set: Vec<&str> = group.iter().filter(|(_, s)| *s).map(|(n, _)| *n).collect();
    if set.is_empty() || set.len() == group.len() {
        return Ok(());
    }
    let names: Vec<&str> = group.iter().map(|(n, _)| *n).collect();
    Err(invalid(
        &names.join("/"),
        format!("{} must be set together", names.join(" and ")),
        format!("only {}", set.join(" and ")),
    ))
}

fn invalid(field: &str, rule: impl Into<String>, given: impl Into<String>) -> Invalid {
    let given = given.into();
    let given = match given.char_indices().nth(80) {
        None => given,
        Some((i, _)) => format!(
            "{}… ({} characters in all)",
            &given[..i],
            given.chars().count()
        ),
    };
    Invalid {
        field: if field.is_empty() {
            "body".into()
        } else {
            field.to_string()
        },
        rule: rule.into(),
        given,
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn walk(value: &Value, node: &Node, path: &mut String) -> Result<(), Invalid> {
    match node {
        Node::Any => Ok(()),
        Node::Str(rules) => match value {
            Value::String(s) => string(path, s, rules),
            _ => Ok(()),
        },
        Node::Int(rules) => match value.as_i64() {
            Some(n) => integer(path, n, rules),
            None => Ok(()),
        },
        Node::Array(rules, items) => {
            let Value::Array(values) = value else {
                return Ok(());
            };
            if path.is_empty() {
                // A body that is an array: its items are `body[i]`.
                path.push_str("body");
            }
            array(path, values, rules)?;
            let base = path.len();
            for (i, item) in values.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk(item, items, path)?;
                path.truncate(base);
            }
            Ok(())
        }
        Node::Object(object) => match value {
            Value::Object(map) => walk_object(value, map, object, path),
            _ => Ok(()),
        },
        Node::OneOf {
            discriminator,
            branches,
        } => {
            let chosen = match discriminator {
                Some(key) => {
                    let tag = value.get(*key).and_then(Value::as_str);
                    branches.iter().find(|(t, _)| Some(*t) == tag)
                }
                None => branches.iter().find(|(_, b)| required_present(value, b)),
            };
            match chosen {
                Some((_, branch)) => walk(value, branch, path),
                None => {
                    let names: Vec<&str> = branches.iter().map(|(t, _)| *t).collect();
                    Err(invalid(
                        path,
                        format!("must be one of: {}", names.join(", ")),
                        value_kind(value),
                    ))
                }
            }
        }
        Node::AllOf(parts) => parts.iter().try_for_each(|p| walk(value, p, path)),
    }
}

/// Whether every property a branch requires is present (the way a branch without a
/// discriminator is recognised).
fn required_present(value: &Value, node: &Node) -> bool {
    match node {
        // Present means the key is there: `{"updateDisplayTitle": null}` clears a field.
        Node::Object(o) => o.required.iter().all(|k| value.get(*k).is_some()),
        Node::AllOf(parts) => parts.iter().all(|p| required_present(value, p)),
        _ => true,
    }
}

fn value_kind(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let keys: Vec<&str> = map.keys().map(String::as_str).collect();
            format!(
                "an object with {}",
                if keys.is_empty() {
                    "no keys".into()
                } else {
                    keys.join(", ")
                }
            )
        }
        other => other.to_string(),
    }
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk_object(
    value: &Value,
    map: &serde_json::Map<String, Value>,
    object: &Object,
    path: &str,
) -> Result<(), Invalid> {
    let present = |k: &str| map.get(k).is_some_and(|v| !v.is_null());
    // `required` asks for the key, not for a value: a `null` may be how a field is cleared.
    for key in object.required {
        if !map.contains_key(*key) {
            return Err(invalid(&child(path, key), "is required", "nothing"));
        }
    }
    if let Some(min) = object.min_properties {
        let set = map.values().filter(|v| !v.is_null()).count() as u64;
        if set < min {
            let names: Vec<&str> = object.properties.iter().map(|(k, _)| *k).collect();
            return Err(invalid(
                path,
                format!(
                    "must set at least {} of: {}",
                    plural(min, "property", "properties"),
                    names.join(", ")
                ),
                plural(set, "property", "properties"),
            ));
        }
    }
    let group_field = |group: &[&str]| {
        group
            .iter()
            .map(|k| child(path, k))
            .collect::<Vec<_>>()
            .join("/")
    };
    let given = |group: &[&str]| {
        let set: Vec<&str> = group.iter().copied().filter(|k| present(k)).collect();
        if set.is_empty() {
            "none of them".to_string()
        } else {
            set.join(" and ")
        }
    };
    for group in object.exactly_one_of {
        if group.iter().filter(|k| present(k)).count() != 1 {
            return Err(invalid(
                &group_field(group),
                format!("exactly one of {} must be set", group.join(", ")),
                given(group),
            ));
        }
    }
    for group in object.at_least_one_of {
        if !group.iter().any(|k| present(k)) {
            return Err(invalid(
                &group_field(group),
                format!("at least one of {} must be set", group.join(", ")),
                given(group),
            ));
        }
    }
    for group in object.at_most_one_of {
        if group.iter().filter(|k| present(k)).count() > 1 {
            return Err(invalid(
                &group_field(group),
                format!("at most one of {} may be set", group.join(", ")),
                given(group),
            ));
        }
    }
    for count in object.counts {
        let n = count_items(value, count.path) as u64;
        let field = child(path, count.field);
        if let Some(min) = count.min_items
            && n < min
        {
            return Err(invalid(
                &field,
                format!("must have at least {} in all", plural(min, "item", "items")),
                plural(n, "item", "items"),
            ));
        }
        if let Some(max) = count.max_items
            && n > max
        {
            return Err(invalid(
                &field,
                format!("must have at most {} in all", plural(max, "item", "items")),
                plural(n, "item", "items"),
            ));
        }
    }
    for (key, node) in object.properties {
        if let Some(value) = map.get(*key)
            && !value.is_null()
        {
            let mut sub = child(path, key);
            walk(value, node, &mut sub)?;
        }
    }
    Ok(())
}

/// Items found by following `path` from `value`, arrays on the way flattened.
fn count_items(value: &Value, path: &[&str]) -> usize {
    match value {
        Value::Array(items) => items.iter().map(|v| count_items(v, path)).sum(),
        _ => match path.split_first() {
            None => 1,
            Some((key, rest)) => value.get(*key).map_or(0, |v| count_items(v, rest)),
        },
    }
}

fn string(field: &str, value: &str, rules: &Rules) -> Result<(), Invalid> {
    if rules.segment && crate::path::check_segment(value).is_err() {
        return Err(invalid(
            field,
            crate::path::SEGMENT_RULE,
            format!("{value:?}"),
        ));
    }
    let chars = value.chars().count() as u64;
    if let Some(min) = rules.min_length
        && chars < min
    {
        return Err(invalid(
            field,
            format!(
                "must be at least {}",
                plural(min, "character", "characters")
            ),
            format!("{value:?} ({})", plural(chars, "character", "characters")),
        ));
    }
    if let Some(max) = rules.max_length
        && chars > max
    {
        return Err(invalid(
            field,
            format!("must be at most {}", plural(max, "character", "characters")),
            plural(chars, "character", "characters"),
        ));
    }
    if let Some(pattern) = rules.pattern
        && !matches(pattern, value)
    {
        return Err(invalid(
            field,
            format!("must match the pattern {pattern}"),
            format!("{value:?}"),
        ));
    }
    Ok(())
}

fn integer(field: &str, value: i64, rules: &Rules) -> Result<(), Invalid> {
    let low = rules.minimum.is_some_and(|min| value < min);
    let high = rules.maximum.is_some_and(|max| value > max);
    if !low && !high {
        return Ok(());
    }
    let rule = match (rules.minimum, rules.maximum) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (_, Some(max)) => format!("must be at most {max}"),
        (None, None) => String::from("must be in range"),
    };
    Err(invalid(field, rule, value.to_string()))
}

fn array(field: &str, values: &[Value], rules: &Rules) -> Result<(), Invalid> {
    let count = values.len() as u64;
    if let Some(min) = rules.min_items
        && count < min
    {
        return Err(invalid(
            field,
            format!("must have at least {}", plural(min, "item", "items")),
            plural(count, "item", "items"),
        ));
    }
    if let Some(max) = rules.max_items
        && count > max
    {
        return Err(invalid(
            field,
            format!("must have at most {}", plural(max, "item", "items")),
            plural(count, "item", "items"),
        ));
    }
    if rules.unique_items {
        for (i, v) in values.iter().enumerate() {
            if values[..i].contains(v) {
                return Err(invalid(
                    field,
                    "must not repeat a value",
                    format!("{v} appears more than once"),
                ));
            }
        }
    }
    if let Some(key) = rules.unique_by {
        for (i, v) in values.iter().enumerate() {
            let Some(k) = v.get(key).filter(|k| !k.is_null()) else {
                continue;
            };
            if values[..i].iter().any(|w| w.get(key) == Some(k)) {
                return Err(invalid(
                    &format!("{field}[{i}].{key}"),
                    format!("must differ between items (at most one item per `{key}`)"),
                    format!("{k} appears more than once"),
                ));
            }
        }
    }
    Ok(())
}

/// Whether `value` matches `pattern` (an ECMAScript regular expression, matched by the
/// crate's own matcher, `pattern.rs`); compiled once per pattern.
pub fn matches(pattern: &'static str, value: &str) -> bool {
    type Cache = HashMap<&'static str, Option<Arc<crate::pattern::Pattern>>>;
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    let regex = {
        let mut cache = CACHE
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cache
            .entry(pattern)
            .or_insert_with(|| crate::pattern::Pattern::new(pattern).map(Arc::new))
            .clone()
    };
    // A pattern that does not compile is the spec's problem (`pattern`'s tests compile every
    // one of the spec); do not block the user on it.
    regex.is_none_or(|r| r.is_match(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static TEXT: Rules = Rules {
        min_length: Some(1),
        max_length: Some(5),
        ..Rules::NONE
    };
    static ITEM: Node = Node::Object(&Object {
        properties: &[("url", &Node::Str(&TEXT)), ("type", &Node::Any)],
        required: &["type"],
        min_properties: None,
        exactly_one_of: &[],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[],
    });
    static BODY: Node = Node::Object(&Object {
        properties: &[(
            "media",
            &Node::Array(
                &Rules {
                    max_items: Some(3),
                    unique_by: Some("type"),
                    ..Rules::NONE
                },
                &ITEM,
            ),
        )],
        required: &[],
        min_properties: Some(1),
        exactly_one_of: &[&["a", "b"]],
        at_least_one_of: &[],
        at_most_one_of: &[],
        counts: &[Count {
            path: &["media"],
            field: "media",
            min_items: Some(1),
            max_items: None,
        }],
    });

    fn err(value: Value) -> String {
        check(&value, &BODY).unwrap_err().to_string()
    }

    #[test]
    fn fields_are_named_by_their_json_path() {
        assert_eq!(
            err(
                json!({"a": 1, "media": [{"type": "x", "url": "ok"}, {"type": "y", "url": "toolong"}]})
            ),
            "invalid `media[1].url`: must be at most 5 characters (given: 7 characters)"
        );
        assert_eq!(
            err(json!({"a": 1, "media": [{"type": "x"}, {"type": "x"}]})),
            "invalid `media[1].type`: must differ between items (at most one item per `type`) (given: \"x\" appears more than once)"
        );
        assert!(
            err(json!({"a": 1, "media": [{"url": "ok"}]})).contains("`media[0].type`: is required")
        );
    }

    #[test]
    fn object_rules() {
        assert!(err(json!({})).contains("at least 1 property"));
        assert!(
            err(json!({"a": 1, "b": 2, "media": [{"type": "x"}]})).contains("exactly one of a, b")
        );
        assert!(err(json!({"a": 1, "media": []})).contains("at least 1 item in all"));
        assert!(check(&json!({"b": 1, "media": [{"type": "x"}]}), &BODY).is_ok());
    }

    #[test]
    fn segments_and_patterns() {
        let seg = Rules {
            segment: true,
            ..Rules::NONE
        };
        assert!(
            check_str("chatId", "..", &seg)
                .unwrap_err()
                .to_string()
                .contains("one path segment")
        );
        assert!(check_str("chatId", "abc", &seg).is_ok());
        let hex = Rules {
            pattern: Some("^#[0-9A-Fa-f]{6}$"),
            ..Rules::NONE
        };
        assert!(check_str("color", "#12345G", &hex).is_err());
        assert!(check_str("color", "#12345f", &hex).is_ok());
        let range = Rules {
            minimum: Some(10),
            maximum: Some(20),
            ..Rules::NONE
        };
        assert_eq!(
            check_int("ttl", 9, &range).unwrap_err().to_string(),
            "invalid `ttl`: must be between 10 and 20 (given: 9)"
        );
    }
}
