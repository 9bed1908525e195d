//! The types of the generated scope catalog ([`crate::scopes`]) and request constraints
//! ([`crate::limits`]).

use std::fmt;

use crate::scopes::{ApiGroup, Scope};

/// Where a fact comes from, as the spec's `x-texter-source` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// Texter's published API reference.
    Reference,
    /// Texter's own public code shows it; the reference page did not.
    TexterCode,
    /// Documented to exist, but the details are inferred and unverified.
    Inferred,
    /// Not known.
    Unknown,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Reference => "reference",
            Source::TexterCode => "texter-code",
            Source::Inferred => "inferred",
            Source::Unknown => "unknown",
        })
    }
}

/// A set of [`Scope`]s, stored as a bit set: checks are a couple of instructions.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ScopeSet(u64);

const _: () = assert!(Scope::ALL.len() <= 64, "ScopeSet holds at most 64 scopes");

impl ScopeSet {
    /// No scopes.
    pub const EMPTY: ScopeSet = ScopeSet(0);

    const fn bit(scope: Scope) -> u64 {
        1 << (scope as u32)
    }

    /// The set of the given scopes.
    pub const fn from_scopes(scopes: &[Scope]) -> ScopeSet {
        let mut bits = 0;
        let mut i = 0;
        while i < scopes.len() {
            bits |= Self::bit(scopes[i]);
            i += 1;
        }
        ScopeSet(bits)
    }

    /// Every scope there is.
    pub const fn all() -> ScopeSet {
        Self::from_scopes(&Scope::ALL)
    }

    /// Whether `scope` is in the set.
    pub const fn contains(self, scope: Scope) -> bool {
        self.0 & Self::bit(scope) != 0
    }

    /// Whether every scope of `other` is in the set.
    pub const fn contains_all(self, other: ScopeSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// The scopes of `self` that are not in `other`.
    pub const fn difference(self, other: ScopeSet) -> ScopeSet {
        ScopeSet(self.0 & !other.0)
    }

    /// The scopes in either set.
    pub const fn union(self, other: ScopeSet) -> ScopeSet {
        ScopeSet(self.0 | other.0)
    }

    /// The set with `scope` added.
    pub const fn with(self, scope: Scope) -> ScopeSet {
        ScopeSet(self.0 | Self::bit(scope))
    }

    /// The set with `scope` removed.
    pub const fn without(self, scope: Scope) -> ScopeSet {
        ScopeSet(self.0 & !Self::bit(scope))
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Number of scopes in the set.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The scopes, in catalog order.
    pub fn iter(self) -> ScopeSetIter {
        self.into_iter()
    }

    /// The display names, in catalog order.
    pub fn display_names(self) -> Vec<&'static str> {
        self.iter().map(Scope::display_name).collect()
    }
}

impl FromIterator<Scope> for ScopeSet {
    fn from_iter<I: IntoIterator<Item = Scope>>(iter: I) -> Self {
        iter.into_iter().fold(ScopeSet::EMPTY, ScopeSet::with)
    }
}

impl Extend<Scope> for ScopeSet {
    fn extend<I: IntoIterator<Item = Scope>>(&mut self, iter: I) {
        for s in iter {
            *self = self.with(s);
        }
    }
}

impl From<Scope> for ScopeSet {
    fn from(scope: Scope) -> Self {
        ScopeSet::EMPTY.with(scope)
    }
}

impl<const N: usize> From<[Scope; N]> for ScopeSet {
    fn from(scopes: [Scope; N]) -> Self {
        ScopeSet::from_scopes(&scopes)
    }
}

impl IntoIterator for ScopeSet {
    type Item = Scope;
    type IntoIter = ScopeSetIter;
    fn into_iter(self) -> ScopeSetIter {
        ScopeSetIter { set: self, next: 0 }
    }
}

/// Iterator over the scopes of a [`ScopeSet`], in catalog order.
#[derive(Clone, Debug)]
pub struct ScopeSetIter {
    set: ScopeSet,
    next: usize,
}

impl Iterator for ScopeSetIter {
    type Item = Scope;
    fn next(&mut self) -> Option<Scope> {
        while let Some(scope) = Scope::ALL.get(self.next).copied() {
            self.next += 1;
            if self.set.contains(scope) {
                return Some(scope);
            }
        }
        None
    }
}

impl fmt::Debug for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Lists the display names: `"List all chats, Manage all chats"`.
impl fmt::Display for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("(none)");
        }
        f.write_str(&self.display_names().join(", "))
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.display_name())
    }
}

