//! The API token, kept out of every `Debug` and `Display`.

use std::fmt;
use std::sync::Arc;

/// An API token. Its `Debug` prints `ApiToken(<redacted>)` and it has no `Display`, so it cannot
/// end up in a log line by accident; [`ApiToken::expose_secret`] is the one way to read it.
#[derive(Clone)]
pub struct ApiToken(Arc<str>);

impl ApiToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(Arc::from(token.into()))
    }

    /// The token itself. Only pass it where a secret belongs.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(<redacted>)")
    }
}

impl From<String> for ApiToken {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for ApiToken {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<&String> for ApiToken {
    fn from(value: &String) -> Self {
        Self::new(value.as_str())
    }
}
