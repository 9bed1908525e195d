//! A receiver or a worker in a process of its own, for the durable-delivery tests to kill.
//!
//! ```text
//! durable_child receiver <store> <secret>      # prints "LISTENING <port>", serves forever
//! durable_child worker <store> <visibility-ms> # prints "HANDLING <message id>" per event, never finishes one
//! ```
//!
//! `<store>` is `sqlite:<path>` or `redis:<url>#<prefix>` (the latter with the `redis` feature).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use texterchat::events::receiver::WebhookReceiver;
use texterchat::events::store::EventStore;
use texterchat::events::worker::EventWorker;

async fn open(spec: &str) -> Arc<dyn EventStore> {
    if let Some(path) = spec.strip_prefix("sqlite:") {
        return Arc::new(texterchat::events::sqlite::SqliteStore::open(path).unwrap());
    }
    #[cfg(feature = "redis")]
    if let Some(rest) = spec.strip_prefix("redis:") {
        let (url, prefix) = rest.split_once('#').unwrap();
        return Arc::new(
            texterchat::events::redis::RedisStore::connect(url, prefix)
                .await
                .unwrap(),
        );
    }
    panic!("unknown store {spec}");
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let store = open(&args[2]).await;
    match args[1].as_str() {
        "receiver" => {
            let receiver = WebhookReceiver::new(args[3].clone()).unwrap().store(store);
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            println!("LISTENING {}", listener.local_addr().unwrap().port());
            std::io::stdout().flush().unwrap();
            axum::serve(listener, receiver.router()).await.unwrap();
        }
        "worker" => {
            let visibility = Duration::from_millis(args[3].parse().unwrap());
            EventWorker::shared(store)
                .visibility(visibility)
                .handler_timeout(visibility / 2)
                .poll_interval(Duration::from_millis(20))
                .run(|leased| async move {
                    let message = texterchat::events::EventExt::message(&leased.event().unwrap())
                        .and_then(|m| m.id.clone())
                        .unwrap_or_default();
                    println!("HANDLING {message}");
                    std::io::stdout().flush().unwrap();
                    // Never finishes: the test kills this process mid-event.
                    std::future::pending::<()>().await;
                    Ok::<(), String>(())
                })
                .await
                .unwrap();
        }
        other => panic!("unknown role {other}"),
    }
}
