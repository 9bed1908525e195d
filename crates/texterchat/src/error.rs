//! The one error type of the crate.

use std::fmt;
use std::time::Duration;

use texterchat_api::catalog::ScopeSet;

use crate::secret::Redactor;

/// Everything that can go wrong with a call, with predicates for the questions callers ask.
///
/// `Display` says what happened and what to do: the operation, the HTTP status, the server's
/// message and a bounded excerpt of the body, and, for a call that may have been carried out,
/// that it may have been. The token never appears in it, nor in `Debug` or the source chain:
/// every text an error of a call carries has the token redacted, in its raw, JSON-escaped,
/// `Debug`-escaped, percent-encoded and base64 forms. Transport and decoding causes are
/// available through [`std::error::Error::source`].
///
/// ```
/// # async fn demo(texter: texterchat::Texter) {
/// match texter.chats().get("67bf11038b24880cc966f799").await {
///     Ok(chat) => println!("{:?}", chat.title),
///     Err(e) if e.is_unauthorized() => eprintln!("check the token: {e}"),
///     Err(e) if e.is_missing_scope() => eprintln!("token lacks {}", e.missing_scopes()),
///     Err(e) if e.is_not_found() => eprintln!("no such chat"),
///     Err(e) if e.is_rate_limited() => eprintln!("slow down for {:?}", e.retry_after()),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    operation: Option<std::borrow::Cow<'static, str>>,
    /// Every scope the operation needs (empty for raw requests without declared scopes).
    required: ScopeSet,
    /// Whether repeating the call is harmless (the spec's `x-texter-idempotent`).
    idempotent: bool,
    /// Requests sent for the call (0 when it was refused before sending).
    attempts: u32,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// What kind of failure an [`Error`] is. Variants and their fields can be added in a minor
/// release (every variant is `#[non_exhaustive]`): match with `..`, or use the predicates of
/// [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The client-side scope check found that the token was declared without scopes the
    /// operation needs; nothing was sent. (A server's HTTP 403 is an [`ErrorKind::Api`] with
    /// status 403, for which [`Error::is_missing_scope`] also holds.)
    #[non_exhaustive]
    MissingScope {
        /// The scopes the operation (or flow) needs that the token lacks.
        missing: ScopeSet,
        /// Every scope the operation (or flow) needs.
        required: ScopeSet,
        /// For a check of several operations at once ([`crate::Texter::check_flow`]): each
        /// operation that cannot run, with the scopes it lacks.
        operations: Vec<(String, ScopeSet)>,
    },
    /// Input broke a rule of the API; nothing was sent.
    #[non_exhaustive]
    Validation {
        /// The field, as the API names it (e.g. `text`, `media[3].url`, `chatId`, `project`).
        field: String,
        /// The rule it broke.
        rule: String,
        /// What was given (shortened when long).
        given: String,
    },
    /// The client could not be built from the given configuration.
    #[non_exhaustive]
    Config {
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The server answered with a non-success status (other than a redirect).
    #[non_exhaustive]
    Api {
        /// HTTP status code.
        status: u16,
        /// The server's message, when the body had one.
        message: Option<String>,
        /// The start of the body (at most [`BODY_EXCERPT_CHARS`] characters, token redacted).
        body_excerpt: String,
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
    },
    /// The server answered with a redirect (HTTP 3xx), which API calls never follow: a
    /// followed redirect can repeat a send, turn it into a bodiless `GET`, or post it to another
    /// origin. Usually the base URL is wrong (e.g. `http://` for `https://`, or a moved host).
    #[non_exhaustive]
    Redirect {
        /// The 3xx status; `None` when the HTTP client (one you supplied) followed the redirect
        /// itself and the final answer came from `location`.
        status: Option<u16>,
        /// The `Location` the server pointed to (or the URL the supplied client ended up at).
        location: Option<String>,
    },
    /// The response body was larger than the limit ([`crate::CallOptions::max_response_bytes`]);
    /// nothing beyond the limit was read.
    #[non_exhaustive]
    ResponseTooLarge {
        /// HTTP status of the response.
        status: Option<u16>,
        /// The limit, in bytes.
        limit: u64,
        /// The declared `Content-Length`, when the limit was exceeded by it.
        content_length: Option<u64>,
    },
    /// The server answered HTTP 200 with `success: false` on an operation where that is a
    /// failure.
    #[non_exhaustive]
    Unsuccessful {
        /// The start of the body.
        body_excerpt: String,
    },
    /// No answer within the time limit.
    #[non_exhaustive]
    Timeout {
        /// The limit that ran out.
        after: Duration,
    },
    /// The request could not be sent or the response could not be read.
    #[non_exhaustive]
    Transport {
        /// Whether it failed while connecting, i.e. before the server could have seen it.
        connect: bool,
        /// The URL of the request.
        url: Option<String>,
        /// What happened (the chain of causes, without the URL).
        message: String,
    },
    /// A paginated listing stopped because the server misbehaved (repeated a page, or its
    /// cursor stopped moving); the items already yielded are valid but the listing is
    /// incomplete.
    #[non_exhaustive]
    Pagination {
        /// What went wrong.
        message: String,
    },
    /// The response body did not match the spec.
    #[non_exhaustive]
    Decode {
        /// HTTP status of the response, when known.
        status: Option<u16>,
        /// JSON path of the failing value (e.g. `data[0].status`), empty when the body is not
        /// JSON at all.
        path: String,
        /// What was wrong.
        message: String,
        /// The start of the body (token redacted).
        body_excerpt: String,
    },
}

