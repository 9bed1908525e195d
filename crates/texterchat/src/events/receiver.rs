//! A webhook receiver for axum apps: an authenticated endpoint that stores every delivery
//! before it answers Texter, and hands typed [`Event`]s to your code.
//!
//! # Durable by default in production
//!
//! Texter is not known to redeliver an event, so an event lost between the endpoint's 2xx and
//! your handler is lost for good. With [`WebhookReceiver::store`] the endpoint answers 2xx only
//! once the delivery is in the [`EventStore`] (SQLite with the `sqlite` feature, Redis Streams
//! with `redis`, or your own), and [`EventWorker`](crate::events::worker::EventWorker)s take
//! events from the store and acknowledge each one only after your handler returned `Ok`. A
//! handler that fails, times out, panics or whose process dies gets the event again later. A
//! repeat of a delivery already stored (same [`EventExt::dedup_key`](crate::events::EventExt::dedup_key)
//! within the store's window) is answered 2xx and dropped, atomically in the store, so it is
//! handled once even across several receivers sharing one store.
//!
//! [`WebhookReceiver::into_parts`] keeps the in-process form for development and tests: an
//! in-memory store read through the [`Deliveries`] stream.
//!
//! # Where the secret goes, and why
//!
//! Texter does not sign deliveries (see [`events`](crate::events#delivery-realities)), so anyone
//! who learns the URL could post fake events to it: every delivery must carry a shared secret,
//! checked in constant time before its body is read. It can come two ways, and the endpoint
//! accepts either:
//!
//! - **In the URL's query** (`https://example.com/hooks/texter?secret=…`, made by
//!   [`WebhookReceiver::webhook_url`]): documented to work, since Texter calls the URL as
//!   registered. The catch: a query string is part of the URL, which proxies, load balancers
//!   and access logs record. Keep those private or strip query strings from them; the receiver
//!   itself never logs the URL or the secret.
//! - **In a header** ([`SECRET_HEADER`], set by
//!   [`Subscription::secret_header`](crate::events::Subscription::secret_header)): stays out of
//!   URLs and so out of most logs. **Inferred**: Texter's request action takes `headers` in
//!   Texter's own scenarios, but the subscription documentation does not mention them; check
//!   that your first delivery arrives (a `401` in the receiver's log means the header did not).
//!
//! A query parameter rather than a path segment keeps the route fixed (mount the receiver with
//! a plain [`Router::nest`]; a wrong secret is a clear `401`, not a `404`).
//!
//! # What the endpoint answers
//!
//! | Request | Answer |
//! |---|---|
//! | another method than `POST` | `405 Method Not Allowed` |
//! | missing or wrong secret (checked before the body is read) | `401 Unauthorized` |
//! | body over [`WebhookReceiver::max_body_bytes`] (stops reading at the cap) | `413 Payload Too Large` |
//! | not JSON, or not a delivery (no string `eventName`, or a known event whose `eventData` is not an object) | `400 Bad Request` with the reason |
//! | the store is full ([`StoreError::Full`]), failing or silent past [`WebhookReceiver::store_timeout`]; no store was given to [`WebhookReceiver::router`]; nobody reads [`Deliveries`] any more | `503 Service Unavailable` with `Retry-After` |
//! | a delivery, known event or not, now in the store | `202 Accepted` |
//! | a repeat of a delivery the store holds or held within its window | `202 Accepted`, dropped |
//!
//! The endpoint never answers 2xx for a delivery it did not store, and never waits for your
//! code. A delivery whose values do not fit the SDK's types is accepted: those values are left
//! out of the typed view and listed in [`Event::problems`], and the data as received is kept
//! ([`Event::raw_data`]); the store keeps the body byte for byte. Events the SDK does not know
//! arrive as [`Event::Unknown`] with their raw data. Deliveries can come out of order: see
//! [`EventExt::is_stale`](crate::events::EventExt::is_stale), and the worker's per-chat
//! ordering.
//!
//! # Example
//!
//! ```no_run
//! # #[cfg(feature = "sqlite")]
//! # async fn demo(texter: texterchat::Texter) -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! use texterchat::events::receiver::WebhookReceiver;
//! use texterchat::events::sqlite::SqliteStore;
//! use texterchat::events::worker::EventWorker;
//! use texterchat::events::{EventKind, Subscription};
//!
//! let store = Arc::new(SqliteStore::open("texter-events.sqlite3")?);
//! let receiver = WebhookReceiver::new(std::env::var("TEXTER_WEBHOOK_SECRET")?)?.store(Arc::clone(&store));
//! // The URL Texter must call: your public address, where the router is mounted, plus the secret.
//! let url = receiver.webhook_url("https://example.com/hooks/texter")?;
//! texter
//!     .subscriptions()
//!     .subscribe(&Subscription::new(EventKind::NewIncomingMessage, url))
//!     .await?;
//!
//! let app = axum::Router::new().nest("/hooks/texter", receiver.router());
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//! tokio::spawn(async move { axum::serve(listener, app).await });
//!
//! EventWorker::shared(store)
//!     .per_chat_ordering(true)
//!     .run(|leased| async move {
//!         let event = leased.event()?;
//!         println!("{}", event.name());
//!         Ok::<_, texterchat::events::ParseError>(())
//!     })
//!     .await?;
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

