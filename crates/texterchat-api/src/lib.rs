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
//! [`catalog`] (the types of the scope catalog), the open-enum macros, the request hook that
//! puts the bearer token on every request of the low-level client, and [`exchange`], through
//! which the ergonomic crate sends each generated request.
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
mod pattern;
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

/// State the generated [`Client`] carries into every request: the `Authorization` and
/// `User-Agent` headers, the scopes the token was declared with, and what is computed from
/// them once (the header maps every call clones, the parsed base URL).
///
/// The `Authorization` value is marked sensitive, so `reqwest` and `http` redact it when they
/// format requests, and this type's `Debug` prints neither it nor the header maps.
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
    /// The client's base URL, parsed once (keyed by the text it was parsed from, so a context
    /// cloned into a client with another base URL never uses it): parsing a URL costs more
    /// than everything else the SDK does to a request (see [`exchange::request`]).
    base: std::sync::OnceLock<(String, Option<ParsedBase>)>,
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

    /// Refuses every generated call whose operation needs a scope beyond `scopes` (the scopes
    /// the token was declared with), before it is sent: in the request hook for the low-level
    /// client's builders, in [`exchange::request`] for a [`request::Request`] sent directly.
    /// The ergonomic crate's executor checks first, with a richer error.
    pub fn with_declared_scopes(mut self, scopes: catalog::ScopeSet) -> Self {
        self.declared = Some(scopes);
        self
    }

    /// Sets the headers this context carries on `headers` (what the low-level client's request
    /// hook does for every call; the ergonomic path clones [`Self::headers`] instead).
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

    /// `base` parsed, when [`ParsedBase::new`] can stand in for parsing `base` + a path
    /// (computed on first use for the client's base URL).
    pub(crate) fn parsed_base(&self, base: &str) -> Option<&ParsedBase> {
        let (raw, parsed) = self
            .base
            .get_or_init(|| (base.to_string(), ParsedBase::new(base)));
        if raw == base { parsed.as_ref() } else { None }
    }

    /// The scopes of `op` this context's declared scopes lack, as the refusal of a call made
    /// on the low-level client (`None`: nothing declared, or nothing missing).
    pub(crate) fn refusal(&self, op: &catalog::Operation) -> Option<String> {
        let declared = self.declared?;
        let missing = op.scopes.difference(declared);
        if missing.is_empty() {
            return None;
        }
        Some(format!(
            "{}: the token was declared without {} scope(s) this operation needs: {missing}; nothing was sent",
            op.id,
            missing.len()
        ))
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

/// A base URL parsed once, for building request URLs without parsing it again (see
/// [`exchange::request`]).
#[derive(Clone, Debug)]
pub(crate) struct ParsedBase {
    /// `base` + `/_`, parsed: scheme, host and port as every request URL has them.
    pub(crate) url: reqwest::Url,
    /// Its path without the `/_`: what a request's path is appended to.
    pub(crate) prefix: String,
}

impl ParsedBase {
    /// Parsing `base` + `/_` is parsing `base` + any path that starts with `/` and holds no
    /// dot segment, `?` or `#`, up to the last segment: so the prefix is exact for every base
    /// progenitor's `format!("{base}{path}")` would parse (dot segments in the base, a trailing
    /// `\` or whitespace included). A base whose text would put the path in a query or a
    /// fragment (`https://h/api?x=1`) gets none, and its requests are parsed from text.
    fn new(base: &str) -> Option<Self> {
        let url = reqwest::Url::parse(&format!("{base}/_")).ok()?;
        if url.query().is_some() || url.fragment().is_some() {
            return None;
        }
        let prefix = url.path().strip_suffix("/_")?.to_string();
        Some(Self { url, prefix })
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
        // Every call made on the low-level client is gated (a `Request::send` is gated in
        // `exchange::request`, the same way).
        if self.inner.declared.is_some()
            && let Some(op) = OPERATIONS.iter().find(|o| o.client_fn == info.operation_id)
            && let Some(refusal) = self.inner.refusal(op)
        {
            return Err(Error::InvalidRequest(refusal));
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
