//! What happened on the wire during a call, for callers that need more than progenitor's error
//! variants keep, and the limits every response is held to.
//!
//! progenitor's `InvalidResponsePayload` drops the status and headers, `ErrorResponse` keeps only
//! the decoded error body, and `InvalidRequest` keeps only a string. Inside [`capture`], the
//! low-level client's request hook records the status and headers of every response, a bounded
//! copy of every non-2xx body, whether the HTTP client followed a redirect, and why a path
//! parameter was refused; then it hands progenitor an equivalent response. (The ergonomic
//! crate's executor records the same [`Record`] without a task-local scope, in the
//! [`Exchange`](crate::exchange::Exchange) it passes to each request.)
//!
//! Every response body, inside [`capture`] or not, is held to a size limit
//! ([`DEFAULT_MAX_RESPONSE_BYTES`] unless [`Limits::max_response_bytes`] says otherwise): a
//! `Content-Length` above it fails at once, and a body that grows past it while streaming fails
//! when the limit is crossed, with a [`BodyTooLarge`] in the error's source chain. Nothing over
//! the limit is ever buffered.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// At most this much of an error body is kept (and re-served to the decoder).
pub const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The default cap on a response body: 64 MiB, far above any documented answer (a page of 100
/// chats is a few hundred kilobytes) and far below what would hurt a service's memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// Limits applied to the responses of one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The largest response body accepted, in bytes.
    pub max_response_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl Limits {
    /// These limits with the largest accepted response body set to `bytes`.
    #[must_use]
    pub const fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }
}

/// A response body was larger than the limit; found in the source chain of the transport error
/// that reading it produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: u64,
    /// The body's declared `Content-Length`, when the limit was exceeded by it.
    pub content_length: Option<u64>,
}

impl std::fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.content_length {
            Some(n) => write!(
                f,
                "the response body declares {n} bytes, more than the limit of {} bytes",
                self.limit
            ),
            None => write!(
                f,
                "the response body exceeded the limit of {} bytes while it was read",
                self.limit
            ),
        }
    }
}

impl std::error::Error for BodyTooLarge {}

impl BodyTooLarge {
    /// Finds a `BodyTooLarge` in the source chain of `error`.
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<BodyTooLarge> {
        let mut current = Some(error);
        while let Some(e) = current {
            if let Some(found) = e.downcast_ref::<BodyTooLarge>() {
                return Some(*found);
            }
            current = e.source();
        }
        None
    }
}

/// A path parameter the generated client refused to put in a URL (see [`crate::path`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Refusal {
    /// The parameter, as the API names it (`chatId`).
    pub parameter: &'static str,
    /// The rule it broke.
    pub rule: &'static str,
    /// The value given.
    pub given: String,
}

/// What was seen of the last response of a call.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Captured {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers (left empty for 2xx responses).
    pub headers: HeaderMap,
    /// For non-2xx responses, up to [`ERROR_BODY_LIMIT`] bytes of the body.
    pub error_body: Option<Bytes>,
    /// Whether `error_body` was cut at the limit.
    pub error_body_truncated: bool,
}

/// Everything recorded inside one [`capture`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Record {
    /// The last response seen, if any.
    pub response: Option<Captured>,
    /// Set when the HTTP client answered with a response from another URL than the one
    /// requested: it followed a redirect (a client supplied by the user may do so). Holds the
    /// URL the answer came from.
    pub followed_redirect_to: Option<String>,
    /// Set when a path parameter was refused before anything was sent.
    pub refusal: Option<Refusal>,
}

struct Slot {
    limits: Limits,
    record: Record,
}

tokio::task_local! {
    static SLOT: RefCell<Slot>;
}

/// Runs `future` under the default [`Limits`], returning its output and what was recorded.
pub async fn capture<F: Future>(future: F) -> (F::Output, Record) {
    capture_with(Limits::default(), future).await
}

