//! Durable, de-duplicated webhook delivery (issue 11), over HTTP and across processes: stores'
//! semantics, a receiver killed with SIGKILL after answering, a worker killed mid-event, storms
//! of repeated deliveries, per-chat ordering, the secret in a header, back-pressure.
//!
//! The SQLite tests always run. The Redis tests run with `--features redis` and need a
//! redis-server: `.ci/run` starts one and sets `TEXTER_TEST_REDIS_URL`; without that variable
//! they fail saying so (they never pass silently).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::{Value, json};
use texterchat::events::receiver::WebhookReceiver;
use texterchat::events::sqlite::SqliteStore;
use texterchat::events::store::{EventStore, Leased, MemoryStore, NewDelivery, StoreError, Stored};
use texterchat::events::worker::EventWorker;
use texterchat::events::{SECRET_HEADER, parse};
use tokio::io::{AsyncBufReadExt, BufReader};

const SECRET: &str = "durable-test-secret-5f3a9c2e";

/// A `newIncomingMessage` delivery: message `m`, in chat `chat`.
fn delivery(chat: &str, m: u32) -> Value {
    json!({
        "eventName": "newIncomingMessage",
        "eventData": {
            "message": {"_id": format!("msg-{chat}-{m:04}"), "timestamp": 1_762_012_091_000u64 + u64::from(m), "direction": "incoming", "text": format!("{m}")},
            "chat": {"_id": chat, "lastIncomingMessageTimestamp": 1_762_012_091_000u64 + u64::from(m)}
        }
    })
}

fn new_delivery(chat: &str, m: u32) -> NewDelivery {
    let body = delivery(chat, m).to_string();
    let event = parse(body.as_bytes()).unwrap();
    NewDelivery::new(body.into_bytes().into(), &event)
}

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "texterchat-durable-{}-{}",
        std::process::id(),
        fastrand_u64()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn fastrand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(Instant::now().elapsed().as_nanos());
    h.finish()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// Serves `receiver` on a local port; returns its URL with the secret.
async fn serve(receiver: WebhookReceiver) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let url = receiver.webhook_url(&format!("http://{addr}/")).unwrap();
    let router = receiver.router();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    url
}

async fn post(http: &reqwest::Client, url: &str, body: &Value) -> reqwest::Response {
    http.post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

/// Runs a worker over `store` until `want` events were handled or `limit` passed; returns the
/// handled events' message ids in handling order.
async fn handle_all(store: Arc<dyn EventStore>, want: usize, limit: Duration) -> Vec<String> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (done, finished) = tokio::sync::oneshot::channel::<()>();
    let done = Arc::new(Mutex::new(Some(done)));
    let recorder = Arc::clone(&seen);
    let worker = EventWorker::shared(store)
        .visibility(Duration::from_secs(2))
        .handler_timeout(Duration::from_secs(1))
        .poll_interval(Duration::from_millis(20))
        .run_until(
            move |leased: Leased| {
                let seen = Arc::clone(&recorder);
                let done = Arc::clone(&done);
                async move {
                    let event = leased.event().map_err(|e| e.to_string())?;
                    let id = event_message_id(&event);
                    let mut seen = seen.lock().unwrap();
                    seen.push(id);
                    if seen.len() >= want
                        && let Some(done) = done.lock().unwrap().take()
                    {
                        let _ = done.send(());
                    }
                    Ok::<(), String>(())
                }
            },
            async move {
                let _ = tokio::time::timeout(limit, finished).await;
            },
        );
    worker.await.unwrap();
    seen.lock().unwrap().clone()
}

