//! A shared [`EventStore`] on Redis Streams (feature `redis`): any number of receivers and
//! workers, on any number of machines, share one stream and one consumer group.
//!
//! - **Storing** is one Lua script, so it is atomic across receivers: a de-duplication key is set
//!   with `SET NX PX` (the window), and only when it was not there is the delivery kept: added
//!   to the stream with `XADD` when its chat has no event in the stream, or else appended to
//!   its chat's waiting list.
//! - **Per-chat order is kept by the store**, for every worker: the stream holds at most one
//!   event of a chat at a time (its oldest), and acknowledging it moves the chat's next event
//!   from the waiting list into the stream, in the same script. So one busy chat never holds
//!   back the others, and a chat's events reach handlers one at a time in arrival order.
//!   Events without a chat are not ordered.
//! - **Leasing** is one Lua script: `XAUTOCLAIM` hands out again the events whose worker held
//!   them longer than the visibility (it died, or its handler failed and released them), then
//!   `XREADGROUP` hands new events to this worker. The lease is the pair (consumer, delivery
//!   count), checked against `XPENDING` when acknowledging or releasing, so a worker whose lease
//!   ran out can neither acknowledge nor release an event another worker now holds.
//! - **Acknowledging** is `XACK` + `XDEL` (the stream keeps only events not yet handled).
//!
//! Durability is Redis's: configure AOF (`appendonly yes`, `appendfsync everysec` or `always`)
//! for stored events to survive a Redis restart, and `maxmemory-policy noeviction` (the
//! default), since an evicted key is a lost event or a stuck chat. Workers sharing the store
//! should use the same visibility (the idle time `XAUTOCLAIM` waits for is the asking
//! worker's). All keys share the hash tag `{prefix}`, so the store works on a cluster too.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use texterchat::events::redis::RedisStore;
//! let store = RedisStore::connect("redis://127.0.0.1:6379/", "texter").await?;
//! # Ok(()) }
//! ```

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures::future::BoxFuture;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{AsyncCommands, Value};

use super::store::{
    DEFAULT_CAPACITY, DEFAULT_DEDUP_WINDOW, EventStore, Leased, NewDelivery, StoreError, Stored,
};

/// How long one Redis command may take, and one connection attempt, before it fails (and the
/// receiver answers 503 instead of hanging).
pub const DEFAULT_REDIS_TIMEOUT: Duration = Duration::from_secs(5);

/// A shared event store on a Redis stream; see the [module docs](self).
#[derive(Clone)]
pub struct RedisStore {
    conn: ConnectionManager,
    keys: Arc<Keys>,
    consumer: Arc<str>,
    window: Duration,
    capacity: usize,
    /// The visibility of the last lease, for releases (Redis's idle time is what counts).
    visibility_ms: Arc<std::sync::atomic::AtomicU64>,
    /// Where the next `XAUTOCLAIM` scan starts, so every pending event is reached in turn.
    cursor: Arc<Mutex<String>>,
}

struct Keys {
    tag: String,
    stream: String,
    group: String,
    count: String,
}

impl Keys {
    fn seen(&self, dedup_key: &str) -> String {
        format!("{}:seen:{dedup_key}", self.tag)
    }
    fn waiting(&self, order_key: &str) -> String {
        format!("{}:waiting:{order_key}", self.tag)
    }
    fn head(&self, order_key: &str) -> String {
        format!("{}:head:{order_key}", self.tag)
    }
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore")
            .field("stream", &self.keys.stream)
            .field("consumer", &self.consumer)
            .finish_non_exhaustive()
    }
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// KEYS: stream, count, seen, waiting, head.
/// ARGV: capacity, window ms, payload, has dedup key, order key ('' for none), received ms.
const PUT: &str = r"
if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[1]) then return -1 end
if ARGV[4] == '1' then
  if not redis.call('SET', KEYS[3], '1', 'NX', 'PX', ARGV[2]) then return 0 end
end
redis.call('INCR', KEYS[2])
if ARGV[5] ~= '' and redis.call('EXISTS', KEYS[5]) == 1 then
  redis.call('RPUSH', KEYS[4], ARGV[6] .. '\n' .. ARGV[3])
  return 1
end
local id = redis.call('XADD', KEYS[1], '*', 'payload', ARGV[3], 'order', ARGV[5], 'at', ARGV[6])
if ARGV[5] ~= '' then redis.call('SET', KEYS[5], id) end
return 1
";

/// KEYS: stream. ARGV: group, consumer, min idle ms, cursor, max.
/// Returns [next cursor, [[id, payload, order, received ms, deliveries], …]].
const LEASE: &str = r"
local out = {}
local max = tonumber(ARGV[5])
local function add(entry, deliveries)
  local f, t = entry[2], {}
  for i = 1, #f, 2 do t[f[i]] = f[i + 1] end
  out[#out + 1] = {entry[1], t['payload'] or '', t['order'] or '', t['at'] or '0', deliveries, t['payload'] and 1 or 0}
end
local claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], 'COUNT', max)
for _, e in ipairs(claimed[2]) do
  if type(e) == 'table' and e[2] then
    local p = redis.call('XPENDING', KEYS[1], ARGV[1], e[1], e[1], 1)
    add(e, p[1] and p[1][4] or 1)
  end
