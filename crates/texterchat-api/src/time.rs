//! Time values that carry their unit in their type, so that epoch milliseconds, epoch seconds and
//! ISO date-time strings cannot be mixed up.
//!
//! Decoding is lenient on purpose: a time is accepted as a JSON integer, as a float with no
//! fractional part, or as a string of digits (some webhook templates inject times as strings).
//! Encoding always writes the canonical form (an integer, or the original string).
//!
//! Dates are read without a date library: [`IsoDateTime::to_epoch_millis`] reads RFC 3339 and
//! [`parse_http_date`] the HTTP-date of `Retry-After`. The conversions to and from chrono's
//! types need the `chrono` feature.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[cfg(feature = "chrono")]
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Days from 1970-01-01 to `year-month-day` (proleptic Gregorian), for a valid date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Milliseconds since the epoch of a UTC civil time, when every field is in range (a
/// leap second, `:60`, is read as the next second).
fn epoch_millis(
    year: i64,
    month: u32,
    day: u32,
    (hour, minute, second): (u32, u32, u32),
    millis: u32,
) -> Option<i64> {
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let seconds = days_from_civil(year, month, day) * 86_400
        + i64::from(hour) * 3_600
        + i64::from(minute) * 60
        + i64::from(second);
    seconds.checked_mul(1000)?.checked_add(i64::from(millis))
}

/// A run of exactly `n` ASCII digits at the start of `text`, and the rest.
fn digits(text: &str, n: usize) -> Option<(u32, &str)> {
    let head = text.get(..n)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, &text[n..]))
}

/// `text` without the prefix `c`.
fn expect(text: &str, c: char) -> Option<&str> {
    text.strip_prefix(c)
}

/// Reads an RFC 3339 date-time (`2025-11-01T15:48:14.076Z`, `…+02:00`; `t` or a space for
/// the `T`), as milliseconds since the epoch; digits past the milliseconds are dropped.
fn parse_rfc3339(text: &str) -> Option<i64> {
    let (year, rest) = digits(text, 4)?;
    let (month, rest) = digits(expect(rest, '-')?, 2)?;
    let (day, rest) = digits(expect(rest, '-')?, 2)?;
    let rest = rest.strip_prefix(['T', 't', ' ']).ok_or(()).ok()?;
    let (hour, rest) = digits(rest, 2)?;
    let (minute, rest) = digits(expect(rest, ':')?, 2)?;
    let (second, mut rest) = digits(expect(rest, ':')?, 2)?;
    let mut millis = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        for (i, b) in fraction.bytes().take(3).take(len).enumerate() {
            millis += u32::from(b - b'0') * [100, 10, 1][i];
        }
        rest = &fraction[len..];
    }
    let offset_minutes: i64 = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.chars().next()? {
                '+' => 1,
                '-' => -1,
                _ => return None,
            };
            let (h, tail) = digits(&rest[1..], 2)?;
            let (m, tail) = digits(expect(tail, ':')?, 2)?;
            if !tail.is_empty() || h > 23 || m > 59 {
                return None;
            }
            sign * i64::from(h * 60 + m)
        }
    };
    let local = epoch_millis(i64::from(year), month, day, (hour, minute, second), millis)?;
    local.checked_sub(offset_minutes * 60_000)
}

/// Reads an HTTP-date in its preferred form, IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`,
/// RFC 9110), or an RFC 2822 date with `GMT`, `UT`, `UTC` or a numeric zone (`+0200`), with or
/// without the day of the week; `None` for anything else.
pub fn parse_http_date(text: &str) -> Option<SystemTime> {
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let mut rest = text.trim();
    let mut weekday = None;
    if let Some((name, tail)) = rest.split_once(',') {
        weekday = Some(WEEKDAYS.iter().position(|d| name.eq_ignore_ascii_case(d))?);
        rest = tail.trim_start();
    }
    let mut parts = rest.split_ascii_whitespace();
    let day: u32 = {
        let d = parts.next()?;
        if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        d.parse().ok()?
    };
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month_name = parts.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| *m == month_name)? as u32 + 1;
    let (year, tail) = digits(parts.next()?, 4)?;
    if !tail.is_empty() {
        return None;
    }
    let time = parts.next()?;
    let (hour, tail) = digits(time, 2)?;
    let (minute, tail) = digits(expect(tail, ':')?, 2)?;
    let (second, tail) = digits(expect(tail, ':')?, 2)?;
    if !tail.is_empty() {
        return None;
    }
    let zone = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let offset_minutes: i64 = match zone {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        _ => {
            let sign = match zone.chars().next()? {
                '+' => 1,
                '-' => -1,
                _ => return None,
            };
            let (hhmm, tail) = digits(&zone[1..], 4)?;
            if !tail.is_empty() || hhmm / 100 > 23 || hhmm % 100 > 59 {
                return None;
            }
            sign * i64::from(hhmm / 100 * 60 + hhmm % 100)
        }
    };
    let millis = epoch_millis(i64::from(year), month, day, (hour, minute, second), 0)?
        .checked_sub(offset_minutes * 60_000)?;
    // The day of the week, when given, must be the date's (1970-01-01 was a Thursday).
    if let Some(weekday) = weekday
        && (days_from_civil(i64::from(year), month, day) + 3).rem_euclid(7) != weekday as i64
    {
        return None;
    }
    UNIX_EPOCH.checked_add(Duration::from_millis(u64::try_from(millis).ok()?))
}

