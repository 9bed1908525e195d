//! Where webhook deliveries wait between the receiver and your handler: an [`EventStore`].
//!
//! The receiver answers Texter with a 2xx only once a delivery is durably stored; workers
//! ([`crate::events::worker::EventWorker`]) lease stored events, run your handler, and
//! acknowledge them after it succeeded. An event whose handler failed or timed out is handed
//! out again after a backoff, and one whose worker died once its lease runs out, so every
//! stored event reaches a handler at least once. Repeated deliveries (the same [`EventExt::dedup_key`] within the
//! store's de-duplication window) are dropped atomically when stored, so one delivery posted
//! twice, to one receiver or to several sharing a store, is handled once.
//!
//! | Store | Durability | Many receivers and workers |
//! |---|---|---|
//! | [`MemoryStore`] | none: a restart loses what it holds (tests, development) | one process |
//! | [`SqliteStore`](crate::events::sqlite::SqliteStore) (feature `sqlite`) | a file; survives crashes and restarts | one machine |
//! | [`RedisStore`](crate::events::redis::RedisStore) (feature `redis`) | Redis's own (AOF/RDB as configured) | any number, sharing one Redis |
//!
//! [`EventExt::dedup_key`]: crate::events::EventExt::dedup_key

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures::future::BoxFuture;

use super::{Event, ParseError};

/// How long a de-duplication key is remembered by default: a day.
pub const DEFAULT_DEDUP_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);

/// The default number of events a store holds before the receiver answers 503.
pub const DEFAULT_CAPACITY: usize = 100_000;

/// A delivery to store.
#[derive(Clone, Debug)]
pub struct NewDelivery {
    /// The body as received (the `{eventName, eventData}` JSON).
    pub body: Bytes,
    /// Deliveries with the same key within the window are one delivery.
    pub dedup_key: Option<String>,
    /// Events with the same key are handed out one at a time in arrival order when workers
    /// ask for per-chat ordering (the chat id).
    pub order_key: Option<String>,
}

impl NewDelivery {
    /// A delivery of `body`, with the keys of its event.
    pub fn new(body: Bytes, event: &Event) -> Self {
        use super::EventExt;
        Self {
            body,
            dedup_key: event.dedup_key(),
            order_key: event.chat().and_then(|c| c.id.clone()),
        }
    }
}

/// What storing did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stored {
    /// The delivery was stored: a handler will get it.
    New,
    /// An earlier delivery with the same de-duplication key is already stored (or was handled
    /// within the window): this one is dropped.
    Duplicate,
}

/// Why a store could not do what it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreError {
    /// The store holds as many events as it may: try again after a while.
    Full {
        /// How long to wait before trying again.
        retry_after: Duration,
    },
    /// The backend failed (I/O, connection, corrupt data).
    Backend(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Full { retry_after } => write!(
                f,
                "the event store is full (try again in {}s)",
                retry_after.as_secs()
            ),
            StoreError::Backend(message) => write!(f, "the event store failed: {message}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A stored event, leased to one worker until its lease runs out or it is acknowledged.
#[derive(Clone, Debug)]
pub struct Leased {
    /// The store's id of the event (stable across leases).
    pub id: String,
    /// The body as received.
    pub body: Bytes,
    /// When the receiver stored it.
    pub received_at: SystemTime,
    /// How many times it was handed out before this lease (0 the first time).
    pub previous_attempts: u32,
    /// The per-chat ordering key it was stored with.
    pub order_key: Option<String>,
    /// Identifies this lease: acknowledging a lease that ran out (and was handed to another
    /// worker) does nothing.
    pub lease: String,
}

impl Leased {
    /// The event, parsed from the stored body (it parsed when it was stored).
    pub fn event(&self) -> Result<Event, ParseError> {
        super::parse(&self.body)
    }
}

/// A store of webhook deliveries; see the [module docs](self).
///
/// Storing is atomic (a delivery stored twice concurrently is stored once) and so is each
/// lease of an event (it is leased to one worker at a time, and only the holder of the current
/// lease can acknowledge or release it). A store that fails in the middle of a `lease` call
/// leaves the events it took to come back once their lease runs out.
pub trait EventStore: Send + Sync + 'static {
    /// Stores a delivery durably (or recognises it as a duplicate). `Err(StoreError::Full)`
    /// when the store may hold no more.
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>>;

    /// Leases up to `max` events that are not acknowledged and not leased (or whose lease ran
    /// out), for `visibility`: until then no other worker gets them. With `ordered`, an event
    /// is handed out only when every earlier event with its order key is acknowledged (a
    /// store may keep that order always: the Redis store does).
    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>>;

    /// The handler is done with the event: it is never handed out again.
    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>>;

    /// The handler failed: hand the event out again after `after` (sooner than its lease).
    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
}

impl<S: EventStore + ?Sized> EventStore for Arc<S> {
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>> {
        (**self).put(delivery)
    }
    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        (**self).lease(max, visibility, ordered)
    }
    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).ack(leased)
    }
    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).release(leased, after)
    }
}

