//! How the ergonomic crate's executor sends one attempt of a generated request.
//!
//! The low-level [`Client`]'s operation builders run progenitor's `send`: build the request,
//! run the request hook (scope gate, headers, [`capture`](crate::capture) through a
//! task-local), execute, and decode with the operation's status match. The generated surface
//! (`texter_surface!`) sends the same request more directly: it builds it from its own fields
//! (by reference, nothing copied into a second builder) with [`request`] (the same scope gate,
//! headers computed once per [`ClientContext`](crate::ClientContext), the base URL parsed
//! once), executes it through [`Exchange::execute`], which records what happened on the wire
//! in the `Exchange` the executor passed in (no task-local scope), and decodes it with the very
//! same status match (`builder::X::dispatch`, which progenitor's `send` calls too). Both paths
//! send the same request line, headers and body (the generator fails when progenitor's `send`
//! has a parameter or header the surface does not); tests compare them on the wire.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

pub use progenitor_client::QueryParam;
pub use reqwest::Method;

use crate::Client;
use crate::capture::{Limits, Record, Sink};
use crate::catalog::Operation;

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
    joined(progenitor_client::ClientInfo::baseurl(client), parts)
}

/// `head` followed by `parts`, in one allocation.
fn joined(head: &str, parts: &[&str]) -> String {
    let mut out = String::with_capacity(head.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    out.push_str(head);
    for part in parts {
        out.push_str(part);
    }
    out
}

/// A request of `operation` to the client's base URL followed by `path` (the path template's
/// literal pieces and encoded parameters), with the headers every generated call sends
/// (`api-version`, the context's `Authorization` and `User-Agent`, and
/// `Accept: application/json` when the operation answers JSON), computed once per
/// [`ClientContext`](crate::ClientContext). Refused, before anything is built, when the
/// context's declared scopes lack one `operation` needs (as the request hook refuses a call
/// of the low-level client).
///
/// The URL is the one progenitor's `send` parses from [`url`]'s text, built without parsing
/// the base URL again: a copy of it, parsed once per context, gets the path (`Url::set_path`
/// parses only the path; the parameters are already percent-encoded and the literal pieces
/// come from the spec, which the generator checks hold no `?`, `#` or `%`). A base URL that
/// cannot stand in for that (see `ParsedBase`) is parsed from text with each request.
#[allow(clippy::result_large_err)]
pub fn request<E>(
    client: &Client,
    operation: &Operation,
    method: Method,
    path: &[&str],
    accepts_json: bool,
) -> Result<reqwest::RequestBuilder, progenitor_client::Error<E>> {
    let context = progenitor_client::ClientInfo::inner(client);
    if let Some(refusal) = context.refusal(operation) {
        return Err(progenitor_client::Error::InvalidRequest(refusal));
    }
    let http = progenitor_client::ClientInfo::client(client);
    let base = progenitor_client::ClientInfo::baseurl(client);
    let builder = match context.parsed_base(base) {
        Some(parsed) => {
            let mut url = parsed.url.clone();
            url.set_path(&joined(&parsed.prefix, path));
            http.request(method, url)
        }
        // Parsed from text; a base URL that does not parse fails when the request is built,
        // as progenitor's would.
        None => http.request(method, url(client, path)),
    };
    Ok(builder.headers(context.headers(accepts_json).clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClientContext;

    fn built(client: &Client, parts: &[&str]) -> reqwest::Url {
        request::<()>(
            client,
            &crate::operations::LIST_LABELS,
            Method::GET,
            parts,
            true,
        )
        .expect("not refused")
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
            "https://h/api/v2/..",
            "https://h/api/.",
            "https://h/api/%2e",
            "https://h/%2e%2e",
            "https://h\\",
            "https://h/ ",
            "https://h/\t",
            "https://h/api?k=v",
            "https://h/api#f",
            "https://h/api/",
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
        let builder = request::<()>(
            &client,
            &crate::operations::LIST_LABELS,
            Method::GET,
            &["/labels"],
            true,
        )
        .expect("not refused");
        assert!(builder.build().is_err());
    }
}

#[cfg(test)]
mod gate_and_secrecy {
    use super::*;
    use crate::ClientContext;
    use crate::catalog::ScopeSet;

    /// A context declared without an operation's scope refuses it here, before building.
    #[test]
    fn a_request_the_declared_scopes_do_not_cover_is_refused() {
        let context = ClientContext::bearer("tok_GATE_1")
            .expect("token")
            .with_declared_scopes(ScopeSet::EMPTY);
        let client = Client::new_with_client("https://h/v2", reqwest::Client::new(), context);
        let refused = request::<()>(
            &client,
            &crate::operations::DELETE_QUICK_REPLY,
            Method::DELETE,
            &["/quick-replies/", "x"],
            true,
        );
        let text = match refused {
            Err(progenitor_client::Error::InvalidRequest(text)) => text,
            other => panic!("not refused: {other:?}"),
        };
        assert!(
            text.contains("deleteQuickReply") && text.contains("nothing was sent"),
            "{text}"
        );
    }

    /// The precomputed header maps carry the token marked sensitive: printing them, or the
    /// context, or a request built from them, never shows it.
    #[test]
    fn the_header_maps_never_print_the_token() {
        let context = ClientContext::bearer("tok_SECRET_MAP_2")
            .expect("token")
            .with_user_agent("ua/1")
            .expect("user agent");
        for accepts_json in [true, false] {
            let headers = context.headers(accepts_json);
            assert!(headers[reqwest::header::AUTHORIZATION].is_sensitive());
            assert_eq!(headers[reqwest::header::USER_AGENT], "ua/1");
            assert_eq!(
                headers.contains_key(reqwest::header::ACCEPT),
                accepts_json,
                "{headers:?}"
            );
            assert!(!format!("{headers:?}").contains("tok_SECRET_MAP_2"));
        }
        let client = Client::new_with_client("https://h/v2", reqwest::Client::new(), context);
        let built = request::<()>(
            &client,
            &crate::operations::LIST_LABELS,
            Method::GET,
            &["/labels"],
            true,
        )
        .expect("not refused")
        .build()
        .expect("builds");
        for printed in [
            format!("{built:?}"),
            format!("{:?}", progenitor_client::ClientInfo::inner(&client)),
        ] {
            assert!(!printed.contains("tok_SECRET_MAP_2"), "{printed}");
        }
    }
}
