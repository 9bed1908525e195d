//! A durable [`EventStore`] in one SQLite file (feature `sqlite`; SQLite is compiled in, nothing
//! to install).
//!
//! The file is opened in WAL mode with `synchronous=NORMAL`: a stored event survives the
//! process being killed at any point (the receiver answers 2xx only after the transaction that
//! stored it committed). An operating-system crash or power loss can lose the last transactions
//! before a checkpoint; [`SqliteStore::synchronous_full`] trades throughput for surviving that
//! too. One machine: the receiver and the workers of a file must share it through one process or
//! through processes on the same host (SQLite locks the file); for several machines use
//! [`RedisStore`](crate::events::redis::RedisStore).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use texterchat::events::sqlite::SqliteStore;
//! let store = SqliteStore::open("texter-events.sqlite3")?;
//! # Ok(()) }
//! ```

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures::future::BoxFuture;
use rusqlite::{Connection, TransactionBehavior, params};

use super::store::{
    DEFAULT_CAPACITY, DEFAULT_DEDUP_WINDOW, EventStore, Leased, NewDelivery, StoreError, Stored,
    lease_token,
};

/// A durable event store in one SQLite file; see the [module docs](self).
///
/// Stores are written by one thread that commits the deliveries waiting at once in one
/// transaction (group commit): under load, one commit serves many deliveries, and each is
/// answered only after the commit that stored it.
#[derive(Clone)]
pub struct SqliteStore {
    db: Arc<Mutex<Connection>>,
    writer: Arc<Mutex<Option<std::sync::mpsc::Sender<PutJob>>>>,
    /// Dropped with the last clone of the store, which stops the checkpoint thread.
    _checkpoints: Option<Arc<std::sync::mpsc::Sender<()>>>,
    window: Duration,
    capacity: usize,
}

/// How often the checkpoint thread copies the write-ahead log into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// Copies the WAL into the database file from a connection of its own, so no commit of the
/// writer (and no delivery waiting for it) pays for a checkpoint's disk writes. `PASSIVE` never
/// blocks the writer. Ends when every clone of the store is gone.
fn checkpoint_loop(db: Connection, stop: std::sync::mpsc::Receiver<()>) {
    loop {
        match stop.recv_timeout(CHECKPOINT_EVERY) {
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if let Err(e) = db.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::warn!(error = %e, "SQLite checkpoint failed; retried shortly");
                }
            }
            _ => return,
        }
    }
}

/// One delivery for the writer thread, and where to send what became of it.
struct PutJob {
    delivery: NewDelivery,
    window_ms: i64,
    capacity: i64,
    reply: tokio::sync::oneshot::Sender<Result<Stored, StoreError>>,
}

/// An event row as leasing reads it: seq, body, order key, received, attempts.
type Row = (i64, Vec<u8>, Option<String>, i64, i64);

/// The most deliveries one transaction stores.
const MAX_BATCH: usize = 256;

/// The writer thread: takes the waiting deliveries, stores them in one transaction, answers
/// each after the commit.
fn write_loop(db: Arc<Mutex<Connection>>, jobs: std::sync::mpsc::Receiver<PutJob>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut conn = db.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let results = store_batch(&mut conn, &batch);
        drop(conn);
        match results {
            Ok(results) => {
                for (job, result) in batch.into_iter().zip(results) {
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                for job in batch {
                    let _ = job.reply.send(Err(e.clone()));
                }
            }
        }
    }
}

/// Stores `batch` in one transaction: per delivery its outcome; `Err` when the transaction
/// itself failed (nothing was stored).
fn store_batch(
    db: &mut Connection,
    batch: &[PutJob],
) -> Result<Vec<Result<Stored, StoreError>>, StoreError> {
    let now = millis(SystemTime::now());
    let tx = db
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend)?;
    // How many events the store holds, bounded cheaply once per batch (seq is increasing, so
    // the largest minus the smallest bounds the rows); counted exactly only near the capacity.
    let (low, high): (Option<i64>, Option<i64>) = tx
        .prepare_cached("SELECT (SELECT MIN(seq) FROM events), (SELECT MAX(seq) FROM events)")
        .and_then(|mut st| st.query_row([], |r| Ok((r.get(0)?, r.get(1)?))))
        .map_err(backend)?;
    let mut held = Held {
        upper: high.unwrap_or(0) - low.unwrap_or(0) + i64::from(high.is_some()),
        exact: None,
    };
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        results.push(store_one(&tx, job, now, &mut held)?);
    }
    // Forget expired keys now and then, in the same transaction.
    if fastrand::u8(..) == 0 {
        tx.execute("DELETE FROM seen WHERE until_ms <= ?1", params![now])
            .map_err(backend)?;
    }
    tx.commit().map_err(backend)?;
    Ok(results)
}