/// A random token for a lease.
pub(crate) fn lease_token() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

// ---------------------------------------------------------------------------------------------
// In memory

/// An in-memory [`EventStore`], for tests and development: the same semantics as the durable
/// stores, but a restart loses what it holds.
#[derive(Clone, Debug)]
pub struct MemoryStore {
    inner: Arc<Mutex<Memory>>,
    window: Duration,
    capacity: usize,
}

#[derive(Debug, Default)]
struct Memory {
    next: u64,
    events: VecDeque<MemoryEvent>,
    seen: HashMap<String, SystemTime>,
    /// The keys of `seen` by when they expire (one window per store, so in insertion order):
    /// expired keys are forgotten from the front, without walking them all.
    expiry: VecDeque<(SystemTime, String)>,
}

/// `now + d`, or a century from now when that does not fit (a window of `Duration::MAX`).
pub(crate) fn later(now: SystemTime, d: Duration) -> SystemTime {
    now.checked_add(d)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 24 * 60 * 60)))
        .unwrap_or(now)
}

#[derive(Debug, Clone)]
struct MemoryEvent {
    seq: u64,
    body: Bytes,
    order_key: Option<String>,
    received_at: SystemTime,
    attempts: u32,
    leased_until: Option<SystemTime>,
    lease: Option<String>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryStore {
    /// An empty store with the default window and capacity.
    pub fn new() -> Self {
        Self {
            inner: Arc::default(),
            window: DEFAULT_DEDUP_WINDOW,
            capacity: DEFAULT_CAPACITY,
        }
    }

    /// How long a de-duplication key is remembered (default [`DEFAULT_DEDUP_WINDOW`]).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// How many unacknowledged events it holds at most (default [`DEFAULT_CAPACITY`]).
    pub fn capacity(mut self, events: usize) -> Self {
        self.capacity = events;
        self
    }

    /// Events stored and not yet acknowledged.
    pub fn len(&self) -> usize {
        self.lock().events.len()
    }

    /// Whether no event waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Memory> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl EventStore for MemoryStore {
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>> {
        let now = SystemTime::now();
        let result = {
            let mut m = self.lock();
            while let Some((until, _)) = m.expiry.front()
                && *until <= now
            {
                if let Some((until, key)) = m.expiry.pop_front()
                    && m.seen.get(&key) == Some(&until)
                {
                    m.seen.remove(&key);
                }
            }
            if m.events.len() >= self.capacity {
                Err(StoreError::Full {
                    retry_after: Duration::from_secs(1),
                })
            } else if let Some(key) = &delivery.dedup_key
                && m.seen.get(key).is_some_and(|until| *until > now)
            {
                Ok(Stored::Duplicate)
            } else {
                if let Some(key) = delivery.dedup_key {
                    let until = later(now, self.window);
                    m.seen.insert(key.clone(), until);
                    m.expiry.push_back((until, key));
                }
                m.next += 1;
                let seq = m.next;
                m.events.push_back(MemoryEvent {
                    seq,
                    body: delivery.body,
                    order_key: delivery.order_key,
                    received_at: now,
                    attempts: 0,
                    leased_until: None,
                    lease: None,
                });
                Ok(Stored::New)
            }
        };
        Box::pin(async move { result })
    }

    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        let now = SystemTime::now();
        let mut out = Vec::new();
        {
            let mut m = self.lock();
            // Order keys with an earlier unacknowledged event: their later events wait.
            let mut blocked: std::collections::HashSet<String> = Default::default();
            for e in m.events.iter_mut() {
                if out.len() >= max {
                    break;
                }
                let free = e.leased_until.is_none_or(|until| until <= now);
                let waits = ordered && e.order_key.as_ref().is_some_and(|k| blocked.contains(k));
                if let Some(k) = &e.order_key {
                    blocked.insert(k.clone());
                }
                if !free || waits {
                    continue;
                }
                let token = lease_token();
                out.push(Leased {
                    id: e.seq.to_string(),
                    body: e.body.clone(),
                    received_at: e.received_at,
                    previous_attempts: e.attempts,
                    order_key: e.order_key.clone(),
                    lease: token.clone(),
                });
                e.attempts = e.attempts.saturating_add(1);
                e.leased_until = Some(later(now, visibility));
                e.lease = Some(token);
            }
        }
        Box::pin(async move { Ok(out) })
    }

    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>> {
        {
            let mut m = self.lock();
            let seq = leased.id.parse::<u64>().ok();
            m.events
                .retain(|e| !(Some(e.seq) == seq && e.lease.as_deref() == Some(&leased.lease)));
        }
        Box::pin(async { Ok(()) })
    }

    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        {
            let mut m = self.lock();
            let now = SystemTime::now();
            let seq = leased.id.parse::<u64>().ok();
            for e in m.events.iter_mut() {
                if Some(e.seq) == seq && e.lease.as_deref() == Some(&leased.lease) {
                    e.leased_until = Some(later(now, after));
                    e.lease = None;
                }
            }
        }
        Box::pin(async { Ok(()) })
    }
}