fn decode_integer<'de, D: Deserializer<'de>>(d: D, unit: &'static str) -> Result<i64, D::Error> {
    struct V(&'static str);
    impl de::Visitor<'_> for V {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a time in {} (an integer or a string of digits)", self.0)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::custom(format!("time {v} is out of range")))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
            if v.fract() == 0.0 && v.abs() < 9.0e15 {
                Ok(v as i64)
            } else {
                Err(E::custom(format!(
                    "time {v} is not a whole number of {}",
                    self.0
                )))
            }
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
            v.trim()
                .parse::<i64>()
                .map_err(|_| E::custom(format!("{v:?} is not a time in {}", self.0)))
        }
    }
    d.deserialize_any(V(unit))
}

macro_rules! epoch_type {
    ($(#[$doc:meta])* $name:ident, $unit:literal, $per_second:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl $name {
            #[doc = concat!("The raw number of ", $unit, " since the Unix epoch.")]
            pub const fn get(self) -> i64 {
                self.0
            }

            /// The instant as a UTC date-time; `None` if it is out of chrono's range.
            #[cfg(feature = "chrono")]
            pub fn to_datetime(self) -> Option<DateTime<Utc>> {
                let millis = self.0.checked_mul(1000 / $per_second)?;
                Utc.timestamp_millis_opt(millis).single()
            }

            /// The instant as a `SystemTime`; `None` if it is before the epoch or overflows.
            pub fn to_system_time(self) -> Option<SystemTime> {
                let millis = u64::try_from(self.0).ok()?.checked_mul(1000 / $per_second)?;
                UNIX_EPOCH.checked_add(Duration::from_millis(millis))
            }

            /// The current time.
            pub fn now() -> Self {
                let elapsed = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_millis();
                Self(i64::try_from(elapsed / (1000 / $per_second)).unwrap_or(i64::MAX))
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                Self(value)
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map(Self)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i64(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                decode_integer(d, $unit).map(Self)
            }
        }
    };
}

epoch_type!(
    /// Milliseconds since the Unix epoch (UTC), e.g. `timestamp`, `lastIncomingMessageTimestamp`.
    EpochMillis,
    "milliseconds",
    1000
);

epoch_type!(
    /// Seconds since the Unix epoch (UTC), e.g. `resolvedUpdateTime`, `replyAction.created`.
    EpochSeconds,
    "seconds",
    1
);

impl EpochMillis {
    /// The same instant in whole seconds (rounded down).
    pub const fn to_epoch_seconds(self) -> EpochSeconds {
        EpochSeconds(self.0.div_euclid(1000))
    }
}

impl EpochSeconds {
    /// The same instant in milliseconds; `None` on overflow.
    pub const fn to_epoch_millis(self) -> Option<EpochMillis> {
        match self.0.checked_mul(1000) {
            Some(ms) => Some(EpochMillis(ms)),
            None => None,
        }
    }
}

#[cfg(feature = "chrono")]
impl From<DateTime<Utc>> for EpochMillis {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.timestamp_millis())
    }
}

#[cfg(feature = "chrono")]
impl From<DateTime<Utc>> for EpochSeconds {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.timestamp())
    }
}

/// An ISO 8601 date-time string (e.g. `created`, `updatedAt`), kept exactly as the server sent it
/// so that decoding never fails on an unusual format; read it with
/// [`IsoDateTime::to_epoch_millis`] (or `to_datetime`, with the `chrono` feature).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDateTime(pub String);

impl IsoDateTime {
    /// The string as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses the string as RFC 3339 (the form Texter sends, e.g. `2025-11-01T15:48:14.076Z`).
    #[cfg(feature = "chrono")]
    pub fn to_datetime(&self) -> Result<DateTime<FixedOffset>, chrono::ParseError> {
        DateTime::parse_from_rfc3339(&self.0)
    }

    /// The instant in epoch milliseconds, if the string is an RFC 3339 date-time (the form
    /// Texter sends, e.g. `2025-11-01T15:48:14.076Z`); digits past the milliseconds are
    /// dropped.
    pub fn to_epoch_millis(&self) -> Option<EpochMillis> {
        parse_rfc3339(&self.0).map(EpochMillis)
    }

