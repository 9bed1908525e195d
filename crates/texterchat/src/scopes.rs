//! Token scopes: the catalog, what each operation needs, and the client-side check.
//!
//! Everything here comes from the spec through the generated catalog
//! ([`texterchat_api::scopes`]); nothing is typed by hand.
//!
//! ```
//! use texterchat::scopes::{self, ApiGroup, Scope};
//!
//! // What a token needs to search chats and send messages:
//! let needed = scopes::least_privilege(["searchChats", "sendMessage"]).unwrap();
//! assert_eq!(needed, [Scope::ListAllChats, Scope::SendSessionMessage].into_iter().collect());
//!
//! // A token for everything template-related:
//! assert!(scopes::suggested_bundle(ApiGroup::Templates).contains(Scope::SendTemplateMessages));
//! ```

pub use texterchat_api::catalog::{Operation, ScopeSet, Source, UnpublishedOperation};
pub use texterchat_api::{ApiGroup, Scope};

use crate::client::ScopePolicy;
use crate::error::{Error, ErrorKind, Result};

/// Every scope, in the order Texter's token dialog lists them.
pub fn all() -> &'static [Scope] {
    &Scope::ALL
}

/// Every operation of the spec, with the scopes it needs.
pub fn operations() -> &'static [Operation] {
    &texterchat_api::OPERATIONS
}

/// The operations Texter documents but has not published a path for (use [`crate::raw`]).
pub fn unpublished_operations() -> &'static [UnpublishedOperation] {
    &texterchat_api::UNPUBLISHED_OPERATIONS
}

/// The scopes an operation needs, by operationId (`"searchChats"`); `None` for an unknown id.
pub fn required_for(operation_id: &str) -> Option<ScopeSet> {
    Operation::by_id(operation_id).map(|op| op.scopes)
}

/// The smallest set of scopes that allows every given operation.
///
/// Fails on an operationId the spec does not have, listing the valid ones.
pub fn least_privilege<'a>(operation_ids: impl IntoIterator<Item = &'a str>) -> Result<ScopeSet> {
    let mut set = ScopeSet::EMPTY;
    for id in operation_ids {
        let op = Operation::by_id(id).ok_or_else(|| {
            let valid: Vec<&str> = operations().iter().map(|o| o.id).collect();
            Error::validation(
                "operation_ids",
                format!("must be operationIds of the spec: {}", valid.join(", ")),
                format!("{id:?}"),
            )
        })?;
        set = set.union(op.scopes);
    }
    Ok(set)
}

/// The suggested scopes for a token that works with one API group.
pub fn suggested_bundle(group: ApiGroup) -> ScopeSet {
    group.suggested_bundle()
}

/// The client-side check: every scope `required` lists must be declared.
pub(crate) fn check(policy: ScopePolicy, operation: &str, required: ScopeSet) -> Result<()> {
    let ScopePolicy::Declared(declared) = policy else {
        return Ok(());
    };
    let missing = required.difference(declared);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::new(ErrorKind::MissingScope {
        missing,
        required,
        operations: Vec::new(),
    })
    .with_operation(operation.to_string()))
}

/// The client-side check of several operations at once: every scope any of them lacks, each
/// operation with what it lacks.
pub(crate) fn check_flow(policy: ScopePolicy, operations: &[&Operation]) -> Result<()> {
    let ScopePolicy::Declared(declared) = policy else {
        return Ok(());
    };
    let mut missing = ScopeSet::EMPTY;
    let mut required = ScopeSet::EMPTY;
    let mut each = Vec::new();
    for op in operations {
        required = required.union(op.scopes);
        let lacks = op.scopes.difference(declared);
        if !lacks.is_empty() {
            missing = missing.union(lacks);
            each.push((op.id.to_string(), lacks));
        }
    }
    if each.is_empty() {
        return Ok(());
    }
    Err(Error::new(ErrorKind::MissingScope {
        missing,
        required,
        operations: each,
    }))
}
