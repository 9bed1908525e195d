//! What the last response of a call looked like, for callers that need more than progenitor's
//! error variants keep: `InvalidResponsePayload` drops the status and headers, and
//! `ErrorResponse` keeps only the decoded error body. Inside [`capture`], the request hook
//! records the status and headers of every response and a bounded copy of every non-2xx body,
//! then hands progenitor an identical response. Outside it, nothing is recorded or buffered.

use std::cell::RefCell;
use std::future::Future;

use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// At most this much of an error body is kept (and re-served to the decoder).
pub const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The status, headers and (for non-2xx responses) body prefix of the last response seen.
#[derive(Debug, Clone)]
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

tokio::task_local! {
    static SLOT: RefCell<Option<Captured>>;
}

/// Runs `future`, returning its output and what the last response looked like.
pub async fn capture<F: Future>(future: F) -> (F::Output, Option<Captured>) {
    SLOT.scope(RefCell::new(None), async move {
        let out = future.await;
        let captured = SLOT.with(|slot| slot.borrow_mut().take());
        (out, captured)
    })
    .await
}

fn capturing() -> bool {
    SLOT.try_with(|_| ()).is_ok()
}

fn store(captured: Captured) {
    let _ = SLOT.try_with(|slot| *slot.borrow_mut() = Some(captured));
}

/// Records `response` when inside [`capture`] (buffering a non-2xx body) and returns an
/// equivalent response. The request hook calls it for every generated call; call it yourself
/// for requests sent another way.
pub async fn observe(response: reqwest::Response) -> reqwest::Result<reqwest::Response> {
    if !capturing() {
        return Ok(response);
    }
    let status = response.status();
    if status.is_success() {
        // Only the status of a success is ever needed (to report a body that fails to
        // decode); progenitor keeps the headers itself.
        store(Captured {
            status,
            headers: HeaderMap::new(),
            error_body: None,
            error_body_truncated: false,
        });
        return Ok(response);
    }
    let headers = response.headers().clone();
    let version = response.version();
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
    store(Captured {
        status,
        headers: headers.clone(),
        error_body: Some(body.clone()),
        error_body_truncated: truncated,
    });
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}
