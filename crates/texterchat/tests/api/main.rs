//! Every operation over HTTP against a local mock Texter server.

// Test code: a failed expectation should panic with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod chats;
#[path = "../common/mod.rs"]
mod common;
mod coverage;
mod errors_and_raw;
mod parity;
mod quick_replies;
mod subscriptions;
mod template_subscriptions;
mod templates;
