//! Client-side validation against the constraints the spec puts on request values
//! ([`texterchat_api::limits`]): a broken rule is an error naming the field, the rule and what
//! was given, before anything is sent.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use texterchat_api::catalog::Constraint;

use crate::error::{Error, Result};

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Length (in characters) and pattern of a string.
pub(crate) fn text(field: &str, value: &str, c: &Constraint) -> Result<()> {
    let chars = value.chars().count() as u64;
    if let Some(min) = c.min_length
        && chars < min
    {
        return Err(Error::validation(
            field,
            format!(
                "must be at least {}",
                plural(min, "character", "characters")
            ),
            format!("{value:?} ({})", plural(chars, "character", "characters")),
        ));
    }
    if let Some(max) = c.max_length
        && chars > max
    {
        return Err(Error::validation(
            field,
            format!("must be at most {}", plural(max, "character", "characters")),
            plural(chars, "character", "characters"),
        ));
    }
    if let Some(pattern) = c.pattern
        && !matches(pattern, value)
    {
        return Err(Error::validation(
            field,
            format!("must match the pattern {pattern}"),
            format!("{value:?}"),
        ));
    }
    Ok(())
}

/// Number of items of a list.
pub(crate) fn items(field: &str, count: usize, c: &Constraint) -> Result<()> {
    let count = count as u64;
    if let Some(min) = c.min_items
        && count < min
    {
        return Err(Error::validation(
            field,
            format!("must have at least {}", plural(min, "item", "items")),
            plural(count, "item", "items"),
        ));
    }
    if let Some(max) = c.max_items
        && count > max
    {
        return Err(Error::validation(
            field,
            format!("must have at most {}", plural(max, "item", "items")),
            plural(count, "item", "items"),
        ));
    }
    Ok(())
}

/// Range of an integer.
pub(crate) fn number(field: &str, value: i64, c: &Constraint) -> Result<()> {
    let low = c.minimum.is_some_and(|min| value < min);
    let high = c.maximum.is_some_and(|max| value > max);
    if !low && !high {
        return Ok(());
    }
    let rule = match (c.minimum, c.maximum) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (None, Some(max)) => format!("must be at most {max}"),
        (None, None) => unreachable_rule(),
    };
    Err(Error::validation(field, rule, value.to_string()))
}

fn unreachable_rule() -> String {
    String::from("must be in range")
}

/// A value the API needs non-empty (identifiers in paths, phone numbers, …).
pub(crate) fn non_empty(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::validation(
            field,
            "must not be empty",
            format!("{value:?}"),
        ));
    }
    Ok(())
}

/// Each value appears once.
pub(crate) fn unique<'a>(field: &str, values: impl IntoIterator<Item = &'a str>) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for v in values {
        if !seen.insert(v) {
            return Err(Error::validation(
                field,
                "must not repeat a value",
                format!("{v:?} appears more than once"),
            ));
        }
    }
    Ok(())
}

/// Whether `value` matches the ECMAScript `pattern`. Each pattern is compiled once; the lock
/// only guards the cache, not the match, so concurrent sends do not queue on it.
pub(crate) fn matches(pattern: &'static str, value: &str) -> bool {
    type Cache = HashMap<&'static str, Option<Arc<regress::Regex>>>;
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    let regex = {
        let mut cache = CACHE
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cache
            .entry(pattern)
            .or_insert_with(|| regress::Regex::new(pattern).ok().map(Arc::new))
            .clone()
    };
    // A pattern regress cannot compile is the spec's problem; do not block the user on it.
    regex.is_none_or(|r| r.find(value).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use texterchat_api::limits;

    #[test]
    fn text_length_is_counted_in_characters() {
        let c = &limits::SEND_TEXT_MESSAGE_TEXT;
        assert!(text("text", &"ש".repeat(4096), c).is_ok());
        let e = text("text", &"a".repeat(4097), c).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid `text`: must be at most 4096 characters (given: 4097 characters); nothing was sent"
        );
        let e = text("text", "", c).unwrap_err();
        assert!(e.to_string().contains("at least 1 character"), "{e}");
    }

    #[test]
    fn patterns_come_from_the_spec() {
        let c = &limits::SEND_TEMPLATE_REQUEST_TEMPLATE_NAME;
        assert!(text("templateName", "inbox_marketing-98", c).is_ok());
        let e = text("templateName", "bad name!", c).unwrap_err();
        assert!(e.to_string().contains("must match the pattern"), "{e}");
        let body = &limits::SEND_TEMPLATE_REQUEST_BODY_ITEM;
        assert!(text("body[0]", "hello  there", body).is_ok());
        assert!(text("body[0]", "line\nbreak", body).is_err());
        assert!(text("body[0]", "five     spaces", body).is_err());
        assert!(text("body[0]", "tab\there", body).is_err());
    }

    #[test]
    fn numbers_and_items() {
        let ttl = &limits::SHARE_FILE_REQUEST_TTL;
        assert!(number("ttl", 10, ttl).is_ok());
        assert!(number("ttl", 630_720_000, ttl).is_ok());
        let e = number("ttl", 9, ttl).unwrap_err();
        assert!(e.to_string().contains("between 10 and 630720000"), "{e}");
        let media = &limits::SEND_MEDIA_MESSAGE_MEDIA;
        assert!(items("media", 10, media).is_ok());
        assert!(items("media", 0, media).is_err());
        assert!(items("media", 11, media).is_err());
    }
}