use super::store::{EventStore, MemoryStore, NewDelivery, StoreError, Stored};
use super::{Event, parse};
use crate::error::{Error, Result};

pub use super::subscribe::{SECRET_HEADER, SECRET_PARAMETER};

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
#[derive(Clone)]
#[must_use]
pub struct WebhookReceiver {
    secret: Secret,
    max_body_bytes: usize,
    queue_capacity: usize,
    store: Option<Arc<dyn EventStore>>,
    store_timeout: std::time::Duration,
}

/// How long the endpoint waits for the store before answering 503 (a Redis that does not
/// answer, a disk that stalls): well under the time a webhook sender waits.
pub const DEFAULT_STORE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

impl fmt::Debug for WebhookReceiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookReceiver")
            .field("secret", &self.secret)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("queue_capacity", &self.queue_capacity)
            .field("durable_store", &self.store.is_some())
            .field("store_timeout", &self.store_timeout)
            .finish()
    }
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
            store: None,
            store_timeout: DEFAULT_STORE_TIMEOUT,
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

    /// Stores every delivery in `store` before answering: the endpoint answers 2xx only once
    /// the delivery is stored (or recognised as a repeat), and 503 with `Retry-After` when the
    /// store is full or failing. Handle the events with
    /// [`EventWorker`](crate::events::worker::EventWorker)s over the same store. Use
    /// [`WebhookReceiver::router`] to mount it.
    pub fn store(mut self, store: impl EventStore) -> Self {
        self.store = Some(Arc::new(store));
        self
    }

    /// How long a delivery may wait for the store before it is answered 503 with
    /// `Retry-After` (default [`DEFAULT_STORE_TIMEOUT`]). A put cut short may still complete
    /// in the store; a retried delivery is then dropped as a repeat.
    pub fn store_timeout(mut self, limit: std::time::Duration) -> Self {
        self.store_timeout = limit;
        self
    }

    /// The endpoint over the store given to [`WebhookReceiver::store`].
    ///
    /// The [`Router`] serves `POST /`: mount it where the registered URL points, e.g.
    /// `app.nest("/hooks/texter", router)` (which serves `/hooks/texter`), or `app.merge(router)`
    /// for the root.
    ///
    /// Without a store (nothing would ever read what it took), the endpoint answers every
    /// delivery 503 and logs why at error level, rather than accept events no handler gets: call
    /// [`WebhookReceiver::store`] first, or use [`WebhookReceiver::into_parts`].
    pub fn router(&self) -> Router {
        let store = match self.store.clone() {
            Some(store) => Some(store),
            None => {
                tracing::error!(
                    "WebhookReceiver::router() without a store: every delivery will be answered 503; call .store(..) first"
                );
                None
            }
        };
        let shared = Arc::new(Shared {
            secret: self.secret.clone(),
            max_body_bytes: self.max_body_bytes,
            store,
            store_timeout: self.store_timeout,
            reader: None,
        });
        Router::new().route("/", post(deliver)).with_state(shared)
    }

    /// The endpoint and an in-process stream of the events it accepts, for development and
    /// tests: an in-memory store of [`WebhookReceiver::queue_capacity`] events, handed to
    /// [`Deliveries`] in arrival order (each is acknowledged as it is handed out). A crash loses
    /// what waits: in production use [`WebhookReceiver::store`] with a durable store and
    /// [`EventWorker`](crate::events::worker::EventWorker)s.
    ///
    /// [`Deliveries`] ends once every clone of the router has been dropped; once it is dropped,
    /// deliveries are answered 503.
    pub fn into_parts(self) -> (Router, Deliveries) {
        let memory = MemoryStore::new().capacity(self.queue_capacity);
        let notify = Arc::new(tokio::sync::Notify::new());
        let reading = Arc::new(());
        let shared = Arc::new(Shared {
            secret: self.secret,
            max_body_bytes: self.max_body_bytes,
            store: Some(Arc::new(memory.clone())),
            store_timeout: self.store_timeout,
            reader: Some(Reader {
                notify: Arc::clone(&notify),
                alive: Arc::downgrade(&reading),
            }),
        });
        let deliveries = Deliveries {
            memory,
            notify,
            router: Arc::downgrade(&shared),
            _reading: reading,
            pending: None,
        };
        let router = Router::new().route("/", post(deliver)).with_state(shared);
        (router, deliveries)
    }
}

