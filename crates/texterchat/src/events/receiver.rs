//! A webhook receiver for axum apps: an authenticated endpoint that answers Texter at once and
//! hands typed [`Event`]s to your code through a queue.
//!
//! # Where the secret goes, and why
//!
//! Texter does not sign deliveries, and a subscription's request carries nothing but the URL you
//! registered and the JSON body (see [`events`](crate::events#delivery-realities)). Anyone who
//! learns the URL can therefore post fake events to it, so the URL itself must hold a secret:
//! [`WebhookReceiver::webhook_url`] appends it as the query parameter `secret`
//! (`https://example.com/hooks/texter?secret=…`), and every delivery is checked against it in
//! constant time before its body is read.
//!
//! A query parameter rather than a path segment keeps the route fixed (so you mount the receiver
//! with a plain [`Router::nest`] and a wrong secret is a clear `401`, not a `404` that looks like a
//! wrong path) and lets the check happen in one place. Either way the secret is part of the URL,
//! so keep the URLs of your access logs and proxies private, or strip the query string from them;
//! the receiver itself never logs the URL or the secret.
//!
//! # What the endpoint answers
//!
//! | Request | Answer |
//! |---|---|
//! | another method than `POST` | `405 Method Not Allowed` |
//! | missing or wrong secret (checked before the body is read) | `401 Unauthorized` |
//! | the queue is full, or nobody reads [`Deliveries`] any more | `503 Service Unavailable` with `Retry-After` |
//! | body over [`WebhookReceiver::max_body_bytes`] (stops reading at the cap) | `413 Payload Too Large` |
//! | not JSON, or not a delivery (no string `eventName`, or a known event whose `eventData` is not an object) | `400 Bad Request` with the reason |
//! | a delivery, known event or not | `202 Accepted`, the [`Event`] queued |
//!
//! The endpoint answers as soon as the event is queued; it never waits for your code. A
//! delivery whose values do not fit the SDK's types is accepted: those values are left out of
//! the typed view and listed in [`Event::problems`], and the data as received is kept
//! ([`Event::raw_data`]). Events the
//! SDK does not know arrive as [`Event::Unknown`] with their raw data. Deliveries can come out of
//! order and more than once: see the [delivery realities](crate::events#delivery-realities) for
//! [`EventExt::dedup_key`](crate::events::EventExt::dedup_key) and
//! [`EventExt::is_stale`](crate::events::EventExt::is_stale).
//!
//! # Example
//!
//! ```no_run
//! use futures::StreamExt;
//! use texterchat::events::receiver::WebhookReceiver;
//! use texterchat::events::{EventKind, Subscription};
//!
//! # async fn demo(texter: texterchat::Texter) -> Result<(), Box<dyn std::error::Error>> {
//! let receiver = WebhookReceiver::new(std::env::var("TEXTER_WEBHOOK_SECRET")?)?;
//! // The URL Texter must call: your public address, where the router is mounted, plus the secret.
//! let url = receiver.webhook_url("https://example.com/hooks/texter")?;
//! texter
//!     .subscriptions()
//!     .subscribe(&Subscription::new(EventKind::NewIncomingMessage, url))
//!     .await?;
//!
//! let (hooks, mut deliveries) = receiver.into_parts();
//! let app = axum::Router::new().nest("/hooks/texter", hooks);
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//! tokio::spawn(async move { axum::serve(listener, app).await });
//!
//! while let Some(event) = deliveries.next().await {
//!     println!("{}", event.name());
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use futures::{Stream, StreamExt};
use tokio::sync::mpsc;

use super::{Event, parse};
use crate::error::{Error, Result};

/// The query parameter that carries the secret.
pub const SECRET_PARAMETER: &str = "secret";

/// The shortest secret [`WebhookReceiver::new`] accepts, in characters.
pub const MIN_SECRET_CHARS: usize = 16;

/// The default cap on a delivery's body: 1 MiB, far above any documented payload (a chat with a
/// message is a few kilobytes).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

/// The default number of events that may wait in the queue before deliveries get `503`.
pub const DEFAULT_QUEUE_CAPACITY: usize = 1024;

/// The secret in the URL; its `Debug` never shows it.
#[derive(Clone)]
struct Secret(Arc<str>);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Configures the webhook endpoint; [`WebhookReceiver::into_parts`] turns it into an axum
/// [`Router`] and the [`Deliveries`] it feeds. See the [module documentation](self) for where
/// the secret goes and what the endpoint answers.
///
/// Its `Debug` output shows the options but never the secret.
#[derive(Debug, Clone)]
#[must_use]
pub struct WebhookReceiver {
    secret: Secret,
    max_body_bytes: usize,
    queue_capacity: usize,
}

