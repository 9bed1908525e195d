//! Benchmark (c): 10,000 template sends with `send_bulk` at concurrency 50, against a loopback
//! Send Template endpoint that answers each request 10 ms after reading it. The ideal is
//! 10,000 / 50 × 10 ms = 2 s; target: within 1.2× of it. Reports wall time, the latency the
//! mock actually gave (a sleeping thread wakes a little late), the most requests it saw in
//! flight at once, the client thread's CPU per send, and memory: the process's peak resident
//! set (`VmHWM`) and its growth over the resident set just before the run (server and client
//! share the process).
//!
//! A plain `main` (no criterion): each repetition is seconds long and one number per run is
//! what the target asks for. Arguments: `--reps N` (default 3), `--sends N` (default 10000),
//! `--concurrency N` (default 50), `--delay-ms N` (default 10). Without `--bench` (which
//! `cargo bench` passes; e.g. under `cargo test --benches`) or with `--test`, it does one small
//! run to show it works.
//!
//! Run: `cargo bench -p texterchat --bench bulk_send`. See BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)] // setup failures should stop the benchmark loudly

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::StreamExt;
use texterchat::bulk::{BulkResult, BulkSend, Recipient};
use texterchat::{Scope, Texter};

const TOKEN: &str = "tok_BENCH_5f3a9c2e";

// ---------------------------------------------------------------------------------------------
// The loopback Send Template endpoint

#[derive(Default)]
struct Stats {
    requests: AtomicUsize,
    in_flight: AtomicUsize,
    peak_in_flight: AtomicUsize,
    /// Sum of the time from a request's last byte read to its answer being written, in µs.
    served_us: AtomicU64,
}

/// The server: one OS thread per connection, reading with blocking I/O and waiting with
/// `std::thread::sleep`, which on Linux overshoots by tens of microseconds. (A tokio server
/// was tried first: tokio's timer rounds a sleep up to its 1 ms tick and the mock's mean
/// latency became 11.2 ms, which would charge the client 12% it does not cost.)
fn start_server(delay: Duration, stats: Arc<Stats>) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let body = r#"{"success":true,"text":"Hello","sentAsSessionMessage":false,"messageId":"6905fb3a0000000000000000"}"#;
    let response: Arc<[u8]> = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
    .into();
    std::thread::Builder::new()
        .name("loopback-accept".into())
        .spawn(move || {
            for socket in listener.incoming() {
                let Ok(socket) = socket else { continue };
                let (response, stats) = (Arc::clone(&response), Arc::clone(&stats));
                std::thread::Builder::new()
                    .name("loopback-conn".into())
                    .stack_size(64 * 1024)
                    .spawn(move || serve(socket, delay, &response, &stats))
                    .unwrap();
            }
        })
        .unwrap();
    addr
}

fn content_length(head: &[u8]) -> usize {
    head.split(|&b| b == b'\n')
        .find_map(|line| {
            let line = std::str::from_utf8(line).ok()?;
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0)
}

/// Reads one request at a time on a keep-alive connection (headers, then Content-Length bytes
/// of body) and answers it `delay` after its last byte was read.
fn serve(mut socket: TcpStream, delay: Duration, response: &[u8], stats: &Stats) {
    socket.set_nodelay(true).ok();
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let mut read_more = |socket: &mut TcpStream, buf: &mut Vec<u8>| match socket.read(&mut chunk) {
        Ok(0) | Err(_) => false,
        Ok(n) => {
            buf.extend_from_slice(&chunk[..n]);
            true
        }
    };
    loop {
        let (head_end, length) = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break (i + 4, content_length(&buf[..i]));
            }
            if !read_more(&mut socket, &mut buf) {
                return;
            }
        };
        while buf.len() < head_end + length {
            if !read_more(&mut socket, &mut buf) {
                return;
            }
        }
        buf.drain(..head_end + length);
        let received = Instant::now();
        stats.requests.fetch_add(1, Ordering::Relaxed);
        let now = stats.in_flight.fetch_add(1, Ordering::Relaxed) + 1;
        stats.peak_in_flight.fetch_max(now, Ordering::Relaxed);
        let deadline = received + delay;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            std::thread::sleep(left);
        }
        stats.in_flight.fetch_sub(1, Ordering::Relaxed);
        stats
            .served_us
            .fetch_add(received.elapsed().as_micros() as u64, Ordering::Relaxed);
        if socket.write_all(response).is_err() {
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Memory

/// A `/proc/self/status` field in KiB (`VmRSS`, `VmHWM`), when the system has it.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        rest.trim().trim_end_matches("kB").trim().parse().ok()
    })
}

/// Resets `VmHWM` to the current resident set (Linux: `5` to `/proc/self/clear_refs`), so each
/// repetition reports its own peak. False when that is not possible.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// CPU time the calling thread has used (Linux `/proc/thread-self/schedstat`), when known.
/// The client runs on the main thread (a current-thread runtime), the server on others.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

// ---------------------------------------------------------------------------------------------

struct Config {
    reps: usize,
    sends: usize,
    concurrency: usize,
    delay: Duration,
    /// Whether this is the benchmark (10,000 × 10 ms at 50) the target is about.
    target_applies: bool,
}

fn config() -> Config {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.parse().expect("a number"))
            .unwrap_or(default)
    };
    if args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench") {
        // `cargo test --benches` (no `--bench`), or `--test`: prove it works, quickly.
        return Config {
            reps: 1,
            sends: 200,
            concurrency: 50,
            delay: Duration::from_millis(1),
            target_applies: false,
        };
    }
    let cfg = Config {
        reps: value("--reps", 3) as usize,
        sends: value("--sends", 10_000) as usize,
        concurrency: value("--concurrency", 50) as usize,
        delay: Duration::from_millis(value("--delay-ms", 10)),
        target_applies: false,
    };
    Config {
        target_applies: (cfg.sends, cfg.concurrency, cfg.delay)
            == (10_000, 50, Duration::from_millis(10)),
        ..cfg
    }
}

