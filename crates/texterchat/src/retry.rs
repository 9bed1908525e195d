//! When to retry: a pure function of what happened, so it is tested as a table.
//!
//! A WhatsApp message sent twice is as bad as one lost. Calls that are not idempotent (sending a
//! message or template, creating, importing, copying) are retried only when the request was
//! provably not carried out ([`crate::error::Delivery::NotDelivered`]) and waiting can help: the
//! connection could not be established, or the server refused it with HTTP 408 or 429 (honouring
//! `Retry-After`). Idempotent calls (reads, and updates documented to set a state) are also
//! retried on timeouts, on transport failures after sending, and on HTTP 502, 503 and 504.
//!
//! | Failure | idempotent call | not idempotent call |
//! |---|---|---|
//! | could not connect | retried | retried |
//! | HTTP 408, 429 | retried (429: after `Retry-After`) | retried (429: after `Retry-After`) |
//! | HTTP 502, 503, 504 | retried | not retried: it may have been carried out |
//! | timeout, transport failure after sending | retried | not retried: it may have been carried out |
//! | HTTP 3xx (never followed), other 4xx and 5xx, undecodable answers, client-side refusals | not retried | not retried |

use std::time::{Duration, SystemTime};

/// Default number of attempts (the first one included).
pub const DEFAULT_MAX_ATTEMPTS: u32 = 4;
/// Default base of the exponential backoff.
pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(250);
/// Default cap of one backoff delay.
pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(8);
/// Default cap of a server's `Retry-After`.
pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Default bound of the whole call, waits included, after which no further attempt starts.
pub const DEFAULT_MAX_ELAPSED: Duration = Duration::from_secs(120);

/// HTTP statuses after which an idempotent call is retried.
pub const RETRYABLE_STATUSES: [u16; 5] = [408, 429, 502, 503, 504];

/// Of [`RETRYABLE_STATUSES`], those that say the server refused the request without acting on
/// it, so that even a call that is not idempotent is retried after them.
pub const REFUSAL_STATUSES: [u16; 2] = [408, 429];

/// How a call is retried. The defaults are the `DEFAULT_*` constants of this module.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            max_backoff: DEFAULT_MAX_BACKOFF,
            max_retry_after: DEFAULT_MAX_RETRY_AFTER,
            max_elapsed: DEFAULT_MAX_ELAPSED,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    pub fn none() -> Self {
        Self::default().max_attempts(1)
    }

    /// Attempts in all, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Base delay of the exponential backoff: attempt `n` waits a random time in
    /// `[0, min(max_backoff, initial × 2^(n-1)))` ("full jitter").
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// Cap of one backoff delay.
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// Cap of a server's `Retry-After`; a longer one is clamped to it.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// No retry starts once the call has run this long (waits included).
    pub fn max_elapsed(mut self, total: Duration) -> Self {
        self.max_elapsed = total;
        self
    }

    /// The number of attempts allowed.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The total time of a call, waits included; no attempt runs past it.
    pub fn total_budget(&self) -> Duration {
        self.max_elapsed
    }
}

/// What went wrong with one attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// The connection could not be established: the server never saw the request.
    Connect,
    /// The attempt timed out after the request may have been sent.
    Timeout,
    /// The connection failed after the request may have been sent.
    Transport,
    /// The server answered with this HTTP status.
    Status(u16),
    /// Anything else (bad input, a response that did not decode, …): never retried.
    Permanent,
}

/// The inputs of a retry decision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attempt {
    /// Whether repeating the call is harmless.
    pub idempotent: bool,
    /// Attempts made so far (1 after the first).
    pub number: u32,
    /// What went wrong.
    pub failure: Failure,
    /// The server's `Retry-After`, when it sent one.
    pub retry_after: Option<Duration>,
    /// Time since the call started.
    pub elapsed: Duration,
    /// A random number in `[0, 1)` for the jitter.
    pub jitter: f64,
}

/// The outcome of a retry decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Decision {
    /// Stop and report the failure.
    GiveUp(GiveUpReason),
    /// Wait this long, then try again.
    RetryAfter(Duration),
}

/// Why a retry decision gave up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum GiveUpReason {
    /// The failure is not one that a retry can fix.
    NotRetryable,
    /// The call is not idempotent and the request may have reached the server.
    MayHaveReachedServer,
    /// The attempts are used up.
    AttemptsExhausted,
    /// Waiting would exceed the policy's total time.
    OutOfTime,
}

impl RetryPolicy {
    /// Decides whether to retry after a failed attempt.
    pub fn decide(&self, attempt: Attempt) -> Decision {
        let retryable_kind = match attempt.failure {
            Failure::Connect => true,
            Failure::Timeout | Failure::Transport => {
                if !attempt.idempotent {
                    return Decision::GiveUp(GiveUpReason::MayHaveReachedServer);
                }
                true
            }
            Failure::Status(status) => {
                if !RETRYABLE_STATUSES.contains(&status) {
                    return Decision::GiveUp(GiveUpReason::NotRetryable);
                }
                if !attempt.idempotent && !REFUSAL_STATUSES.contains(&status) {
                    return Decision::GiveUp(GiveUpReason::MayHaveReachedServer);
                }
                true
            }
            Failure::Permanent => false,
        };
        if !retryable_kind {
            return Decision::GiveUp(GiveUpReason::NotRetryable);
        }
        if attempt.number >= self.max_attempts {
            return Decision::GiveUp(GiveUpReason::AttemptsExhausted);
        }
        let delay = match attempt.retry_after {
            Some(wait) => wait.min(self.max_retry_after),
            None => {
                let exponent = attempt.number.saturating_sub(1).min(31);
                let ceiling = self
                    .initial_backoff
                    .saturating_mul(1u32 << exponent)
                    .min(self.max_backoff);
                ceiling.mul_f64(attempt.jitter.clamp(0.0, 1.0))
            }
        };
        if attempt.elapsed.saturating_add(delay) > self.max_elapsed {
            return Decision::GiveUp(GiveUpReason::OutOfTime);
        }
        Decision::RetryAfter(delay)
    }
}