/// The events the endpoint accepted, in arrival order: a [`Stream`] of [`Event`]s, also readable
/// with [`Deliveries::recv`] (see [`WebhookReceiver::into_parts`]).
///
/// Read it steadily: while the store is full, deliveries are refused with `503`; once it is
/// dropped, every delivery is refused with `503`.
pub struct Deliveries {
    memory: MemoryStore,
    notify: Arc<tokio::sync::Notify>,
    router: std::sync::Weak<Shared>,
    _reading: Arc<()>,
    /// The `next()` in progress, for the [`Stream`] impl.
    pending: Option<Pin<Box<dyn std::future::Future<Output = Option<Event>> + Send>>>,
}

impl fmt::Debug for Deliveries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Deliveries")
            .field("waiting", &self.memory.len())
            .finish()
    }
}

/// The next event of `memory`, waiting for one; `None` once the router is gone and nothing
/// waits.
async fn next_event(
    memory: MemoryStore,
    notify: Arc<tokio::sync::Notify>,
    router: std::sync::Weak<Shared>,
) -> Option<Event> {
    loop {
        let notified = notify.notified();
        if let Some(event) = take(&memory) {
            return Some(event);
        }
        if router.strong_count() == 0 {
            return None;
        }
        // The router may go away while we wait: look again now and then.
        let _ = tokio::time::timeout(std::time::Duration::from_millis(200), notified).await;
    }
}

/// Hands out (and acknowledges) the oldest waiting event, if any.
fn take(memory: &MemoryStore) -> Option<Event> {
    // The in-memory store answers at once: no executor is needed to poll it.
    let leased = futures::FutureExt::now_or_never(memory.lease(
        1,
        std::time::Duration::from_secs(3600),
        false,
    ))?
    .ok()?
    .pop()?;
    let _ = futures::FutureExt::now_or_never(memory.ack(&leased));
    leased.event().ok()
}

impl Deliveries {
    /// The next event; `None` once the router is gone and nothing waits.
    pub async fn recv(&mut self) -> Option<Event> {
        next_event(
            self.memory.clone(),
            Arc::clone(&self.notify),
            self.router.clone(),
        )
        .await
    }

    /// The next event if one is waiting, without waiting.
    pub fn try_recv(&mut self) -> Option<Event> {
        take(&self.memory)
    }

    /// How many events are waiting.
    pub fn len(&self) -> usize {
        self.memory.len()
    }

    /// Whether no event is waiting.
    pub fn is_empty(&self) -> bool {
        self.memory.is_empty()
    }
}

