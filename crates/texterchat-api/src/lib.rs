//! Low-level client for the Texter (TexterChat) API v2.
//!
//! Everything API-specific in this crate is generated from `openapi/texter.yaml` by
//! `cargo xtask generate`:
//!
//! - [`Client`], its builder-style operation methods and the request/response [`types`]
//!   (progenitor);
//! - the open enums of [`enums`] (every value the spec lists, plus `Unknown`);
//! - the [`scopes`] catalog: [`Scope`], [`ApiGroup`] and one [`catalog::Operation`] per
//!   operation with the scopes it needs;
//! - the request [`limits`] used for client-side validation.
//!
//! The hand-written modules only give those a home: [`time`] (unit-carrying time types),
//! [`catalog`] (the types of the scope catalog), the open-enum macros, and the request hook that
//! puts the bearer token on every request.
//!
//! Most users want the ergonomic `texterchat` crate, which checks token scopes before sending,
//! validates input, retries safely and paginates.

#![forbid(unsafe_code)]
// docs.rs (`--cfg docsrs`, nightly) marks each feature-gated item with the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod capture;
pub mod catalog;
#[doc(hidden)]
pub mod decode;
pub mod exchange;
#[rustfmt::skip]
pub mod enums;
#[rustfmt::skip]
pub mod import_bodies;
#[rustfmt::skip]
pub mod limits;
#[doc(hidden)]
pub mod open_enum;
pub mod path;
pub mod request;
#[rustfmt::skip]
pub mod schemas;
#[rustfmt::skip]
#[macro_use]
pub mod surface;
pub mod validation;
#[rustfmt::skip]
pub mod scopes;
pub mod time;
mod webhook_support;
#[rustfmt::skip]
pub mod webhooks;

#[rustfmt::skip]
#[allow(clippy::all, clippy::unwrap_used, clippy::expect_used, missing_docs)]
mod generated;

pub use generated::*;
pub use scopes::{ApiGroup, OPERATIONS, Scope, UNPUBLISHED_OPERATIONS, operations};

use progenitor_client::{ClientHooks, OperationInfo};
pub use reqwest::header::InvalidHeaderValue;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, USER_AGENT};

/// State the generated [`Client`] carries into every request: the `Authorization` header.
///
/// The header value is marked sensitive, so `reqwest` and `http` redact it when they format
/// requests, and this type's `Debug` never prints it.
#[derive(Clone)]
pub struct ClientContext {
    authorization: Option<HeaderValue>,
    user_agent: Option<HeaderValue>,
    declared: Option<catalog::ScopeSet>,
    /// Every header a generated call sends, built once: with `Accept: application/json` and
    /// without it (for operations that answer plain text). Clones of these are what
    /// [`exchange::request`] sends.
    headers_json: HeaderMap,
    headers_plain: HeaderMap,
    /// The client's base URL, parsed once (with the text it was parsed from, so a context
    /// cloned into a client with another base URL never uses it): parsing a URL costs more
    /// than everything else the SDK does to a request (see [`exchange::request`]).
    base: std::sync::OnceLock<(String, Option<reqwest::Url>)>,
}

impl Default for ClientContext {
    fn default() -> Self {
        Self::with(None, None, None)
    }
}

impl ClientContext {
    fn with(
        authorization: Option<HeaderValue>,
        user_agent: Option<HeaderValue>,
        declared: Option<catalog::ScopeSet>,
    ) -> Self {
        let mut context = Self {
            authorization,
            user_agent,
            declared,
            headers_json: HeaderMap::new(),
            headers_plain: HeaderMap::new(),
            base: std::sync::OnceLock::new(),
        };
        let mut plain = HeaderMap::with_capacity(4);
        plain.insert(
            HeaderName::from_static("api-version"),
            HeaderValue::from_static(<Client as ClientInfo<ClientContext>>::api_version()),
        );
        context.apply(&mut plain);
        let mut json = plain.clone();
        json.insert(ACCEPT, HeaderValue::from_static("application/json"));
        context.headers_json = json;
        context.headers_plain = plain;
        context
    }