/// Parses a `Retry-After` header value: delta-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, relative to `now`; a date in the past means "now").
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = texterchat_api::time::parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(idempotent: bool, number: u32, failure: Failure) -> Attempt {
        Attempt {
            idempotent,
            number,
            failure,
            retry_after: None,
            elapsed: Duration::ZERO,
            jitter: 0.5,
        }
    }

    #[test]
    fn decision_table() {
        use Decision::*;
        use Failure::*;
        use GiveUpReason::*;
        let p = RetryPolicy::default();
        let ms = Duration::from_millis;
        // (idempotent, attempt number, failure, expected)
        let table = [
            (true, 1, Connect, RetryAfter(ms(125))),
            (true, 1, Timeout, RetryAfter(ms(125))),
            (true, 1, Transport, RetryAfter(ms(125))),
            (true, 1, Status(408), RetryAfter(ms(125))),
            (true, 1, Status(429), RetryAfter(ms(125))),
            (true, 1, Status(502), RetryAfter(ms(125))),
            (true, 1, Status(503), RetryAfter(ms(125))),
            (true, 1, Status(504), RetryAfter(ms(125))),
            (true, 2, Status(503), RetryAfter(ms(250))),
            (true, 3, Status(503), RetryAfter(ms(500))),
            (true, 4, Status(503), GiveUp(AttemptsExhausted)),
            (true, 1, Status(500), GiveUp(NotRetryable)),
            (true, 1, Status(400), GiveUp(NotRetryable)),
            (true, 1, Status(403), GiveUp(NotRetryable)),
            (true, 1, Status(404), GiveUp(NotRetryable)),
            (true, 1, Permanent, GiveUp(NotRetryable)),
            (false, 1, Connect, RetryAfter(ms(125))),
            (false, 3, Connect, RetryAfter(ms(500))),
            (false, 4, Connect, GiveUp(AttemptsExhausted)),
            (false, 1, Timeout, GiveUp(MayHaveReachedServer)),
            (false, 1, Transport, GiveUp(MayHaveReachedServer)),
            (false, 1, Status(503), GiveUp(MayHaveReachedServer)),
            (false, 1, Status(429), RetryAfter(ms(125))),
            (false, 1, Status(408), RetryAfter(ms(125))),
            (false, 4, Status(429), GiveUp(AttemptsExhausted)),
            (false, 1, Status(502), GiveUp(MayHaveReachedServer)),
            (false, 1, Status(504), GiveUp(MayHaveReachedServer)),
            (false, 1, Status(404), GiveUp(NotRetryable)),
            (false, 1, Status(500), GiveUp(NotRetryable)),
            (false, 1, Permanent, GiveUp(NotRetryable)),
        ];
        for (idempotent, number, failure, expected) in table {
            assert_eq!(
                p.decide(attempt(idempotent, number, failure)),
                expected,
                "idempotent={idempotent} attempt={number} failure={failure:?}"
            );
        }
    }

    #[test]
    fn backoff_is_full_jitter_capped_by_max_backoff() {
        let p = RetryPolicy::default().max_attempts(50);
        for (jitter, expected) in [(0.0, 0), (0.999_999, 7_999)] {
            let d = p.decide(Attempt {
                jitter,
                ..attempt(true, 30, Failure::Timeout)
            });
            let Decision::RetryAfter(d) = d else {
                panic!("{d:?}")
            };
            assert_eq!(d.as_millis(), expected);
        }
    }

    #[test]
    fn retry_after_is_honoured_and_clamped() {
        let p = RetryPolicy::default();
        let with = |secs| Attempt {
            retry_after: Some(Duration::from_secs(secs)),
            ..attempt(true, 1, Failure::Status(429))
        };
        assert_eq!(
            p.decide(with(1)),
            Decision::RetryAfter(Duration::from_secs(1))
        );
        assert_eq!(
            p.decide(with(86_400)),
            Decision::RetryAfter(DEFAULT_MAX_RETRY_AFTER)
        );
        let strict = RetryPolicy::default().max_retry_after(Duration::from_secs(2));
        assert_eq!(
            strict.decide(with(30)),
            Decision::RetryAfter(Duration::from_secs(2))
        );
    }

    #[test]
    fn total_time_bounds_retries() {
        let p = RetryPolicy::default().max_elapsed(Duration::from_secs(10));
        let late = Attempt {
            elapsed: Duration::from_secs(9),
            retry_after: Some(Duration::from_secs(2)),
            ..attempt(true, 1, Failure::Status(503))
        };
        assert_eq!(p.decide(late), Decision::GiveUp(GiveUpReason::OutOfTime));
    }

    #[test]
    fn no_retries_policy_gives_up_at_once() {
        assert_eq!(
            RetryPolicy::none().decide(attempt(true, 1, Failure::Status(503))),
            Decision::GiveUp(GiveUpReason::AttemptsExhausted)
        );
    }

    #[test]
    fn retry_after_parses_both_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_000); // 2015-10-21T07:20:00Z
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(Duration::from_secs(480))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