/// Whether the request of a failed call may have reached Texter and been carried out.
///
/// | Failure | Delivery |
/// |---|---|
/// | refused before sending (validation, missing scope, configuration), could not connect | `NotDelivered` |
/// | HTTP 4xx, including 401, 403, 404, 408 and 429 (the server refused the request) | `NotDelivered` |
/// | timeout, transport failure after the request was sent, HTTP 5xx, HTTP 3xx | `Uncertain` |
/// | HTTP 2xx whose body failed to decode, was too large, or said `success: false` | `Delivered` |
///
/// A 3xx is uncertain because a server may answer a processed `POST` with `303 See Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Delivery {
    /// The request provably did not reach Texter, or Texter refused it without acting on it.
    NotDelivered,
    /// The request may have reached Texter and been carried out.
    Uncertain,
    /// Texter answered with success; what failed came after (reading the answer).
    Delivered,
}

/// Body excerpts in errors are cut to this many characters.
pub const BODY_EXCERPT_CHARS: usize = 512;

/// A crate-wide `Result`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                operation: None,
                required: ScopeSet::EMPTY,
                idempotent: false,
                attempts: 0,
                source: None,
            }),
        }
    }

    pub(crate) fn with_operation(
        mut self,
        operation: impl Into<std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.inner.operation = Some(operation.into());
        self
    }

    /// Records what the failed call was: its scopes, whether it is idempotent, how many
    /// requests were sent.
    pub(crate) fn with_call(mut self, required: ScopeSet, idempotent: bool, attempts: u32) -> Self {
        self.inner.required = required;
        self.inner.idempotent = idempotent;
        self.inner.attempts = attempts;
        self
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        self.inner.source = Some(Box::new(source));
        self
    }

    pub(crate) fn validation(
        field: impl Into<String>,
        rule: impl Into<String>,
        given: impl Into<String>,
    ) -> Self {
        Self::new(ErrorKind::Validation {
            field: field.into(),
            rule: rule.into(),
            given: shorten(&given.into(), 80),
        })
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config {
            message: message.into(),
        })
    }

    /// The same error with every form of the token removed from every text it carries: the
    /// kind's fields and the source chain (replaced by its redacted text when it holds the
    /// token).
    pub(crate) fn redacted(mut self, redactor: &Redactor) -> Self {
        let r = |s: &mut String| {
            if redactor.finds(s) {
                *s = redactor.redact(s);
            }
        };
        match &mut self.inner.kind {
            ErrorKind::Validation { field, rule, given } => {
                r(field);
                r(rule);
                r(given);
            }
            ErrorKind::Config { message }
            | ErrorKind::Pagination { message }
            | ErrorKind::Unsuccessful {
                body_excerpt: message,
            } => r(message),
            ErrorKind::Api {
                message,
                body_excerpt,
                ..
            } => {
                if let Some(m) = message {
                    r(m);
                }
                r(body_excerpt);
            }
            ErrorKind::Redirect { location, .. } => {
                if let Some(l) = location {
                    r(l);
                }
            }
            ErrorKind::Transport { url, message, .. } => {
                if let Some(u) = url {
                    r(u);
                }
                r(message);
            }
            ErrorKind::Decode {
                path,
                message,
                body_excerpt,
                ..
            } => {
                r(path);
                r(message);
                r(body_excerpt);
            }
            ErrorKind::MissingScope { .. }
            | ErrorKind::ResponseTooLarge { .. }
            | ErrorKind::Timeout { .. } => {}
        }
        if let Some(op) = &self.inner.operation
            && redactor.finds(op)
        {
            self.inner.operation = Some(redactor.redact(op).into());
        }
        if let Some(source) = &self.inner.source {
            let chain = chain_text(source.as_ref());
            let debug = format!("{source:?}");
            if redactor.finds(&chain) || redactor.finds(&debug) {
                self.inner.source = Some(Box::new(RedactedCause(redactor.redact(&chain))));
            }
        }
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.inner.kind
    }

    /// The operationId of the call that failed (e.g. `searchChats`, or `raw GET /path` for a
    /// raw request), when the error came from a call.
    pub fn operation(&self) -> Option<&str> {
        self.inner.operation.as_deref()
    }

    /// How many requests the call sent before it failed (0: refused before sending; more than
    /// 1: it was retried).
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match &self.inner.kind {
            ErrorKind::Api { status, .. } => Some(*status),
            ErrorKind::Redirect { status, .. } => *status,
            ErrorKind::Decode { status, .. } | ErrorKind::ResponseTooLarge { status, .. } => {
                *status
            }
            _ => None,
        }
    }

    /// The token lacks a scope the operation needs: the client-side check found it before
    /// sending, or the server answered HTTP 403 to an operation that needs scopes.
    ///
    /// A 403 can also have another cause (Texter's message, kept in the error, says which; an
    /// IP allow-list, for one). For a 403, [`Error::missing_scopes`] lists every scope the spec
    /// gives the operation, since the server does not say which one is missing.
    pub fn is_missing_scope(&self) -> bool {
        match &self.inner.kind {
            ErrorKind::MissingScope { .. } => true,
            ErrorKind::Api { status: 403, .. } => !self.inner.required.is_empty(),
            _ => false,
        }
    }

    /// The scopes the token lacks (empty unless [`Error::is_missing_scope`]).
    pub fn missing_scopes(&self) -> ScopeSet {
        match &self.inner.kind {
            ErrorKind::MissingScope { missing, .. } => *missing,
            ErrorKind::Api { status: 403, .. } => self.inner.required,
            _ => ScopeSet::EMPTY,
        }
    }

    /// HTTP 401: Texter did not accept the token.
    ///
    /// Troubleshooting: check that the token is the whole value Texter showed when it was
    /// created (gear icon → Developers → API Tokens), that it was not revoked, and that it belongs
    /// to the project of the base URL. Retrying does not help.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(401)
    }

    /// HTTP 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// HTTP 429.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(429)
    }

    /// The server answered with a redirect, which API calls never follow (see
    /// [`ErrorKind::Redirect`]).
    pub fn is_redirect(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Redirect { .. })
    }

    /// How long the server asked to wait (`Retry-After`, in either of its forms).
    pub fn retry_after(&self) -> Option<Duration> {
        match &self.inner.kind {
            ErrorKind::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// No answer within the configured time limit.
    pub fn is_timeout(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Timeout { .. })
    }

    /// Input broke a rule of the API (or the client configuration was invalid); nothing was
    /// sent.
    pub fn is_validation(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::Validation { .. } | ErrorKind::Config { .. }
        )
    }

    /// The response did not match the spec.
    pub fn is_decode(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Decode { .. })
    }

    /// The response body was over the size limit.
    pub fn is_response_too_large(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::ResponseTooLarge { .. })
    }

    /// The request could not be sent or its response not read.
    pub fn is_transport(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::Transport { .. })
    }

    /// The request provably never reached the server (connecting failed, or nothing was sent
    /// because of a client-side check).
    pub fn is_connect(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::Transport { connect: true, .. }
                | ErrorKind::Validation { .. }
                | ErrorKind::Config { .. }
                | ErrorKind::MissingScope { .. }
        )
    }

    /// Whether the request may have reached Texter and been carried out (see [`Delivery`] for
    /// the table).
    pub fn delivery(&self) -> Delivery {
        delivery_of(&self.inner.kind)
    }

    /// The request may have reached Texter and been carried out: a timeout or transport
    /// failure after sending, an HTTP 5xx or 3xx, or a success whose answer could not be read.
    /// Before repeating a call that is not idempotent (a send), check whether it took effect.
    pub fn may_have_been_delivered(&self) -> bool {
        self.delivery() != Delivery::NotDelivered
    }
}

