//! The one error type of the crate.

use std::fmt;
use std::time::Duration;

use texterchat_api::catalog::ScopeSet;

/// Everything that can go wrong with a call, with predicates for the questions callers ask.
///
/// `Display` says what happened and what to do: the operation, the HTTP status, the server's
/// message and a bounded excerpt of the body. The token never appears in it: body excerpts have
/// it redacted. Transport and decoding causes are available through
/// [`std::error::Error::source`].
///
/// ```
/// # async fn demo(texter: texterchat::Texter) {
/// match texter.chats().get("67bf11038b24880cc966f799").await {
///     Ok(chat) => println!("{:?}", chat.title),
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
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The token lacks scopes the operation needs: found before sending (the token was declared
    /// without them) or reported by the server with HTTP 403.
    MissingScope {
        /// The scopes the operation needs that the token lacks (for a 403: every scope the spec
        /// lists for the operation, since the server does not say which).
        missing: ScopeSet,
        /// Every scope the operation needs.
        required: ScopeSet,
        /// Whether the server said so (HTTP 403) rather than the client-side check.
        from_server: bool,
    },
    /// Input broke a rule of the API; nothing was sent.
    Validation {
        /// The field, as the API names it (e.g. `text`, `media[3].url`, `project`).
        field: String,
        /// The rule it broke.
        rule: String,
        /// What was given (shortened when long).
        given: String,
    },
    /// The client could not be built from the given configuration.
    Config {
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The server answered with a non-success status.
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
    /// The server answered HTTP 200 with `success: false` on an operation where that is a
    /// failure.
    Unsuccessful {
        /// The start of the body.
        body_excerpt: String,
    },
    /// No answer within the time limit.
    Timeout {
        /// The limit that ran out.
        after: Duration,
    },
    /// The request could not be sent or the response could not be read.
    Transport {
        /// Whether it failed while connecting, i.e. before the server could have seen it.
        connect: bool,
        /// What happened.
        message: String,
    },
    /// A paginated listing stopped because the server misbehaved (repeated a page, or its
    /// cursor stopped moving); the items already yielded are valid but the listing is
    /// incomplete.
    Pagination {
        /// What went wrong.
        message: String,
    },
    /// The response body did not match the spec.
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

    /// What kind of failure this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.inner.kind
    }

    /// The operationId of the call that failed (e.g. `searchChats`, or `raw GET /path` for a
    /// raw request), when the error came from a call.
    pub fn operation(&self) -> Option<&str> {
        self.inner.operation.as_deref()
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match &self.inner.kind {
            ErrorKind::Api { status, .. } => Some(*status),
            ErrorKind::MissingScope {
                from_server: true, ..
            } => Some(403),
            ErrorKind::Decode { status, .. } => *status,
            _ => None,
        }
    }

    /// The token lacks a scope the operation needs (checked before sending, or HTTP 403).
    pub fn is_missing_scope(&self) -> bool {
        matches!(self.inner.kind, ErrorKind::MissingScope { .. })
    }

    /// The scopes the token lacks (empty unless [`Error::is_missing_scope`]).
    pub fn missing_scopes(&self) -> ScopeSet {
        match &self.inner.kind {
            ErrorKind::MissingScope { missing, .. } => *missing,
            _ => ScopeSet::EMPTY,
        }
    }

    /// HTTP 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// HTTP 429.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(429)
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
                | ErrorKind::MissingScope {
                    from_server: false,
                    ..
                }
        )
    }
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
                from_server: false,
            } => write!(
                f,
                "the token was declared without {} scope(s) this operation needs: {missing} \
                 (it needs: {required}). Create a token with them in Texter (gear icon → \
                 Developers → API Tokens) and declare them with `TexterBuilder::scopes`; nothing \
                 was sent",
                missing.len()
            ),
            ErrorKind::MissingScope {
                required,
                from_server: true,
                ..
            } => write!(
                f,
                "HTTP 403 Forbidden: the token lacks a scope this operation needs; it needs all \
                 of: {required}"
            ),
            ErrorKind::Validation { field, rule, given } => {
                write!(
                    f,
                    "invalid `{field}`: {rule} (given: {given}); nothing was sent"
                )
            }
            ErrorKind::Config { message } => write!(f, "invalid client configuration: {message}"),
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
                Ok(())
            }
            ErrorKind::Unsuccessful { body_excerpt } => {
                write!(
                    f,
                    "the server answered `success: false`; body: {body_excerpt}"
                )
            }
            ErrorKind::Pagination { message } => {
                write!(f, "pagination stopped: {message}")
            }
            ErrorKind::Timeout { after } => {
                write!(f, "no answer within {:.3}s", after.as_secs_f64())
            }
            ErrorKind::Transport { connect, message } => {
                if *connect {
                    write!(f, "could not connect: {message}")
                } else {
                    write!(f, "transport failure: {message}")
                }
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
                Ok(())
            }
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("operation", &self.inner.operation)
            .field("kind", &self.inner.kind)
            .field("source", &self.inner.source.as_ref().map(|s| s.to_string()))
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
