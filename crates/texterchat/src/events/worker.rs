//! Handling stored webhook events: lease, run the handler, acknowledge.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use texterchat::events::store::MemoryStore;
//! use texterchat::events::worker::EventWorker;
//! use texterchat::events::Event;
//!
//! let store = MemoryStore::new();
//! EventWorker::new(store)
//!     .concurrency(16)
//!     .per_chat_ordering(true)
//!     .run(|received| async move {
//!         match received.event()? {
//!             Event::NewIncomingMessage(data) => println!("{:?}", data.message),
//!             other => println!("{}", other.name()),
//!         }
//!         Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
//!     })
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! An event is acknowledged only after the handler returned `Ok`. When it returns `Err`, panics,
//! or runs past [`EventWorker::handler_timeout`], the event is released and handed out again
//! after a backoff that grows with its attempts (1 s, 2 s, 4 s … 256 s, never longer than the
//! [`EventWorker::visibility`]); when the worker's process dies, the event is handed out again
//! once its lease ([`EventWorker::visibility`]) runs out: a restart does not hand it out sooner.
//! So a handler sees every stored event at least once, and may see one again: make it
//! idempotent, or key its effects by [`Leased::id`].
//!
//! An event whose handler always fails is retried for ever (and, with per-chat ordering, holds
//! back its chat's later events): the handler decides when to give up, from
//! [`Leased::previous_attempts`], by parking the event where you will look at it and returning
//! `Ok`.
//!
//! Workers sharing a Redis store should use the same [`EventWorker::visibility`]: there an
//! event is free for another worker once it was idle for the visibility *of the worker asking*
//! (SQLite and the memory store keep each lease's own deadline).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use tokio::task::JoinSet;

use super::store::{EventStore, Leased, StoreError};

/// Default lease of a handed-out event.
pub const DEFAULT_VISIBILITY: Duration = Duration::from_secs(60);
/// Default limit of one handler run.
pub const DEFAULT_HANDLER_TIMEOUT: Duration = Duration::from_secs(30);
/// Default number of handlers running at once.
pub const DEFAULT_CONCURRENCY: usize = 8;
/// How long an idle worker waits before asking the store again.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(100);
/// The longest pause before asking a failing store again.
pub const MAX_STORE_RETRY_PAUSE: Duration = Duration::from_secs(30);

/// The pause after `failures` consecutive store failures: the poll interval, doubled per
/// failure, at most [`MAX_STORE_RETRY_PAUSE`].
fn store_retry_pause(poll: Duration, failures: u32) -> Duration {
    poll.max(Duration::from_millis(10))
        .saturating_mul(1u32 << failures.min(16))
        .min(MAX_STORE_RETRY_PAUSE)
}

/// Runs a handler over the events of a store; see the [module docs](self).
#[derive(Debug, Clone)]
#[must_use]
pub struct EventWorker<S: ?Sized> {
    store: Arc<S>,
    visibility: Duration,
    handler_timeout: Duration,
    concurrency: usize,
    ordered: bool,
    poll: Duration,
}

impl<S: EventStore> EventWorker<S> {
    /// A worker over `store`.
    pub fn new(store: S) -> Self {
        Self::shared(Arc::new(store))
    }
}

impl<S: EventStore + ?Sized> EventWorker<S> {
    /// A worker over a store shared with a receiver or other workers.
    pub fn shared(store: Arc<S>) -> Self {
        Self {
            store,
            visibility: DEFAULT_VISIBILITY,
            handler_timeout: DEFAULT_HANDLER_TIMEOUT,
            concurrency: DEFAULT_CONCURRENCY,
            ordered: false,
            poll: DEFAULT_POLL_INTERVAL,
        }
    }

    /// How long a handed-out event stays with this worker before another may take it (default
    /// [`DEFAULT_VISIBILITY`]); must be longer than [`EventWorker::handler_timeout`].
    pub fn visibility(mut self, lease: Duration) -> Self {
        self.visibility = lease;
        self
    }

    /// How long one handler run may take (default [`DEFAULT_HANDLER_TIMEOUT`]); past it the run
    /// is dropped and the event released.
    pub fn handler_timeout(mut self, limit: Duration) -> Self {
        self.handler_timeout = limit;
        self
    }

    /// How many handlers run at once (default [`DEFAULT_CONCURRENCY`]).
    pub fn concurrency(mut self, handlers: usize) -> Self {
        self.concurrency = handlers.max(1);
        self
    }

    /// Events of one chat reach the handler one at a time, in arrival order, while different
    /// chats are handled concurrently (default off).
    pub fn per_chat_ordering(mut self, on: bool) -> Self {
        self.ordered = on;
        self
    }