    /// A context that sends `Authorization: Bearer <token>`.
    ///
    /// Fails when the token contains bytes an HTTP header cannot carry (the error does not
    /// repeat the token).
    pub fn bearer(token: &str) -> Result<Self, InvalidToken> {
        let mut value =
            HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| InvalidToken)?;
        value.set_sensitive(true);
        Ok(Self::with(Some(value), None, None))
    }

    /// Also sends this `User-Agent` (replacing the HTTP client's own).
    pub fn with_user_agent(self, user_agent: &str) -> Result<Self, InvalidHeaderValue> {
        let user_agent = HeaderValue::try_from(user_agent)?;
        Ok(Self::with(
            self.authorization,
            Some(user_agent),
            self.declared,
        ))
    }

    /// Refuses, in the request hook, every generated call whose operation needs a scope beyond
    /// `scopes` (the scopes the token was declared with), before it is sent. The ergonomic
    /// crate's executor checks first with a richer error; this gate covers calls made on the
    /// low-level client directly.
    pub fn with_declared_scopes(mut self, scopes: catalog::ScopeSet) -> Self {
        self.declared = Some(scopes);
        self
    }

    /// Sets the headers this context carries on `headers` (what the request hook does for
    /// every generated call).
    pub fn apply(&self, headers: &mut reqwest::header::HeaderMap) {
        if let Some(value) = &self.authorization {
            headers.insert(AUTHORIZATION, value.clone());
        }
        if let Some(value) = &self.user_agent {
            headers.insert(USER_AGENT, value.clone());
        }
    }

    /// Every header a generated call of an operation sends: `api-version`, this context's
    /// `Authorization` and `User-Agent`, and `Accept: application/json` when `accepts_json`.
    pub fn headers(&self, accepts_json: bool) -> &HeaderMap {
        if accepts_json {
            &self.headers_json
        } else {
            &self.headers_plain
        }
    }

    /// `base` parsed, when it parses (computed on first use for the client's base URL).
    pub(crate) fn parsed_base(&self, base: &str) -> Option<&reqwest::Url> {
        let (raw, url) = self
            .base
            .get_or_init(|| (base.to_string(), reqwest::Url::parse(base).ok()));
        if raw == base { url.as_ref() } else { None }
    }

    /// A context that sends no `Authorization` header.
    pub fn anonymous() -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for ClientContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientContext")
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "Bearer <redacted>"),
            )
            .field("user_agent", &self.user_agent)
            .field("declared", &self.declared)
            .finish()
    }
}

/// The token cannot be sent in an HTTP header (it holds control characters or non-visible
/// bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidToken;

impl std::fmt::Display for InvalidToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the API token contains characters that cannot be sent in an HTTP header")
    }
}

impl std::error::Error for InvalidToken {}

impl ClientHooks<ClientContext> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        // The ergonomic executor does not come through here (it checks scopes itself and
        // sends through `exchange`), so every call that does is gated.
        if let Some(declared) = self.inner.declared
            && let Some(op) = OPERATIONS.iter().find(|o| o.client_fn == info.operation_id)
        {
            let missing = op.scopes.difference(declared);
            if !missing.is_empty() {
                return Err(Error::InvalidRequest(format!(
                    "{}: the token was declared without {} scope(s) this operation needs: {missing}; nothing was sent",
                    op.id,
                    missing.len()
                )));
            }
        }
        self.inner.apply(request.headers_mut());
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let requested = request.url().clone();
        let response = self
            .client
            .execute(request)
            .await
            .map_err(|e| capture::observe_error(&requested, e))?;
        capture::observe(&requested, response).await
    }
}

pub use open_enum::ParseEnumError;
pub use webhook_support::{DataError, EventData};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authorization_header_is_sensitive_and_never_printed() {
        let context = ClientContext::bearer("tok_SECRET_1").unwrap();
        let mut headers = reqwest::header::HeaderMap::new();
        context.apply(&mut headers);
        let value = &headers[AUTHORIZATION];
        assert!(value.is_sensitive());
        assert_eq!(value.to_str().unwrap(), "Bearer tok_SECRET_1");
        for printed in [format!("{headers:?}"), format!("{context:?}")] {
            assert!(!printed.contains("tok_SECRET_1"), "{printed}");
        }
    }
}
