//! Production behaviour over HTTP: pagination, retries, timeouts, rate limits and tracing,
//! and the promises kept under attack (redirects, path segments, redaction, size limits, error
//! reports, delivery outcomes, input rules).

// Test code: a failed expectation should panic with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bulk;
#[path = "../common/mod.rs"]
mod common;
mod error_reports;
mod inputs;
mod limits;
mod logs;
mod outcomes;
mod pagination;
mod paths;
mod redaction;
mod redirects;
mod retries;
mod size_limits;
mod timeouts;
mod tracing_capture;
mod traps;
