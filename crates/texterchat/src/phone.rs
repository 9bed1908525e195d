//! Phone numbers: the one rule of the spec, and normalisation for comparing numbers.
//!
//! Texter takes phone numbers "in any common format" and normalises them itself. The SDK checks
//! every phone it sends against the spec's phone pattern (generated into
//! [`texterchat_api::limits`]) and normalises numbers only to compare them (bulk duplicates,
//! [`crate::chats::Chats::find_by_phone`]); the number goes to Texter as given.

use texterchat_api::limits;

use crate::error::{Error, Result};

/// The country calling code [`PhoneNormalizer::default`] assumes for local numbers: Israel's,
/// as in every example of Texter's reference (`0521234567` is `972521234567`).
pub const DEFAULT_COUNTRY_CODE: &str = "972";

/// Normalises phone numbers the way Texter documents it accepts them, to detect duplicates:
/// `0521234567`, `972521234567` and `+972 52-123-4567` are one recipient.
///
/// Spaces, dashes, dots and parentheses are removed; a leading `+` or `00` marks an
/// international number; a single leading `0` marks a local number, which gets the country
/// code (default [`DEFAULT_COUNTRY_CODE`]); anything else is taken as international already. The
/// result is the digits of the E.164 number. A value that breaks the spec's phone pattern (8 to
/// 15 digits after an optional `+` or `00`; inferred, see the spec) is an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNormalizer {
    country_code: String,
}

impl Default for PhoneNormalizer {
    fn default() -> Self {
        Self {
            country_code: DEFAULT_COUNTRY_CODE.to_string(),
        }
    }
}

impl PhoneNormalizer {
    /// Assumes `country_code` (digits, e.g. `"1"`, `"44"`, `"972"`) for local numbers.
    pub fn with_country_code(country_code: impl Into<String>) -> Result<Self> {
        let code = country_code.into();
        let digits = code.trim_start_matches('+');
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::validation(
                "country_code",
                "must be a country calling code of 1 to 3 digits",
                format!("{code:?}"),
            ));
        }
        Ok(Self {
            country_code: digits.to_string(),
        })
    }

    /// The digits of the E.164 number, or an error naming the rule (the spec's phone pattern).
    pub fn normalize(&self, phone: &str) -> Result<String> {
        // The field is this method's argument: requests name their own (`to`, `phone`). The
        // facts tool counts it because requests have `phone` fields.
        self.normalize_field("phone", phone)
    }

    /// Like [`PhoneNormalizer::normalize`], naming `field` in the error.
    pub(crate) fn normalize_field(&self, field: &str, phone: &str) -> Result<String> {
        // Send Template's `to` carries the spec's one phone rule (every phone field shares it).
        texterchat_api::validation::check_str(
            field,
            phone,
            &texterchat_api::validation::Rules::from(&limits::SEND_TEMPLATE_REQUEST_TO),
        )
        .map_err(|i| Error::validation(i.field, i.rule, i.given))?;
        let compact = compact(phone);
        let digits = if let Some(rest) = compact.strip_prefix('+') {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix("00") {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix('0') {
            format!("{}{rest}", self.country_code)
        } else {
            compact
        };
        Ok(digits)
    }
}

impl PhoneNormalizer {
    /// The national part of a normalised number: without the country code when it starts with
    /// this normaliser's, else the whole number.
    pub(crate) fn national<'a>(&self, normalized: &'a str) -> &'a str {
        normalized
            .strip_prefix(self.country_code.as_str())
            .filter(|rest| rest.len() >= 2)
            .unwrap_or(normalized)
    }
}

/// `phone` without the separators people write in numbers (spaces, dashes, dots, parentheses).
pub(crate) fn compact(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
        .collect()
}
