//! How the ergonomic crate's executor sends one attempt of a generated request.
//!
//! The low-level [`Client`]'s operation builders run progenitor's `send`: build the request,
//! run the request hook (scope gate, headers, [`capture`](crate::capture) through a
//! task-local), execute, and decode with the operation's status match. The generated surface
//! (`texter_surface!`) sends the same request more directly: it builds it from its own fields
//! (by reference, nothing copied into a second builder) with headers computed once per
//! [`ClientContext`](crate::ClientContext), executes it through [`Exchange::execute`], which
//! records what happened on the wire in the `Exchange` the executor passed in (no task-local
//! scope), and decodes it with the very same status match (`builder::X::dispatch`, which
//! progenitor's `send` calls too). Both paths send the same request line, headers and body;
//! the tests and the contract check hold them to that.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

pub use progenitor_client::QueryParam;
pub use reqwest::Method;

use crate::Client;
use crate::capture::{Limits, Record, Sink};

/// What one attempt of one call records of the wire, and the limits it is held to. One
/// exchange serves the attempts of a call one after the other ([`Exchange::begin`]).
#[derive(Debug)]
pub struct Exchange {
    max_response_bytes: AtomicU64,
    // A lock, not a `RefCell`: the attempt's future holds `&Exchange` and must stay `Send`.
    // It is never contended (one attempt at a time uses it).
    record: Mutex<Record>,
}

impl Default for Exchange {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

impl Sink for Exchange {
    fn limits(&self) -> Limits {
        Limits::default().max_response_bytes(self.max_response_bytes.load(Ordering::Relaxed))
    }

    fn record(&self, f: impl FnOnce(&mut Record)) {
        f(&mut self.record.lock().unwrap_or_else(PoisonError::into_inner));
    }
}

impl Exchange {
    /// An exchange that holds responses to `limits`.
    pub fn new(limits: Limits) -> Self {
        Self {
            max_response_bytes: AtomicU64::new(limits.max_response_bytes),
            record: Mutex::new(Record::default()),
        }
    }

    /// Starts an attempt held to `limits`, with nothing recorded.
    pub fn begin(&self, limits: Limits) {
        self.max_response_bytes
            .store(limits.max_response_bytes, Ordering::Relaxed);
        *self.record.lock().unwrap_or_else(PoisonError::into_inner) = Record::default();
    }

    /// What was recorded since the attempt began, leaving the record empty.
    pub fn take_record(&self) -> Record {
        std::mem::take(&mut *self.record.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Sends `request` on `client`'s HTTP client, recording the response (see
    /// [`crate::capture::observe`]) and holding its body to the limit.
    pub async fn execute(
        &self,
        client: &Client,
        request: reqwest::Request,
    ) -> reqwest::Result<reqwest::Response> {
        let requested = request.url().clone();
        let response = progenitor_client::ClientInfo::client(client)
            .execute(request)
            .await
            .map_err(|e| self.observe_error(&requested, e))?;
        self.observe(&requested, response).await
    }

    /// [`crate::capture::observe`], recording here.
    pub async fn observe(
        &self,
        requested: &reqwest::Url,
        response: reqwest::Response,
    ) -> reqwest::Result<reqwest::Response> {
        crate::capture::observe_into(self, requested, response).await
    }

    /// [`crate::capture::observe_error`], recording here.
    pub fn observe_error(&self, requested: &reqwest::Url, error: reqwest::Error) -> reqwest::Error {
        crate::capture::observe_error_into(self, requested, error)
    }

    /// A path parameter as one encoded segment, or its refusal, recorded here (see
    /// [`crate::path::encode_segment`]).
    #[allow(clippy::result_large_err)]
    pub fn segment<E>(
        &self,
        parameter: &'static str,
        value: &str,
    ) -> Result<String, progenitor_client::Error<E>> {
        crate::capture::segment_into(self, parameter, value)
    }
}

/// The URL of a request: the client's base URL followed by `parts` (the path template's
/// literal pieces and encoded parameters).
pub fn url(client: &Client, parts: &[&str]) -> String {
    let base = progenitor_client::ClientInfo::baseurl(client);
    let mut url = String::with_capacity(base.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    url.push_str(base);
    for part in parts {
        url.push_str(part);
    }
    url
}

/// A request to `url` with the headers every generated call sends (`api-version`, the
/// context's `Authorization` and `User-Agent`, and `Accept: application/json` when the
/// operation answers JSON), computed once per [`ClientContext`](crate::ClientContext).
pub fn request(
    client: &Client,
    method: Method,
    url: String,
    accepts_json: bool,
) -> reqwest::RequestBuilder {
    let context = progenitor_client::ClientInfo::inner(client);
    progenitor_client::ClientInfo::client(client)
        .request(method, url)
        .headers(context.headers(accepts_json).clone())
}
