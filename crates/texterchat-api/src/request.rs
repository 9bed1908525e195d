//! What every generated request is to the executor that sends it.
//!
//! The generated surface (`texter_surface!`, see [`crate::surface`]) emits one request builder
//! per operation of the spec and implements [`Request`] for it: the builder knows its operation
//! (scopes, idempotency, path), checks its own input against the spec, and sends itself through
//! the generated low-level [`Client`]. The ergonomic crate's executor takes any
//! `Request` and adds the behaviour: scope gate, limiter, timeouts, retries, error mapping and
//! tracing. So an operation's identity is written once, by the generator.

use std::future::Future;

use futures::StreamExt;
use progenitor_client::{ByteStream, ResponseValue};
use serde::de::DeserializeOwned;

use crate::catalog::Operation;
use crate::exchange::Exchange;
pub use crate::validation::Invalid;
use crate::{Client, types};

/// The error of the generated low-level client.
pub type ApiError = crate::Error<types::Error>;

/// One request of one operation, ready to be checked and sent.
pub trait Request: Send + Sync {
    /// The operation (scopes, idempotency, method, path).
    const OPERATION: &'static Operation;
    /// What the low-level client returns on success (the decoded body, or `()`).
    type Response: Send;
    /// What the call returns.
    type Output;

    /// Whether repeating this request is harmless: the spec's `x-texter-idempotent`, unless
    /// `x-texter-not-idempotent-if` names a body flag this request sets.
    fn idempotent(&self) -> bool {
        Self::OPERATION.idempotent
    }

    /// Checks every rule the spec gives the request's parameters and body.
    fn validate(&self) -> Result<(), Invalid>;

    /// Sends the request once through `client`, recording what happens on the wire in
    /// `exchange` (see [`crate::exchange`]); a plain-text answer is read to its end here, so
    /// every attempt's timeout and size limit cover the whole response.
    fn send<'c>(
        &'c self,
        client: &'c Client,
        exchange: &'c Exchange,
    ) -> impl Future<Output = Result<ResponseValue<Self::Response>, ApiError>> + Send + 'c;

    /// For a success body that does not decode: the JSON path of the failing value and why.
    fn decode_path(body: &[u8]) -> Option<(String, String)>;

    /// The call's result from the decoded answer.
    fn output(response: Self::Response) -> Result<Self::Output, Unsuccessful>;
}

/// Texter answered HTTP 200 with `success: false` where that is a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unsuccessful {
    /// The answer, as JSON text.
    pub body: String,
}

/// Where the success body decodes as JSON of type `T`: the path of the first value that does
/// not fit, and why.
pub fn json_path<T: DeserializeOwned>(bytes: &[u8]) -> Option<(String, String)> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => None,
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            Some((path, e.into_inner().to_string()))
        }
    }
}

/// No path for bodies that are not decoded.
pub fn no_path(_: &[u8]) -> Option<(String, String)> {
    None
}

/// Reads a body whose content carries nothing (plain `OK`) to its end, so the connection can be
/// reused and the size limit applies.
pub async fn drain(response: ResponseValue<ByteStream>) -> Result<ResponseValue<()>, ApiError> {
    let status = response.status();
    let mut stream = response.into_inner();
    while let Some(chunk) = stream.next().await {
        chunk.map_err(crate::Error::ResponseBodyError)?;
    }
    Ok(ResponseValue::new((), status, Default::default()))
}

/// `{success}` answers: `success: false` is a failure.
pub fn success(response: types::SuccessResponse) -> Result<(), Unsuccessful> {
    if response.success == Some(false) {
        Err(Unsuccessful {
            body: serde_json::to_string(&response).unwrap_or_default(),
        })
    } else {
        Ok(())
    }
}

/// A request body in its wire form, for [`crate::validation::check`].
pub fn wire<T: serde::Serialize>(body: &T) -> serde_json::Value {
    serde_json::to_value(body).unwrap_or_default()
}
