//! Lists the labels of a Texter project and finds a chat by phone.
//!
//! ```sh
//! # Against your project (scopes as Texter shows them, comma-separated):
//! TEXTER_PROJECT=demo TEXTER_TOKEN=... TEXTER_SCOPES="List all chats" \
//!     cargo run --example quickstart -- 0521234567
//! # Without those variables it starts an in-process mock Texter server and uses that:
//! cargo run --example quickstart
//! ```

use texterchat::chats::ChatWindow;
use texterchat::{Texter, TexterBuilder};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let phone = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "0521234567".to_string());
    let configured = ["TEXTER_PROJECT", "TEXTER_TOKEN", "TEXTER_SCOPES"]
        .iter()
        .all(|v| std::env::var_os(v).is_some());

    // Keep the mock server alive for the whole run.
    let (texter, _mock) = if configured {
        println!("Using the Texter project from TEXTER_PROJECT.");
        (Texter::from_env()?, None)
    } else {
        println!(
            "TEXTER_PROJECT/TEXTER_TOKEN/TEXTER_SCOPES are not set: using an in-process mock Texter."
        );
        let server = mock_texter().await;
        let base_url = format!("{}/server/api/v2", server.uri());
        let texter = TexterBuilder::from_lookup(|name| match name {
            "TEXTER_BASE_URL" => Some(base_url.clone()),
            "TEXTER_TOKEN" => Some("mock-token".to_string()),
            "TEXTER_SCOPES" => Some("List all chats".to_string()),
            _ => None,
        })?
        .build()?;
        (texter, Some(server))
    };

    // List All Labels works with any valid token.
    let labels = texter.labels().list().send().await?;
    println!(
        "{} label(s):",
        labels.total.unwrap_or(labels.labels.len() as i64)
    );
    for label in &labels.labels {
        println!(
            "  {:<20} {:<20} {}",
            label.id.as_deref().unwrap_or("?"),
            label.name.as_deref().unwrap_or(""),
            label.color.as_deref().unwrap_or("")
        );
    }

    // Search Chats needs the "List all chats" scope. find_by_phone keeps only a chat whose
    // contact has this number (a plain search also matches names and parts of numbers).
    match texter.chats().find_by_phone(&phone).await? {
        None => println!("No chat with {phone}."),
        Some(chat) => {
            println!("Chat with {phone}:");
            println!("  id:      {}", chat.id.as_deref().unwrap_or("?"));
            println!("  title:   {}", chat.title.as_deref().unwrap_or(""));
            println!(
                "  status:  {}",
                chat.status.and_then(|s| s.name()).unwrap_or("unknown")
            );
            println!("  labels:  {}", chat.labels.join(", "));
            // Within 24 hours of the contact's last message a session message can be sent;
            // after that, only a template.
            println!("  WhatsApp session window: {:?}", chat.session_window());
            if let Some(t) = chat.last_incoming_message_timestamp {
                // `t.to_datetime()` with the `chrono` feature.
                println!("  last incoming message: {t} ms after the Unix epoch");
            }
        }
    }
    Ok(())
}

/// A mock Texter that answers List All Labels and Search Chats with the documented examples.
async fn mock_texter() -> MockServer {
    let server = MockServer::start().await;
    let labels = include_str!("../tests/fixtures/responses/listLabels.json");
    let chats = include_str!("../tests/fixtures/responses/searchChats.json");
    for (p, body) in [
        ("/server/api/v2/labels", labels),
        ("/server/api/v2/chats/search", chats),
    ] {
        Mock::given(method("GET"))
            .and(path(p))
            .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
            .mount(&server)
            .await;
    }
    server
}
