//! Low-level client for the Texter (TexterChat) API v2.
//!
//! Everything API-specific in this crate is generated from `openapi/texter.yaml` by
//! `cargo xtask generate`:
//!
//! - [`Client`], its builder-style operation methods and the request/response [`types`]
//!   (progenitor);
//! - the open enums of [`enums`] (every value the spec lists, plus `Unknown`);
//! - the [`scopes`] catalog: [`Scope`], [`ApiGroup`] and one [`catalog::Operation`] per
//!   operation with the scopes it needs;
//! - the request [`limits`] used for client-side validation.
//!
//! The hand-written modules only give those a home: [`time`] (unit-carrying time types),
//! [`catalog`] (the types of the scope catalog), the open-enum macros, and the request hook that
//! puts the bearer token on every request.
//!
//! Most users want the ergonomic `texterchat` crate, which checks token scopes before sending,
//! validates input, retries safely and paginates.

#![forbid(unsafe_code)]

pub mod catalog;
#[rustfmt::skip]
pub mod enums;
#[rustfmt::skip]
pub mod limits;
mod open_enum;
#[rustfmt::skip]
pub mod scopes;
pub mod time;

#[rustfmt::skip]
#[allow(clippy::all, clippy::unwrap_used, clippy::expect_used, missing_docs)]
mod generated;

pub use generated::*;
pub use scopes::{ApiGroup, OPERATIONS, Scope, UNPUBLISHED_OPERATIONS, operations};

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderValue};

/// State the generated [`Client`] carries into every request: the `Authorization` header.
///
/// The header value is marked sensitive, so `reqwest` and `http` redact it when they format
/// requests, and this type's `Debug` never prints it.
#[derive(Clone, Default)]
pub struct ClientContext {
    authorization: Option<HeaderValue>,
}

impl ClientContext {
    /// A context that sends `Authorization: Bearer <token>`.
    ///
    /// Fails when the token contains bytes an HTTP header cannot carry (the error does not
    /// repeat the token).
    pub fn bearer(token: &str) -> Result<Self, InvalidToken> {
        let mut value =
            HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| InvalidToken)?;
        value.set_sensitive(true);
        Ok(Self {
            authorization: Some(value),
        })
    }

    /// A context that sends no `Authorization` header.
    pub fn anonymous() -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for ClientContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientContext")
            .field(
                "authorization",
                &self.authorization.as_ref().map(|_| "Bearer <redacted>"),
            )
            .finish()
    }
}

/// The token cannot be sent in an HTTP header (it holds control characters or non-visible
/// bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidToken;

impl std::fmt::Display for InvalidToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the API token contains characters that cannot be sent in an HTTP header")
    }
}

impl std::error::Error for InvalidToken {}

impl ClientHooks<ClientContext> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        if let Some(value) = &self.inner.authorization {
            request.headers_mut().insert(AUTHORIZATION, value.clone());
        }
        Ok(())
    }
}

pub use open_enum::ParseEnumError;
