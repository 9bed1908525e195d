//! Memory is bounded whatever the server sends (issue 9.4): a response body larger than the
//! limit fails on its `Content-Length` before a byte of it is read, or as soon as it grows past
//! the limit while streaming.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::json;
use texterchat::{CallOptions, ErrorKind, ScopeSet, Texter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::ResponseTemplate;

use crate::common::*;

const MIB: u64 = 1024 * 1024;

fn client(base: &str) -> Texter {
    Texter::builder()
        .base_url(base)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(CallOptions::new().no_retries())
        .build()
        .unwrap()
}

/// A List All Labels answer of about `bytes` bytes.
fn big_labels(bytes: usize) -> serde_json::Value {
    let label = json!({"_id": "x".repeat(1000), "name": "n"});
    let count = bytes / 1024;
    json!({"total": count, "labels": vec![label; count]})
}

#[tokio::test]
async fn a_declared_length_over_the_limit_fails_before_reading() {
    let h = Harness::new().await;
    h.expect("GET", "/labels")
        .respond_with(ResponseTemplate::new(200).set_body_json(big_labels(3 * MIB as usize)))
        .mount(&h.server)
        .await;
    let texter = h
        .texter
        .with_options(CallOptions::new().max_response_bytes(MIB));
    let err = texter.labels().list().await.unwrap_err();
    assert!(err.is_response_too_large(), "{err}");
    let ErrorKind::ResponseTooLarge {
        status,
        limit,
        content_length,
        ..
    } = err.kind()
    else {
        panic!("{err:?}")
    };
    assert_eq!((*status, *limit), (Some(200), MIB));
    assert!(
        content_length.is_some_and(|n| n > 3 * MIB - 100_000),
        "{err}"
    );
    assert!(err.to_string().contains("max_response_bytes"), "{err}");
    // Per call, the limit can be raised.
    let roomy = h
        .texter
        .with_options(CallOptions::new().max_response_bytes(8 * MIB));
    assert_eq!(roomy.labels().list().await.unwrap().labels.len(), 3 * 1024);
}

/// A server that answers with a chunked body (no `Content-Length`) of `total` bytes, counting
/// what it managed to write before the client hung up.
async fn streaming_server(total: u64, declared: Option<u64>) -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/server/api/v2", listener.local_addr().unwrap());
    let written = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&written);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let head = match declared {
                    Some(n) => format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {n}\r\n\r\n"),
                    None => "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_string(),
                };
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                if declared.is_some() {
                    // Declares a huge body and sends none of it.
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    return;
                }
                let chunk = vec![b' '; 64 * 1024];
                let frame = [
                    format!("{:x}\r\n", chunk.len()).into_bytes(),
                    chunk,
                    b"\r\n".to_vec(),
                ]
                .concat();
                let mut sent = 0;
                while sent < total {
                    if socket.write_all(&frame).await.is_err() {
                        return;
                    }
                    sent += 64 * 1024;
                    counter.store(sent, Ordering::SeqCst);
                }
                let _ = socket.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    (url, written)
}

#[tokio::test]
async fn a_streamed_body_is_cut_at_the_limit() {
    let (url, written) = streaming_server(512 * MIB, None).await;
    let texter = client(&url).with_options(CallOptions::new().max_response_bytes(2 * MIB));
    let err = texter.labels().list().await.unwrap_err();
    assert!(err.is_response_too_large(), "{err}");
    assert!(
        matches!(err.kind(), ErrorKind::ResponseTooLarge { content_length: None, limit, .. } if *limit == 2 * MIB),
        "{err:?}"
    );
    // The client stopped reading: the server could not push the 512 MiB.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < 64 * MIB, "the server wrote {sent} bytes");
}

#[tokio::test]
async fn the_default_limit_is_64_mib() {
    assert_eq!(texterchat::options::DEFAULT_MAX_RESPONSE_BYTES, 64 * MIB);
    let (url, _) = streaming_server(0, Some(64 * MIB + 1)).await;
    let started = std::time::Instant::now();
    let err = client(&url).labels().list().await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::ResponseTooLarge { content_length: Some(n), limit, .. } if *n == 64 * MIB + 1 && *limit == 64 * MIB),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "refused at once, not after reading"
    );
    let (url, _) = streaming_server(0, Some(64 * MIB)).await;
    let err = client(&url)
        .with_options(CallOptions::new().timeout(Duration::from_millis(300)))
        .labels()
        .list()
        .await
        .unwrap_err();
    assert!(
        err.is_timeout(),
        "exactly the limit is allowed (and then waited for): {err}"
    );
}

#[tokio::test]
async fn text_answers_and_raw_requests_are_bounded_too() {
    let (url, _) = streaming_server(256 * MIB, None).await;
    let texter = client(&url).with_options(CallOptions::new().max_response_bytes(MIB));
    let err = texter.labels().update("vip").name("VIP").await.unwrap_err();
    assert!(err.is_response_too_large(), "plain-text OK answers: {err}");
    let err = texter
        .raw(texterchat::raw::RawRequest::get("/anything"))
        .await
        .unwrap_err();
    assert!(err.is_response_too_large(), "raw requests: {err}");
}