impl WebhookReceiver {
    /// A receiver that accepts deliveries carrying `secret`.
    ///
    /// The secret must have at least [`MIN_SECRET_CHARS`] characters and no whitespace or
    /// control characters (a trailing newline from a secrets file is the usual culprit). Use a
    /// long random value, e.g. from [`WebhookReceiver::generate_secret`] or
    /// `openssl rand -hex 32`.
    ///
    /// ```
    /// use texterchat::events::receiver::WebhookReceiver;
    ///
    /// assert!(WebhookReceiver::new("hunter2").is_err());
    /// let secret = WebhookReceiver::generate_secret()?;
    /// let receiver = WebhookReceiver::new(secret.clone())?;
    /// assert!(!format!("{receiver:?}").contains(&secret));
    /// # Ok::<(), texterchat::Error>(())
    /// ```
    pub fn new(secret: impl Into<String>) -> Result<Self> {
        let secret = secret.into();
        let chars = secret.chars().count();
        // `given` describes the secret without revealing it: errors end up in logs.
        if chars < MIN_SECRET_CHARS {
            return Err(Error::validation(
                "secret",
                format!("must be at least {MIN_SECRET_CHARS} characters; use a long random value"),
                format!("{chars} characters"),
            ));
        }
        if secret.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Error::validation(
                "secret",
                "must not contain whitespace or control characters",
                format!("{chars} characters, some of them whitespace or control"),
            ));
        }
        Ok(Self {
            secret: Secret(secret.into()),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            queue_capacity: DEFAULT_QUEUE_CAPACITY,
        })
    }

    /// A fresh random secret of 32 hexadecimal characters (128 bits), drawn from the operating
    /// system's cryptographically secure random source. Fails only if the system has none.
    pub fn generate_secret() -> Result<String> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| {
            Error::config(format!(
                "the operating system gave no random bytes for a secret: {e}"
            ))
        })?;
        Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Caps a delivery's body at `bytes` ([`DEFAULT_MAX_BODY_BYTES`] by default). A larger body
    /// is answered `413` as soon as its `Content-Length` or the bytes read so far exceed the cap.
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// How many events may wait for your code ([`DEFAULT_QUEUE_CAPACITY`] by default; `0` counts
    /// as `1`). When the queue is full, deliveries are answered `503` so the sender may retry
    /// later instead of the event being lost silently. A delivery holds its slot while its body
    /// is read, so an accepted body is never dropped for lack of room.
    pub fn queue_capacity(mut self, capacity: usize) -> Self {
        self.queue_capacity = capacity.max(1);
        self
    }

    /// The URL to register with Texter: `base` (your public address where the router is
    /// mounted) with the secret appended as the `secret` query parameter, percent-encoded. Pass
    /// it to [`Subscription::new`](crate::events::Subscription::new).
    ///
    /// The result contains the secret: treat it like one.
    ///
    /// ```
    /// # use texterchat::events::receiver::WebhookReceiver;
    /// let receiver = WebhookReceiver::new("0123456789abcdef0123")?;
    /// assert_eq!(
    ///     receiver.webhook_url("https://example.com/hooks/texter")?,
    ///     "https://example.com/hooks/texter?secret=0123456789abcdef0123"
    /// );
    /// # Ok::<(), texterchat::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A validation error naming `base` when it is not an absolute http(s) URL or already
    /// has a `secret` parameter.
    pub fn webhook_url(&self, base: &str) -> Result<String> {
        let invalid = |rule: String| Error::validation("base", rule, format!("{base:?}"));
        let mut url = url::Url::parse(base)
            .map_err(|e| invalid(format!("must be an absolute http(s) URL ({e})")))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(invalid("must be an absolute http(s) URL".into()));
        }
        if url.query_pairs().any(|(k, _)| k == SECRET_PARAMETER) {
            return Err(invalid(format!(
                "must not have a `{SECRET_PARAMETER}` parameter already"
            )));
        }
        url.query_pairs_mut()
            .append_pair(SECRET_PARAMETER, &self.secret.0);
        Ok(url.into())
    }

    /// The endpoint and the queue it feeds.
    ///
    /// The [`Router`] serves `POST /`: mount it where the registered URL points, e.g.
    /// `app.nest("/hooks/texter", router)` (which serves `/hooks/texter`), or `app.merge(router)`
    /// for the root. [`Deliveries`] yields the events; it ends once every clone of the router has
    /// been dropped.
    pub fn into_parts(self) -> (Router, Deliveries) {
        let (queue, events) = mpsc::channel(self.queue_capacity);
        let shared = Arc::new(Shared {
            secret: self.secret,
            max_body_bytes: self.max_body_bytes,
            queue,
        });
        let router = Router::new().route("/", post(deliver)).with_state(shared);
        (router, Deliveries { events })
    }
}