/// The number of events held, as known within one batch.
struct Held {
    /// At least the number held.
    upper: i64,
    /// The number held, once counted.
    exact: Option<i64>,
}

fn store_one(
    tx: &rusqlite::Transaction<'_>,
    job: &PutJob,
    now: i64,
    held: &mut Held,
) -> Result<Result<Stored, StoreError>, StoreError> {
    let delivery = &job.delivery;
    if held.upper >= job.capacity {
        let count = match held.exact {
            Some(count) => count,
            None => {
                let count: i64 = tx
                    .prepare_cached("SELECT COUNT(*) FROM events")
                    .and_then(|mut st| st.query_row([], |r| r.get(0)))
                    .map_err(backend)?;
                held.exact = Some(count);
                count
            }
        };
        if count >= job.capacity {
            return Ok(Err(StoreError::Full {
                retry_after: Duration::from_secs(1),
            }));
        }
    }
    if let Some(key) = &delivery.dedup_key {
        tx.prepare_cached("DELETE FROM seen WHERE dedup_key = ?1 AND until_ms <= ?2")
            .and_then(|mut st| st.execute(params![key, now]))
            .map_err(backend)?;
        let fresh = tx
            .prepare_cached("INSERT OR IGNORE INTO seen (dedup_key, until_ms) VALUES (?1, ?2)")
            .and_then(|mut st| st.execute(params![key, now.saturating_add(job.window_ms)]))
            .map_err(backend)?;
        if fresh == 0 {
            return Ok(Ok(Stored::Duplicate));
        }
    }
    tx.prepare_cached("INSERT INTO events (body, order_key, received_ms) VALUES (?1, ?2, ?3)")
        .and_then(|mut st| st.execute(params![delivery.body.as_ref(), delivery.order_key, now]))
        .map_err(backend)?;
    held.upper = held.upper.saturating_add(1);
    held.exact = held.exact.map(|n| n.saturating_add(1));
    Ok(Ok(Stored::New))
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("dedup_window", &self.window)
            .field("capacity", &self.capacity)
            .finish_non_exhaustive()
    }
}

fn backend(e: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn millis(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        body BLOB NOT NULL,
        order_key TEXT,
        received_ms INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        leased_until_ms INTEGER NOT NULL DEFAULT 0,
        lease TEXT
    );
    CREATE INDEX IF NOT EXISTS events_by_order_key ON events (order_key, seq);
    CREATE INDEX IF NOT EXISTS events_by_lease ON events (leased_until_ms, seq);
    CREATE TABLE IF NOT EXISTS seen (
        dedup_key TEXT PRIMARY KEY,
        until_ms INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS seen_by_expiry ON seen (until_ms);
";

impl SqliteStore {
    /// Opens (or creates) the store at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let db = Connection::open(path).map_err(backend)?;
        // Checkpoints run on their own thread (see `checkpoint_loop`), not inside commits.
        db.pragma_update(None, "wal_autocheckpoint", 0)
            .map_err(backend)?;
        let mut store = Self::setup(db)?;
        let checkpointer = Connection::open(path).map_err(backend)?;
        checkpointer
            .busy_timeout(Duration::from_secs(5))
            .map_err(backend)?;
        let (stop, stopped) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("texterchat-sqlite-checkpoint".into())
            .spawn(move || checkpoint_loop(checkpointer, stopped))
            .map_err(backend)?;
        store._checkpoints = Some(Arc::new(stop));
        Ok(store)
    }

    /// A store in memory (for tests): the same SQL, nothing on disk.
    pub fn in_memory() -> Result<Self, StoreError> {
        Self::setup(Connection::open_in_memory().map_err(backend)?)
    }

    fn setup(db: Connection) -> Result<Self, StoreError> {
        let mode: String = db
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(backend)?;
        // An in-memory database stays "memory"; a file that cannot use WAL (a network file
        // system, say) is refused rather than used with weaker guarantees.
        if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
            return Err(StoreError::Backend(format!(
                "SQLite could not switch the file to WAL mode (journal_mode is {mode:?})"
            )));
        }
        db.pragma_update(None, "synchronous", "NORMAL")
            .map_err(backend)?;
        db.busy_timeout(Duration::from_secs(5)).map_err(backend)?;
        db.execute_batch(SCHEMA).map_err(backend)?;
        let db = Arc::new(Mutex::new(db));
        let (sender, jobs) = std::sync::mpsc::channel();
        let for_writer = Arc::clone(&db);
        std::thread::Builder::new()
            .name("texterchat-sqlite-writer".into())
            .spawn(move || write_loop(for_writer, jobs))
            .map_err(backend)?;
        Ok(Self {
            db,
            writer: Arc::new(Mutex::new(Some(sender))),
            _checkpoints: None,
            window: DEFAULT_DEDUP_WINDOW,
            capacity: DEFAULT_CAPACITY,
        })
    }

    /// Every commit waits for the disk (`synchronous=FULL`): stored events survive an OS crash
    /// or power loss too, at a lower throughput.
    pub fn synchronous_full(self) -> Result<Self, StoreError> {
        self.lock()
            .pragma_update(None, "synchronous", "FULL")
            .map_err(backend)?;
        Ok(self)
    }

    /// How long a de-duplication key is remembered (default a day).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// How many unacknowledged events it holds at most before the receiver answers 503
    /// (default 100,000).
    pub fn capacity(mut self, events: usize) -> Self {
        self.capacity = events;
        self
    }

    /// Events stored and not yet acknowledged.
    pub fn len(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .lock()
            .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
            .map_err(backend)?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Whether no event waits.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.db
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs `f` on the connection off the async executor (SQLite calls block).
    fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> BoxFuture<'static, Result<T, StoreError>> {
        let db = Arc::clone(&self.db);
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                let mut conn = db.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                f(&mut conn)
            })
            .await
            .map_err(backend)?
        })
    }
}

