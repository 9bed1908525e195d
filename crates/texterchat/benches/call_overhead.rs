//! Benchmarks (a) and (d): what the ergonomic client costs over a hand-written `reqwest` call.
//!
//! - (a) `a_per_call`: Search Chats for one phone number (`GET /chats/search?search=…`, a
//!   one-chat answer). `sdk` is `texter.chats().search(..)`: scope check, validation, the
//!   generated call, the call path (timeout, retries armed, error capture, tracing span) and the
//!   decode. `reqwest` is the same request written by hand (same headers, same query) on the
//!   same `reqwest::Client`, read with `bytes()` and decoded with `serde_json::from_slice` into
//!   the same `SearchChatsResponse`. Target: ratio of medians ≤ 1.05.
//! - (d) `d_decode_1000`: the same comparison for a 1,000-chat answer (`limit=1000`), plus
//!   `in_memory_from_slice`: `serde_json::from_slice` of that body alone, to show how much of
//!   a call is decoding. Target: ratio of medians ≤ 1.05.
//! - `a_parts`: in memory, the pieces of work the SDK's call path adds (building the request
//!   the way the generated client does, the timeout and capture wrappers of an attempt, a
//!   header-map clone), to explain the difference in (a). No target.
//!
//! Both sides talk to one loopback server in this process: a tiny HTTP/1.1 keep-alive server on
//! its own thread and current-thread runtime, answering pre-rendered bytes. The client side
//! runs on a current-thread runtime; both sides share one `reqwest::Client` (so one
//! connection pool). Before measuring, the server records one request of each side and the
//! benchmark stops unless they are the same request (request line and header set).
//!
//! After criterion's per-side measurements, a paired run alternates the two sides in short
//! blocks (ABBA order) and reports the ratio of medians per block pair, which cancels drift
//! from other load on the machine. It runs when no name filter is given or the filter matches
//! `a_per_call/paired` or `d_decode_1000/paired` (e.g. `-- paired` runs only it); set
//! `TEXTER_BENCH_NO_PAIRED=1` to skip it.
//!
//! Run: `cargo bench -p texterchat --bench call_overhead`. See BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)] // setup failures should stop the benchmark loudly

use std::future::Future;
use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::Criterion;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use serde_json::Value;
use texterchat::types::SearchChatsResponse;
use texterchat::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_USER_AGENT, Scope, Texter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "tok_BENCH_5f3a9c2e";
const PHONE: &str = "0521234567";
const LARGE: u32 = 1000;
/// The documented Search Chats example: one chat.
const FIXTURE: &str = include_str!("../tests/fixtures/responses/searchChats.json");

// ---------------------------------------------------------------------------------------------
// The loopback server

/// Pre-rendered HTTP responses and a switch to record request heads (off while measuring).
struct Responses {
    one_chat: Vec<u8>,
    thousand_chats: Vec<u8>,
    record: AtomicBool,
    heads: Mutex<Vec<String>>,
}

fn http_response(body: &[u8]) -> Vec<u8> {
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    response
}

/// The fixture as compact JSON, and a body with `n` copies of its chat (distinct `_id`s).
fn bodies(n: u32) -> (Vec<u8>, Vec<u8>) {
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let chat = fixture["data"][0].clone();
    let chats: Vec<Value> = (0..n)
        .map(|i| {
            let mut c = chat.clone();
            c["_id"] = Value::String(format!("67bf11038b24880cc96{i:05x}"));
            c
        })
        .collect();
    let large = serde_json::json!({ "data": chats, "total": n });
    (
        serde_json::to_vec(&fixture).unwrap(),
        serde_json::to_vec(&large).unwrap(),
    )
}

fn start_server(responses: Arc<Responses>) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::Builder::new()
        .name("loopback-server".into())
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = TcpListener::from_std(listener).unwrap();
                while let Ok((socket, _)) = listener.accept().await {
                    tokio::spawn(serve(socket, Arc::clone(&responses)));
                }
            });
        })
        .unwrap();
    addr
}

