//! Requests to operations the spec does not have yet: Texter documents eleven operations whose
//! method and path are not published (see [`crate::scopes::unpublished_operations`]). A raw
//! request goes through the same scope check (with the scopes you declare for it), rate limit,
//! timeout, retries and error mapping as every other call.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::raw::RawRequest;
//! use texterchat::Scope;
//!
//! // A path you learned from Texter support; it is not in the published reference.
//! let problems = texter
//!     .raw(RawRequest::get("/channels/health/problems").query("severity", "error"))
//!     .await?
//!     .json::<serde_json::Value>()?;
//! let resolved = texter
//!     .raw(RawRequest::post("/channels/health/problems/68cc1241bafffd81d455e788/resolve")
//!         .scopes([Scope::ManageChannels]))
//!     .await?;
//! # Ok(()) }
//! ```

use std::borrow::Cow;

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::de::DeserializeOwned;
use texterchat_api::ResponseValue;
use texterchat_api::catalog::ScopeSet;

use crate::call::{ApiError, Repeat, Target};
use crate::client::Texter;
use crate::error::{Error, ErrorKind, Result};
use crate::scopes::Scope;

/// A request described by hand: method, path below the API base URL, query, JSON body and the
/// scopes it needs.
#[derive(Clone, Debug)]
#[must_use]
pub struct RawRequest {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    body: Option<serde_json::Value>,
    scopes: ScopeSet,
    idempotent: Option<bool>,
}

impl RawRequest {
    /// A request with any method (`"GET"`, `"POST"`, …; checked when sent).
    pub fn new(method: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            method: method.into(),
            path: path.into(),
            query: Vec::new(),
            body: None,
            scopes: ScopeSet::EMPTY,
            idempotent: None,
        }
    }

    /// A GET request.
    pub fn get(path: impl Into<String>) -> Self {
        Self::new("GET", path)
    }

    /// A POST request.
    pub fn post(path: impl Into<String>) -> Self {
        Self::new("POST", path)
    }

    /// A PATCH request.
    pub fn patch(path: impl Into<String>) -> Self {
        Self::new("PATCH", path)
    }

    /// A PUT request.
    pub fn put(path: impl Into<String>) -> Self {
        Self::new("PUT", path)
    }

    /// A DELETE request.
    pub fn delete(path: impl Into<String>) -> Self {
        Self::new("DELETE", path)
    }

    /// Adds a query parameter; repeat a name for an array (`labels[]`). Names and values are
    /// percent-encoded on the wire.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sends this JSON body.
    pub fn json(mut self, body: serde_json::Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Declares the scopes the operation needs; the call fails before sending if the client's
    /// token was declared without them.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = Scope>) -> Self {
        self.scopes = self.scopes.union(scopes.into_iter().collect());
        self
    }

    /// Whether repeating the request is harmless. Defaults to true for GET, PUT and DELETE and
    /// false otherwise; retries follow [`crate::retry`].
    pub fn idempotent(mut self, yes: bool) -> Self {
        self.idempotent = Some(yes);
        self
    }
}

/// The answer to a raw request.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RawResponse {
    /// HTTP status (always a success: other statuses are errors).
    pub status: u16,
    /// Response headers, names lowercase, in the order received (values that are not text
    /// are dropped).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
    /// Removes the token from the texts of decode errors.
    redactor: crate::secret::Redactor,
}

impl RawResponse {
    /// The body as JSON of type `T`; a mismatch names the JSON path.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        let mut de = serde_json::Deserializer::from_slice(&self.body);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            Error::new(ErrorKind::Decode {
                status: Some(self.status),
                path: if path == "." {
                    String::new()
                } else {
                    self.redactor.redact(&path)
                },
                message: self.redactor.redact(&e.inner().to_string()),
                body_excerpt: crate::call::excerpt(&self.redactor, &self.body),
            })
        })
    }

    /// The body as text.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

/// The method and the path of a raw request, or why they cannot be sent.
fn check_raw(request: &RawRequest) -> Result<(Method, String)> {
    let method = Method::from_bytes(request.method.trim().to_ascii_uppercase().as_bytes())
        .map_err(|_| {
            // `method` is the field of our `RawRequest`, not a wire name (the facts tool counts
            // it because Scenario steps have a `method` too).
            Error::validation(
                "method",
                "must be an HTTP method such as GET or POST",
                format!("{:?}", request.method),
            )
        })?;
    let path = if request.path.starts_with('/') {
        request.path.clone()
    } else {
        format!("/{}", request.path)
    };
    // The path is yours to write, but it stays under the API root: URL parsing resolves `..`
    // (also spelled `%2e%2e`, `.%2E`, …) and reads `\` as `/`.
    if path.contains('\\') {
        return Err(Error::validation(
            "path",
            "must not contain `\\` (URLs read it as `/`); percent-encode it as %5C",
            format!("{path:?}"),
        ));
    }
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
        if texterchat_api::path::check_segment(&decoded).is_err() {
            return Err(Error::validation(
                "path",
                "must not contain `.` or `..` segments (in any spelling, such as `%2e%2e`)",
                format!("{path:?} (segment {segment:?})"),
            ));
        }
    }
    Ok((method, path))
}

impl Texter {
    /// Sends a raw request (see [`crate::raw`]).
    pub async fn raw(&self, request: RawRequest) -> Result<RawResponse> {
        let (method, path) = check_raw(&request).map_err(|e| e.redacted(&self.shared.redactor))?;
        let target = Target {
            id: format!("raw {method} {path}").into(),
            method: method.to_string().into(),
            path: path.clone().into(),
            scopes: request.scopes,
            idempotent: request.idempotent.unwrap_or(matches!(
                method,
                Method::GET | Method::PUT | Method::DELETE | Method::HEAD
            )),
        };
        let url = format!("{}{path}", self.shared.base_url);
        let exchange = texterchat_api::exchange::Exchange::default();
        let response = self
            .run(
                target,
                Repeat::AsSpec,
                |_: &[u8]| None,
                || Ok(()),
                &exchange,
                |_, exchange| async {
                    let mut builder = self
                        .shared
                        .http
                        .request(method.clone(), &url)
                        .header(ACCEPT, HeaderValue::from_static("application/json"));
                    if !request.query.is_empty() {
                        builder = builder.query(&request.query);
                    }
                    if let Some(body) = &request.body {
                        builder = builder
                            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                            .body(serde_json::to_vec(body).unwrap_or_default());
                    }
                    let mut req = builder.build().map_err(ApiError::CommunicationError)?;
                    self.shared.context.apply(req.headers_mut());
                    let requested = req.url().clone();
                    let response = self.shared.http.execute(req).await.map_err(|e| {
                        ApiError::CommunicationError(exchange.observe_error(&requested, e))
                    })?;
                    let response = exchange
                        .observe(&requested, response)
                        .await
                        .map_err(ApiError::ResponseBodyError)?;
                    if !response.status().is_success() {
                        return Err(ApiError::UnexpectedResponse(response));
                    }
                    // Read the body here, within the attempt's timeout and size limit.
                    let status = response.status();
                    let headers = response.headers().clone();
                    let body = response
                        .bytes()
                        .await
                        .map_err(ApiError::ResponseBodyError)?;
                    Ok(ResponseValue::new(body, status, headers))
                },
            )
            .await?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect();
        Ok(RawResponse {
            status,
            headers,
            body: response.into_inner(),
            redactor: self.shared.redactor.clone(),
        })
    }
}
