//! A small axum app that receives Texter webhook deliveries.
//!
//! ```sh
//! TEXTER_WEBHOOK_SECRET=$(openssl rand -hex 32) \
//!     cargo run -p texterchat --example webhook_receiver --features axum
//! ```
//!
//! - `TEXTER_WEBHOOK_SECRET`: the secret deliveries must carry (one is generated and printed
//!   when unset; set it to keep the registered URL valid across restarts).
//! - `PORT`: where to listen on 127.0.0.1 (default 3000).
//! - `PUBLIC_URL`: the address Texter reaches this app at, e.g. a tunnel
//!   (default `http://127.0.0.1:$PORT`, fine for trying it with curl).
//! - `RUST_LOG`: log filter (default `texterchat=info`, which shows refused deliveries).
//!
//! It prints the URL to register (pass it to `events::Subscription::new`), then the name of
//! every delivery, skipping repeats and out-of-order (stale) messages.

use std::collections::{HashSet, VecDeque};

use axum::Router;
use axum::routing::get;
use futures::StreamExt;
use texterchat::events::receiver::{Deliveries, WebhookReceiver};
use texterchat::events::{Event, EventExt};

/// Where the receiver is mounted in the app.
const HOOK_PATH: &str = "/hooks/texter";

/// How many recent delivery keys to remember for skipping repeats.
const REMEMBERED_KEYS: usize = 10_000;

/// The app: a health check, and the receiver mounted at [`HOOK_PATH`].
fn app(receiver: WebhookReceiver) -> (Router, Deliveries) {
    let (hooks, deliveries) = receiver.into_parts();
    let app = Router::new()
        .route("/health", get(|| async { "ok" }))
        .nest(HOOK_PATH, hooks);
    (app, deliveries)
}

/// Remembers the last [`REMEMBERED_KEYS`] dedup keys, so memory stays bounded.
#[derive(Default)]
struct Recent {
    keys: HashSet<String>,
    order: VecDeque<String>,
}

impl Recent {
    /// Whether `event` was seen already (and remembers it if not).
    fn is_repeat(&mut self, event: &Event) -> bool {
        let Some(key) = event.dedup_key() else {
            return false; // nothing to tell repeats by: handle it
        };
        if !self.keys.insert(key.clone()) {
            return true;
        }
        self.order.push_back(key);
        if self.order.len() > REMEMBERED_KEYS
            && let Some(oldest) = self.order.pop_front()
        {
            self.keys.remove(&oldest);
        }
        false
    }
}

/// Your code: runs apart from the HTTP handler, which has answered Texter already.
async fn handle(mut deliveries: Deliveries) {
    let mut recent = Recent::default();
    while let Some(event) = deliveries.next().await {
        if recent.is_repeat(&event) {
            println!("{}: a repeat, skipped", event.name());
        } else if event.is_stale() == Some(true) {
            println!(
                "{}: older than the chat's latest message, skipped",
                event.name()
            );
        } else {
            let chat = event.chat().and_then(|c| c.id.as_deref()).unwrap_or("-");
            println!("{} (chat {chat})", event.name());
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Shows the receiver's refusals (a wrong secret, a malformed body, a full queue).
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

    let receiver = WebhookReceiver::new(secret)?;
    let url = receiver.webhook_url(&format!("{}{HOOK_PATH}", public.trim_end_matches('/')))?;
    let (app, deliveries) = app(receiver);

    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    println!("register this URL with Texter: {url}");
    tokio::spawn(handle(deliveries));
    axum::serve(listener, app).await?;
    Ok(())
}
