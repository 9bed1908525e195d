//! The one path every operation takes: scope check, rate limit, timeout, response size limit,
//! retries, error mapping, redaction and tracing. Wrappers only build the generated request and
//! say whether repeating it is harmless.

use std::future::Future;
use std::time::{Duration, SystemTime};

use texterchat_api::capture::{BodyTooLarge, Limits, Record};
use texterchat_api::catalog::Operation;
use texterchat_api::exchange::Exchange;
use texterchat_api::request::{Invalid, Request};
use texterchat_api::{ResponseValue, types};
use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::client::Texter;
use crate::error::{BODY_EXCERPT_CHARS, Error, ErrorKind, Result, chain_text, shorten};
use crate::retry::{Attempt, Decision, Failure, parse_retry_after};

/// The error type of the generated client.
pub(crate) type ApiError = texterchat_api::Error<types::Error>;

/// Whether a call may be repeated without changing the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// As the spec's `x-texter-idempotent` says for the operation.
    AsSpec,
    /// Not idempotent whatever the spec says (e.g. Resolve Chat that also messages the
    /// contact): retried only when the request was not delivered.
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

/// The tracing field of the HTTP status (the span macros declare it by the same name): a name
/// of ours, which the facts tool counts because the spec also has a `status` field.
const STATUS_FIELD: &str = "status";

/// Turns a JSON decoding failure into the path of the failing value and the reason.
pub(crate) type PathFinder = fn(&[u8]) -> Option<(String, String)>;

impl Texter {
    /// The one executor of every generated request: scope gate, validation, limiter, timeout,
    /// retries (from the request's idempotency), error mapping and tracing, then the typed
    /// output.
    pub(crate) async fn execute<R: Request>(&self, request: &R) -> Result<R::Output> {
        let repeat = if request.idempotent() {
            Repeat::AsSpec
        } else {
            Repeat::NotIdempotent
        };
        let exchange = Exchange::default();
        let response = self
            .run(
                R::OPERATION,
                repeat,
                R::decode_path,
                || request.validate(),
                &exchange,
                |c, x| request.send(c, x),
            )
            .await?;
        R::output(response.into_inner()).map_err(|u| {
            Error::new(ErrorKind::Unsuccessful {
                body_excerpt: u.body,
            })
            .with_operation(R::OPERATION.id)
            .with_call(R::OPERATION.scopes, request.idempotent(), 1)
            .redacted(&self.shared.redactor)
        })
    }

