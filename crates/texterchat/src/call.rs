//! The one path every operation takes: scope check, rate limit, timeout, retries, error
//! mapping and tracing. Wrappers only build the generated request and say whether repeating it
//! is harmless.

use std::future::Future;
use std::time::{Duration, SystemTime};

use futures::StreamExt;
use serde::de::DeserializeOwned;
use texterchat_api::capture::{Captured, capture};
use texterchat_api::catalog::Operation;
use texterchat_api::{ByteStream, ResponseValue, types};
use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::client::Texter;
use crate::error::{BODY_EXCERPT_CHARS, Error, ErrorKind, Result, shorten};
use crate::retry::{Attempt, Decision, Failure, parse_retry_after};

/// The error type of the generated client.
pub(crate) type ApiError = texterchat_api::Error<types::Error>;

/// Whether a call may be repeated without changing the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// As the spec's `x-texter-idempotent` says for the operation.
    AsSpec,
    /// Not idempotent whatever the spec says (e.g. Resolve Chat that also messages the
    /// contact): retried only when the request never reached the server.
    NotIdempotent,
}

/// What a call is, for the scope check, tracing and errors: an operation of the spec, or a raw
/// request.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub(crate) id: std::borrow::Cow<'static, str>,
    pub(crate) method: std::borrow::Cow<'static, str>,
    pub(crate) path: std::borrow::Cow<'static, str>,
    pub(crate) scopes: texterchat_api::catalog::ScopeSet,
    pub(crate) idempotent: bool,
}

impl From<&'static Operation> for Target {
    fn from(op: &'static Operation) -> Self {
        Target {
            id: op.id.into(),
            method: op.method.into(),
            path: op.path.into(),
            scopes: op.scopes,
            idempotent: op.idempotent,
        }
    }
}

/// Turns a JSON decoding failure into the path of the failing value and the reason.
type PathFinder = fn(&[u8]) -> Option<(String, String)>;

fn json_path<T: DeserializeOwned>(bytes: &[u8]) -> Option<(String, String)> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => None,
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            Some((path, e.into_inner().to_string()))
        }
    }
}

fn no_path(_: &[u8]) -> Option<(String, String)> {
    None
}

