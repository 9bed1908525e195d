//! A small axum app that receives Texter webhook deliveries durably: every delivery is stored
//! in a SQLite file before Texter gets its 2xx, and a worker hands the stored events to your
//! code, in order per chat, acknowledging each after it was handled. Kill the process at any
//! time: on restart, the events not yet handled are handled.
//!
//! ```sh
//! TEXTER_WEBHOOK_SECRET=$(openssl rand -hex 32) \
//!     cargo run -p texterchat --example webhook_receiver --features axum,sqlite
//! ```
//!
//! - `TEXTER_WEBHOOK_SECRET`: the secret deliveries must carry (one is generated and printed
//!   when unset; set it to keep the registered URL valid across restarts).
//! - `TEXTER_EVENTS_DB`: the SQLite file (default `texter-events.sqlite3`).
//! - `PORT`: where to listen on 127.0.0.1 (default 3000).
//! - `PUBLIC_URL`: the address Texter reaches this app at, e.g. a tunnel
//!   (default `http://127.0.0.1:$PORT`, fine for trying it with curl).
//! - `RUST_LOG`: log filter (default `texterchat=info`, which shows refused deliveries).
//!
//! It prints the URL to register (pass it to `events::Subscription::new`), then the name of
//! every event as it is handled, skipping out-of-order (stale) messages. Repeated deliveries are
//! dropped by the store before they reach the handler.

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use texterchat::events::EventExt;
use texterchat::events::receiver::WebhookReceiver;
use texterchat::events::sqlite::SqliteStore;
use texterchat::events::store::Leased;
use texterchat::events::worker::EventWorker;

/// Where the receiver is mounted in the app.
const HOOK_PATH: &str = "/hooks/texter";

/// Your code: runs apart from the HTTP handler, which has answered Texter already. Returning
/// an error hands the event out again later.
async fn handle(leased: Leased) -> Result<(), texterchat::events::ParseError> {
    let event = leased.event()?;
    if event.is_stale() == Some(true) {
        println!(
            "{}: older than the chat's latest message, skipped",
            event.name()
        );
    } else {
        let chat = event.chat().and_then(|c| c.id.as_deref()).unwrap_or("-");
        println!(
            "{} (chat {chat}, attempt {})",
            event.name(),
            leased.previous_attempts + 1
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Shows the receiver's refusals (a wrong secret, a malformed body, a full store).
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "texterchat=info".into()),
        )
        .init();
    let secret = match std::env::var("TEXTER_WEBHOOK_SECRET") {
        Ok(secret) => secret,
        Err(_) => {
            let secret = WebhookReceiver::generate_secret()?;
            println!("TEXTER_WEBHOOK_SECRET is unset; generated one for this run: {secret}");
            secret
        }
    };
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port.parse()?,
        Err(_) => 3000,
    };
    let public = std::env::var("PUBLIC_URL").unwrap_or_else(|_| format!("http://127.0.0.1:{port}"));
    let db = std::env::var("TEXTER_EVENTS_DB").unwrap_or_else(|_| "texter-events.sqlite3".into());

    let store = Arc::new(SqliteStore::open(&db)?);
    let receiver = WebhookReceiver::new(secret)?.store(Arc::clone(&store));
    let url = receiver.webhook_url(&format!("{}{HOOK_PATH}", public.trim_end_matches('/')))?;
    let app = Router::new()
        .route("/health", get(|| async { "ok" }))
        .nest(HOOK_PATH, receiver.router());

    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!(
        "listening on http://{}, events stored in {db}",
        listener.local_addr()?
    );
    println!("register this URL with Texter: {url}");
    let worker = EventWorker::shared(store)
        .per_chat_ordering(true)
        .run(handle);
    tokio::spawn(async move {
        if let Err(e) = worker.await {
            eprintln!("the event store failed: {e}");
        }
    });
    axum::serve(listener, app).await?;
    Ok(())
}