/// The delivery table of [`Delivery`], as a function.
pub(crate) fn delivery_of(kind: &ErrorKind) -> Delivery {
    match kind {
        ErrorKind::MissingScope { .. }
        | ErrorKind::Validation { .. }
        | ErrorKind::Config { .. }
        | ErrorKind::Transport { connect: true, .. } => Delivery::NotDelivered,
        ErrorKind::Api { status, .. } if (400..500).contains(status) => Delivery::NotDelivered,
        ErrorKind::Api { status, .. } if (200..300).contains(status) => Delivery::Delivered,
        ErrorKind::Api { .. }
        | ErrorKind::Redirect { .. }
        | ErrorKind::Timeout { .. }
        | ErrorKind::Transport { connect: false, .. } => Delivery::Uncertain,
        ErrorKind::Decode { status, .. } | ErrorKind::ResponseTooLarge { status, .. } => {
            match status {
                Some(s) if (200..300).contains(s) => Delivery::Delivered,
                Some(s) if (400..500).contains(s) => Delivery::NotDelivered,
                _ => Delivery::Uncertain,
            }
        }
        ErrorKind::Unsuccessful { .. } => Delivery::Delivered,
        // A listing of reads: nothing to deliver.
        ErrorKind::Pagination { .. } => Delivery::Delivered,
    }
}