/// Runs `future` under `limits`, returning its output and what was recorded.
pub async fn capture_with<F: Future>(limits: Limits, future: F) -> (F::Output, Record) {
    let slot = Slot {
        limits,
        record: Record::default(),
    };
    SLOT.scope(RefCell::new(slot), async move {
        let out = future.await;
        let record = SLOT.with(|slot| std::mem::take(&mut slot.borrow_mut().record));
        (out, record)
    })
    .await
}

/// Whether the current task runs inside [`capture`]. (Nothing in these crates asks any more:
/// the ergonomic executor records through an [`Exchange`](crate::exchange::Exchange).)
pub fn inside() -> bool {
    SLOT.try_with(|_| ()).is_ok()
}

/// Where what is seen of a request is recorded, and the limits it is held to: the task-local
/// slot of [`capture`] (for the low-level client's request hook), or an
/// [`Exchange`](crate::exchange::Exchange) that the ergonomic executor passes along.
pub(crate) trait Sink: Sync {
    fn limits(&self) -> Limits;
    fn record(&self, f: impl FnOnce(&mut Record));
}

/// The slot of the enclosing [`capture`], if any.
pub(crate) struct TaskLocal;

impl Sink for TaskLocal {
    fn limits(&self) -> Limits {
        SLOT.try_with(|slot| slot.borrow().limits)
            .unwrap_or_default()
    }

    fn record(&self, f: impl FnOnce(&mut Record)) {
        let _ = SLOT.try_with(|slot| f(&mut slot.borrow_mut().record));
    }
}

/// Percent-encodes a path parameter (see [`crate::path`]), recording a refusal in `sink`.
#[allow(clippy::result_large_err)]
pub(crate) fn segment_into<E>(
    sink: &impl Sink,
    parameter: &'static str,
    value: &str,
) -> Result<String, progenitor_client::Error<E>> {
    match crate::path::check_segment(value) {
        Ok(()) => Ok(crate::path::percent_encode(value)),
        Err(rule) => {
            sink.record(|r| {
                r.refusal = Some(Refusal {
                    parameter,
                    rule,
                    given: value.to_string(),
                })
            });
            Err(progenitor_client::Error::InvalidRequest(format!(
                "path parameter `{parameter}` {rule} (given: {value:?})"
            )))
        }
    }
}

/// Records, when inside [`capture`], that a request to `requested` failed at another URL (the
/// HTTP client followed a redirect there), and returns the error unchanged.
pub fn observe_error(requested: &reqwest::Url, error: reqwest::Error) -> reqwest::Error {
    observe_error_into(&TaskLocal, requested, error)
}

pub(crate) fn observe_error_into(
    sink: &impl Sink,
    requested: &reqwest::Url,
    error: reqwest::Error,
) -> reqwest::Error {
    if let Some(url) = error.url()
        && url != requested
    {
        let to = url.to_string();
        sink.record(|r| r.followed_redirect_to = Some(to));
    }
    error
}

/// Records `response` when inside [`capture`] (buffering a non-2xx body), holds its body to the
/// size limit, and returns an equivalent response. `requested` is the URL the request was sent
/// to. The low-level client's request hook calls it for every generated call; call it
/// yourself for requests sent another way.
pub async fn observe(
    requested: &reqwest::Url,
    response: reqwest::Response,
) -> reqwest::Result<reqwest::Response> {
    observe_into(&TaskLocal, requested, response).await
}