impl Texter {
    /// A call whose success body is JSON of type `T`.
    pub(crate) async fn call<'a, T, F, Fut>(
        &'a self,
        op: &'static Operation,
        repeat: Repeat,
        send: F,
    ) -> Result<T>
    where
        T: DeserializeOwned,
        F: Fn(&'a texterchat_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, ApiError>>,
    {
        self.run(op, repeat, json_path::<T>, send)
            .await
            .map(ResponseValue::into_inner)
    }

    /// A call whose success body is the plain text `OK` (or is unknown and ignored).
    pub(crate) async fn call_text<'a, F, Fut>(
        &'a self,
        op: &'static Operation,
        repeat: Repeat,
        send: F,
    ) -> Result<()>
    where
        F: Fn(&'a texterchat_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<ByteStream>, ApiError>>,
    {
        let response = self.run(op, repeat, no_path, send).await?;
        // Read the short body so the connection can be reused; its content carries nothing.
        let mut stream = response.into_inner();
        let mut read = 0;
        while let Some(Ok(chunk)) = stream.next().await {
            read += chunk.len();
            if read > 64 * 1024 {
                break;
            }
        }
        Ok(())
    }

    /// A call whose success has no body we read.
    pub(crate) async fn call_empty<'a, F, Fut>(
        &'a self,
        op: &'static Operation,
        repeat: Repeat,
        send: F,
    ) -> Result<()>
    where
        F: Fn(&'a texterchat_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<()>, ApiError>>,
    {
        self.run(op, repeat, no_path, send).await.map(|_| ())
    }

    /// A call answering `{success}`: `success: false` is an error.
    pub(crate) async fn call_success<'a, F, Fut>(
        &'a self,
        op: &'static Operation,
        repeat: Repeat,
        send: F,
    ) -> Result<()>
    where
        F: Fn(&'a texterchat_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<types::SuccessResponse>, ApiError>>,
    {
        let body = self.call(op, repeat, send).await?;
        if body.success == Some(false) {
            let excerpt = serde_json::to_string(&body).unwrap_or_default();
            return Err(Error::new(ErrorKind::Unsuccessful {
                body_excerpt: excerpt,
            })
            .with_operation(op.id));
        }
        Ok(())
    }

    pub(crate) async fn run<'a, R, F, Fut>(
        &'a self,
        op: impl Into<Target>,
        repeat: Repeat,
        find_path: PathFinder,
        send: F,
    ) -> Result<ResponseValue<R>>
    where
        F: Fn(&'a texterchat_api::Client) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<R>, ApiError>>,
    {
        let op: Target = op.into();
        let op = &op;
        let span = tracing::info_span!(
            "texter.call",
            operation = %op.id,
            method = %op.method,
            path = %op.path,
            attempt = field::Empty,
            status = field::Empty,
            latency_ms = field::Empty,
        );
        async move {
            if let Err(e) = crate::scopes::check(self.shared.scopes, &op.id, op.scopes) {
                tracing::debug!(missing = %e.missing_scopes(), "refused before sending: missing scope");
                return Err(e);
            }
            let options = self.effective_options();
            let policy = options.effective_retry();
            let timeout = options.effective_timeout();
            let idempotent = (repeat == Repeat::AsSpec && op.idempotent)
                || options.retry_non_idempotent == Some(true);
            let started = Instant::now();
            let mut number = 0;
            loop {
                number += 1;
                let permit = match &self.shared.limiter {
                    Some(limiter) => Some(limiter.acquire().await),
                    None => None,
                };
                let attempt_started = Instant::now();
                let (outcome, captured) =
                    capture(tokio::time::timeout(timeout, send(&self.shared.api))).await;
                drop(permit);
                let latency = attempt_started.elapsed();
                let span = tracing::Span::current();
                span.record("attempt", number);
                span.record("latency_ms", latency.as_millis() as u64);
                if let Some(c) = &captured {
                    span.record("status", c.status.as_u16());
                }
                let error = match outcome {
                    Ok(Ok(response)) => {
                        span.record("status", response.status().as_u16());
                        tracing::debug!(attempt = number, "succeeded");
                        return Ok(response);
                    }
                    Ok(Err(e)) => self.map_error(op, e, captured.as_ref(), timeout, find_path),
                    Err(_elapsed) => {
                        Error::new(ErrorKind::Timeout { after: timeout }).with_operation(op.id.clone())
                    }
                };
                let decision = policy.decide(Attempt {
                    idempotent,
                    number,
                    failure: failure_of(&error),
                    retry_after: error.retry_after(),
                    elapsed: started.elapsed(),
                    jitter: fastrand::f64(),
                });
                match decision {
                    Decision::RetryAfter(delay) => {
                        tracing::debug!(
                            attempt = number,
                            delay_ms = delay.as_millis() as u64,
                            error = %error,
                            "retrying"
                        );
                        tokio::time::sleep(delay).await;
                    }
                    Decision::GiveUp(reason) => {
                        if number > 1 {
                            tracing::warn!(attempts = number, ?reason, error = %error, "giving up");
                        } else {
                            tracing::debug!(?reason, error = %error, "failed");
                        }
                        return Err(error);
                    }
                }
            }
        }
        .instrument(span)
        .await
    }

    fn redact(&self, text: &str) -> String {
        let token = self.shared.token.expose_secret();
        if token.is_empty() {
            text.to_string()
        } else {
            text.replace(token, "<redacted>")
        }
    }

    fn excerpt(&self, body: &[u8]) -> String {
        let text = String::from_utf8_lossy(body);
        shorten(self.redact(text.trim()).as_str(), BODY_EXCERPT_CHARS)
    }

    fn status_error(
        &self,
        op: &Target,
        status: u16,
        message: Option<String>,
        body: &[u8],
        headers: Option<&reqwest::header::HeaderMap>,
    ) -> Error {
        if status == 403 && !op.scopes.is_empty() {
            return Error::new(ErrorKind::MissingScope {
                missing: op.scopes,
                required: op.scopes,
                from_server: true,
            })
            .with_operation(op.id.clone());
        }
        let retry_after = headers
            .and_then(|h| h.get(reqwest::header::RETRY_AFTER))
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        Error::new(ErrorKind::Api {
            status,
            message: message.map(|m| shorten(&self.redact(&m), BODY_EXCERPT_CHARS)),
            body_excerpt: self.excerpt(body),
            retry_after,
        })
        .with_operation(op.id.clone())
    }

    fn map_error(
        &self,
        op: &Target,
        error: ApiError,
        captured: Option<&Captured>,
        timeout: Duration,
        find_path: PathFinder,
    ) -> Error {
        let captured_body = captured
            .and_then(|c| c.error_body.clone())
            .unwrap_or_default();
        let captured_headers = captured.map(|c| &c.headers);
        match error {
            ApiError::ErrorResponse(response) => {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                let body = response.into_inner();
                let message = body.message.clone().or_else(|| body.error.clone());
                let raw = if captured_body.is_empty() {
                    serde_json::to_vec(&body).unwrap_or_default()
                } else {
                    captured_body.to_vec()
                };
                self.status_error(op, status, message, &raw, Some(&headers))
            }
            ApiError::InvalidResponsePayload(bytes, e) => match captured.map(|c| c.status) {
                Some(status) if !status.is_success() => {
                    self.status_error(op, status.as_u16(), None, &bytes, captured_headers)
                }
                status => {
                    let (path, message) =
                        find_path(&bytes).unwrap_or_else(|| (String::new(), e.to_string()));
                    Error::new(ErrorKind::Decode {
                        status: status.map(|s| s.as_u16()),
                        path,
                        message,
                        body_excerpt: self.excerpt(&bytes),
                    })
                    .with_operation(op.id.clone())
                    .with_source(e)
                }
            },
            ApiError::UnexpectedResponse(response) => {
                let status = response.status();
                if status.is_success() {
                    Error::new(ErrorKind::Decode {
                        status: Some(status.as_u16()),
                        path: String::new(),
                        message: format!(
                            "HTTP {} is not a status the spec declares for this operation",
                            status.as_u16()
                        ),
                        body_excerpt: String::new(),
                    })
                    .with_operation(op.id.clone())
                } else {
                    self.status_error(
                        op,
                        status.as_u16(),
                        None,
                        &captured_body,
                        Some(response.headers()),
                    )
                }
            }
            ApiError::CommunicationError(e)
            | ApiError::ResponseBodyError(e)
            | ApiError::InvalidUpgrade(e) => {
                let kind = if e.is_timeout() {
                    ErrorKind::Timeout { after: timeout }
                } else {
                    ErrorKind::Transport {
                        connect: e.is_connect(),
                        message: self.redact(&e.to_string()),
                    }
                };
                Error::new(kind)
                    .with_operation(op.id.clone())
                    .with_source(e)
            }
            ApiError::InvalidRequest(message) => {
                // progenitor: "conversion to `T` for <field> failed". The wrappers validate
                // first, so this only happens when the spec and a wrapper disagree.
                let field = message
                    .split_once(" for ")
                    .and_then(|(_, rest)| rest.split_once(" failed"))
                    .map_or("request", |(f, _)| f)
                    .to_string();
                Error::validation(field, message.clone(), "(see the rule)")
                    .with_operation(op.id.clone())
            }
            ApiError::Custom(message) => Error::new(ErrorKind::Transport {
                connect: false,
                message: self.redact(&message),
            })
            .with_operation(op.id.clone()),
        }
    }
}

/// How the retry policy sees an error.
pub(crate) fn failure_of(error: &Error) -> Failure {
    match error.kind() {
        ErrorKind::Timeout { .. } => Failure::Timeout,
        ErrorKind::Transport { connect: true, .. } => Failure::Connect,
        ErrorKind::Transport { connect: false, .. } => Failure::Transport,
        ErrorKind::Api { status, .. } => Failure::Status(*status),
        ErrorKind::MissingScope {
            from_server: true, ..
        } => Failure::Status(403),
        _ => Failure::Permanent,
    }
}