fn recipients(n: usize) -> Vec<Recipient> {
    // Distinct local numbers 050-0000000, 050-0000001, … (no duplicates to skip).
    (0..n)
        .map(|i| {
            Recipient::new(format!("050{i:07}")).body([format!("customer {i}"), "15033".into()])
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list") {
        println!("c_bulk_send: benchmark");
        return;
    }
    // `cargo bench -p texterchat -- NAME` passes NAME to every bench binary: run only when it
    // matches (values of this benchmark's own options are not names).
    let mut filters = Vec::new();
    let mut i = 1;
    while i < args.len() {
        if ["--reps", "--sends", "--concurrency", "--delay-ms"].contains(&args[i].as_str()) {
            i += 2;
            continue;
        }
        if !args[i].starts_with('-') {
            filters.push(args[i].as_str());
        }
        i += 1;
    }
    if !filters.is_empty() && !filters.iter().any(|f| "c_bulk_send".contains(f)) {
        return;
    }
    let cfg = config();
    let stats = Arc::new(Stats::default());
    let addr = start_server(cfg.delay, Arc::clone(&stats));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let ideal = cfg.delay.as_secs_f64() * (cfg.sends as f64 / cfg.concurrency as f64).ceil();
    println!(
        "c_bulk_send: {} sends, concurrency {}, mock latency {:?}, ideal {:.3} s, {} repetition(s)",
        cfg.sends, cfg.concurrency, cfg.delay, ideal, cfg.reps
    );
    let mut walls = Vec::new();
    for rep in 1..=cfg.reps {
        // A fresh client per repetition: no rate limit, default retries, new connections.
        let texter = Texter::builder()
            .base_url(format!("http://{addr}/server/api/v2"))
            .token(TOKEN)
            .scopes([Scope::SendTemplateMessages])
            .build()
            .unwrap();
        let list = recipients(cfg.sends);
        let before_requests = stats.requests.load(Ordering::Relaxed);
        let before_served = stats.served_us.load(Ordering::Relaxed);
        stats.peak_in_flight.store(0, Ordering::Relaxed);
        let peak_reset = reset_peak();
        let rss_before = status_kib("VmRSS").unwrap_or(0);

        let cpu_before = thread_cpu();
        let start = Instant::now();
        let (sent, other) = rt.block_on(async {
            let mut run = texter
                .templates()
                .send_bulk(
                    BulkSend::new("order_ready")
                        .language("en")
                        .recipients(list)
                        .concurrency(cfg.concurrency),
                )
                .unwrap();
            let (mut sent, mut other) = (0usize, Vec::new());
            while let Some(outcome) = run.next().await {
                match outcome.result {
                    BulkResult::Sent { .. } => sent += 1,
                    _ => other.push(outcome),
                }
            }
            (sent, other)
        });
        let wall = start.elapsed().as_secs_f64();
        let cpu_per_send_us = match (cpu_before, thread_cpu()) {
            (Some(a), Some(b)) => (b - a).as_secs_f64() * 1e6 / cfg.sends as f64,
            _ => f64::NAN,
        };

        let hwm = status_kib("VmHWM").unwrap_or(0);
        let requests = stats.requests.load(Ordering::Relaxed) - before_requests;
        let served_us = stats.served_us.load(Ordering::Relaxed) - before_served;
        let mean_latency_ms = served_us as f64 / requests.max(1) as f64 / 1000.0;
        // What the mock actually allowed: its real latency instead of the nominal one.
        let achievable =
            mean_latency_ms / 1000.0 * (cfg.sends as f64 / cfg.concurrency as f64).ceil();
        assert!(
            other.is_empty() && sent == cfg.sends && requests == cfg.sends,
            "every send must succeed exactly once: sent {sent}, requests {requests}, others {:?}",
            other.first()
        );
        println!(
            "c_bulk_send rep {rep}: wall {wall:.3} s = {:.3}× ideal ({}); mock latency mean \
             {mean_latency_ms:.3} ms (ideal at that latency {achievable:.3} s, wall = {:.3}× it); \
             peak in flight {}; {:.0} sends/s; client thread CPU {cpu_per_send_us:.1} µs/send; memory: VmHWM {:.1} MiB, {:.1} MiB over the \
             {:.1} MiB resident before the run{}",
            wall / ideal,
            match (cfg.target_applies, wall / ideal <= 1.2) {
                (false, _) => "the target is for 10,000 sends × 10 ms at 50",
                (true, true) => "PASS ≤ 1.2×",
                (true, false) => "MISS > 1.2×",
            },
            wall / achievable,
            stats.peak_in_flight.load(Ordering::Relaxed),
            cfg.sends as f64 / wall,
            mib(hwm),
            mib(hwm.saturating_sub(rss_before)),
            mib(rss_before),
            if peak_reset {
                ""
            } else {
                " (VmHWM could not be reset: peak since process start)"
            },
        );
        walls.push(wall);
    }
    walls.sort_by(f64::total_cmp);
    println!(
        "c_bulk_send summary: wall min {:.3} s, median {:.3} s, max {:.3} s; median/ideal {:.3}×",
        walls[0],
        walls[walls.len() / 2],
        walls[walls.len() - 1],
        walls[walls.len() / 2] / ideal
    );
}
