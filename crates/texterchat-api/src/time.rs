//! Time values that carry their unit in their type, so that epoch milliseconds, epoch seconds and
//! ISO date-time strings cannot be mixed up.
//!
//! Decoding is lenient on purpose: a time is accepted as a JSON integer, as a float with no
//! fractional part, or as a string of digits (some webhook templates inject times as strings).
//! Encoding always writes the canonical form (an integer, or the original string).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

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

impl From<DateTime<Utc>> for EpochMillis {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.timestamp_millis())
    }
}

impl From<DateTime<Utc>> for EpochSeconds {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value.timestamp())
    }
}

/// An ISO 8601 date-time string (e.g. `created`, `updatedAt`), kept exactly as the server sent it
/// so that decoding never fails on an unusual format; parse it with [`IsoDateTime::to_datetime`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDateTime(pub String);

impl IsoDateTime {
    /// The string as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses the string as RFC 3339 (the form Texter sends, e.g. `2025-11-01T15:48:14.076Z`).
    pub fn to_datetime(&self) -> Result<DateTime<FixedOffset>, chrono::ParseError> {
        DateTime::parse_from_rfc3339(&self.0)
    }

    /// The instant in epoch milliseconds, if the string parses.
    pub fn to_epoch_millis(&self) -> Option<EpochMillis> {
        self.to_datetime()
            .ok()
            .map(|d| EpochMillis(d.timestamp_millis()))
    }
}

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

    #[test]
    fn iso_date_time_keeps_the_string_and_parses_on_demand() {
        let t: IsoDateTime = serde_json::from_str("\"2025-11-01T15:48:14.076Z\"").unwrap();
        assert_eq!(t.as_str(), "2025-11-01T15:48:14.076Z");
        assert_eq!(t.to_epoch_millis(), Some(EpochMillis(1_762_012_094_076)));
        let odd: IsoDateTime = serde_json::from_str("\"yesterday\"").unwrap();
        assert!(odd.to_datetime().is_err());
        assert_eq!(serde_json::to_string(&odd).unwrap(), "\"yesterday\"");
    }
}