    /// How long an idle worker waits before asking the store again (default
    /// [`DEFAULT_POLL_INTERVAL`]).
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.poll = interval;
        self
    }

    /// Runs `handler` over the store's events, for ever.
    ///
    /// A store that fails to hand out events is logged (at error level) and asked again after
    /// a pause that grows to [`MAX_STORE_RETRY_PAUSE`]; handlers in flight are never cut short
    /// by it.
    ///
    /// # Errors
    ///
    /// Only an invalid configuration, at once: a [`EventWorker::handler_timeout`] not shorter
    /// than the [`EventWorker::visibility`].
    pub async fn run<H, Fut, E>(self, handler: H) -> Result<(), StoreError>
    where
        H: Fn(Leased) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        self.run_until(handler, std::future::pending()).await
    }

    /// Runs `handler` until `stop` completes; handlers in flight finish (or time out) first.
    /// Store failures are handled as in [`EventWorker::run`].
    ///
    /// # Errors
    ///
    /// As [`EventWorker::run`].
    pub async fn run_until<H, Fut, E>(
        self,
        handler: H,
        stop: impl Future<Output = ()>,
    ) -> Result<(), StoreError>
    where
        H: Fn(Leased) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        if self.handler_timeout >= self.visibility {
            return Err(StoreError::Backend(format!(
                "the handler timeout ({:?}) must be shorter than the visibility ({:?}), or an event could be handed to a second worker while the first still handles it",
                self.handler_timeout, self.visibility
            )));
        }
        let handler = Arc::new(handler);
        let mut running: JoinSet<()> = JoinSet::new();
        let mut stop = std::pin::pin!(stop.fuse());
        // Consecutive failures to lease: a store that fails (a Redis reconnect, a busy SQLite
        // file) is asked again after a growing pause; the handlers in flight go on.
        let mut failures: u32 = 0;
        loop {
            // Every finished handler frees its slot now, not one per turn of the loop.
            while running.try_join_next().is_some() {}
            let room = self.concurrency.saturating_sub(running.len());
            let leased = if room > 0 {
                match self.store.lease(room, self.visibility, self.ordered).await {
                    Ok(leased) => {
                        failures = 0;
                        leased
                    }
                    Err(e) => {
                        failures = failures.saturating_add(1);
                        let pause = store_retry_pause(self.poll, failures);
                        tracing::error!(error = %e, failures, retry_in_ms = pause.as_millis() as u64, "could not lease events; asking the store again");
                        let slept = std::pin::pin!(tokio::time::sleep(pause));
                        if let futures::future::Either::Left(_) =
                            futures::future::select(&mut stop, slept).await
                        {
                            break;
                        }
                        continue;
                    }
                }
            } else {
                Vec::new()
            };
            let got = leased.len();
            for event in leased {
                let store = Arc::clone(&self.store);
                let handler = Arc::clone(&handler);
                let (timeout, visibility) = (self.handler_timeout, self.visibility);
                running
                    .spawn(async move { handle(store, handler, event, timeout, visibility).await });
            }
            if got == 0 {
                // Wait for a handler to finish, the poll interval, or the stop signal.
                let idle = async {
                    let finished = async {
                        if running.is_empty() {
                            std::future::pending::<()>().await;
                        } else {
                            let _ = running.join_next().await;
                        }
                    };
                    let finished = std::pin::pin!(finished);
                    let slept = std::pin::pin!(tokio::time::sleep(self.poll));
                    futures::future::select(finished, slept).await;
                };
                let idle = std::pin::pin!(idle);
                if let futures::future::Either::Left(_) =
                    futures::future::select(&mut stop, idle).await
                {
                    break;
                }
            } else if futures::FutureExt::now_or_never(&mut stop).is_some() {
                break;
            }
        }
        while running.join_next().await.is_some() {}
        Ok(())
    }
}

async fn handle<S, H, Fut, E>(
    store: Arc<S>,
    handler: Arc<H>,
    event: Leased,
    timeout: Duration,
    visibility: Duration,
) where
    S: EventStore + ?Sized,
    H: Fn(Leased) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    let attempt = event.previous_attempts;
    // The call itself is inside the guarded future: a handler that panics before its first
    // `.await` is caught too.
    let given = event.clone();
    let run = std::panic::AssertUnwindSafe(async move { handler(given).await }).catch_unwind();
    let outcome = match tokio::time::timeout(timeout, run).await {
        Ok(Ok(Ok(()))) => Ok(()),
        Ok(Ok(Err(e))) => Err(format!("the handler failed: {e}")),
        Ok(Err(_panic)) => Err("the handler panicked".to_string()),
        Err(_) => Err(format!("the handler ran past {timeout:?}")),
    };
    let result = match outcome {
        Ok(()) => store.ack(&event).await,
        Err(why) => {
            // Back off: 1 s, 2 s, 4 s … 256 s, and never longer than the lease, so every store
            // (Redis counts the pause within the lease) waits the same.
            let delay = Duration::from_secs(1u64 << attempt.min(8)).min(visibility);
            tracing::warn!(event = %event.id, attempt = attempt.saturating_add(1), %why, retry_in_s = delay.as_secs(), "event handed out again later");
            store.release(&event, delay).await
        }
    };
    if let Err(e) = result {
        // The lease runs out on its own: the event is handed out again anyway.
        tracing::warn!(event = %event.id, error = %e, "could not settle the event");
    }
}
