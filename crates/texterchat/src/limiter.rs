//! Client-side rate limiting, shared by every clone of a client and applied before every
//! attempt, retries included.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use crate::error::{Error, Result};

/// A request rate and/or concurrency limit.
///
/// ```
/// use texterchat::RateLimit;
/// let limit = RateLimit::per_second(20).max_concurrent(8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[must_use]
pub struct RateLimit {
    per_second: Option<f64>,
    max_concurrent: Option<usize>,
}

impl RateLimit {
    /// At most `requests` attempts start per second, evenly spaced.
    pub fn per_second(requests: u32) -> Self {
        Self {
            per_second: Some(f64::from(requests)),
            max_concurrent: None,
        }
    }

    /// No rate limit, only a concurrency limit.
    pub fn unlimited_rate() -> Self {
        Self {
            per_second: None,
            max_concurrent: None,
        }
    }

    /// At most `requests` attempts are in flight at once.
    pub fn max_concurrent(mut self, requests: usize) -> Self {
        self.max_concurrent = Some(requests);
        self
    }
}

pub(crate) struct RateLimiter {
    interval: Option<Duration>,
    next_slot: Mutex<Option<Instant>>,
    concurrency: Option<Arc<Semaphore>>,
}

/// Held while an attempt is in flight.
pub(crate) struct Permit {
    _concurrency: Option<OwnedSemaphorePermit>,
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Result<Self> {
        let interval = match limit.per_second {
            None => None,
            Some(rate) if rate > 0.0 && rate.is_finite() => {
                Some(Duration::from_secs_f64(1.0 / rate))
            }
            Some(rate) => {
                return Err(Error::validation(
                    "rate_limit.per_second",
                    "must be at least 1",
                    rate.to_string(),
                ));
            }
        };
        let concurrency = match limit.max_concurrent {
            None => None,
            Some(0) => {
                return Err(Error::validation(
                    "rate_limit.max_concurrent",
                    "must be at least 1",
                    "0",
                ));
            }
            Some(n) => Some(Arc::new(Semaphore::new(n))),
        };
        Ok(Self {
            interval,
            next_slot: Mutex::new(None),
            concurrency,
        })
    }

    /// Waits for a concurrency permit, then for the next free start slot.
    pub(crate) async fn acquire(&self) -> Permit {
        let permit = match &self.concurrency {
            // The semaphore is never closed, so acquiring cannot fail.
            Some(sem) => Arc::clone(sem).acquire_owned().await.ok(),
            None => None,
        };
        if let Some(interval) = self.interval {
            let slot = {
                let mut next = self
                    .next_slot
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let now = Instant::now();
                let slot = next.map_or(now, |n| n.max(now));
                *next = Some(slot + interval);
                slot
            };
            tokio::time::sleep_until(slot).await;
        }
        Permit {
            _concurrency: permit,
        }
    }
}
