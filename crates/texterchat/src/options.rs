//! Per-client and per-call options.

use std::time::Duration;

use crate::limiter::RateLimit;
use crate::retry::RetryPolicy;

/// Default time allowed for one attempt of a call: sending the request and reading the whole
/// response.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default cap on a response body: 64 MiB (see [`CallOptions::max_response_bytes`]).
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = texterchat_api::capture::DEFAULT_MAX_RESPONSE_BYTES;

/// Options of a call. Set client-wide defaults with [`crate::TexterBuilder::call_options`], and
/// override them for some calls with [`crate::Texter::with_options`]; unset fields fall back.
///
/// ```
/// use std::time::Duration;
/// use texterchat::{CallOptions, RetryPolicy};
///
/// let options = CallOptions::new()
///     .timeout(Duration::from_secs(5))
///     .retry(RetryPolicy::default().max_attempts(2));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) retry_non_idempotent: Option<bool>,
    pub(crate) rate_limit: Option<RateLimit>,
    pub(crate) max_response_bytes: Option<u64>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// The defaults every client starts from: [`DEFAULT_TIMEOUT`], [`RetryPolicy::default`],
    /// no retries of non-idempotent calls after they may have reached the server, no rate limit.
    pub fn defaults() -> Self {
        Self {
            timeout: Some(DEFAULT_TIMEOUT),
            retry: Some(RetryPolicy::default()),
            retry_non_idempotent: Some(false),
            rate_limit: None,
            max_response_bytes: Some(DEFAULT_MAX_RESPONSE_BYTES),
        }
    }

    /// Time allowed for one attempt (the retry policy bounds the whole call).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Turns retries off: every call is tried once.
    pub fn no_retries(self) -> Self {
        self.retry(RetryPolicy::none())
    }

    /// Retries even calls that are not idempotent (sending a message, creating a label, …) on
    /// the same conditions as idempotent ones. Only opt in when a duplicate is acceptable or the
    /// call carries its own de-duplication (e.g. a `tmpSendId` your system checks).
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = Some(yes);
        self
    }

    /// The largest response body a call accepts, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]). A `Content-Length` above it fails before the body is
    /// read, and a body that grows past it fails as soon as it does
    /// ([`crate::Error::is_response_too_large`]); nothing over the limit is buffered. Error
    /// bodies are read only up to 64 KiB whatever this says.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// `self` with every field `other` sets taken from `other`.
    pub(crate) fn overridden_by(self, other: CallOptions) -> CallOptions {
        CallOptions {
            timeout: other.timeout.or(self.timeout),
            retry: other.retry.or(self.retry),
            retry_non_idempotent: other.retry_non_idempotent.or(self.retry_non_idempotent),
            rate_limit: other.rate_limit.or(self.rate_limit),
            max_response_bytes: other.max_response_bytes.or(self.max_response_bytes),
        }
    }

    pub(crate) fn effective_max_response_bytes(&self) -> u64 {
        self.max_response_bytes
            .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES)
    }

    pub(crate) fn effective_timeout(&self) -> Duration {
        self.timeout.unwrap_or(DEFAULT_TIMEOUT)
    }

    pub(crate) fn effective_retry(&self) -> RetryPolicy {
        self.retry.clone().unwrap_or_default()
    }
}
