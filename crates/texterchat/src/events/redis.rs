//! A shared [`EventStore`] on Redis Streams (feature `redis`): any number of receivers and
//! workers, on any number of machines, share one stream.
//!
//! - **Storing** is one Lua script, so it is atomic across receivers: a de-duplication key is set
//!   with `SET NX PX` (the window), and only when it was not there the delivery is added with
//!   `XADD` (and its id appended to its chat's order list).
//! - **Leasing** uses a consumer group: `XREADGROUP` hands new events to one worker each;
//!   `XAUTOCLAIM` hands out again the events whose worker held them longer than the visibility
//!   (it died, or its handler failed and released them). The lease is the pair (consumer,
//!   delivery count), checked by `XPENDING` when acknowledging, so a worker whose lease ran out
//!   cannot acknowledge an event another worker now holds.
//! - **Acknowledging** is `XACK` + `XDEL` (the stream keeps only events not yet handled).
//! - **Per-chat ordering**: an event is handed out only while it heads its chat's order list;
//!   the list loses its head when that event is acknowledged.
//!
//! Durability is Redis's: configure AOF (`appendonly yes`, `appendfsync everysec` or `always`)
//! for stored events to survive a Redis restart. All keys share the hash tag `{prefix}`, so the
//! store works on a cluster too.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use texterchat::events::redis::RedisStore;
//! let store = RedisStore::connect("redis://127.0.0.1:6379/", "texter").await?;
//! # Ok(()) }
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures::future::BoxFuture;
use redis::aio::ConnectionManager;
use redis::{AsyncCommands, Value};

use super::store::{
    DEFAULT_CAPACITY, DEFAULT_DEDUP_WINDOW, EventStore, Leased, NewDelivery, StoreError, Stored,
};

/// A shared event store on a Redis stream; see the [module docs](self).
#[derive(Clone)]
pub struct RedisStore {
    conn: ConnectionManager,
    keys: Arc<Keys>,
    consumer: Arc<str>,
    window: Duration,
    capacity: usize,
    /// The visibility of the last lease, for releases (Redis's idle time is what counts).
    visibility_ms: Arc<AtomicU64>,
}

struct Keys {
    stream: String,
    group: String,
    seen: String,
    order: String,
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

const PUT: &str = r"
if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return -1 end
if ARGV[4] ~= '' then
  if not redis.call('SET', KEYS[2] .. ARGV[4], '1', 'NX', 'PX', ARGV[2]) then return 0 end
end
local id = redis.call('XADD', KEYS[1], '*', 'body', ARGV[3], 'order', ARGV[5], 'at', ARGV[6])
if ARGV[5] ~= '' then redis.call('RPUSH', KEYS[3] .. ARGV[5], id) end
return 1
";

const ACK: &str = r"
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if p[1] == nil or p[1][2] ~= ARGV[3] or tostring(p[1][4]) ~= ARGV[4] then return 0 end
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
if ARGV[5] ~= '' then redis.call('LREM', KEYS[2] .. ARGV[5], 1, ARGV[2]) end
return 1
";

impl RedisStore {
    /// Connects to `url` and uses the keys under `prefix` (`{prefix}:events` and so on); the
    /// consumer group is created when missing. Each `RedisStore` is one consumer.
    pub async fn connect(url: &str, prefix: &str) -> Result<Self, StoreError> {
        let client = redis::Client::open(url).map_err(backend)?;
        let mut conn = ConnectionManager::new(client).await.map_err(backend)?;
        let tag = format!("{{{prefix}}}");
        let keys = Keys {
            stream: format!("{tag}:events"),
            group: format!("{tag}:workers"),
            seen: format!("{tag}:seen:"),
            order: format!("{tag}:order:"),
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
            visibility_ms: Arc::new(AtomicU64::new(60_000)),
        })
    }

    /// How long a de-duplication key is remembered (default a day).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// How many unacknowledged events the stream holds at most before receivers answer 503
    /// (default 100,000).
    pub fn capacity(mut self, events: usize) -> Self {
        self.capacity = events;
        self
    }

    /// Events stored and not yet acknowledged.
    pub async fn len(&self) -> Result<usize, StoreError> {
        let mut conn = self.conn.clone();
        redis::cmd("XLEN")
            .arg(&self.keys.stream)
            .query_async(&mut conn)
            .await
            .map_err(backend)
    }

