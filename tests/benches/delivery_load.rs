//! Sustained webhook deliveries into each durable store, over HTTP on loopback: throughput,
//! time to the 2xx (p50/p99/max) and loss (every 2xx must be in the store afterwards).
//!
//! ```sh
//! cargo bench -p texterchat-tests --bench delivery_load                    # SQLite, 30 s
//! TEXTER_TEST_REDIS_URL=redis://127.0.0.1:6379/ \
//!   cargo bench -p texterchat-tests --features redis --bench delivery_load # SQLite and Redis
//! DELIVERY_LOAD_SECONDS=5 DELIVERY_LOAD_CLIENTS=32 …                       # shorter, fewer clients
//! ```
//!
//! The load generator (keep-alive HTTP/1.1 clients, one unique delivery per request) runs in
//! the same process as the receiver, so both share the machine's cores.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use texterchat::events::receiver::WebhookReceiver;
use texterchat::events::sqlite::SqliteStore;
use texterchat::events::store::EventStore;

const SECRET: &str = "load-test-secret-5f3a9c2e7b1d";

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Report {
    accepted: u64,
    refused: u64,
    latencies_us: Vec<u64>,
    elapsed: Duration,
}

async fn load(store: Arc<dyn EventStore>, seconds: u64, clients: u64) -> Report {
    let receiver = WebhookReceiver::new(SECRET)
        .unwrap()
        .store(Arc::clone(&store));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/?secret={SECRET}", listener.local_addr().unwrap());
    let router = receiver.router();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (url, stop, counter) = (url.clone(), Arc::clone(&stop), Arc::clone(&counter));
            tokio::spawn(async move {
                let http = reqwest::Client::builder().no_proxy().build().unwrap();
                let (mut accepted, mut refused, mut latencies) = (0u64, 0u64, Vec::new());
                while !stop.load(Ordering::Relaxed) {
                    let n = counter.fetch_add(1, Ordering::Relaxed);
                    let body = format!(
                        r#"{{"eventName":"newIncomingMessage","eventData":{{"message":{{"_id":"m{n}","timestamp":{}}},"chat":{{"_id":"c{}"}}}}}}"#,
                        1_762_000_000_000u64 + n,
                        n % 500
                    );
                    let sent = Instant::now();
                    let response = http.post(&url).body(body).send().await.unwrap();
                    let status = response.status();
                    let _ = response.bytes().await;
                    latencies.push(u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX));
                    if status.is_success() {
                        accepted += 1;
                    } else {
                        refused += 1;
                    }
                }
                (accepted, refused, latencies)
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut report = Report {
        accepted: 0,
        refused: 0,
        latencies_us: Vec::new(),
        elapsed: Duration::ZERO,
    };
    for task in tasks {
        let (a, r, l) = task.await.unwrap();
        report.accepted += a;
        report.refused += r;
        report.latencies_us.extend(l);
    }
    report.elapsed = started.elapsed();
    report
}

fn print(name: &str, report: &mut Report, stored: u64) {
    report.latencies_us.sort_unstable();
    let pick = |q: f64| {
        let i = ((report.latencies_us.len() as f64 - 1.0) * q).round() as usize;
        report.latencies_us.get(i).copied().unwrap_or(0) as f64 / 1000.0
    };
    println!(
        "{name:<7} {:>7.0} deliveries/s  ({} accepted, {} refused in {:.1} s)  to 2xx: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms  stored {} -> {}",
        report.accepted as f64 / report.elapsed.as_secs_f64(),
        report.accepted,
        report.refused,
        report.elapsed.as_secs_f64(),
        pick(0.50),
        pick(0.99),
        pick(1.0),
        stored,
        if stored == report.accepted {
            "zero loss"
        } else {
            "LOSS"
        }
    );
    assert_eq!(stored, report.accepted, "{name}: every 2xx is stored");
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing to run for.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let seconds = env("DELIVERY_LOAD_SECONDS", 30);
    let clients = env("DELIVERY_LOAD_CLIENTS", 64);
    println!("{clients} clients, {seconds} s per store, receiver and load in one process");

    let path = std::env::temp_dir().join(format!("texterchat-load-{}.sqlite3", std::process::id()));
    let sqlite = Arc::new(SqliteStore::open(&path).unwrap().capacity(usize::MAX));
    let mut report = load(Arc::clone(&sqlite) as Arc<dyn EventStore>, seconds, clients).await;
    let stored = sqlite.len().unwrap() as u64;
    print("sqlite", &mut report, stored);
    let _ = std::fs::remove_file(&path);

    #[cfg(feature = "redis")]
    if let Ok(url) = std::env::var("TEXTER_TEST_REDIS_URL") {
        let prefix = format!("texterchat-load-{}", std::process::id());
        let redis = texterchat::events::redis::RedisStore::connect(&url, &prefix)
            .await
            .unwrap()
            .capacity(usize::MAX);
        let mut report = load(Arc::new(redis.clone()), seconds, clients).await;
        let stored = redis.len().await.unwrap() as u64;
        print("redis", &mut report, stored);
        redis.clear().await.unwrap();
    }
}