/// Answers GET requests on one keep-alive connection: the 1,000-chat body when the query asks
/// for `limit=1000`, the one-chat body otherwise.
async fn serve(mut socket: TcpStream, responses: Arc<Responses>) {
    socket.set_nodelay(true).ok();
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    loop {
        let end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            match socket.read_buf(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        };
        let head = &buf[..end];
        let large = head
            .split(|&b| b == b'\n')
            .next()
            .is_some_and(|line| line.windows(10).any(|w| w == b"limit=1000"));
        if responses.record.load(Ordering::Relaxed) {
            let text = String::from_utf8_lossy(head).into_owned();
            responses.heads.lock().unwrap().push(text);
        }
        buf.drain(..end);
        let response = if large {
            &responses.thousand_chats
        } else {
            &responses.one_chat
        };
        if socket.write_all(response).await.is_err() {
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The two sides

struct Sides {
    texter: Texter,
    http: reqwest::Client,
    search_url: String,
    /// The same URL parsed once, for the control side that does not parse it per call.
    search_url_parsed: reqwest::Url,
    headers: HeaderMap,
}

impl Sides {
    fn new(addr: SocketAddr) -> Self {
        // One client for both sides, configured as the SDK configures its own.
        let http = reqwest::Client::builder()
            .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
            .build()
            .unwrap();
        let base = format!("http://{addr}/server/api/v2");
        let texter = Texter::builder()
            .base_url(&base)
            .token(TOKEN)
            .scopes([Scope::ListAllChats])
            .http_client(http.clone())
            .build()
            .unwrap();
        // The headers the SDK sends, built once as a careful hand-written client would.
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(
            HeaderName::from_static("api-version"),
            HeaderValue::from_static("2.0.0"),
        );
        let mut auth = HeaderValue::try_from(format!("Bearer {TOKEN}")).unwrap();
        auth.set_sensitive(true);
        headers.insert(AUTHORIZATION, auth);
        headers.insert(USER_AGENT, HeaderValue::from_static(DEFAULT_USER_AGENT));
        Sides {
            texter,
            http,
            search_url: format!("{base}/chats/search"),
            search_url_parsed: reqwest::Url::parse(&format!("{base}/chats/search")).unwrap(),
            headers,
        }
    }

    /// The ergonomic client; returns the number of chats decoded.
    async fn sdk(&self, large: bool) -> usize {
        let mut query = self.texter.chats().search().search(PHONE);
        if large {
            query = query.limit(LARGE);
        }
        let page: SearchChatsResponse = query.send().await.unwrap();
        page.data.len()
    }

    /// The hand-written request with its URL parsed once (a copy per call), as the SDK now
    /// does with its base URL: a control for the instruction count, not the (a) comparison.
    async fn plain_parsed_url(&self) -> usize {
        let response = self
            .http
            .get(self.search_url_parsed.clone())
            .query(&[("search", PHONE)])
            .headers(self.headers.clone())
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        let bytes = response.bytes().await.unwrap();
        let page: SearchChatsResponse = serde_json::from_slice(&bytes).unwrap();
        page.data.len()
    }

    /// The same request by hand; returns the number of chats decoded.
    async fn plain(&self, large: bool) -> usize {
        let request = self.http.get(&self.search_url);
        let request = if large {
            request.query(&[("limit", "1000"), ("search", PHONE)])
        } else {
            request.query(&[("search", PHONE)])
        };
        let response = request.headers(self.headers.clone()).send().await.unwrap();
        assert!(response.status().is_success());
        let bytes = response.bytes().await.unwrap();
        let page: SearchChatsResponse = serde_json::from_slice(&bytes).unwrap();
        page.data.len()
    }
}

// Each side's future is built and awaited on its own, never through one `match` future that
// would be as large as the larger of the two for both.

/// Runs `call` `n` times; the total time.
async fn timed<F, Fut>(n: u64, mut call: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: Future<Output = usize>,
{
    let start = Instant::now();
    for _ in 0..n {
        black_box(call().await);
    }
    start.elapsed()
}

/// Runs `call` `n` times; the time of each call.
async fn each_timed<F, Fut>(n: usize, mut call: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = usize>,
{
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        black_box(call().await);
        samples.push(start.elapsed());
    }
    samples
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Side {
    Sdk,
    Plain,
}

/// Request line plus header lines, sorted (header order is not part of the request's meaning).
fn normalise(head: &str) -> Vec<String> {
    let mut lines: Vec<String> = head
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    lines[1..].sort();
    lines
}

/// Stops the benchmark unless both sides send the same request, for both bodies.
fn check_same_requests(rt: &tokio::runtime::Runtime, sides: &Sides, responses: &Responses) {
    for large in [false, true] {
        responses.record.store(true, Ordering::SeqCst);
        let n_sdk = rt.block_on(sides.sdk(large));
        let n_plain = rt.block_on(sides.plain(large));
        responses.record.store(false, Ordering::SeqCst);
        let heads: Vec<String> = std::mem::take(&mut *responses.heads.lock().unwrap());
        assert_eq!(heads.len(), 2);
        let (sdk, plain) = (normalise(&heads[0]), normalise(&heads[1]));
        assert_eq!(
            sdk, plain,
            "the two sides must send the same request\nsdk:\n{}\nplain:\n{}",
            heads[0], heads[1]
        );
        let expected = if large { LARGE as usize } else { 1 };
        assert_eq!((n_sdk, n_plain), (expected, expected));
        if !large {
            println!("both sides send:\n{}", heads[0].trim_end());
            // How big each call's state machine is (moved into place as it is built).
            let query = sides.texter.chats().search().search(PHONE);
            println!(
                "future sizes: sdk search() {} bytes, hand-written {} bytes",
                std::mem::size_of_val(&query.send()),
                std::mem::size_of_val(&sides.plain(false)),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Criterion: each side on its own

fn bench_side(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    rt: &tokio::runtime::Runtime,
    sides: &Sides,
    side: Side,
    large: bool,
) {
    let name = match side {
        Side::Sdk => "sdk",
        Side::Plain => "reqwest",
    };
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                match side {
                    Side::Sdk => timed(iters, || sides.sdk(large)).await,
                    Side::Plain => timed(iters, || sides.plain(large)).await,
                }
            })
        })
    });
}

fn criterion_benches(
    c: &mut Criterion,
    rt: &tokio::runtime::Runtime,
    sides: &Sides,
    large_body: &[u8],
) {
    let mut group = c.benchmark_group("a_per_call");
    bench_side(&mut group, rt, sides, Side::Sdk, false);
    bench_side(&mut group, rt, sides, Side::Plain, false);
    group.finish();

    let mut group = c.benchmark_group("d_decode_1000");
    group.measurement_time(Duration::from_secs(10));
    bench_side(&mut group, rt, sides, Side::Sdk, true);
    bench_side(&mut group, rt, sides, Side::Plain, true);
    group.bench_function("in_memory_from_slice", |b| {
        b.iter(|| {
            let page: SearchChatsResponse = serde_json::from_slice(black_box(large_body)).unwrap();
            page
        })
    });
    group.finish();

    parts(c, rt, sides);
}

/// `a_parts`: in memory, the pieces the SDK's call path adds to a hand-written call, to explain
/// (a). Not a target; see BENCHMARKS.md.
fn parts(c: &mut Criterion, rt: &tokio::runtime::Runtime, sides: &Sides) {
    let mut group = c.benchmark_group("a_parts");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    // Building the request: one `.query()` as written by hand (the URL parsed per call, as
    // `get(&str)` does), against what the SDK's generated `send` does: `exchange::request`
    // (a copy of the base URL parsed once, its path set; the headers of the context cloned),
    // then the one query parameter that is set.
    let api = sides.texter.api();
    let hand_written = || {
        sides
            .http
            .get(&sides.search_url)
            .query(&[("search", PHONE)])
            .headers(sides.headers.clone())
            .build()
            .unwrap()
    };
    let sdk_path = || {
        texterchat::api::exchange::request::<()>(
            api,
            &texterchat::api::operations::SEARCH_CHATS,
            texterchat::api::exchange::Method::GET,
            &["/chats/search"],
            true,
        )
        .unwrap()
        .query(&texterchat::api::exchange::QueryParam::new(
            "search", &PHONE,
        ))
        .build()
        .unwrap()
    };
    assert_eq!(hand_written().url(), sdk_path().url());
    assert_eq!(hand_written().headers(), sdk_path().headers());
    group.bench_function("build_request/hand_written", |b| b.iter(hand_written));
    group.bench_function("build_request/sdk", |b| b.iter(sdk_path));

    // The wrappers around each attempt: `tokio::time::timeout` and the exchange's record (set
    // up and taken), around a future that is pending once, as a request is.
    async fn pending_once() -> u32 {
        tokio::task::yield_now().await;
        1
    }
    let timeout = texterchat::options::DEFAULT_TIMEOUT;
    group.bench_function("attempt/bare", |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                let start = Instant::now();
                for _ in 0..iters {
                    black_box(pending_once().await);
                }
                start.elapsed()
            })
        })
    });
    group.bench_function("attempt/timeout_and_exchange", |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                let exchange = texterchat::api::exchange::Exchange::default();
                let start = Instant::now();
                for _ in 0..iters {
                    exchange.begin(Default::default());
                    let output = tokio::time::timeout(timeout, pending_once()).await;
                    black_box((output.ok(), exchange.take_record()));
                }
                start.elapsed()
            })
        })
    });
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// Paired run: the two sides alternate in blocks, so drift hits both alike

