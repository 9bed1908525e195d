//! Decoding the data of a webhook event, naming the failing JSON path.

use serde::de::DeserializeOwned;

/// The data of a known webhook event did not match its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// JSON path of the failing value inside `eventData` (empty for the root).
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

pub(crate) fn decode_data<T: DeserializeOwned>(data: serde_json::Value) -> Result<T, DataError> {
    serde_path_to_error::deserialize(data).map_err(|e| {
        let path = e.path().to_string();
        DataError {
            path: if path == "." { String::new() } else { path },
            message: e.into_inner().to_string(),
        }
    })
}