impl Stream for Deliveries {
    type Item = Event;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        let this = &mut *self;
        let pending = this.pending.get_or_insert_with(|| {
            Box::pin(next_event(
                this.memory.clone(),
                Arc::clone(&this.notify),
                this.router.clone(),
            ))
        });
        let polled = pending.as_mut().poll(cx);
        if polled.is_ready() {
            this.pending = None;
        }
        polled
    }
}

/// What the handler needs, shared by every clone of the router.
struct Shared {
    secret: Secret,
    max_body_bytes: usize,
    /// `None` when the router was made without one: every delivery is refused.
    store: Option<Arc<dyn EventStore>>,
    store_timeout: std::time::Duration,
    /// With [`WebhookReceiver::into_parts`]: the in-process reader to wake, and whether it is
    /// still there.
    reader: Option<Reader>,
}

struct Reader {
    notify: Arc<tokio::sync::Notify>,
    alive: std::sync::Weak<()>,
}

/// Why a delivery was refused; each maps to one status.
enum Refusal {
    Unauthorized,
    QueueFull(std::time::Duration),
    Unavailable(String),
    NoStore,
    Closed,
    TooLarge(usize),
    Invalid(String),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let self_retry = match &self {
            Refusal::QueueFull(d) => Some(*d),
            _ => None,
        };
        let (status, message) = match self {
            Refusal::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "missing or wrong webhook secret".to_string(),
            ),
            Refusal::QueueFull(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the event store is full; retry later".to_string(),
            ),
            Refusal::Unavailable(why) => {
                // The cause is for the operator's log, not for whoever posted.
                tracing::error!(reason = %why, "the event store failed");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the delivery could not be stored; retry later".to_string(),
                )
            }
            Refusal::NoStore => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the webhook receiver has no event store".to_string(),
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
        let retry_after = match &self_retry {
            Some(d) => d.as_secs().max(1),
            None => 1,
        };
        let mut response = (status, message).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE
            && let Ok(value) = header::HeaderValue::from_str(&retry_after.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// The `POST /` handler: secret, body, parse, store; never waits for user code.
async fn deliver(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    match accept(&shared, request).await {
        Ok(()) => StatusCode::ACCEPTED.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn accept(shared: &Shared, request: Request) -> Result<(), Refusal> {
    // The secret: in the URL's query, or (subscriptions that put it there) in a header.
    let from_query = request.uri().query().and_then(|query| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == SECRET_PARAMETER)
            .map(|(_, v)| v.into_owned())
    });
    let from_header = request
        .headers()
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let expected = shared.secret.0.as_bytes();
    let authentic = [from_query, from_header]
        .iter()
        .flatten()
        .any(|g| constant_time_eq(g.as_bytes(), expected));
    if !authentic {
        return Err(Refusal::Unauthorized);
    }
    if let Some(reader) = &shared.reader
        && reader.alive.strong_count() == 0
    {
        return Err(Refusal::Closed);
    }
    let Some(store) = &shared.store else {
        return Err(Refusal::NoStore);
    };
    let (parts, body) = request.into_parts();
    let body = read_capped(&parts.headers, body, shared.max_body_bytes).await?;
    let event = parse(&body).map_err(|e| Refusal::Invalid(e.to_string()))?;
    let delivery = NewDelivery::new(bytes::Bytes::from(body), &event);
    // Answered 2xx only once the store holds the delivery (or a repeat of it).
    let stored = tokio::time::timeout(shared.store_timeout, store.put(delivery))
        .await
        .unwrap_or_else(|_| {
            Err(StoreError::Backend(format!(
                "no answer from the store within {:?}",
                shared.store_timeout
            )))
        });
    match stored {
        Ok(Stored::New) => {
            tracing::debug!(event = event.name(), "webhook delivery stored");
            if let Some(reader) = &shared.reader {
                reader.notify.notify_one();
            }
            Ok(())
        }
        Ok(_) => {
            tracing::debug!(event = event.name(), "webhook delivery repeated: dropped");
            Ok(())
        }
        Err(StoreError::Full { retry_after }) => Err(Refusal::QueueFull(retry_after)),
        Err(e) => Err(Refusal::Unavailable(e.to_string())),
    }
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