    /// Whether no event waits.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len().await? == 0)
    }

    /// Deletes every key of the store (for tests).
    pub async fn clear(&self) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        let pattern = format!("{}*", self.keys.stream.trim_end_matches(":events"));
        let keys: Vec<String> = redis::cmd("KEYS")
            .arg(pattern)
            .query_async(&mut conn)
            .await
            .map_err(backend)?;
        if !keys.is_empty() {
            let _: () = conn.del(keys).await.map_err(backend)?;
        }
        Ok(())
    }

    fn to_leased(
        &self,
        id: String,
        fields: &std::collections::HashMap<String, Value>,
        deliveries: u64,
    ) -> Leased {
        let text = |k: &str| match fields.get(k) {
            Some(Value::BulkString(b)) => Some(b.clone()),
            _ => None,
        };
        let at = text("at")
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        let order = text("order")
            .and_then(|b| String::from_utf8(b).ok())
            .filter(|s| !s.is_empty());
        Leased {
            id,
            body: Bytes::from(text("body").unwrap_or_default()),
            received_at: UNIX_EPOCH + Duration::from_millis(at),
            previous_attempts: u32::try_from(deliveries.saturating_sub(1)).unwrap_or(u32::MAX),
            order_key: order,
            lease: format!("{}:{deliveries}", self.consumer),
        }
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Entries of an `XREADGROUP`/`XAUTOCLAIM` reply: `[[id, [field, value, …]], …]`.
fn entries(value: &Value) -> Vec<(String, std::collections::HashMap<String, Value>)> {
    let mut out = Vec::new();
    let Value::Array(items) = value else {
        return out;
    };
    for item in items {
        let Value::Array(pair) = item else { continue };
        let (Some(Value::BulkString(id)), Some(Value::Array(kv))) = (pair.first(), pair.get(1))
        else {
            continue;
        };
        let mut fields = std::collections::HashMap::new();
        for chunk in kv.chunks(2) {
            if let [Value::BulkString(k), v] = chunk {
                fields.insert(String::from_utf8_lossy(k).into_owned(), v.clone());
            }
        }
        out.push((String::from_utf8_lossy(id).into_owned(), fields));
    }
    out
}

impl EventStore for RedisStore {
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let outcome: i64 = redis::Script::new(PUT)
                .key(&self.keys.stream)
                .key(&self.keys.seen)
                .key(&self.keys.order)
                .arg(self.capacity)
                .arg(
                    u64::try_from(self.window.as_millis())
                        .unwrap_or(u64::MAX)
                        .max(1),
                )
                .arg(delivery.body.as_ref())
                .arg(delivery.dedup_key.unwrap_or_default())
                .arg(delivery.order_key.unwrap_or_default())
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

    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let visibility_ms = u64::try_from(visibility.as_millis())
                .unwrap_or(u64::MAX)
                .max(1);
            self.visibility_ms.store(visibility_ms, Ordering::Relaxed);
            let k = &self.keys;
            // Events whose worker held them too long come back first.
            let claimed: Value = redis::cmd("XAUTOCLAIM")
                .arg(&k.stream)
                .arg(&k.group)
                .arg(&*self.consumer)
                .arg(visibility_ms)
                .arg("0-0")
                .arg("COUNT")
                .arg(max)
                .query_async(&mut conn)
                .await
                .map_err(backend)?;
            let mut found: Vec<(String, std::collections::HashMap<String, Value>, bool)> =
                match &claimed {
                    Value::Array(parts) => parts
                        .get(1)
                        .map(entries)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(id, f)| (id, f, true))
                        .collect(),
                    _ => Vec::new(),
                };
            if found.len() < max {
                let fresh: Value = redis::cmd("XREADGROUP")
                    .arg("GROUP")
                    .arg(&k.group)
                    .arg(&*self.consumer)
                    .arg("COUNT")
                    .arg(max - found.len())
                    .arg("STREAMS")
                    .arg(&k.stream)
                    .arg(">")
                    .query_async(&mut conn)
                    .await
                    .map_err(backend)?;
                // [[stream, entries]]
                if let Value::Array(streams) = &fresh {
                    for s in streams {
                        if let Value::Array(pair) = s
                            && let Some(list) = pair.get(1)
                        {
                            found.extend(entries(list).into_iter().map(|(id, f)| (id, f, false)));
                        }
                    }
                }
            }
            let mut out = Vec::with_capacity(found.len());
            for (id, fields, was_claimed) in found {
                let deliveries = if was_claimed {
                    let pending: Value = redis::cmd("XPENDING")
                        .arg(&k.stream)
                        .arg(&k.group)
                        .arg(&id)
                        .arg(&id)
                        .arg(1)
                        .query_async(&mut conn)
                        .await
                        .map_err(backend)?;
                    match &pending {
                        Value::Array(rows) => match rows.first() {
                            Some(Value::Array(row)) => match row.get(3) {
                                Some(Value::Int(n)) => u64::try_from(*n).unwrap_or(1),
                                _ => 1,
                            },
                            _ => 1,
                        },
                        _ => 1,
                    }
                } else {
                    1
                };
                let leased = self.to_leased(id, &fields, deliveries);
                if ordered && let Some(order) = &leased.order_key {
                    let head: Option<String> = conn
                        .lindex(format!("{}{order}", k.order), 0)
                        .await
                        .map_err(backend)?;
                    if head.as_deref() != Some(leased.id.as_str()) {
                        // An earlier event of this chat is not handled yet: try again soon.
                        self.release(&leased, Duration::from_millis(50)).await?;
                        continue;
                    }
                }
                out.push(leased);
            }
            Ok(out)
        })
    }

    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut conn = self.conn.clone();
            let deliveries = leased.lease.rsplit(':').next().unwrap_or("0");
            let _: i64 = redis::Script::new(ACK)
                .key(&self.keys.stream)
                .key(&self.keys.order)
                .arg(&self.keys.group)
                .arg(&leased.id)
                .arg(&*self.consumer)
                .arg(deliveries)
                .arg(leased.order_key.clone().unwrap_or_default())
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
            // `after`. (XCLAIM to ourselves keeps it ours until then.)
            let visibility = self.visibility_ms.load(Ordering::Relaxed);
            let after = u64::try_from(after.as_millis()).unwrap_or(u64::MAX);
            let idle = visibility.saturating_sub(after);
            let _: Value = redis::cmd("XCLAIM")
                .arg(&self.keys.stream)
                .arg(&self.keys.group)
                .arg(&*self.consumer)
                .arg(0)
                .arg(&leased.id)
                .arg("IDLE")
                .arg(idle)
                .arg("JUSTID")
                .query_async(&mut conn)
                .await
                .map_err(backend)?;
            Ok(())
        })
    }
}
