//! The API token, kept out of every `Debug` and `Display`.

use std::fmt;
use std::sync::Arc;

/// An API token. Its `Debug` prints `ApiToken(<redacted>)` and it has no `Display`, so it cannot
/// end up in a log line by accident; [`ApiToken::expose_secret`] is the one way to read it.
#[derive(Clone)]
pub struct ApiToken(Arc<str>);

impl ApiToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(Arc::from(token.into()))
    }

    /// The token itself. Only pass it where a secret belongs.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(<redacted>)")
    }
}

impl From<String> for ApiToken {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for ApiToken {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<&String> for ApiToken {
    fn from(value: &String) -> Self {
        Self::new(value.as_str())
    }
}

/// Removes a token from text, in every form it is likely to take there: as is, JSON-escaped
/// (with and without `\/`), Rust-`Debug`-escaped (how serde and most error messages quote a
/// string), percent-encoded (in a URL path or query) and base64 (standard and URL-safe, at any
/// alignment). Built once per client.
#[derive(Clone, Default)]
pub(crate) struct Redactor {
    forms: Arc<[String]>,
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The forms are the token: never print them.
        f.write_str("Redactor(<redacted>)")
    }
}

/// What a redacted token is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";

impl Redactor {
    pub(crate) fn new(token: &str) -> Self {
        if token.is_empty() {
            return Self::default();
        }
        let mut forms = vec![token.to_string()];
        let json = serde_json::to_string(token).unwrap_or_default();
        let json = json.trim_matches('"').to_string();
        forms.push(json.replace('/', "\\/"));
        forms.push(json);
        let debug = format!("{token:?}");
        forms.push(debug.trim_matches('"').to_string());
        forms.push(texterchat_api::path::percent_encode(token));
        for set in [PATH, QUERY] {
            forms.push(percent_encoding::utf8_percent_encode(token, set).to_string());
        }
        forms.push(url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>());
        for alphabet in [BASE64, BASE64_URL] {
            forms.extend(base64_cores(token.as_bytes(), alphabet));
        }
        forms.retain(|f| !f.is_empty());
        // Longest first, so a form that contains another is replaced whole.
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms.dedup();
        Self {
            forms: forms.into(),
        }
    }

    /// Whether `text` holds the token in any of its forms.
    pub(crate) fn finds(&self, text: &str) -> bool {
        self.forms.iter().any(|f| text.contains(f.as_str()))
    }

    /// `text` with every form of the token replaced by `<redacted>`.
    pub(crate) fn redact(&self, text: &str) -> String {
        if !self.finds(text) {
            return text.to_string();
        }
        let mut out = text.to_string();
        for form in self.forms.iter() {
            if out.contains(form.as_str()) {
                out = out.replace(form.as_str(), REDACTED);
            }
        }
        out
    }
}

const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
const QUERY: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'=');

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The base64 characters that depend only on the token's bytes, for each of the three offsets
/// the token can start at inside a longer base64-encoded text.
fn base64_cores(token: &[u8], alphabet: &[u8; 64]) -> Vec<String> {
    let mut cores = Vec::new();
    for offset in 0..3usize {
        let mut bytes = vec![0u8; offset];
        bytes.extend_from_slice(token);
        let encoded = base64(&bytes, alphabet);
        // Character i carries bits [6i, 6i + 6); the token's bits are [8·offset, 8·(offset+n)).
        let first = (8 * offset).div_ceil(6);
        let end_bits = 8 * (offset + token.len());
        let Some(last) = (end_bits / 6).checked_sub(1) else {
            continue;
        };
        if last >= first + 7 && last < encoded.len() {
            cores.push(encoded[first..=last].to_string());
        }
    }
    cores
}

fn base64(bytes: &[u8], alphabet: &[u8; 64]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(alphabet[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64_std(text: &str) -> String {
        base64(text.as_bytes(), BASE64)
    }

    #[test]
    fn every_form_of_the_token_is_redacted() {
        let token = "tok_5f3a/9c2e+x\"q";
        let r = Redactor::new(token);
        let texts = [
            format!("plain {token} here"),
            format!("json {}", serde_json::to_string(token).unwrap()),
            format!(
                "json slash {}",
                serde_json::to_string(token).unwrap().replace('/', "\\/")
            ),
            format!("debug {token:?}"),
            format!(
                "path /chats/{}",
                percent_encoding::utf8_percent_encode(token, PATH)
            ),
            format!(
                "query ?q={}",
                url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
            ),
            format!("basic {}", b64_std(&format!("Bearer {token}"))),
            format!("b64 {}", b64_std(&format!("x{token}"))),
            format!("b64 {}", b64_std(&format!("xy{token}"))),
        ];
        for text in &texts {
            let out = r.redact(text);
            assert!(out.contains(REDACTED), "{text} → {out}");
            assert!(!r.finds(&out), "{text} → {out}");
            assert!(!out.contains("5f3a"), "{text} → {out}");
        }
        assert_eq!(r.redact("nothing secret"), "nothing secret");
    }
}
