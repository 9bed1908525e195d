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

/// The URL of a request as text: the client's base URL followed by `parts` (the path
/// template's literal pieces and encoded parameters), as progenitor's `send` formats it.
pub fn url(client: &Client, parts: &[&str]) -> String {
    let base = progenitor_client::ClientInfo::baseurl(client);
    let mut url = String::with_capacity(base.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    url.push_str(base);
    for part in parts {
        url.push_str(part);
    }
    url
}

/// A request to the client's base URL followed by `path` (the path template's literal pieces
/// and encoded parameters), with the headers every generated call sends (`api-version`, the
/// context's `Authorization` and `User-Agent`, and `Accept: application/json` when the
/// operation answers JSON), computed once per [`ClientContext`](crate::ClientContext).
///
/// The URL is the one progenitor's `send` would parse from [`url`]'s text, built without
/// parsing the base URL again: a copy of it, parsed once per context, gets the path
/// (`Url::set_path` parses only the path; the parts are already percent-encoded, and the
/// literal pieces come from the spec).
pub fn request(
    client: &Client,
    method: Method,
    path: &[&str],
    accepts_json: bool,
) -> reqwest::RequestBuilder {
    let context = progenitor_client::ClientInfo::inner(client);
    let http = progenitor_client::ClientInfo::client(client);
    let base = progenitor_client::ClientInfo::baseurl(client);
    let builder = match context.parsed_base(base) {
        Some(parsed) => {
            // `https://host` parses with the path `/`, but `https://host` + `/chats` is
            // `/chats`, not `//chats`.
            let prefix = match parsed.path() {
                "/" if !base.ends_with('/') => "",
                p => p,
            };
            let mut full =
                String::with_capacity(prefix.len() + path.iter().map(|p| p.len()).sum::<usize>());
            full.push_str(prefix);
            for part in path {
                full.push_str(part);
            }
            let mut url = parsed.clone();
            url.set_path(&full);
            http.request(method, url)
        }
        // A base URL that does not parse fails when the request is built, as progenitor's
        // would.
        None => http.request(method, url(client, path)),
    };
    builder.headers(context.headers(accepts_json).clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClientContext;

    fn built(client: &Client, parts: &[&str]) -> reqwest::Url {
        request(client, Method::GET, parts, true)
            .build()
            .expect("builds")
            .url()
            .clone()
    }

    /// The URL built from the parsed base is the one progenitor's `send` parses from its
    /// formatted text, for every shape of base URL and path.
    #[test]
    fn the_url_is_the_one_progenitor_would_parse() {
        let paths: [&[&str]; 4] = [
            &["/chats/search"],
            &["/chats/", "a%20b%2Fc%3Fd%23e%25f", "/labels"],
            &["/whatsapp/templates/", "x", "/", "en_US", "/submit"],
            &["/labels/", "%D7%A9", ""],
        ];
        for base in [
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8080/",
            "https://demo.texterchat.com/server/api/v2",
            "https://demo.texterchat.com/server/api/v2/",
            "https://proxy.example/a b/server",
            "https://proxy.example/a/../b",
            "https://Proxy.Example:443/x",
        ] {
            let client =
                Client::new_with_client(base, reqwest::Client::new(), ClientContext::default());
            for parts in paths {
                let expected = reqwest::Url::parse(&url(&client, parts)).expect("parses");
                // Twice: the first call parses the base, the second uses it.
                assert_eq!(built(&client, parts), expected, "{base} {parts:?}");
                assert_eq!(built(&client, parts), expected, "{base} {parts:?}");
            }
        }
    }

    /// A context that parsed one base URL, cloned into a client of another, uses the other.
    #[test]
    fn a_context_reused_with_another_base_url_goes_there() {
        let first = Client::new_with_client(
            "https://one.example/api",
            reqwest::Client::new(),
            ClientContext::default(),
        );
        assert_eq!(
            built(&first, &["/labels"]).as_str(),
            "https://one.example/api/labels"
        );
        let reused = Client::new_with_client(
            "https://two.example/v2",
            reqwest::Client::new(),
            progenitor_client::ClientInfo::inner(&first).clone(),
        );
        assert_eq!(
            built(&reused, &["/labels"]).as_str(),
            "https://two.example/v2/labels"
        );
    }

    /// A base URL that does not parse fails when the request is built, as it did before.
    #[test]
    fn an_unparsable_base_url_fails_at_build() {
        let client = Client::new_with_client(
            "not a url",
            reqwest::Client::new(),
            ClientContext::default(),
        );
        assert!(
            request(&client, Method::GET, &["/labels"], true)
                .build()
                .is_err()
        );
    }
}