struct Paired {
    sdk_median: Duration,
    plain_median: Duration,
    /// Median over all SDK calls / median over all hand-written calls.
    ratio_of_medians: f64,
    /// The ratio of medians of each adjacent block pair, sorted.
    block_ratios: Vec<f64>,
    /// CPU time of the client thread per call (user + kernel), SDK and hand-written, when the
    /// system reports it.
    cpu_per_call: Option<(Duration, Duration)>,
}

/// CPU time the calling thread has used (Linux `/proc/thread-self/schedstat`), when known.
/// The client runs on the main thread (a current-thread runtime), the server on its own.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

fn paired(
    rt: &tokio::runtime::Runtime,
    sides: &Sides,
    large: bool,
    rounds: usize,
    per_block: usize,
) -> Paired {
    rt.block_on(async {
        // Warm-up: connections, allocator, caches.
        for _ in 0..per_block {
            black_box(sides.sdk(large).await);
            black_box(sides.plain(large).await);
        }
        let mut all_sdk = Vec::with_capacity(rounds * per_block);
        let mut all_plain = Vec::with_capacity(rounds * per_block);
        let mut block_ratios = Vec::with_capacity(rounds);
        let mut cpu = [Some(Duration::ZERO); 2];
        for round in 0..rounds {
            let order = if round % 2 == 0 {
                [Side::Sdk, Side::Plain]
            } else {
                [Side::Plain, Side::Sdk]
            };
            let mut block_median = [Duration::ZERO; 2];
            for side in order {
                let cpu_before = thread_cpu();
                let mut block = match side {
                    Side::Sdk => each_timed(per_block, || sides.sdk(large)).await,
                    Side::Plain => each_timed(per_block, || sides.plain(large)).await,
                };
                let slot = usize::from(side == Side::Plain);
                cpu[slot] = match (cpu[slot], cpu_before, thread_cpu()) {
                    (Some(sum), Some(a), Some(b)) => Some(sum + (b - a)),
                    _ => None,
                };
                block_median[slot] = median(&mut block);
                if side == Side::Sdk {
                    all_sdk.extend_from_slice(&block);
                } else {
                    all_plain.extend_from_slice(&block);
                }
            }
            block_ratios.push(block_median[0].as_secs_f64() / block_median[1].as_secs_f64());
        }
        block_ratios.sort_by(f64::total_cmp);
        let sdk_median = median(&mut all_sdk);
        let plain_median = median(&mut all_plain);
        Paired {
            sdk_median,
            plain_median,
            ratio_of_medians: sdk_median.as_secs_f64() / plain_median.as_secs_f64(),
            block_ratios,
            cpu_per_call: match cpu {
                [Some(sdk), Some(plain)] => {
                    let calls = (rounds * per_block) as u32;
                    Some((sdk / calls, plain / calls))
                }
                _ => None,
            },
        }
    })
}

