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

    /// The bound on calls in flight, if any.
    pub(crate) fn concurrency(&self) -> Option<usize> {
        self.max_concurrent
    }

    /// At most `requests` attempts are in flight at once: from sending the request to reading
    /// the whole response body. This bounds requests, not TCP connections: with HTTP/1.1 the
    /// pool can hold a connection that is closing (after a timeout) or being returned while a
    /// new attempt opens another, so the server may briefly see one or two more connections
    /// than `requests`. The SDK's own HTTP client keeps at most `requests` idle connections.
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    // Paused time: the runtime jumps the clock to the next timer when idle, so these count
    // starts per window of virtual time deterministically.
    #[tokio::test(start_paused = true)]
    async fn starts_are_spaced_by_the_rate() {
        let limiter = Arc::new(RateLimiter::new(RateLimit::per_second(5)).unwrap());
        let origin = Instant::now();
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let l = Arc::clone(&limiter);
                tokio::spawn(async move {
                    let _permit = l.acquire().await;
                    Instant::now() - origin
                })
            })
            .collect();
        let mut starts = Vec::new();
        for t in tasks {
            starts.push(t.await.unwrap());
        }
        starts.sort();
        // At most 5 starts in any one-second window, and 20 starts take 19 intervals.
        for (i, s) in starts.iter().enumerate() {
            let in_window = starts[i..]
                .iter()
                .filter(|x| **x < *s + Duration::from_secs(1))
                .count();
            assert!(
                in_window <= 5,
                "{in_window} starts within a second from {s:?}"
            );
        }
        assert_eq!(starts[19], Duration::from_millis(3800));
    }

    #[tokio::test(start_paused = true)]
    async fn in_flight_never_exceeds_max_concurrent() {
        let limiter =
            Arc::new(RateLimiter::new(RateLimit::unlimited_rate().max_concurrent(3)).unwrap());
        let in_flight = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..30)
            .map(|i| {
                let (l, f, p) = (
                    Arc::clone(&limiter),
                    Arc::clone(&in_flight),
                    Arc::clone(&peak),
                );
                tokio::spawn(async move {
                    let _permit = l.acquire().await;
                    let now = f.fetch_add(1, Ordering::SeqCst) + 1;
                    p.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(10 + (i % 7))).await;
                    f.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(peak.load(Ordering::SeqCst), 3);
    }
}