/// The events the endpoint accepted, in arrival order: a [`Stream`] of [`Event`]s, also readable
/// with [`Deliveries::recv`].
///
/// Read it steadily: while it is full, deliveries are refused with `503`; once it is dropped,
/// every delivery is refused with `503`.
#[derive(Debug)]
pub struct Deliveries {
    events: mpsc::Receiver<Event>,
}

impl Deliveries {
    /// The next event; `None` once the router is gone and the queue is empty.
    pub async fn recv(&mut self) -> Option<Event> {
        self.events.recv().await
    }

    /// The next event if one is waiting, without waiting.
    pub fn try_recv(&mut self) -> Option<Event> {
        self.events.try_recv().ok()
    }

    /// How many events are waiting.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether no event is waiting.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

impl Stream for Deliveries {
    type Item = Event;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        self.events.poll_recv(cx)
    }
}

/// What the handler needs, shared by every clone of the router.
struct Shared {
    secret: Secret,
    max_body_bytes: usize,
    queue: mpsc::Sender<Event>,
}

/// Why a delivery was refused; each maps to one status.
enum Refusal {
    Unauthorized,
    QueueFull,
    Closed,
    TooLarge(usize),
    Invalid(String),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Refusal::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "missing or wrong webhook secret".to_string(),
            ),
            Refusal::QueueFull => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the webhook queue is full; retry later".to_string(),
            ),
            Refusal::Closed => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the webhook receiver is not accepting deliveries".to_string(),
            ),
            Refusal::TooLarge(cap) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body is larger than {cap} bytes"),
            ),
            Refusal::Invalid(reason) => (StatusCode::BAD_REQUEST, reason),
        };
        // Never the URL: it holds the secret.
        tracing::warn!(status = status.as_u16(), reason = %message, "webhook delivery refused");
        let mut response = (status, message).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
        }
        response
    }
}

/// The `POST /` handler: secret, queue room, body, parse, queue; never waits for user code.
async fn deliver(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    match accept(&shared, request).await {
        Ok(()) => StatusCode::ACCEPTED.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn accept(shared: &Shared, request: Request) -> Result<(), Refusal> {
    let given = request.uri().query().and_then(|query| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == SECRET_PARAMETER)
            .map(|(_, v)| v)
    });
    if !given.is_some_and(|g| constant_time_eq(g.as_bytes(), shared.secret.0.as_bytes())) {
        return Err(Refusal::Unauthorized);
    }
    // Reserve the queue slot before reading the body: a full queue is answered at once, and an
    // accepted body can always be queued.
    let permit = shared.queue.try_reserve().map_err(|e| match e {
        mpsc::error::TrySendError::Full(()) => Refusal::QueueFull,
        mpsc::error::TrySendError::Closed(()) => Refusal::Closed,
    })?;
    let (parts, body) = request.into_parts();
    let body = read_capped(&parts.headers, body, shared.max_body_bytes).await?;
    let event = parse(&body).map_err(|e| Refusal::Invalid(e.to_string()))?;
    tracing::debug!(event = event.name(), "webhook delivery accepted");
    permit.send(event);
    Ok(())
}

/// Reads the body, refusing it as soon as it is known to exceed `cap` bytes.
async fn read_capped(headers: &HeaderMap, body: Body, cap: usize) -> Result<Vec<u8>, Refusal> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cap as u64) {
        return Err(Refusal::TooLarge(cap));
    }
    let mut out = Vec::with_capacity(declared.map_or(0, |n| n as usize));
    let mut chunks = body.into_data_stream();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.map_err(|e| Refusal::Invalid(format!("could not read the body: {e}")))?;
        if out.len() + chunk.len() > cap {
            return Err(Refusal::TooLarge(cap));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// Compares in time that depends only on `given`'s length, never on where the bytes differ or
/// on the secret's length, so timing reveals nothing about the secret.
fn constant_time_eq(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = given.len() ^ expected.len();
    for (g, e) in given.iter().zip(expected.iter().cycle()) {
        diff |= usize::from(g ^ e);
    }
    // Keeps the optimiser from turning the fold into an early exit.
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_eq_matches_plain_equality() {
        let secret = b"0123456789abcdef";
        assert!(constant_time_eq(secret, secret));
        for given in [
            &b""[..],
            b"0123456789abcdeF",
            b"0123456789abcde",
            b"0123456789abcdef0",
            b"0123456789abcdef0123456789abcdef", // the secret twice: caught by the length
            b"x123456789abcdef",
        ] {
            assert!(!constant_time_eq(given, secret), "{given:?}");
        }
        assert!(!constant_time_eq(b"a", b""));
        assert!(constant_time_eq(b"", b""));
    }

    #[test]
    fn generated_secrets_are_accepted_and_differ() {
        let a = WebhookReceiver::generate_secret().unwrap();
        let b = WebhookReceiver::generate_secret().unwrap();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
        assert!(WebhookReceiver::new(a).is_ok());
    }
}
