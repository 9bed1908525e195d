//! Pages of list operations.

/// One page of an offset-paginated list (`limit` and `skip`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Page {
    /// Most items to return; the server's default when `None`.
    pub limit: Option<u32>,
    /// Items to skip first.
    pub skip: Option<u64>,
}

impl Page {
    /// The first page, of the server's default size.
    pub fn first() -> Self {
        Self::default()
    }

    /// A page of at most `limit` items after skipping `skip`.
    pub fn new(limit: u32, skip: u64) -> Self {
        Self {
            limit: Some(limit),
            skip: Some(skip),
        }
    }

    /// This page with another size.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// This page starting after `skip` items.
    pub fn skip(mut self, skip: u64) -> Self {
        self.skip = Some(skip);
        self
    }
}