end
if #out < max then
  local fresh = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', max - #out, 'STREAMS', KEYS[1], '>')
  if fresh then
    for _, e in ipairs(fresh[1][2]) do add(e, 1) end
  end
end
return {claimed[1], out}
";

/// KEYS: stream, count, waiting, head. ARGV: group, id, consumer, deliveries, order key.
const ACK: &str = r"
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if p[1] == nil or p[1][2] ~= ARGV[3] or tostring(p[1][4]) ~= ARGV[4] then return 0 end
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('DECR', KEYS[2])
if ARGV[5] ~= '' and redis.call('GET', KEYS[4]) == ARGV[2] then
  local nxt = redis.call('LPOP', KEYS[3])
  if nxt then
    local cut = string.find(nxt, '\n', 1, true)
    local id = redis.call('XADD', KEYS[1], '*', 'payload', string.sub(nxt, cut + 1), 'order', ARGV[5], 'at', string.sub(nxt, 1, cut - 1))
    redis.call('SET', KEYS[4], id)
  else
    redis.call('DEL', KEYS[4])
  end
end
return 1
";

/// KEYS: stream. ARGV: group, id, consumer, deliveries, idle ms.
const RELEASE: &str = r"
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if p[1] == nil or p[1][2] ~= ARGV[3] or tostring(p[1][4]) ~= ARGV[4] then return 0 end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[3], 0, ARGV[2], 'IDLE', ARGV[5], 'JUSTID')
return 1
";

/// Milliseconds for Redis: at least 1, at most what Redis takes (a signed 64-bit number).
fn redis_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX).max(1)
}

impl RedisStore {
    /// Connects to `url` and uses the keys under `prefix` (`{prefix}:events` and so on); the
    /// consumer group is created when missing. Each `RedisStore` is one consumer of the group
    /// (its clones share it). Commands and connection attempts time out after
    /// [`DEFAULT_REDIS_TIMEOUT`].
    pub async fn connect(url: &str, prefix: &str) -> Result<Self, StoreError> {
        let client = redis::Client::open(url).map_err(backend)?;
        let config = ConnectionManagerConfig::new()
            .set_response_timeout(DEFAULT_REDIS_TIMEOUT)
            .set_connection_timeout(DEFAULT_REDIS_TIMEOUT);
        let mut conn = ConnectionManager::new_with_config(client, config)
            .await
            .map_err(backend)?;
        let tag = format!("{{{prefix}}}");
        let keys = Keys {
            stream: format!("{tag}:events"),
            group: format!("{tag}:workers"),
            count: format!("{tag}:count"),
            tag,
        };
        let created: redis::RedisResult<Value> = redis::cmd("XGROUP")
            .arg("CREATE")
            .arg(&keys.stream)
            .arg(&keys.group)
            .arg("0")
            .arg("MKSTREAM")
            .query_async(&mut conn)
            .await;
        if let Err(e) = created
            && e.code() != Some("BUSYGROUP")
        {
            return Err(backend(e));
        }
        Ok(Self {
            conn,
            keys: Arc::new(keys),
            consumer: Arc::from(format!("c-{:016x}", fastrand::u64(..))),
            window: DEFAULT_DEDUP_WINDOW,
            capacity: DEFAULT_CAPACITY,
            visibility_ms: Arc::new(std::sync::atomic::AtomicU64::new(60_000)),
            cursor: Arc::new(Mutex::new("0-0".into())),
        })
    }

    /// How long a de-duplication key is remembered (default a day).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// How many unacknowledged events the store holds at most before receivers answer 503
    /// (default 100,000).
    pub fn capacity(mut self, events: usize) -> Self {
        self.capacity = events;
        self
    }

    /// Events stored and not yet acknowledged (in the stream or waiting for their chat).
    pub async fn len(&self) -> Result<usize, StoreError> {
        let mut conn = self.conn.clone();
        let n: Option<i64> = conn.get(&self.keys.count).await.map_err(backend)?;
        Ok(usize::try_from(n.unwrap_or(0)).unwrap_or(0))
    }

    /// Whether no event waits.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len().await? == 0)
    }

    /// Deletes every key of the store, de-duplication keys included (for tests). Walks the keys
    /// with `SCAN`, so it does not block Redis.
    pub async fn clear(&self) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        let pattern = format!("{}*", escape_glob(&self.keys.tag));
        let mut cursor: u64 = 0;
        loop {
            let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(&pattern)
                .arg("COUNT")
                .arg(1000)
                .query_async(&mut conn)
                .await
                .map_err(backend)?;
            if !keys.is_empty() {
                let _: () = conn.del(keys).await.map_err(backend)?;
            }
            if next == 0 {
                return Ok(());
            }
            cursor = next;
        }
    }
}