impl Scope {
    /// The scope with this display name, compared case-insensitively and ignoring surrounding
    /// white space (`"manage all chats"` finds [`Scope::ManageAllChats`]).
    pub fn from_display_name(name: &str) -> Option<Scope> {
        let name = name.trim();
        Scope::ALL
            .into_iter()
            .find(|s| s.display_name().eq_ignore_ascii_case(name))
    }

    /// The scope with this spec id (`manage_all_chats`).
    pub fn from_id(id: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One operation of the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The spec's operationId, e.g. `searchChats`.
    pub id: &'static str,
    /// HTTP method, uppercase.
    pub method: &'static str,
    /// Path template below the API base URL, e.g. `/chats/{chatId}`.
    pub path: &'static str,
    /// The operation's title in Texter's reference.
    pub summary: &'static str,
    /// The API group (the spec tag).
    pub group: ApiGroup,
    /// Every scope a token needs for it.
    pub scopes: ScopeSet,
    /// Where the operation's method and path come from.
    pub source: Source,
    /// Where its scope requirement comes from.
    pub scopes_source: Source,
    /// Whether repeating it leaves the same state (the spec's `x-texter-idempotent`): such
    /// calls are retried on transient failures.
    pub idempotent: bool,
    /// The generated client's method (the operation id its request hook receives).
    pub client_fn: &'static str,
}

impl Operation {
    /// The operation with this operationId.
    pub fn by_id(id: &str) -> Option<&'static Operation> {
        crate::OPERATIONS.iter().find(|o| o.id == id)
    }
}

/// An operation Texter documents but whose method and path are not published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnpublishedOperation {
    /// Its title in Texter's reference.
    pub name: &'static str,
    /// Its group.
    pub group: &'static str,
    /// The scopes it is documented (or inferred) to need.
    pub scopes: ScopeSet,
    /// Where the scope requirement comes from.
    pub scopes_source: Source,
    /// What is known about it.
    pub known: &'static str,
}

impl ApiGroup {
    /// The operations of this group, in spec order.
    pub fn operations(self) -> impl Iterator<Item = &'static Operation> {
        crate::OPERATIONS.iter().filter(move |o| o.group == self)
    }
}

impl fmt::Display for ApiGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The constraints the spec puts on one request value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Constraint {
    /// Where the value sits, e.g. `SendTextMessage.text` or `searchChats parameter `labels[]``.
    pub location: &'static str,
    /// Minimum length in characters.
    pub min_length: Option<u64>,
    /// Maximum length in characters.
    pub max_length: Option<u64>,
    /// ECMAScript regular expression the value must match.
    pub pattern: Option<&'static str>,
    /// Smallest allowed number.
    pub minimum: Option<i64>,
    /// Largest allowed number.
    pub maximum: Option<i64>,
    /// Fewest items.
    pub min_items: Option<u64>,
    /// Most items.
    pub max_items: Option<u64>,
}

/// A documented webhook event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookEventInfo {
    /// Its `eventName`.
    pub name: &'static str,
    /// Its title in Texter's reference.
    pub title: &'static str,
    /// The schema of its `eventData`.
    pub data_schema: &'static str,
    /// Texter's internal trigger events.
    pub triggers: &'static [&'static str],
    /// Placeholders of its import body besides `{{yourWebhookURL}}`.
    pub placeholders: &'static [&'static str],
    /// Where the event is documented.
    pub source: Source,
}
