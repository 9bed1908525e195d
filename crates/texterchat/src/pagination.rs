//! Pages of list operations, and streams that walk them.
//!
//! Offset-paginated lists (`limit`/`skip`: chats, labels, quick replies, unsubscribed users)
//! stop on an empty page or once `total` items were covered. The message history walks back in
//! time with the `beforeTime`/`beforeId` cursor and stops on an empty page. Both guard against
//! a misbehaving server: a repeated page, or a cursor that stops moving, ends the stream with an
//! [`crate::ErrorKind::Pagination`] error instead of looping forever.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use futures::StreamExt;
//! use texterchat::chats::ChatSearch;
//!
//! let mut chats = texter.chats().search_all(ChatSearch::new().label("vip") /* a label id: see labels().find_by_name */.limit(200)).items();
//! while let Some(chat) = chats.next().await {
//!     let chat = chat?;
//!     println!("{:?}", chat.title);
//! }
//! # Ok(()) }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};

use crate::error::{Error, ErrorKind, Result};

/// Sets a page's `limit` and `skip` on a generated request builder (every list operation
/// names them alike); unset fields are not sent.
macro_rules! with_page {
    ($request:expr, $page:expr) => {{
        let page: $crate::pagination::Page = $page;
        let mut request = $request;
        if let Some(limit) = page.limit {
            request = request.limit(u64::from(limit));
        }
        if let Some(skip) = page.skip {
            request = request.skip(i64::try_from(skip).unwrap_or(i64::MAX));
        }
        request
    }};
}
pub(crate) use with_page;

/// Checks a page against the operation's generated `limit` and `skip` constraints.
pub(crate) fn validate_page(
    page: &Page,
    limit: &texterchat_api::catalog::Constraint,
    skip: &texterchat_api::catalog::Constraint,
) -> Result<()> {
    if let Some(l) = page.limit {
        crate::validate::number("limit", i64::from(l), limit)?;
    }
    if let Some(s) = page.skip {
        crate::validate::number("skip", i64::try_from(s).unwrap_or(i64::MAX), skip)?;
    }
    Ok(())
}

/// Page size of the streams when the query sets none.
pub const DEFAULT_PAGE_SIZE: u32 = 100;

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

/// A stream of pages; [`Paginated::items`] flattens it into a stream of items. Owns what it
/// needs (a clone of the client and the query), so it can be moved into a task.
#[must_use = "streams do nothing unless polled"]
pub struct Paginated<T> {
    pages: BoxStream<'static, Result<Vec<T>>>,
}

impl<T: Send + 'static> Paginated<T> {
    pub(crate) fn new(pages: impl Stream<Item = Result<Vec<T>>> + Send + 'static) -> Self {
        Self {
            pages: pages.boxed(),
        }
    }

    /// The items, page after page. An error ends the stream after being yielded.
    pub fn items(self) -> impl Stream<Item = Result<T>> + Send + 'static {
        self.pages.flat_map(|page| match page {
            Ok(items) => stream::iter(items.into_iter().map(Ok)).left_stream(),
            Err(e) => stream::iter([Err(e)]).right_stream(),
        })
    }
}

impl<T: Send + 'static> Paginated<T> {
    /// The same pages, each reversed (for walks back in time).
    pub(crate) fn newest_first(self) -> Self {
        Paginated::new(self.pages.map(|page| {
            page.map(|mut items| {
                items.reverse();
                items
            })
        }))
    }
}

impl<T> Stream for Paginated<T> {
    type Item = Result<Vec<T>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.pages.as_mut().poll_next(cx)
    }
}

impl<T> std::fmt::Debug for Paginated<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Paginated")
    }
}

pub(crate) fn pagination_error(message: String) -> Error {
    Error::new(ErrorKind::Pagination { message })
}

/// What an offset page fetch returns: the items and, when the API reports it, the total.
pub(crate) struct OffsetPage<T> {
    pub(crate) items: Vec<T>,
    pub(crate) total: Option<i64>,
}

/// Walks an offset-paginated list from `start_skip`, `page_size` items at a time.
pub(crate) fn offset_pages<T, F, Fut>(page_size: u32, start_skip: u64, fetch: F) -> Paginated<T>
where
    T: Clone + PartialEq + Send + 'static,
    F: Fn(Page) -> Fut + Send + 'static,
    Fut: Future<Output = Result<OffsetPage<T>>> + Send + 'static,
{
    struct State<T, F> {
        fetch: F,
        skip: u64,
        previous: Option<Vec<T>>,
        done: bool,
    }
    let state = State {
        fetch,
        skip: start_skip,
        previous: None,
        done: false,
    };
    Paginated::new(stream::unfold(state, move |mut st| async move {
        if st.done {
            return None;
        }
        let result = (st.fetch)(Page::new(page_size, st.skip)).await;
        let OffsetPage { items, total } = match result {
            Ok(page) => page,
            Err(e) => {
                st.done = true;
                return Some((Err(e), st));
            }
        };
        if items.is_empty() {
            return None;
        }
        if st.previous.as_ref() == Some(&items) {
            st.done = true;
            let message = format!(
                "the server answered skip={} with the same items as the page before (it seems to ignore `skip`)",
                st.skip
            );
            return Some((Err(pagination_error(message)), st));
        }
        st.skip = st.skip.saturating_add(items.len() as u64);
        if total.is_some_and(|t| i64::try_from(st.skip).unwrap_or(i64::MAX) >= t) {
            st.done = true;
        }
        st.previous = Some(items.clone());
        Some((Ok(items), st))
    }))
}