fn report(name: &str, p: &Paired, target: f64) {
    let q = |f: f64| p.block_ratios[((p.block_ratios.len() - 1) as f64 * f).round() as usize];
    // The headline is the median of the per-pair ratios: each compares two adjacent blocks, so
    // load that comes and goes during the run affects both sides of it alike.
    let ratio = q(0.5);
    let verdict = if ratio <= target { "PASS" } else { "MISS" };
    println!(
        "{name}/paired: ratio sdk/reqwest {ratio:.4} (target ≤ {target}: {verdict}) = median over \
         {} block pairs of the ratio of block medians; p10 {:.4}, p90 {:.4}, min {:.4}, max {:.4}",
        p.block_ratios.len(),
        q(0.1),
        q(0.9),
        q(0.0),
        q(1.0),
    );
    println!(
        "{name}/paired: over all calls: sdk median {:.1} µs, reqwest median {:.1} µs, ratio of \
         medians {:.4}",
        p.sdk_median.as_secs_f64() * 1e6,
        p.plain_median.as_secs_f64() * 1e6,
        p.ratio_of_medians,
    );
    if let Some((sdk, plain)) = p.cpu_per_call {
        println!(
            "{name}/paired: client thread CPU per call: sdk {:.2} µs, reqwest {:.2} µs \
             (sdk adds {:+.2} µs, ratio {:.4})",
            sdk.as_secs_f64() * 1e6,
            plain.as_secs_f64() * 1e6,
            (sdk.as_secs_f64() - plain.as_secs_f64()) * 1e6,
            sdk.as_secs_f64() / plain.as_secs_f64(),
        );
    }
}

