//! How the generated client turns a response into a [`ResponseValue`]: progenitor's
//! `ResponseValue::from_response`, `stream` and `empty`, except that the response's headers
//! are moved into the value rather than copied (progenitor clones the whole header map of
//! every response, only to drop the original a moment later). The generator puts these where
//! progenitor's status match calls its own.

use progenitor_client::{ByteStream, Error, ResponseValue};
use serde::de::DeserializeOwned;

/// The body, decoded from JSON.
pub async fn from_response<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let full = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let inner =
        serde_json::from_slice(&full).map_err(|e| Error::InvalidResponsePayload(full, e))?;
    Ok(ResponseValue::new(inner, status, headers))
}

/// The body as a stream of bytes.
pub fn stream(mut response: reqwest::Response) -> ResponseValue<ByteStream> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    ResponseValue::new(
        ByteStream::new(Box::pin(response.bytes_stream())),
        status,
        headers,
    )
}

/// No body.
pub fn empty(mut response: reqwest::Response) -> ResponseValue<()> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    ResponseValue::new((), status, headers)
}