impl EventStore for SqliteStore {
    fn put(&self, delivery: NewDelivery) -> BoxFuture<'_, Result<Stored, StoreError>> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = PutJob {
            delivery,
            window_ms: duration_ms(self.window),
            capacity: i64::try_from(self.capacity).unwrap_or(i64::MAX),
            reply,
        };
        let sent = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
            .map(|w| w.send(job).is_ok())
            .unwrap_or(false);
        Box::pin(async move {
            if !sent {
                return Err(StoreError::Backend(
                    "the SQLite writer thread stopped".into(),
                ));
            }
            answer.await.unwrap_or_else(|_| {
                Err(StoreError::Backend(
                    "the SQLite writer thread stopped".into(),
                ))
            })
        })
    }

    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        let visibility = duration_ms(visibility);
        let limit = i64::try_from(max).unwrap_or(i64::MAX);
        self.blocking(move |db| {
            let now = millis(SystemTime::now());
            // Most polls find nothing: ask without taking the write lock first.
            let any: bool = db
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE leased_until_ms <= ?1)")
                .and_then(|mut st| st.query_row(params![now], |r| r.get(0)))
                .map_err(backend)?;
            if !any {
                return Ok(Vec::new());
            }
            let tx = db
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(backend)?;
            // With ordering, an event waits while an earlier one of its order key exists.
            let sql = if ordered {
                "SELECT seq, body, order_key, received_ms, attempts FROM events e
                 WHERE leased_until_ms <= ?1
                   AND (order_key IS NULL OR NOT EXISTS (
                        SELECT 1 FROM events p WHERE p.order_key = e.order_key AND p.seq < e.seq))
                 ORDER BY seq LIMIT ?2"
            } else {
                "SELECT seq, body, order_key, received_ms, attempts FROM events
                 WHERE leased_until_ms <= ?1 ORDER BY seq LIMIT ?2"
            };
            let rows: Vec<Row> = {
                let mut stmt = tx.prepare_cached(sql).map_err(backend)?;
                stmt.query_map(params![now, limit], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })
                .map_err(backend)?
                .collect::<Result<_, _>>()
                .map_err(backend)?
            };
            let mut out = Vec::with_capacity(rows.len());
            for (seq, body, order_key, received_ms, attempts) in rows {
                let token = lease_token();
                tx.prepare_cached(
                    "UPDATE events SET leased_until_ms = ?1, lease = ?2, attempts = attempts + 1 WHERE seq = ?3",
                )
                .and_then(|mut st| st.execute(params![now.saturating_add(visibility), token, seq]))
                .map_err(backend)?;
                out.push(Leased {
                    id: seq.to_string(),
                    body: Bytes::from(body),
                    received_at: UNIX_EPOCH
                        + Duration::from_millis(u64::try_from(received_ms).unwrap_or(0)),
                    previous_attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                    order_key,
                    lease: token,
                });
            }
            tx.commit().map_err(backend)?;
            Ok(out)
        })
    }

    fn ack<'a>(&'a self, leased: &'a Leased) -> BoxFuture<'a, Result<(), StoreError>> {
        let (id, lease) = (leased.id.clone(), leased.lease.clone());
        self.blocking(move |db| {
            db.execute(
                "DELETE FROM events WHERE seq = ?1 AND lease = ?2",
                params![id.parse::<i64>().unwrap_or(-1), lease],
            )
            .map_err(backend)?;
            Ok(())
        })
    }

    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        let (id, lease) = (leased.id.clone(), leased.lease.clone());
        let after = duration_ms(after);
        self.blocking(move |db| {
            let now = millis(SystemTime::now());
            db.execute(
                "UPDATE events SET leased_until_ms = ?1, lease = NULL WHERE seq = ?2 AND lease = ?3",
                params![now.saturating_add(after), id.parse::<i64>().unwrap_or(-1), lease],
            )
            .map_err(backend)?;
            Ok(())
        })
    }
}