pub(crate) async fn observe_into(
    sink: &impl Sink,
    requested: &reqwest::Url,
    response: reqwest::Response,
) -> reqwest::Result<reqwest::Response> {
    if response.url() != requested {
        let to = response.url().to_string();
        sink.record(|r| r.followed_redirect_to = Some(to));
    }
    let status = response.status();
    let limit = sink.limits().max_response_bytes;
    if status.is_success() {
        // Only the status of a success is ever needed (to report a body that fails to
        // decode); progenitor keeps the headers itself.
        sink.record(|r| {
            r.response = Some(Captured {
                status,
                headers: HeaderMap::new(),
                error_body: None,
                error_body_truncated: false,
            })
        });
        let declared = response.content_length();
        // A declared length within the limit is all the body can be: hyper reads exactly
        // that many bytes (HTTP/1) or fails the stream on more (HTTP/2), and reqwest reports
        // no length once it decompresses. So the response goes on untouched, unwrapped.
        // (reqwest's experimental HTTP/3 body reports the header's length without holding
        // the body to it: such a response is wrapped like one of unknown length.)
        if declared.is_some_and(|n| n <= limit) && response.version() != reqwest::Version::HTTP_3 {
            return Ok(response);
        }
        let headers = response.headers().clone();
        let version = response.version();
        let url = response.url().clone();
        let body = match declared {
            Some(n) if n > limit => {
                // Refuse without reading a byte; dropping the response closes the connection.
                drop(response);
                reqwest::Body::wrap_stream(futures::stream::once(async move {
                    Err::<Bytes, _>(BodyTooLarge {
                        limit,
                        content_length: Some(n),
                    })
                }))
            }
            _ => reqwest::Body::wrap_stream(Limited {
                inner: response.bytes_stream().boxed(),
                limit,
                read: 0,
                failed: false,
            }),
        };
        return Ok(rebuild(status, version, headers, url, body));
    }
    // Boxed: only error answers take this path, and its state (the body read so far, the
    // headers, the stream) would otherwise widen the future of every call.
    Box::pin(buffer_error_body(sink, status, response)).await
}

/// Reads a non-2xx body (up to [`ERROR_BODY_LIMIT`]), records it and re-serves it.
async fn buffer_error_body(
    sink: &impl Sink,
    status: StatusCode,
    response: reqwest::Response,
) -> reqwest::Result<reqwest::Response> {
    let headers = response.headers().clone();
    let version = response.version();
    let url = response.url().clone();
    let mut stream = response.bytes_stream();
    let mut body = BytesMut::new();
    let mut truncated = false;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        let room = ERROR_BODY_LIMIT - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            truncated = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    let body = body.freeze();
    let captured_headers = headers.clone();
    let captured_body = body.clone();
    sink.record(|r| {
        r.response = Some(Captured {
            status,
            headers: captured_headers,
            error_body: Some(captured_body),
            error_body_truncated: truncated,
        })
    });
    Ok(rebuild(
        status,
        version,
        headers,
        url,
        reqwest::Body::from(body),
    ))
}

fn rebuild(
    status: StatusCode,
    version: reqwest::Version,
    headers: HeaderMap,
    url: reqwest::Url,
    body: reqwest::Body,
) -> reqwest::Response {
    use reqwest::ResponseBuilderExt;
    let mut builder = http::Response::builder()
        .status(status)
        .version(version)
        .url(url);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    match builder.body(body) {
        Ok(response) => reqwest::Response::from(response),
        // Unreachable: status, version and headers came from a valid response.
        Err(_) => reqwest::Response::from(http::Response::new(reqwest::Body::from(Bytes::new()))),
    }
}

/// A body stream that fails once more than `limit` bytes have come through.
struct Limited {
    inner: futures::stream::BoxStream<'static, reqwest::Result<Bytes>>,
    limit: u64,
    read: u64,
    failed: bool,
}

impl Stream for Limited {
    type Item = Result<Bytes, Box<dyn std::error::Error + Send + Sync>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.failed {
            return Poll::Ready(None);
        }
        match self.inner.poll_next_unpin(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                self.read = self.read.saturating_add(chunk.len() as u64);
                if self.read > self.limit {
                    self.failed = true;
                    let limit = self.limit;
                    return Poll::Ready(Some(Err(Box::new(BodyTooLarge {
                        limit,
                        content_length: None,
                    }))));
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(Box::new(e)))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}