/// A cause whose text held the token: only its redacted text is kept.
#[derive(Debug)]
struct RedactedCause(String);

impl fmt::Display for RedactedCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RedactedCause {}

/// `error` and its sources, joined with `: `.
pub(crate) fn chain_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = Some(error);
    while let Some(e) = current {
        let text = e.to_string();
        // Wrappers often repeat their cause's text; keep each text once.
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = e.source();
    }
    parts.join(": ")
}

/// Cuts `text` to `max` characters, marking the cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((i, _)) => format!(
            "{}… ({} characters in all)",
            &text[..i],
            text.chars().count()
        ),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(op) = &self.inner.operation {
            write!(f, "{op}: ")?;
        }
        match &self.inner.kind {
            ErrorKind::MissingScope {
                missing,
                required,
                operations,
            } => {
                if operations.is_empty() {
                    write!(
                        f,
                        "the token was declared without {} scope(s) this operation needs: {missing} \
                         (it needs: {required})",
                        missing.len()
                    )?;
                } else {
                    write!(
                        f,
                        "the token was declared without {} scope(s) these operations need: {missing}",
                        missing.len()
                    )?;
                    let each: Vec<String> = operations
                        .iter()
                        .map(|(op, lacks)| format!("{op} lacks {lacks}"))
                        .collect();
                    write!(f, " ({})", each.join("; "))?;
                }
                write!(
                    f,
                    ". Create a token with them in Texter (gear icon → Developers → API Tokens) \
                     and declare them with `TexterBuilder::scopes`; nothing was sent"
                )?;
            }
            ErrorKind::Validation { field, rule, given } => {
                write!(
                    f,
                    "invalid `{field}`: {rule} (given: {given}); nothing was sent"
                )?;
            }
            ErrorKind::Config { message } => write!(f, "invalid client configuration: {message}")?,
            ErrorKind::Api {
                status,
                message,
                body_excerpt,
                retry_after,
            } => {
                write!(f, "HTTP {status}")?;
                if let Some(reason) = reqwest::StatusCode::from_u16(*status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                {
                    write!(f, " {reason}")?;
                }
                if let Some(m) = message {
                    write!(f, ": {m}")?;
                }
                if let Some(d) = retry_after {
                    write!(f, " (retry after {}s)", d.as_secs_f64())?;
                }
                if !body_excerpt.is_empty() {
                    write!(f, "; body: {body_excerpt}")?;
                }
                match status {
                    401 => write!(
                        f,
                        ". Texter did not accept the token: check that it is the whole token \
                         Texter showed when it was created (gear icon → Developers → API \
                         Tokens), that it was not revoked, and that it belongs to this project"
                    )?,
                    403 if !self.inner.required.is_empty() => write!(
                        f,
                        ". The token may lack a scope this operation needs (it needs all of: {}), \
                         or Texter refused the request for another reason (see its message, e.g. \
                         an IP allow-list)",
                        self.inner.required
                    )?,
                    _ => {}
                }
            }
            ErrorKind::Redirect { status, location } => {
                match status {
                    Some(s) => write!(f, "HTTP {s} redirect")?,
                    None => write!(f, "the HTTP client followed a redirect")?,
                }
                match location {
                    Some(l) => write!(f, " to {l}")?,
                    None => write!(f, " without a Location")?,
                }
                write!(
                    f,
                    "; API calls do not follow redirects (check the base URL: it must be \
                     https://<project>.texterchat.com/server/api/v2)"
                )?;
                if status.is_none() {
                    write!(
                        f,
                        "; build the reqwest client you pass with `redirect(reqwest::redirect::Policy::none())`"
                    )?;
                }
            }
            ErrorKind::ResponseTooLarge {
                status,
                limit,
                content_length,
            } => {
                write!(f, "the response")?;
                if let Some(s) = status {
                    write!(f, " to HTTP {s}")?;
                }
                match content_length {
                    Some(n) => write!(f, " declares {n} bytes, over the limit of {limit} bytes")?,
                    None => write!(f, " grew past the limit of {limit} bytes")?,
                }
                write!(
                    f,
                    "; nothing beyond the limit was read (raise it with `CallOptions::max_response_bytes`)"
                )?;
            }
            ErrorKind::Unsuccessful { body_excerpt } => {
                write!(
                    f,
                    "the server answered `success: false`; body: {body_excerpt}"
                )?;
            }
            ErrorKind::Pagination { message } => {
                write!(f, "pagination stopped: {message}")?;
            }
            ErrorKind::Timeout { after } => {
                write!(f, "no answer within {:.3}s", after.as_secs_f64())?;
            }
            ErrorKind::Transport {
                connect,
                url,
                message,
            } => {
                if *connect {
                    write!(f, "could not connect")?;
                } else {
                    write!(f, "transport failure")?;
                }
                if let Some(u) = url {
                    write!(f, " ({u})")?;
                }
                write!(f, ": {message}")?;
            }
            ErrorKind::Decode {
                status,
                path,
                message,
                body_excerpt,
            } => {
                write!(f, "unexpected response")?;
                if let Some(s) = status {
                    write!(f, " to HTTP {s}")?;
                }
                if path.is_empty() {
                    write!(f, ": {message}")?;
                } else {
                    write!(f, " at `{path}`: {message}")?;
                }
                if !body_excerpt.is_empty() {
                    write!(f, "; body: {body_excerpt}")?;
                }
            }
        }
        if self.inner.attempts > 1 {
            write!(f, " (after {} attempts)", self.inner.attempts)?;
        }
        if !self.inner.idempotent
            && self.inner.operation.is_some()
            && self.delivery() == Delivery::Uncertain
        {
            write!(
                f,
                "; the request may have reached Texter and been carried out: check before sending it again"
            )?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("operation", &self.inner.operation)
            .field("kind", &self.inner.kind)
            .field("attempts", &self.inner.attempts)
            .field(
                "source",
                &self.inner.source.as_deref().map(|e| chain_text(e)),
            )
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> ErrorKind {
        ErrorKind::Api {
            status,
            message: None,
            body_excerpt: String::new(),
            retry_after: None,
        }
    }

    #[test]
    fn delivery_table() {
        use Delivery::*;
        let transport = |connect| ErrorKind::Transport {
            connect,
            url: None,
            message: String::new(),
        };
        let decode = |status| ErrorKind::Decode {
            status,
            path: String::new(),
            message: String::new(),
            body_excerpt: String::new(),
        };
        let table = [
            (
                ErrorKind::Validation {
                    field: "text".into(),
                    rule: String::new(),
                    given: String::new(),
                },
                NotDelivered,
            ),
            (
                ErrorKind::MissingScope {
                    missing: ScopeSet::EMPTY,
                    required: ScopeSet::EMPTY,
                    operations: Vec::new(),
                },
                NotDelivered,
            ),
            (transport(true), NotDelivered),
            (api(400), NotDelivered),
            (api(401), NotDelivered),
            (api(403), NotDelivered),
            (api(404), NotDelivered),
            (api(408), NotDelivered),
            (api(429), NotDelivered),
            (api(500), Uncertain),
            (api(502), Uncertain),
            (api(503), Uncertain),
            (transport(false), Uncertain),
            (
                ErrorKind::Timeout {
                    after: Duration::from_secs(1),
                },
                Uncertain,
            ),
            (
                ErrorKind::Redirect {
                    status: Some(303),
                    location: None,
                },
                Uncertain,
            ),
            (
                ErrorKind::Redirect {
                    status: None,
                    location: None,
                },
                Uncertain,
            ),
            (decode(Some(200)), Delivered),
            (decode(Some(404)), NotDelivered),
            (decode(None), Uncertain),
            (
                ErrorKind::ResponseTooLarge {
                    status: Some(200),
                    limit: 1,
                    content_length: None,
                },
                Delivered,
            ),
            (
                ErrorKind::Unsuccessful {
                    body_excerpt: String::new(),
                },
                Delivered,
            ),
        ];
        for (kind, expected) in table {
            assert_eq!(delivery_of(&kind), expected, "{kind:?}");
        }
    }

    #[test]
    fn chain_text_keeps_each_cause_once() {
        #[derive(Debug)]
        struct E(&'static str, Option<Box<E>>);
        impl fmt::Display for E {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl std::error::Error for E {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.1.as_deref().map(|e| e as _)
            }
        }
        let e = E(
            "client error (Connect)",
            Some(Box::new(E(
                "tcp connect error",
                Some(Box::new(E("Connection refused", None))),
            ))),
        );
        assert_eq!(
            chain_text(&e),
            "client error (Connect): tcp connect error: Connection refused"
        );
    }
}
