//! Production behaviour over HTTP: pagination, retries, timeouts, rate limits and tracing.

// Test code: a failed expectation should panic with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bulk;
#[path = "../common/mod.rs"]
mod common;
mod limits;
mod logs;
mod pagination;
mod retries;
mod timeouts;
mod tracing_capture;