    pub(crate) async fn run<'a, R, F, Fut>(
        &'a self,
        op: impl Into<Target>,
        repeat: Repeat,
        find_path: PathFinder,
        validate: impl FnOnce() -> std::result::Result<(), Invalid>,
        exchange: &'a Exchange,
        send: F,
    ) -> Result<ResponseValue<R>>
    where
        F: Fn(&'a texterchat_api::Client, &'a Exchange) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<R>, ApiError>>,
    {
        let mut op: Target = op.into();
        // A raw request's id, method and path are the caller's text: they may hold anything.
        // An operation of the spec borrows them from the generated catalog, which holds no
        // token.
        for text in [&mut op.id, &mut op.method, &mut op.path] {
            if let std::borrow::Cow::Owned(owned) = text
                && self.shared.redactor.finds(owned)
            {
                *text = self.shared.redactor.redact(owned).into();
            }
        }
        let op = &op;
        let span = tracing::info_span!(
            "texter.call",
            operation = %op.id,
            method = %op.method,
            path = %op.path,
            attempts = field::Empty,
            status = field::Empty,
        );
        let call_span = span.clone();
        async move {
            let idempotent_by_spec = repeat == Repeat::AsSpec && op.idempotent;
            let outcome = self
                .attempts(op, idempotent_by_spec, find_path, validate, exchange, send)
                .await;
            let (attempts, status) = match &outcome {
                Ok((attempts, response)) => (*attempts, Some(response.status().as_u16())),
                Err(e) => (e.attempts(), e.status()),
            };
            call_span.record("attempts", attempts);
            if let Some(s) = status {
                call_span.record(STATUS_FIELD, s);
            }
            outcome.map(|(_, response)| response)
        }
        .instrument(span)
        .await
    }

    /// The attempts of one call; on success, how many were made.
    async fn attempts<'a, R, F, Fut>(
        &'a self,
        op: &Target,
        idempotent_by_spec: bool,
        find_path: PathFinder,
        validate: impl FnOnce() -> std::result::Result<(), Invalid>,
        exchange: &'a Exchange,
        send: F,
    ) -> Result<(u32, ResponseValue<R>)>
    where
        F: Fn(&'a texterchat_api::Client, &'a Exchange) -> Fut,
        Fut: Future<Output = std::result::Result<ResponseValue<R>, ApiError>>,
    {
        let finish = |e: Error, attempts: u32| {
            e.with_operation(op.id.clone())
                .with_call(op.scopes, idempotent_by_spec, attempts)
                .redacted(&self.shared.redactor)
        };
        if let Err(e) = crate::scopes::check(self.shared.scopes, &op.id, op.scopes) {
            tracing::debug!(missing = %e.missing_scopes(), "refused before sending: missing scope");
            return Err(finish(e, 0));
        }
        if let Err(invalid) = validate() {
            return Err(finish(
                Error::validation(invalid.field, invalid.rule, invalid.given),
                0,
            ));
        }
        let options = self.effective_options();
        let policy = options.effective_retry();
        let timeout = options.effective_timeout();
        let limits = Limits::default().max_response_bytes(options.effective_max_response_bytes());
        let idempotent = idempotent_by_spec || options.retry_non_idempotent == Some(true);
        let started = Instant::now();
        let mut number = 0;
        loop {
            number += 1;
            // Each attempt's timeout is capped by what is left of the call's total budget
            // (all of it for the first attempt).
            let budget = if number == 1 {
                policy.total_budget()
            } else {
                policy.total_budget().saturating_sub(started.elapsed())
            };
            let attempt_timeout = timeout.min(budget.max(Duration::from_millis(1)));
            let attempt_span = tracing::debug_span!(
                "texter.attempt",
                attempt = number,
                status = field::Empty,
                latency_ms = field::Empty,
            );
            let span = attempt_span.clone();
            let attempt = async {
                let permit = match &self.shared.limiter {
                    Some(limiter) => Some(limiter.acquire().await),
                    None => None,
                };
                // The clock is read for the span only when something may record it: a
                // subscriber, or `log` (tracing's `log` feature records into disabled spans
                // that still have their metadata).
                let attempt_started = span.metadata().is_some().then(Instant::now);
                exchange.begin(limits);
                let outcome =
                    tokio::time::timeout(attempt_timeout, send(&self.shared.api, exchange)).await;
                let record = exchange.take_record();
                drop(permit);
                if let Some(attempt_started) = attempt_started {
                    span.record("latency_ms", attempt_started.elapsed().as_millis() as u64);
                }
                let status = match &outcome {
                    Ok(Ok(response)) => Some(response.status().as_u16()),
                    _ => record.response.as_ref().map(|c| c.status.as_u16()),
                };
                if let Some(s) = status {
                    span.record(STATUS_FIELD, s);
                }
                let result = match (outcome, &record.followed_redirect_to) {
                    // A client supplied by the user followed a redirect: whatever came back
                    // (a success, an error status, a refused connection) is not the API's
                    // answer, and the request may have gone anywhere. Checked first, so no
                    // branch below can retry it or call it undelivered.
                    (_, Some(to)) => Err(Error::new(ErrorKind::Redirect {
                        status: None,
                        location: Some(to.clone()),
                    })),
                    (Ok(Ok(response)), None) => Ok(response),
                    (Ok(Err(e)), None) => {
                        Err(self.map_error(e, &record, attempt_timeout, find_path))
                    }
                    (Err(_elapsed), None) => Err(Error::new(ErrorKind::Timeout {
                        after: attempt_timeout,
                    })),
                };
                let result = result.map_err(|e| finish(e, number));
                match &result {
                    Ok(_) => tracing::debug!("succeeded"),
                    Err(e) => tracing::debug!(error = %e, "failed"),
                }
                result
            }
            .instrument(attempt_span)
            .await;
            let error = match attempt {
                Ok(response) => return Ok((number, response)),
                Err(e) => e,
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
                    tracing::debug!(delay_ms = delay.as_millis() as u64, "retrying");
                    tokio::time::sleep(delay).await;
                }
                Decision::GiveUp(reason) => {
                    if number > 1 {
                        tracing::warn!(?reason, error = %error, "giving up");
                    }
                    return Err(error);
                }
            }
        }
    }

    fn excerpt(&self, body: &[u8]) -> String {
        excerpt(&self.shared.redactor, body)
    }

    fn status_error(
        &self,
        status: u16,
        message: Option<String>,
        body: &[u8],
        headers: Option<&reqwest::header::HeaderMap>,
    ) -> Error {
        let header = |name| {
            headers
                .and_then(|h| h.get(name))
                .and_then(|v| v.to_str().ok())
        };
        if (300..400).contains(&status) {
            return Error::new(ErrorKind::Redirect {
                status: Some(status),
                location: header(reqwest::header::LOCATION).map(str::to_string),
            });
        }
        let retry_after = header(reqwest::header::RETRY_AFTER)
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        Error::new(ErrorKind::Api {
            status,
            message: message.map(|m| shorten(&self.shared.redactor.redact(&m), BODY_EXCERPT_CHARS)),
            body_excerpt: self.excerpt(body),
            retry_after,
        })
    }

    fn map_error(
        &self,
        error: ApiError,
        record: &Record,
        timeout: Duration,
        find_path: PathFinder,
    ) -> Error {
        let captured = record.response.as_ref();
        let captured_body = captured
            .and_then(|c| c.error_body.clone())
            .unwrap_or_default();
        let captured_headers = captured.map(|c| &c.headers);
        let captured_status = captured.map(|c| c.status.as_u16());
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
                self.status_error(status, message, &raw, Some(&headers))
            }
            ApiError::InvalidResponsePayload(bytes, e) => match captured.map(|c| c.status) {
                Some(status) if !status.is_success() => {
                    self.status_error(status.as_u16(), None, &bytes, captured_headers)
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
                } else {
                    self.status_error(
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
                if let Some(too_large) = BodyTooLarge::find(&e) {
                    return Error::new(ErrorKind::ResponseTooLarge {
                        status: captured_status,
                        limit: too_large.limit,
                        content_length: too_large.content_length,
                    });
                }
                // A connect timeout is both: it never reached the server, so connecting wins.
                if e.is_timeout() && !e.is_connect() {
                    return Error::new(ErrorKind::Timeout { after: timeout }).with_source(e);
                }
                let url = e.url().map(|u| u.to_string());
                // The URL is named once, by the error itself; the cause keeps only the why.
                let e = e.without_url();
                // With a ready-built client that may follow redirects, a refused connection may
                // be the redirect's target after the API got the request: no proof of anything.
                let unproven = e.is_connect() && self.shared.client_may_redirect;
                let message = if unproven {
                    format!(
                        "{} (the supplied HTTP client may have followed a redirect to get here, so the request may have reached Texter)",
                        chain_text(&e)
                    )
                } else {
                    chain_text(&e)
                };
                Error::new(ErrorKind::Transport {
                    connect: e.is_connect() && !unproven,
                    url,
                    message,
                })
                .with_source(e)
            }
            ApiError::InvalidRequest(message) => match &record.refusal {
                Some(refusal) => Error::validation(
                    refusal.parameter,
                    refusal.rule,
                    format!("{:?}", refusal.given),
                ),
                // A progenitor conversion failure: the wrappers validate first, so this only
                // happens when the spec and a wrapper disagree.
                None => Error::validation("request", message, "(see the rule)"),
            },
            ApiError::Custom(message) => Error::new(ErrorKind::Transport {
                connect: false,
                url: None,
                message,
            }),
        }
    }
}

/// The start of a body for an error, token redacted. A JSON body is re-encoded first, so a
/// token spelled with `\uXXXX` escapes is seen (and redacted) in its plain form; the cut comes
/// after the redaction, so it never leaves part of the token behind.
pub(crate) fn excerpt(redactor: &crate::secret::Redactor, body: &[u8]) -> String {
    let text = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => value.to_string(),
        Err(_) => String::from_utf8_lossy(body).trim().to_string(),
    };
    shorten(redactor.redact(&text).as_str(), BODY_EXCERPT_CHARS)
}

/// How the retry policy sees an error.
pub(crate) fn failure_of(error: &Error) -> Failure {
    match error.kind() {
        ErrorKind::Timeout { .. } => Failure::Timeout,
        ErrorKind::Transport { connect: true, .. } => Failure::Connect,
        ErrorKind::Transport { connect: false, .. } => Failure::Transport,
        ErrorKind::Api { status, .. } => Failure::Status(*status),
        _ => Failure::Permanent,
    }
}
