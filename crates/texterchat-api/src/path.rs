//! Path parameters stay inside their segment.
//!
//! The generated client builds every request path through [`encode_segment`] (the generator
//! puts it where progenitor would call its own `encode_path`). progenitor's encoder leaves `.`
//! and `\` alone, and URL parsing then treats `..` as "up one level" and `\` as `/`: a chat id of
//! `..` became `GET /server/api/v2/`, and `..\quick-replies\<id>` sent to Delete Label deleted a
//! quick reply past the client-side scope check.
//!
//! Here every byte outside RFC 3986's unreserved set and the sub-delimiters is percent-encoded
//! (so `/`, `\`, `?`, `#` and `%` stay data), and the values no encoding can keep in one segment
//! are refused before anything is sent: the empty string, `.` and `..` (URL parsers read
//! `%2E%2E` as `..` too). The request path is then exactly the operation's template with one
//! segment per parameter.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// Bytes encoded in a path segment: everything but `A-Z a-z 0-9 - . _ ~` and the
/// sub-delimiters `! $ & ' ( ) * + , ; =` and `: @`, which RFC 3986 allows in a segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The rule a refused path parameter broke.
pub const SEGMENT_RULE: &str =
    "must be one path segment: not empty, and not `.` or `..` (which URLs read as directories)";

/// Checks a value against the one-segment rule, without encoding it.
pub fn check_segment(value: &str) -> Result<(), &'static str> {
    if value.is_empty() || value == "." || value == ".." {
        Err(SEGMENT_RULE)
    } else {
        Ok(())
    }
}

/// Percent-encodes `value` the way [`encode_segment`] does, without the one-segment check.
pub fn percent_encode(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// Percent-encodes `value` as one path segment of the URL, or refuses it (recording the
/// refusal for [`crate::capture`]) when no encoding can keep it in one segment. `parameter` is
/// the name the API gives the parameter. (The error type is the one the generated `send()`
/// returns, so the generated code can use `?`.)
#[allow(clippy::result_large_err)]
pub fn encode_segment<E>(
    parameter: &'static str,
    value: &str,
) -> Result<String, progenitor_client::Error<E>> {
    crate::capture::segment_into(&crate::capture::TaskLocal, parameter, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(value: &str) -> Result<String, String> {
        encode_segment::<()>("chatId", value).map_err(|e| e.to_string())
    }

    #[test]
    fn separators_and_escapes_are_data() {
        assert_eq!(encode("abc").unwrap(), "abc");
        assert_eq!(encode("a/b").unwrap(), "a%2Fb");
        assert_eq!(encode(r"x\..\..\labels").unwrap(), "x%5C..%5C..%5Clabels");
        assert_eq!(encode("%2e%2e").unwrap(), "%252e%252e");
        assert_eq!(encode("a?b#c").unwrap(), "a%3Fb%23c");
        assert_eq!(encode("VIP customers").unwrap(), "VIP%20customers");
        assert_eq!(encode("en_US").unwrap(), "en_US");
        assert_eq!(encode("...").unwrap(), "...");
        assert_eq!(encode("שלום").unwrap(), "%D7%A9%D7%9C%D7%95%D7%9D");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let e = encode(bad).unwrap_err();
            assert!(
                e.contains("`chatId`") && e.contains("one path segment"),
                "{e}"
            );
        }
    }

    #[test]
    fn an_encoded_segment_never_changes_the_path_of_a_url() {
        let base = reqwest::Url::parse("https://demo.texterchat.com/server/api/v2/").unwrap();
        for value in [
            "a/b",
            r"..\..\x",
            "%2e%2e",
            "...",
            "a;b",
            "@:!$&'()*+,=",
            "a\u{0}b",
        ] {
            let encoded = encode(value).unwrap();
            let url = base.join(&format!("chats/{encoded}")).unwrap();
            let segments: Vec<&str> = url.path_segments().unwrap().collect();
            assert_eq!(segments.len(), 5, "{value:?} → {url}");
            assert_eq!(
                &segments[..4],
                ["server", "api", "v2", "chats"],
                "{value:?} → {url}"
            );
            let decoded = percent_encoding::percent_decode_str(segments[4])
                .decode_utf8()
                .unwrap();
            assert_eq!(decoded, value);
        }
    }
}
