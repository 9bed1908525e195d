use std::time::{Duration, Instant};

use texterchat::{CallOptions, ScopeSet, Texter};
use tokio::net::TcpListener;

use crate::common::*;

/// A server that accepts connections and never answers.
async fn silent_server() -> (String, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    (format!("http://{addr}/server/api/v2"), task)
}

fn client(base_url: &str, options: CallOptions) -> Texter {
    Texter::builder()
        .base_url(base_url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(options.no_retries())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_silent_server_times_out_within_the_client_limit() {
    let (url, server) = silent_server().await;
    let limit = Duration::from_millis(400);
    let texter = client(&url, CallOptions::new().timeout(limit));
    let started = Instant::now();
    let err = texter.labels().get("vip").await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(err.is_timeout(), "{err}");
    assert!(elapsed >= limit, "{elapsed:?}");
    assert!(elapsed < limit + Duration::from_secs(2), "{elapsed:?}");
    assert!(err.to_string().contains("0.400s"), "{err}");
    server.abort();
}

#[tokio::test]
async fn a_per_call_timeout_overrides_the_client_one() {
    let (url, server) = silent_server().await;
    let texter = client(&url, CallOptions::new().timeout(Duration::from_secs(60)));
    let limit = Duration::from_millis(300);
    let started = Instant::now();
    let err = texter
        .with_options(CallOptions::new().timeout(limit))
        .labels()
        .get("vip")
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(
        started.elapsed() < limit + Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    server.abort();
}

/// Each attempt's timeout is capped by what is left of the call's total budget: with a 60 s
/// per-attempt timeout and a 700 ms budget, a silent server ends the call after about 700 ms,
/// not 60 s, and the error names the capped timeout.
#[tokio::test]
async fn an_attempt_never_outlives_the_total_budget() {
    let (url, server) = silent_server().await;
    let budget = Duration::from_millis(700);
    let texter = Texter::builder()
        .base_url(&url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(
            CallOptions::new().timeout(Duration::from_secs(60)).retry(
                texterchat::RetryPolicy::default()
                    .max_attempts(5)
                    .initial_backoff(Duration::from_millis(5))
                    .max_elapsed(budget),
            ),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let err = texter.labels().get("vip").await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(err.is_timeout(), "{err}");
    assert!(elapsed >= budget, "{elapsed:?}");
    assert!(elapsed < budget + Duration::from_secs(2), "{elapsed:?}");
    assert!(err.to_string().contains("0.700s"), "{err}");
    server.abort();
}