/// `text` as a literal in a `SCAN MATCH` pattern.
fn escape_glob(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

fn text(value: Option<&Value>) -> Option<Vec<u8>> {
    match value {
        Some(Value::BulkString(b)) => Some(b.clone()),
        Some(Value::SimpleString(s)) => Some(s.clone().into_bytes()),
        _ => None,
    }
}

fn int(value: Option<&Value>) -> Option<i64> {
    match value {
        Some(Value::Int(n)) => Some(*n),
        other => text(other)
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| s.parse().ok()),
    }
}

impl EventStore for RedisStore {
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let k = &self.keys;
            let dedup = delivery.dedup_key.as_deref();
            let order = delivery.order_key.as_deref().unwrap_or("");
            let outcome: i64 = redis::Script::new(PUT)
                .key(&k.stream)
                .key(&k.count)
                .key(k.seen(dedup.unwrap_or("")))
                .key(k.waiting(order))
                .key(k.head(order))
                .arg(self.capacity)
                .arg(redis_ms(self.window))
                .arg(delivery.body.as_ref())
                .arg(if dedup.is_some() { "1" } else { "0" })
                .arg(order)
                .arg(now_ms())
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            match outcome {
                1 => Ok(Stored::New),
                0 => Ok(Stored::Duplicate),
                _ => Err(StoreError::Full {
                    retry_after: Duration::from_secs(1),
                }),
            }
        })
    }

    /// Leases up to `max` events. `ordered` changes nothing here: this store always hands out
    /// a chat's events one at a time, in arrival order (see the [module docs](self)).
    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        _ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let visibility_ms = redis_ms(visibility);
            self.visibility_ms.store(
                u64::try_from(visibility_ms).unwrap_or(u64::MAX),
                std::sync::atomic::Ordering::Relaxed,
            );
            let cursor = self
                .cursor
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone();
            let reply: Value = redis::Script::new(LEASE)
                .key(&self.keys.stream)
                .arg(&self.keys.group)
                .arg(&*self.consumer)
                .arg(visibility_ms)
                .arg(&cursor)
                .arg(max.max(1))
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            let Value::Array(parts) = reply else {
                return Err(StoreError::Backend(format!(
                    "unexpected reply to the lease script: {reply:?}"
                )));
            };
            if let Some(next) = text(parts.first()).and_then(|b| String::from_utf8(b).ok()) {
                *self
                    .cursor
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = next;
            }
            let rows = match parts.get(1) {
                Some(Value::Array(rows)) => rows.as_slice(),
                _ => &[],
            };
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let Value::Array(f) = row else { continue };
                let id = text(f.first())
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default();
                let deliveries = int(f.get(4)).unwrap_or(1).max(1);
                if int(f.get(5)) != Some(1) {
                    // Not written by this store (or damaged): hand it out as is and let the
                    // handler's parse error say so, rather than lose it silently.
                    tracing::error!(event = %id, "a stream entry without a payload");
                }
                let order = text(f.get(2))
                    .and_then(|b| String::from_utf8(b).ok())
                    .filter(|s| !s.is_empty());
                let at = int(f.get(3))
                    .and_then(|n| u64::try_from(n).ok())
                    .unwrap_or(0);
                out.push(Leased {
                    lease: format!("{}:{deliveries}", self.consumer),
                    id,
                    body: Bytes::from(text(f.get(1)).unwrap_or_default()),
                    received_at: UNIX_EPOCH + Duration::from_millis(at),
                    previous_attempts: u32::try_from(deliveries - 1).unwrap_or(u32::MAX),
                    order_key: order,
                });
            }
            Ok(out)
        })
    }

    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let k = &self.keys;
            let order = leased.order_key.as_deref().unwrap_or("");
            let _: i64 = redis::Script::new(ACK)
                .key(&k.stream)
                .key(&k.count)
                .key(k.waiting(order))
                .key(k.head(order))
                .arg(&k.group)
                .arg(&leased.id)
                .arg(&*self.consumer)
                .arg(lease_deliveries(leased))
                .arg(order)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }

    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            // XAUTOCLAIM takes entries idle for the visibility: make this one that idle, less
            // `after` (so it comes back after `after`, at most the visibility).
            let visibility = i64::try_from(
                self.visibility_ms
                    .load(std::sync::atomic::Ordering::Relaxed),
            )
            .unwrap_or(i64::MAX);
            let after = i64::try_from(after.as_millis()).unwrap_or(i64::MAX);
            let idle = visibility.saturating_sub(after).max(0);
            let _: i64 = redis::Script::new(RELEASE)
                .key(&self.keys.stream)
                .arg(&self.keys.group)
                .arg(&leased.id)
                .arg(&*self.consumer)
                .arg(lease_deliveries(leased))
                .arg(idle)
                .invoke_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }
}

/// The delivery count a lease was taken at (the lease is `consumer:count`).
fn lease_deliveries(leased: &Leased) -> &str {
    leased.lease.rsplit(':').next().unwrap_or("0")
}
