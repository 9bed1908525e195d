use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use texterchat::{CallOptions, RateLimit, RetryPolicy, ScopeSet, Texter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::common::*;

/// A tiny HTTP server that counts requests in flight and remembers the most it saw at once.
/// Every `fail_every`-th request gets 503.
struct CountingServer {
    url: String,
    in_flight: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

async fn counting_server(fail_every: usize) -> CountingServer {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/server/api/v2", listener.local_addr().unwrap());
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let total = Arc::new(AtomicUsize::new(0));
    let (f, p, t) = (in_flight.clone(), peak.clone(), total.clone());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let (f, p, t) = (f.clone(), p.clone(), t.clone());
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                loop {
                    // One request per read: the client sends small GETs.
                    let Ok(n) = socket.read(&mut buf).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    let now = f.fetch_add(1, Ordering::SeqCst) + 1;
                    p.fetch_max(now, Ordering::SeqCst);
                    let number = t.fetch_add(1, Ordering::SeqCst) + 1;
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    f.fetch_sub(1, Ordering::SeqCst);
                    let (status, body) = if fail_every > 0 && number % fail_every == 0 {
                        ("503 Service Unavailable", "{}")
                    } else {
                        ("200 OK", r#"{"id":"vip"}"#)
                    };
                    let response = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if socket.write_all(response.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    CountingServer {
        url,
        in_flight,
        peak,
        total,
    }
}

fn limited(url: &str, limit: RateLimit) -> Texter {
    Texter::builder()
        .base_url(url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .rate_limit(limit)
        .call_options(
            CallOptions::new().retry(
                RetryPolicy::default()
                    .initial_backoff(Duration::from_millis(1))
                    .max_backoff(Duration::from_millis(2)),
            ),
        )
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrency_never_exceeds_the_limit_across_clones_and_retries() {
    let server = counting_server(4).await;
    let texter = limited(&server.url, RateLimit::unlimited_rate().max_concurrent(3));
    let calls = (0..24).map(|_| {
        let t = texter.clone();
        tokio::spawn(async move { t.labels().get("vip").await })
    });
    let results = futures::future::join_all(calls).await;
    assert!(
        results.into_iter().all(|r| r.unwrap().is_ok()),
        "every call succeeds after retries"
    );
    assert!(
        server.peak.load(Ordering::SeqCst) <= 3,
        "peak {}",
        server.peak.load(Ordering::SeqCst)
    );
    assert!(
        server.peak.load(Ordering::SeqCst) >= 2,
        "the limit was actually exercised"
    );
    // 24 successes plus the retried 503s (every 4th attempt): retries went through the limiter.
    assert!(server.total.load(Ordering::SeqCst) > 24);
    assert_eq!(server.in_flight.load(Ordering::SeqCst), 0);
}

#[test]
fn rate_limit_settings_are_validated() {
    let err = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .scopes([])
        .rate_limit(RateLimit::per_second(0))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("rate_limit.per_second"), "{err}");
    let err = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .scopes([])
        .rate_limit(RateLimit::unlimited_rate().max_concurrent(0))
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("rate_limit.max_concurrent"),
        "{err}"
    );
}