// ---------------------------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (one_chat, thousand_chats) = bodies(LARGE);
    let responses = Arc::new(Responses {
        one_chat: http_response(&one_chat),
        thousand_chats: http_response(&thousand_chats),
        record: AtomicBool::new(false),
        heads: Mutex::new(Vec::new()),
    });
    let addr = start_server(Arc::clone(&responses));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let sides = Sides::new(addr);
    check_same_requests(&rt, &sides, &responses);
    // `TEXTER_BENCH_ONE_SIDE=sdk|reqwest|reqwest-parsed-url TEXTER_BENCH_CALLS=n`: only n calls
    // of one side, no measurement, for counting instructions per call under callgrind
    // (BENCHMARKS.md, Method): unlike time on this VM, the count does not drift.
    if let Ok(side) = std::env::var("TEXTER_BENCH_ONE_SIDE") {
        let calls: u64 = std::env::var("TEXTER_BENCH_CALLS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        rt.block_on(async {
            for _ in 0..calls {
                match side.as_str() {
                    "sdk" => black_box(sides.sdk(false).await),
                    "reqwest-parsed-url" => black_box(sides.plain_parsed_url().await),
                    _ => black_box(sides.plain(false).await),
                };
            }
        });
        return;
    }

    let mut c = Criterion::default().configure_from_args();
    criterion_benches(&mut c, &rt, &sides, &thousand_chats);
    c.final_summary();

    // As criterion decides: benchmarking needs `--bench` (which `cargo bench` passes) without
    // `--test`; `cargo test --benches` (no `--bench`) runs each benchmark once, `--list` and
    // `--profile-time` do not measure. None of them wants the paired run; a name filter that
    // matches neither group skips it too.
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let skip = !has("--bench")
        || has("--test")
        || has("--list")
        || has("--profile-time")
        || std::env::var_os("TEXTER_BENCH_NO_PAIRED").is_some();
    let filters: Vec<&String> = args
        .iter()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |group: &str| {
        let name = format!("{group}/paired");
        filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
    };
    if skip {
        return;
    }
    if wanted("a_per_call") {
        let p = paired(&rt, &sides, false, 100, 200);
        report("a_per_call", &p, 1.02);
    }
    if wanted("d_decode_1000") {
        let p = paired(&rt, &sides, true, 100, 10);
        report("d_decode_1000", &p, 1.05);
    }
}
