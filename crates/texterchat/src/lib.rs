//! Ergonomic, scope-checked client for the Texter (TexterChat) API v2.

pub use texterchat_api as api;
