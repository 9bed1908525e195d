//! # texterchat
//!
//! An ergonomic, scope-checked Rust client for the [Texter](https://texterchat.com)
//! (TexterChat) API v2, the REST API of a WhatsApp business inbox.
//!
//! - **Scope-checked.** Declare the scopes your token was created with; a call that needs one it
//!   lacks fails with [`Error::is_missing_scope`] before anything leaves the machine. The
//!   scopes of every operation come from the spec, never from a hand-written list.
//! - **Validated.** Input that breaks a rule of the API (a 4097-character text, eleven media
//!   items, a phone number of three digits) is an error naming the field and the rule, before
//!   sending.
//! - **Safe in production.** Retries that never send a WhatsApp message twice, timeouts, rate
//!   limits, pagination streams and tracing (see [`retry`] and [`CallOptions`]).
//! - **Forward compatible.** New fields are ignored and new enum values decode to `Unknown`.
//!
//! Every operation of the spec is a method of a handle of its API group, generated from the
//! spec: path parameters (and the body's required fields) are arguments, query parameters and
//! the body's other fields are setters, and `.send().await` checks the token's scopes and the
//! spec's rules, sends, retries when it is safe, and decodes the answer.
//!
//! ```no_run
//! use texterchat::{Scope, Texter};
//! use texterchat::messages::OutgoingMessage;
//!
//! # async fn demo() -> texterchat::Result<()> {
//! let texter = Texter::builder()
//!     .project("demo")
//!     .token(std::env::var("TEXTER_TOKEN").unwrap_or_default())
//!     .scopes([Scope::ListAllChats, Scope::SendSessionMessage, Scope::ManageAllChats])
//!     .build()?;
//!
//! if let Some(chat) = texter.chats().find_by_phone("0521234567").await? {
//!     let id = chat.id.clone().unwrap_or_default();
//!     texter.messages().send(&id, OutgoingMessage::text("Your order is ready")).send().await?;
//!     // The API takes label ids: look one up by the name people see.
//!     if let Some(vip) = texter.labels().find_by_name("VIP").await? {
//!         let add = texterchat::types::UpdateChatLabelsRequest::Add(vec![vip.id.unwrap_or_default()]);
//!         texter.labels().change_in_chat(&id, add).send().await?;
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! The generated low-level client and all request/response types live in
//! [`texterchat_api`], re-exported as [`api`]; the common types are re-exported at the root and
//! in [`types`].

#![deny(missing_docs)]
// docs.rs (`--cfg docsrs`, nightly) marks each feature-gated item with the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod bulk;
mod call;
pub mod chats;
mod client;
pub mod error;
pub mod events;
pub mod files;
pub mod labels;
mod limiter;
pub mod messages;
pub mod options;
pub mod pagination;
pub mod phone;
pub mod quick_replies;
pub mod raw;
pub mod retry;
pub mod scopes;
mod secret;
pub mod subscriptions;
pub mod template_subscriptions;
pub mod templates;

// The operation surface: one module per tag of the spec (`surface::chats`, …), one request
// builder per operation, and the handles `texter.chats()`, … — generated from the spec into
// texterchat-api's `surface.rs` and expanded here, so its items can name `Texter` and `Result`.
texterchat_api::texter_surface!();

pub use client::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_USER_AGENT, ScopePolicy, Texter, TexterBuilder};
pub use error::{Error, ErrorKind, Result};
pub use limiter::RateLimit;
pub use options::CallOptions;
pub use pagination::Pages;
pub use retry::RetryPolicy;
pub use scopes::{ApiGroup, Scope, ScopeSet};
pub use secret::ApiToken;
pub use texterchat_api as api;
pub use texterchat_api::{enums, time};

/// Request and response types of the API, generated from the spec.
pub mod types {
    pub use texterchat_api::types::*;
}

// The crate README's (crates.io page's) Rust examples compile as doctests; the repository
// README's are the workspace test crate's.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