    /// The instant as a `SystemTime`, if the string is an RFC 3339 date-time at or after the
    /// epoch.
    pub fn to_system_time(&self) -> Option<SystemTime> {
        self.to_epoch_millis()?.to_system_time()
    }
}

#[cfg(feature = "chrono")]
impl From<DateTime<Utc>> for IsoDateTime {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
    }
}

impl From<String> for IsoDateTime {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for IsoDateTime {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

impl fmt::Display for IsoDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for IsoDateTime {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_string()))
    }
}

impl Serialize for IsoDateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for IsoDateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_millis_decodes_numbers_and_digit_strings() {
        let n: EpochMillis = serde_json::from_str("1762012091000").unwrap();
        let s: EpochMillis = serde_json::from_str("\"1762012091000\"").unwrap();
        let f: EpochMillis = serde_json::from_str("1762012091000.0").unwrap();
        assert_eq!(n, EpochMillis(1_762_012_091_000));
        assert_eq!(s, n);
        assert_eq!(f, n);
        assert_eq!(serde_json::to_string(&s).unwrap(), "1762012091000");
    }

    #[test]
    fn epoch_millis_rejects_fractions_and_words_with_the_unit() {
        let e = serde_json::from_str::<EpochMillis>("1.5").unwrap_err();
        assert!(e.to_string().contains("milliseconds"), "{e}");
        let e = serde_json::from_str::<EpochSeconds>("\"soon\"").unwrap_err();
        assert!(e.to_string().contains("seconds"), "{e}");
    }

    #[test]
    fn units_convert_explicitly() {
        let ms = EpochMillis(1_762_012_093_999);
        assert_eq!(ms.to_epoch_seconds(), EpochSeconds(1_762_012_093));
        assert_eq!(
            EpochSeconds(1_762_012_093).to_epoch_millis(),
            Some(EpochMillis(1_762_012_093_000))
        );
        #[cfg(feature = "chrono")]
        {
            assert_eq!(
                EpochSeconds(1_762_012_093)
                    .to_datetime()
                    .unwrap()
                    .timestamp(),
                1_762_012_093
            );
            assert_eq!(
                ms.to_datetime().unwrap().timestamp_millis(),
                1_762_012_093_999
            );
        }
    }

    #[test]
    fn iso_date_time_keeps_the_string_and_parses_on_demand() {
        let t: IsoDateTime = serde_json::from_str("\"2025-11-01T15:48:14.076Z\"").unwrap();
        assert_eq!(t.as_str(), "2025-11-01T15:48:14.076Z");
        assert_eq!(t.to_epoch_millis(), Some(EpochMillis(1_762_012_094_076)));
        let odd: IsoDateTime = serde_json::from_str("\"yesterday\"").unwrap();
        assert_eq!(odd.to_epoch_millis(), None);
        assert_eq!(serde_json::to_string(&odd).unwrap(), "\"yesterday\"");
    }

    /// The date readers agree with chrono (a dev-dependency) on valid and invalid inputs.
    #[test]
    fn dates_read_as_chrono_reads_them() {
        for text in [
            "2025-11-01T15:48:14.076Z",
            "2025-11-01T15:48:14Z",
            "2025-11-01t15:48:14.5z",
            "2025-11-01 15:48:14.123456789+02:00",
            "1969-12-31T23:59:59.999Z",
            "2000-02-29T00:00:00-05:30",
            "2024-02-29T12:00:00Z",
            "2023-02-29T12:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-11-31T00:00:00Z",
            "2025-11-01T24:00:00Z",
            "2025-11-01T15:48:14",
            "2025-11-01T15:48:14.Z",
            "2025-11-01T15:48Z",
            "yesterday",
            "",
        ] {
            let chrono = chrono::DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|d| d.timestamp_millis());
            assert_eq!(parse_rfc3339(text), chrono, "{text:?}");
        }
        for text in [
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "21 Oct 2015 07:28:00 GMT",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 +0200",
            "Sun, 6 Nov 1994 08:49:37 -0130",
            "Mon, 29 Feb 2016 23:59:59 UT",
            "Mon, 30 Feb 2016 23:59:59 GMT",
            "Wed, 21 Oct 2015 25:28:00 GMT",
            "Wed 21 Oct 2015 07:28:00 GMT",
            "Mon, 21 Oct 2015 07:28:00 GMT",
            "Xyz, 21 Oct 2015 07:28:00 GMT",
            "Sat, 01 Jan 2000 00:00:00 GMT",
            "soon",
        ] {
            let chrono = chrono::DateTime::parse_from_rfc2822(text)
                .ok()
                .and_then(|d| u64::try_from(d.timestamp_millis()).ok())
                .and_then(|ms| UNIX_EPOCH.checked_add(Duration::from_millis(ms)));
            assert_eq!(parse_http_date(text), chrono, "{text:?}");
        }
    }
}