fn event_message_id(event: &texterchat::events::Event) -> String {
    use texterchat::events::EventExt;
    event
        .message()
        .and_then(|m| m.id.clone())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Child processes

struct Child {
    process: tokio::process::Child,
    lines: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
}

impl Child {
    fn spawn(args: &[&str]) -> Self {
        let mut process = tokio::process::Command::new(env!("CARGO_BIN_EXE_durable_child"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let stdout = process.stdout.take().unwrap();
        Self {
            process,
            lines: BufReader::new(stdout).lines(),
        }
    }

    /// The rest of the first line starting with `prefix`.
    async fn line(&mut self, prefix: &str) -> String {
        let read = async {
            while let Some(line) = self.lines.next_line().await.unwrap() {
                if let Some(rest) = line.strip_prefix(prefix) {
                    return rest.trim().to_string();
                }
            }
            panic!("the child ended before printing {prefix:?}");
        };
        tokio::time::timeout(Duration::from_secs(30), read)
            .await
            .unwrap_or_else(|_| panic!("no {prefix:?} from the child within 30 s"))
    }

    /// SIGKILL: no destructor, no flush, nothing of the process runs again.
    async fn kill9(mut self) {
        self.process.start_kill().unwrap();
        let status = self.process.wait().await.unwrap();
        assert!(!status.success(), "killed, not exited: {status:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// One behaviour suite, run against every store

async fn semantics(
    make: impl Fn(usize) -> futures::future::BoxFuture<'static, Arc<dyn EventStore>>,
) {
    // Put, repeat, lease, ack.
    let store = make(100).await;
    assert_eq!(store.put(new_delivery("c1", 1)).await.unwrap(), Stored::New);
    assert_eq!(
        store.put(new_delivery("c1", 1)).await.unwrap(),
        Stored::Duplicate,
        "same dedup key"
    );
    let leased = store
        .lease(10, Duration::from_secs(30), false)
        .await
        .unwrap();
    assert_eq!(leased.len(), 1);
    assert_eq!(leased[0].previous_attempts, 0);
    assert_eq!(event_message_id(&leased[0].event().unwrap()), "msg-c1-0001");
    assert!(
        store
            .lease(10, Duration::from_secs(30), false)
            .await
            .unwrap()
            .is_empty(),
        "leased to one worker"
    );
    store.ack(&leased[0]).await.unwrap();
    assert_eq!(
        store.put(new_delivery("c1", 1)).await.unwrap(),
        Stored::Duplicate,
        "handled within the window"
    );

    // A lease that runs out hands the event out again; the stale lease cannot acknowledge it.
    assert_eq!(store.put(new_delivery("c1", 2)).await.unwrap(), Stored::New);
    // (Every lease here uses the same visibility: with Redis, a lease runs out when it has been
    // idle for the visibility of the worker that would take it over.)
    let short = Duration::from_millis(300);
    let first = store.lease(1, short, false).await.unwrap().pop().unwrap();
    tokio::time::sleep(Duration::from_millis(450)).await;
    let second = store.lease(1, short, false).await.unwrap().pop().unwrap();
    assert_eq!(second.id, first.id);
    assert_eq!(second.previous_attempts, 1);
    store.ack(&first).await.unwrap(); // stale: ignored
    store.release(&first, Duration::ZERO).await.unwrap(); // stale: ignored
    assert!(
        store.lease(1, short, false).await.unwrap().is_empty(),
        "still leased to the second: a stale lease can neither acknowledge nor release it"
    );
    // A release hands it out again after the given delay.
    store.release(&second, Duration::ZERO).await.unwrap();
    let third = store
        .lease(1, short, false)
        .await
        .unwrap()
        .pop()
        .expect("released");
    assert_eq!(third.id, first.id);
    store.ack(&third).await.unwrap();
    assert!(
        store
            .lease(10, Duration::from_secs(30), false)
            .await
            .unwrap()
            .is_empty()
    );

    // Per-chat ordering: a chat's next event waits for its earlier one.
    for (chat, m) in [("a", 1), ("a", 2), ("b", 1), ("a", 3)] {
        store.put(new_delivery(chat, m)).await.unwrap();
    }
    let batch = store
        .lease(10, Duration::from_secs(30), true)
        .await
        .unwrap();
    let ids: Vec<String> = batch
        .iter()
        .map(|l| event_message_id(&l.event().unwrap()))
        .collect();
    assert_eq!(
        ids,
        ["msg-a-0001", "msg-b-0001"],
        "one event per chat, the earliest"
    );
    for l in &batch {
        store.ack(l).await.unwrap();
    }
    let batch = lease_soon(&store, true).await;
    let ids: Vec<String> = batch
        .iter()
        .map(|l| event_message_id(&l.event().unwrap()))
        .collect();
    assert_eq!(ids, ["msg-a-0002"]);
    store.ack(&batch[0]).await.unwrap();
    let batch = lease_soon(&store, true).await;
    let ids: Vec<String> = batch
        .iter()
        .map(|l| event_message_id(&l.event().unwrap()))
        .collect();
    assert_eq!(ids, ["msg-a-0003"]);
    store.ack(&batch[0]).await.unwrap();

    // One busy chat holds back only itself: while its first event is being handled, the
    // other chats' events are handed out at once, however many of its own wait.
    for m in 1..=30 {
        store.put(new_delivery("busy", m)).await.unwrap();
    }
    store.put(new_delivery("quiet", 1)).await.unwrap();
    let head = store.lease(1, Duration::from_secs(30), true).await.unwrap();
    assert_eq!(event_message_id(&head[0].event().unwrap()), "msg-busy-0001");
    let started = Instant::now();
    let mut others = Vec::new();
    for _ in 0..20 {
        others = store.lease(1, Duration::from_secs(30), true).await.unwrap();
        if !others.is_empty() {
            break;
        }
    }
    assert_eq!(
        others
            .iter()
            .map(|l| event_message_id(&l.event().unwrap()))
            .collect::<Vec<_>>(),
        ["msg-quiet-0001"],
        "handed out while the busy chat's head is held"
    );
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(others[0].previous_attempts, 0, "never handed out before");
    store.ack(&others[0]).await.unwrap();
    store.ack(&head[0]).await.unwrap();
    for m in 2..=30 {
        let next = lease_soon(&store, true).await;
        assert_eq!(
            next.iter()
                .map(|l| event_message_id(&l.event().unwrap()))
                .collect::<Vec<_>>(),
            [format!("msg-busy-{m:04}")]
        );
        assert_eq!(next[0].previous_attempts, 0, "waiting is not an attempt");
        store.ack(&next[0]).await.unwrap();
    }
    assert!(lease_soon(&store, true).await.is_empty());

    // Capacity: past it, `Full` (the receiver answers 503).
    let small = make(2).await;
    small.put(new_delivery("x", 1)).await.unwrap();
    small.put(new_delivery("x", 2)).await.unwrap();
    assert!(matches!(
        small.put(new_delivery("x", 3)).await,
        Err(StoreError::Full { .. })
    ));
}

/// Leases until something comes (at most a second).
async fn lease_soon(store: &Arc<dyn EventStore>, ordered: bool) -> Vec<Leased> {
    for _ in 0..50 {
        let batch = store
            .lease(10, Duration::from_secs(30), ordered)
            .await
            .unwrap();
        if !batch.is_empty() {
            return batch;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Vec::new()
}

/// Through a worker: an event whose handler returned an error, panicked (before and after its
/// first `.await`) or ran past the handler timeout is handed out again, after the backoff, and
/// acknowledged once a run succeeds; the store ends empty.
async fn failed_runs_are_retried(store: Arc<dyn EventStore>) {
    for chat in ["fails", "panics-at-once", "panics-later", "hangs", "fine"] {
        store.put(new_delivery(chat, 1)).await.unwrap();
    }
    let runs = Arc::new(Mutex::new(Vec::<(String, u32)>::new()));
    let record = Arc::clone(&runs);
    let watch = Arc::clone(&runs);
    let stop = async move {
        for _ in 0..400 {
            if watch.lock().unwrap().len() >= 9 {
                // Leave time for the acknowledgements, and for a stray third run to show.
                tokio::time::sleep(Duration::from_millis(300)).await;
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    };
    EventWorker::shared(Arc::clone(&store))
        .visibility(Duration::from_secs(3))
        .handler_timeout(Duration::from_millis(300))
        .poll_interval(Duration::from_millis(20))
        .run_until(
            move |leased: Leased| {
                let chat = leased.order_key.clone().unwrap_or_default();
                record
                    .lock()
                    .unwrap()
                    .push((chat.clone(), leased.previous_attempts));
                let first = leased.previous_attempts == 0;
                if first && chat == "panics-at-once" {
                    panic!("a handler that panics before its first await");
                }
                async move {
                    tokio::task::yield_now().await;
                    if first {
                        match chat.as_str() {
                            "fails" => return Err("not this time".to_string()),
                            "panics-later" => panic!("a handler that panics after an await"),
                            "hangs" => tokio::time::sleep(Duration::from_secs(10)).await,
                            _ => {}
                        }
                    }
                    Ok(())
                }
            },
            stop,
        )
        .await
        .unwrap();
    let mut runs = runs.lock().unwrap().clone();
    runs.sort();
    assert_eq!(
        runs,
        [
            ("fails".to_string(), 0),
            ("fails".to_string(), 1),
            ("fine".to_string(), 0),
            ("hangs".to_string(), 0),
            ("hangs".to_string(), 1),
            ("panics-at-once".to_string(), 0),
            ("panics-at-once".to_string(), 1),
            ("panics-later".to_string(), 0),
            ("panics-later".to_string(), 1),
        ],
        "each failed run once more, the fine one once"
    );
    assert!(
        store
            .lease(10, Duration::from_secs(3), false)
            .await
            .unwrap()
            .is_empty(),
        "all acknowledged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_runs_are_retried_memory() {
    failed_runs_are_retried(Arc::new(MemoryStore::new())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_runs_are_retried_sqlite() {
    failed_runs_are_retried(Arc::new(
        SqliteStore::open(temp_path("retry.sqlite3")).unwrap(),
    ))
    .await;
}

/// A store whose first `lease` calls fail, then works: the worker keeps going.
struct Flaky {
    inner: MemoryStore,
    failures_left: Mutex<u32>,
}

impl EventStore for Flaky {
    fn put(
        &self,
        delivery: NewDelivery,
    ) -> futures::future::BoxFuture<'_, Result<Stored, StoreError>> {
        self.inner.put(delivery)
    }
    fn lease(
        &self,
        max: usize,
        visibility: Duration,
        ordered: bool,
    ) -> futures::future::BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        let mut left = self.failures_left.lock().unwrap();
        if *left > 0 {
            *left -= 1;
            return Box::pin(async { Err(StoreError::Backend("connection reset".into())) });
        }
        self.inner.lease(max, visibility, ordered)
    }
    fn ack<'a>(
        &'a self,
        leased: &'a Leased,
    ) -> futures::future::BoxFuture<'a, Result<(), StoreError>> {
        self.inner.ack(leased)
    }
    fn release<'a>(
        &'a self,
        leased: &'a Leased,
        after: Duration,
    ) -> futures::future::BoxFuture<'a, Result<(), StoreError>> {
        self.inner.release(leased, after)
    }
}

#[tokio::test]
async fn a_worker_outlives_a_failing_store() {
    let store = Arc::new(Flaky {
        inner: MemoryStore::new(),
        failures_left: Mutex::new(3),
    });
    store.put(new_delivery("c1", 1)).await.unwrap();
    let handled = handle_all(store.clone(), 1, Duration::from_secs(10)).await;
    assert_eq!(
        handled,
        ["msg-c1-0001"],
        "handled once the store answered again"
    );
    assert_eq!(*store.failures_left.lock().unwrap(), 0);
}

/// A store that never answers a put.
struct Silent;

impl EventStore for Silent {
    fn put(&self, _: NewDelivery) -> futures::future::BoxFuture<'_, Result<Stored, StoreError>> {
        Box::pin(std::future::pending())
    }
    fn lease(
        &self,
        _: usize,
        _: Duration,
        _: bool,
    ) -> futures::future::BoxFuture<'_, Result<Vec<Leased>, StoreError>> {
        Box::pin(std::future::pending())
    }
    fn ack<'a>(&'a self, _: &'a Leased) -> futures::future::BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(std::future::pending())
    }
    fn release<'a>(
        &'a self,
        _: &'a Leased,
        _: Duration,
    ) -> futures::future::BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(std::future::pending())
    }
}

#[tokio::test]
async fn a_silent_store_is_503_after_the_store_timeout_and_no_store_is_503() {
    let url = serve(
        WebhookReceiver::new(SECRET)
            .unwrap()
            .store(Silent)
            .store_timeout(Duration::from_millis(200)),
    )
    .await;
    let http = client();
    let started = Instant::now();
    let refused = post(&http, &url, &delivery("c1", 1)).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(refused.headers().contains_key("retry-after"));
    assert!(started.elapsed() < Duration::from_secs(3));
    let text = refused.text().await.unwrap();
    assert!(
        !text.contains("within"),
        "the cause is logged, not told: {text}"
    );

    // A router made without a store accepts nothing: no event is answered 2xx to be lost.
    let url = serve(WebhookReceiver::new(SECRET).unwrap()).await;
    let refused = post(&http, &url, &delivery("c1", 1)).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn the_memory_store_keeps_the_contract() {
    semantics(|capacity| {
        Box::pin(
            async move { Arc::new(MemoryStore::new().capacity(capacity)) as Arc<dyn EventStore> },
        )
    })
    .await;
}

#[tokio::test]
async fn the_sqlite_store_keeps_the_contract() {
    semantics(|capacity| {
        Box::pin(async move {
            Arc::new(
                SqliteStore::open(temp_path("events.sqlite3"))
                    .unwrap()
                    .capacity(capacity),
            ) as Arc<dyn EventStore>
        })
    })
    .await;
}

/// A repeat within the dedup window is dropped, also after the first was handled; once the
/// window has passed, the same delivery is a new event again (the README's table says so).
async fn the_window_ends(store: Arc<dyn EventStore>, window: Duration) {
    assert_eq!(store.put(new_delivery("cw", 1)).await.unwrap(), Stored::New);
    let leased = store
        .lease(10, Duration::from_secs(30), false)
        .await
        .unwrap();
    assert_eq!(leased.len(), 1);
    store.ack(&leased[0]).await.unwrap();
    assert_eq!(
        store.put(new_delivery("cw", 1)).await.unwrap(),
        Stored::Duplicate,
        "inside the window, after the ack"
    );
    tokio::time::sleep(window + Duration::from_millis(500)).await;
    assert_eq!(
        store.put(new_delivery("cw", 1)).await.unwrap(),
        Stored::New,
        "after the window"
    );
    assert_eq!(
        store
            .lease(10, Duration::from_secs(30), false)
            .await
            .unwrap()
            .len(),
        1,
        "handed out again"
    );
}

#[tokio::test]
async fn a_repeat_after_the_dedup_window_is_a_new_event_memory() {
    let window = Duration::from_millis(1500);
    the_window_ends(Arc::new(MemoryStore::new().dedup_window(window)), window).await;
}

#[tokio::test]
async fn a_repeat_after_the_dedup_window_is_a_new_event_sqlite() {
    let window = Duration::from_millis(1500);
    let store = SqliteStore::open(temp_path("window.sqlite3"))
        .unwrap()
        .dedup_window(window);
    the_window_ends(Arc::new(store), window).await;
}

/// Without the `redis` feature the Redis store's tests are not compiled: say so in every local
/// run instead of passing over them in silence.
#[cfg(not(feature = "redis"))]
#[test]
#[ignore = "the Redis store's tests are not compiled: run `cargo test -p texterchat-tests --features redis --test durable` with TEXTER_TEST_REDIS_URL set, or `bash .ci/run`, which starts a redis-server"]
fn redis_store_tests_need_the_redis_feature() {}

// ---------------------------------------------------------------------------------------------
// SQLite across processes

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_killed_after_answering_loses_nothing_sqlite() {
    let path = temp_path("crash.sqlite3");
    let store = format!("sqlite:{}", path.display());
    let mut child = Child::spawn(&["receiver", &store, SECRET]);
    let port = child.line("LISTENING").await;
    let url = format!("http://127.0.0.1:{port}/?secret={SECRET}");
    let http = client();
    for m in 1..=3 {
        assert_eq!(
            post(&http, &url, &delivery("c1", m)).await.status(),
            StatusCode::ACCEPTED
        );
    }
    // Answered 2xx, no handler ever ran (the child has no worker): kill it.
    child.kill9().await;
    let store: Arc<dyn EventStore> = Arc::new(SqliteStore::open(&path).unwrap());
    let mut handled = handle_all(store, 3, Duration::from_secs(10)).await;
    handled.sort();
    assert_eq!(
        handled,
        ["msg-c1-0001", "msg-c1-0002", "msg-c1-0003"],
        "every answered delivery reaches a handler after the restart"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_event_hands_it_to_another_after_the_visibility_sqlite() {
    let path = temp_path("worker.sqlite3");
    let store = SqliteStore::open(&path).unwrap();
    store.put(new_delivery("c1", 7)).await.unwrap();
    let mut child = Child::spawn(&["worker", &format!("sqlite:{}", path.display()), "1000"]);
    assert_eq!(child.line("HANDLING").await, "msg-c1-0007");
    let killed_at = Instant::now();
    child.kill9().await;
    let handled = handle_all(Arc::new(store), 1, Duration::from_secs(10)).await;
    assert_eq!(handled, ["msg-c1-0007"]);
    assert!(
        killed_at.elapsed() >= Duration::from_millis(700),
        "handed out again only once the dead worker's lease ran out"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_one_delivery_is_handled_once_sqlite() {
    let store = Arc::new(SqliteStore::open(temp_path("storm.sqlite3")).unwrap());
    let url = serve(
        WebhookReceiver::new(SECRET)
            .unwrap()
            .store(Arc::clone(&store)),
    )
    .await;
    let http = client();
    let body = delivery("c1", 1);
    let posts = (0..100).map(|_| post(&http, &url, &body));
    for response in futures::future::join_all(posts).await {
        assert_eq!(response.status(), StatusCode::ACCEPTED);
    }
    let handled = handle_all(store, 2, Duration::from_secs(2)).await;
    assert_eq!(handled, ["msg-c1-0001"], "100 posts, one event");
}

/// Puts 5 events for each of 3 chats into the first store, runs one ordered worker per store
/// (several stores may share one backend) and checks each chat's events were handled one at a
/// time, in arrival order, while chats ran concurrently.
async fn check_ordering(stores: Vec<Arc<dyn EventStore>>) {
    for m in 1..=5 {
        for chat in ["a", "b", "c"] {
            stores[0].put(new_delivery(chat, m)).await.unwrap();
        }
    }
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let busy = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
    let peak = Arc::new(Mutex::new((0usize, 0usize))); // (same chat, all chats)
    let workers = stores.into_iter().map(|store| {
        let (l, b, p) = (Arc::clone(&log), Arc::clone(&busy), Arc::clone(&peak));
        let watch = Arc::clone(&log);
        let stop = async move {
            for _ in 0..400 {
                if watch.lock().unwrap().len() >= 15 {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
        };
        EventWorker::shared(store)
            .per_chat_ordering(true)
            .concurrency(8)
            .poll_interval(Duration::from_millis(5))
            .run_until(
                move |leased: Leased| {
                    let (log, busy, peak) = (Arc::clone(&l), Arc::clone(&b), Arc::clone(&p));
                    async move {
                        let chat = leased.order_key.clone().unwrap_or_default();
                        {
                            let mut busy = busy.lock().unwrap();
                            *busy.entry(chat.clone()).or_default() += 1;
                            let mut peak = peak.lock().unwrap();
                            peak.0 = peak.0.max(busy[&chat]);
                            peak.1 = peak.1.max(busy.values().sum());
                        }
                        tokio::time::sleep(Duration::from_millis(30)).await;
                        log.lock()
                            .unwrap()
                            .push(event_message_id(&leased.event().unwrap()));
                        *busy.lock().unwrap().get_mut(&chat).unwrap() -= 1;
                        Ok::<(), String>(())
                    }
                },
                stop,
            )
    });
    for result in futures::future::join_all(workers).await {
        result.unwrap();
    }
    let log = log.lock().unwrap().clone();
    assert_eq!(log.len(), 15, "{log:?}");
    for chat in ["a", "b", "c"] {
        let order: Vec<&String> = log
            .iter()
            .filter(|id| id.starts_with(&format!("msg-{chat}-")))
            .collect();
        let expected: Vec<String> = (1..=5).map(|m| format!("msg-{chat}-{m:04}")).collect();
        assert_eq!(
            order,
            expected.iter().collect::<Vec<_>>(),
            "chat {chat} in arrival order"
        );
    }
    let (same_chat, all) = *peak.lock().unwrap();
    assert_eq!(same_chat, 1, "one event of a chat at a time");
    assert!(all >= 2, "different chats concurrently (peak {all})");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_of_one_chat_are_handled_one_at_a_time_in_order() {
    let store: Arc<dyn EventStore> =
        Arc::new(SqliteStore::open(temp_path("order.sqlite3")).unwrap());
    check_ordering(vec![store]).await;
}

#[tokio::test]
async fn a_full_store_is_503_with_retry_after_and_nothing_is_acknowledged_unstored() {
    let store = Arc::new(
        SqliteStore::open(temp_path("full.sqlite3"))
            .unwrap()
            .capacity(1),
    );
    let url = serve(
        WebhookReceiver::new(SECRET)
            .unwrap()
            .store(Arc::clone(&store)),
    )
    .await;
    let http = client();
    assert_eq!(
        post(&http, &url, &delivery("c1", 1)).await.status(),
        StatusCode::ACCEPTED
    );
    let refused = post(&http, &url, &delivery("c1", 2)).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(refused.headers().contains_key("retry-after"));
    assert_eq!(
        store.len().unwrap(),
        1,
        "the refused delivery was not stored (and not answered 2xx)"
    );
}

#[tokio::test]
async fn the_secret_may_come_in_a_header() {
    let store = Arc::new(MemoryStore::new());
    let url = serve(
        WebhookReceiver::new(SECRET)
            .unwrap()
            .store(Arc::clone(&store)),
    )
    .await;
    let bare = url.split('?').next().unwrap().to_string();
    let http = client();
    let send = |secret: Option<&str>| {
        let mut request = http.post(&bare).body(delivery("c1", 1).to_string());
        if let Some(s) = secret {
            request = request.header(SECRET_HEADER, s);
        }
        request.send()
    };
    assert_eq!(send(None).await.unwrap().status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        send(Some("wrong-secret-of-some-length"))
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(Some(SECRET)).await.unwrap().status(),
        StatusCode::ACCEPTED
    );
    assert_eq!(store.len(), 1);

    // The subscription puts it in the webhook action's headers (and the URL needs no query).
    use texterchat::events::{EventKind, Subscription};
    let body = Subscription::new(
        EventKind::NewIncomingMessage,
        "https://example.com/hooks/texter",
    )
    .secret_header(SECRET)
    .to_body()
    .unwrap();
    let params = &body["data"]["actions"][0]["params"];
    assert_eq!(params["headers"][SECRET_HEADER], SECRET);
    assert_eq!(params["url"], "https://example.com/hooks/texter");
    assert_eq!(
        params["data"]["eventName"], "newIncomingMessage",
        "the rest of the action is as it was"
    );

    // Neither form of the secret shows in Debug output or in an error message.
    let in_header = Subscription::new(
        EventKind::NewIncomingMessage,
        "https://example.com/hooks/texter",
    )
    .secret_header(SECRET);
    let in_query = Subscription::new(EventKind::NewIncomingMessage, url.clone());
    for shown in [format!("{in_header:?}"), format!("{in_query:?}")] {
        assert!(!shown.contains(SECRET), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
    }
    let bad = Subscription::new(
        EventKind::NewIncomingMessage,
        format!("ftp://example.com/hooks?secret={SECRET}"),
    );
    let error = bad.to_body().unwrap_err().to_string();
    assert!(!error.contains(SECRET), "{error}");
    assert!(error.contains("secret=<redacted>"), "{error}");
}

// ---------------------------------------------------------------------------------------------
// Redis

#[cfg(feature = "redis")]
mod redis_store {
    use super::*;
    use texterchat::events::redis::RedisStore;

    fn redis_url() -> String {
        std::env::var("TEXTER_TEST_REDIS_URL").unwrap_or_else(|_| {
            panic!(
                "the Redis tests need a redis-server: set TEXTER_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/), \
                 or run them through `bash .ci/run`, which installs and starts one"
            )
        })
    }

    fn prefix(name: &str) -> String {
        format!("texterchat-test-{name}-{}", fastrand_u64())
    }

    async fn store(prefix: &str) -> RedisStore {
        RedisStore::connect(&redis_url(), prefix).await.unwrap()
    }

    #[tokio::test]
    async fn a_repeat_after_the_dedup_window_is_a_new_event_redis() {
        let window = Duration::from_millis(1500);
        let store = store(&prefix("window")).await.dedup_window(window);
        super::the_window_ends(Arc::new(store), window).await;
    }

    #[tokio::test]
    async fn the_redis_store_keeps_the_contract() {
        let name = prefix("contract");
        semantics(move |capacity| {
            let name = format!("{name}-{capacity}");
            Box::pin(async move {
                Arc::new(store(&name).await.capacity(capacity)) as Arc<dyn EventStore>
            })
        })
        .await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn failed_runs_are_retried_redis() {
        let name = prefix("retry");
        failed_runs_are_retried(Arc::new(store(&name).await)).await;
        store(&name).await.clear().await.unwrap();
    }

    #[tokio::test]
    async fn clear_removes_every_key_of_the_store_and_only_those() {
        let (mine, other) = (prefix("clear"), prefix("other"));
        let (a, b) = (store(&mine).await, store(&other).await);
        a.put(new_delivery("c1", 1)).await.unwrap();
        a.put(new_delivery("c1", 2)).await.unwrap();
        b.put(new_delivery("c1", 1)).await.unwrap();
        assert_eq!(a.len().await.unwrap(), 2);
        a.clear().await.unwrap();
        assert_eq!(a.len().await.unwrap(), 0);
        let again = store(&mine).await;
        assert_eq!(
            again.put(new_delivery("c1", 1)).await.unwrap(),
            Stored::New,
            "its de-duplication keys went too"
        );
        assert_eq!(b.len().await.unwrap(), 1, "another prefix is untouched");
        again.clear().await.unwrap();
        b.clear().await.unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_storm_of_one_delivery_across_three_receivers_is_handled_once() {
        // Three receiver processes of their own, as three instances behind a load balancer.
        let name = prefix("storm");
        let spec = format!("redis:{}#{name}", redis_url());
        let mut receivers = Vec::new();
        let mut urls = Vec::new();
        for _ in 0..3 {
            let mut child = Child::spawn(&["receiver", &spec, SECRET]);
            let port = child.line("LISTENING").await;
            urls.push(format!("http://127.0.0.1:{port}/?secret={SECRET}"));
            receivers.push(child);
        }
        let http = client();
        let body = delivery("c1", 1);
        let posts = (0..100).map(|i| post(&http, &urls[i % 3], &body));
        for response in futures::future::join_all(posts).await {
            assert_eq!(response.status(), StatusCode::ACCEPTED);
        }
        for child in receivers {
            child.kill9().await;
        }
        let handled = handle_all(Arc::new(store(&name).await), 2, Duration::from_secs(2)).await;
        assert_eq!(
            handled,
            ["msg-c1-0001"],
            "100 posts to 3 receivers, one event"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn two_ordered_workers_keep_each_chat_in_order() {
        let name = prefix("order");
        let stores: Vec<Arc<dyn EventStore>> =
            vec![Arc::new(store(&name).await), Arc::new(store(&name).await)];
        check_ordering(stores).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_receiver_killed_after_answering_loses_nothing_redis() {
        let name = prefix("crash");
        let spec = format!("redis:{}#{name}", redis_url());
        let mut child = Child::spawn(&["receiver", &spec, SECRET]);
        let port = child.line("LISTENING").await;
        let url = format!("http://127.0.0.1:{port}/?secret={SECRET}");
        let http = client();
        for m in 1..=3 {
            assert_eq!(
                post(&http, &url, &delivery("c1", m)).await.status(),
                StatusCode::ACCEPTED
            );
        }
        child.kill9().await;
        let mut handled =
            handle_all(Arc::new(store(&name).await), 3, Duration::from_secs(10)).await;
        handled.sort();
        assert_eq!(handled, ["msg-c1-0001", "msg-c1-0002", "msg-c1-0003"]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_worker_killed_mid_event_hands_it_to_another_after_the_visibility_redis() {
        let name = prefix("worker");
        let s = store(&name).await;
        s.put(new_delivery("c1", 7)).await.unwrap();
        let mut child = Child::spawn(&["worker", &format!("redis:{}#{name}", redis_url()), "1000"]);
        assert_eq!(child.line("HANDLING").await, "msg-c1-0007");
        let killed_at = Instant::now();
        child.kill9().await;
        let handled = handle_all(Arc::new(store(&name).await), 1, Duration::from_secs(10)).await;
        assert_eq!(handled, ["msg-c1-0007"]);
        assert!(killed_at.elapsed() >= Duration::from_millis(700));
    }
}
