//! The two macros behind every enum in [`crate::enums`]. An open enum has one variant per value
//! the spec lists plus `Unknown`, which keeps any other value verbatim: a server that starts
//! sending a new value never breaks decoding, and the value survives re-encoding.
//!
//! Equality, ordering and hashing go by the wire value, so `Unknown("whatsapp".into())` equals
//! `ChannelName::Whatsapp` and `From<&str>` always picks the known variant.

/// Error of parsing an integer open enum from a string that is neither a number nor a known
/// name.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseEnumError {
    /// The enum's name.
    pub enum_name: &'static str,
    /// What was given.
    pub given: String,
}

impl std::fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} is neither a number nor a known {} name",
            self.given, self.enum_name
        )
    }
}

impl std::error::Error for ParseEnumError {}

/// An open enum whose wire form is a string.
#[macro_export]
#[doc(hidden)]
macro_rules! open_string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal => $desc:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the SDK does not list, kept verbatim.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value the spec lists, in spec order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )*
                    $name::Unknown(value) => value,
                }
            }

            /// Whether the spec lists this value.
            pub fn is_known(&self) -> bool {
                Self::KNOWN.iter().any(|k| k.as_str() == self.as_str())
            }

            /// The spec's description of this value, when it has one.
            pub fn description(&self) -> ::std::option::Option<&'static str> {
                let d = match self.as_str() {
                    $( $wire => $desc, )*
                    _ => "",
                };
                if d.is_empty() { None } else { Some(d) }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => $name::$variant, )*
                    other => $name::Unknown(other.to_string()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl ::std::convert::From<&$name> for $name {
            fn from(value: &$name) -> Self {
                value.clone()
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }
        impl ::std::cmp::Eq for $name {}
        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }
        impl ::std::cmp::PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl ::std::cmp::Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                ::std::string::String::deserialize(d).map(Self::from)
            }
        }
    };
}

/// An open enum whose wire form is an integer.
#[macro_export]
#[doc(hidden)]
macro_rules! open_int_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal => $desc:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the SDK does not list, kept verbatim.
            Unknown(i64),
        }

        impl $name {
            /// Every value the spec lists, in spec order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as sent on the wire.
            pub const fn value(self) -> i64 {
                match self {
                    $( $name::$variant => $wire, )*
                    $name::Unknown(value) => value,
                }
            }

            /// The spec's name of this value (e.g. `Assigned`), when it lists it.
            pub fn name(self) -> ::std::option::Option<&'static str> {
                match self.value() {
                    $( $wire => Some(stringify!($variant)), )*
                    _ => None,
                }
            }

            /// Whether the spec lists this value.
            pub fn is_known(self) -> bool {
                self.name().is_some()
            }

            /// The spec's description of this value, when it has one.
            pub fn description(self) -> ::std::option::Option<&'static str> {
                let d = match self.value() {
                    $( $wire => $desc, )*
                    _ => "",
                };
                if d.is_empty() { None } else { Some(d) }
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $( $wire => $name::$variant, )*
                    other => $name::Unknown(other),
                }
            }
        }

        impl ::std::convert::From<$name> for i64 {
            fn from(value: $name) -> Self {
                value.value()
            }
        }

        impl ::std::convert::From<&$name> for $name {
            fn from(value: &$name) -> Self {
                *value
            }
        }

        /// Parses a number, or a name the spec lists (case-insensitive).
        impl ::std::str::FromStr for $name {
            type Err = $crate::ParseEnumError;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let t = s.trim();
                if let Ok(n) = t.parse::<i64>() {
                    return Ok(Self::from(n));
                }
                Self::KNOWN
                    .iter()
                    .copied()
                    .find(|k| k.name().is_some_and(|n| n.eq_ignore_ascii_case(t)))
                    .ok_or_else(|| $crate::ParseEnumError {
                        enum_name: stringify!($name),
                        given: s.to_string(),
                    })
            }
        }

        /// The wire value, e.g. `2`.
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.value() == other.value()
            }
        }
        impl ::std::cmp::Eq for $name {}
        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                self.value().hash(state)
            }
        }
        impl ::std::cmp::PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl ::std::cmp::Ord for $name {
            fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                self.value().cmp(&other.value())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_i64(self.value())
            }
        }

        /// Accepts a JSON integer or a string of digits (some webhook templates inject numbers
        /// as strings).
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                $crate::open_enum::deserialize_lenient_i64(d, stringify!($name)).map(Self::from)
            }
        }
    };
}

#[doc(hidden)]
pub fn deserialize_lenient_i64<'de, D: serde::Deserializer<'de>>(
    d: D,
    enum_name: &'static str,
) -> Result<i64, D::Error> {
    struct V(&'static str);
    impl serde::de::Visitor<'_> for V {
        type Value = i64;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a {} (an integer, or a string of digits)", self.0)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::custom(format!("{v} is out of range for {}", self.0)))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
            v.trim()
                .parse()
                .map_err(|_| E::custom(format!("{v:?} is not a {} number", self.0)))
        }
    }
    d.deserialize_any(V(enum_name))
}
