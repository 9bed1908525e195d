//! Decoding the data of a webhook event leniently: a delivery is never lost because one of its
//! values does not fit the type the spec gives it.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A value of an event's data that did not fit its typed field and was left out of the typed
/// view (it is still in [`EventData::raw`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DataError {
    /// JSON path of the value inside `eventData` (empty for the root).
    pub path: String,
    /// What was wrong.
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "eventData: {}", self.message)
        } else {
            write!(f, "eventData.{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DataError {}

/// The data of a known event: typed (reach its fields directly, `data.chat`, through `Deref`),
/// with the data exactly as received ([`EventData::raw`]: fields the spec does not list are
/// there) and the values that did not fit ([`EventData::problems`]).
#[derive(Debug, Clone, PartialEq)]
pub struct EventData<T> {
    typed: T,
    raw: Value,
    problems: Vec<DataError>,
}

impl<T> EventData<T> {
    /// Typed data with its raw form, as decoded from `raw`.
    pub fn new(typed: T, raw: Value, problems: Vec<DataError>) -> Self {
        Self {
            typed,
            raw,
            problems,
        }
    }

    /// The typed data.
    pub fn typed(&self) -> &T {
        &self.typed
    }

    /// The typed data, owned.
    pub fn into_typed(self) -> T {
        self.typed
    }

    /// The data as received, every field included.
    pub fn raw(&self) -> &Value {
        &self.raw
    }

    /// The values that did not fit their typed fields (empty when everything fitted). Each was
    /// left out of the typed view: its field reads `None` (or empty).
    pub fn problems(&self) -> &[DataError] {
        &self.problems
    }
}

impl<T> std::ops::Deref for EventData<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.typed
    }
}

/// Serialises the data as received ([`EventData::raw`]), so forwarding an event never drops a
/// field the SDK's types lack or a value that did not fit; serialise [`EventData::typed`] for
/// the typed view.
impl<T> serde::Serialize for EventData<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

/// How many misfitting values are removed before the typed view gives up and is left empty.
const MAX_PROBLEMS: usize = 64;

/// Decodes `data` as `T`; each value that does not fit is removed from a working copy (and
/// reported) until the rest decodes. Never fails.
pub(crate) fn decode_lenient<T: DeserializeOwned + Default>(data: Value) -> EventData<T> {
    let mut problems = Vec::new();
    let mut working: Option<Value> = None;
    loop {
        let attempt = {
            let source = working.as_ref().unwrap_or(&data);
            serde_path_to_error::deserialize::<_, T>(source)
        };
        let error = match attempt {
            Ok(typed) => return EventData::new(typed, data, problems),
            Err(e) => e,
        };
        let segments: Vec<serde_path_to_error::Segment> = error.path().iter().cloned().collect();
        let path = error.path().to_string();
        problems.push(DataError {
            path: if path == "." { String::new() } else { path },
            message: error.into_inner().to_string(),
        });
        let copy = working.get_or_insert_with(|| data.clone());
        if problems.len() >= MAX_PROBLEMS || !remove_at(copy, &segments) {
            return EventData::new(T::default(), data, problems);
        }
    }
}

/// Removes the value at `path` (an object key, or an array item) from `value`; `false` when
/// there is nothing to remove there (the root itself does not fit).
fn remove_at(value: &mut Value, path: &[serde_path_to_error::Segment]) -> bool {
    use serde_path_to_error::Segment;
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut current = value;
    for segment in parents {
        let next = match (segment, current) {
            (Segment::Map { key }, Value::Object(map)) => map.get_mut(key),
            (Segment::Seq { index }, Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        match next {
            Some(v) => current = v,
            None => return false,
        }
    }
    match (last, current) {
        (Segment::Map { key }, Value::Object(map)) => map.remove(key).is_some(),
        (Segment::Seq { index }, Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Default, Debug, PartialEq)]
    struct Inner {
        status: Option<i64>,
        name: Option<String>,
    }

    #[derive(serde::Deserialize, Default, Debug, PartialEq)]
    struct Outer {
        inner: Option<Inner>,
        items: Option<Vec<i64>>,
        count: Option<i64>,
    }

    #[test]
    fn misfits_are_dropped_one_by_one_and_reported() {
        let raw = serde_json::json!({
            "inner": {"status": "", "name": "x", "extra": true},
            "items": [1, "two", 3],
            "count": "undefined",
        });
        let d: EventData<Outer> = decode_lenient(raw.clone());
        assert_eq!(d.inner.as_ref().unwrap().name.as_deref(), Some("x"));
        assert_eq!(d.inner.as_ref().unwrap().status, None);
        assert_eq!(d.items.as_deref(), Some(&[1, 3][..]));
        assert_eq!(d.count, None);
        // In the order of the JSON object's keys, which depends on serde_json's
        // `preserve_order` (the workspace has it, a user's build may not): compare as a set.
        let mut paths: Vec<&str> = d.problems().iter().map(|p| p.path.as_str()).collect();
        paths.sort_unstable();
        assert_eq!(paths, ["count", "inner.status", "items[1]"]);
        assert_eq!(d.raw(), &raw);
    }

    #[test]
    fn a_root_that_does_not_fit_gives_an_empty_typed_view() {
        let d: EventData<Outer> = decode_lenient(serde_json::json!([1, 2]));
        assert_eq!(*d.typed(), Outer::default());
        assert!(!d.problems().is_empty());
    }
}
