//! Streams that walk paged listings.
//!
//! Operations the spec marks with `x-texter-pagination` (Search Chats, List All Labels, Get
//! Existing Quick Replies, the unsubscribed lists) get a generated `.all()` on their request
//! builder and a `…_all()` method on their handle: a [`Pages`] stream of whole page responses
//! (so `total` and every other field survive), with [`Pages::items`] for the items. A walk
//! keeps the request's filters on every page, starts at its `skip`, uses its `limit` as the page
//! size (default [`DEFAULT_PAGE_SIZE`]), and stops on an empty page or once `total` is covered.
//! The message history ([`crate::messages`]) walks back in time with the `beforeTime`/`beforeId`
//! cursor the same way. A misbehaving server cannot make a walk loop: a page identical to the
//! one before (compared by a hash of its items, no copy kept), or a cursor that stops moving,
//! ends the stream with an [`crate::ErrorKind::Pagination`] error.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use futures::StreamExt;
//!
//! // `vip` is a label id (see `labels().find_by_name`).
//! let mut chats = texter.chats().search().labels(["vip"]).limit(200).all().items();
//! while let Some(chat) = chats.next().await {
//!     println!("{:?}", chat?.title);
//! }
//! # Ok(()) }
//! ```

use std::hash::{Hash, Hasher};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};
use texterchat_api::request::Request;

use crate::error::{Error, ErrorKind, Result};

/// The page size of a walk whose request sets no `limit`.
pub const DEFAULT_PAGE_SIZE: i64 = 100;

/// An offset-paged request (generated for every operation with `x-texter-pagination`).
pub trait OffsetPaged: Request + Clone + Send + 'static {
    /// One item of a page.
    type Item;
    /// The same request for the page at `skip` of size `limit`.
    fn with_page(self, limit: i64, skip: i64) -> Self;
    /// The request's own `limit`, if set.
    fn page_size(&self) -> Option<i64>;
    /// The request's own `skip`, if set.
    fn first_skip(&self) -> Option<i64>;
    /// The page's `total`, when the response has one.
    fn total(page: &Self::Output) -> Option<i64>;
    /// The page's items, borrowed.
    fn items(page: &Self::Output) -> &[Self::Item];
    /// The page's items.
    fn into_items(page: Self::Output) -> Vec<Self::Item>;
    /// Sends the request (its `.send()`).
    fn fetch(self) -> impl std::future::Future<Output = Result<Self::Output>> + Send;
}

/// A stream of pages `P` whose items are `I`; see the [module docs](self).
#[must_use = "streams do nothing unless polled"]
pub struct Pages<P, I> {
    pages: BoxStream<'static, Result<P>>,
    items: fn(P) -> Vec<I>,
}

impl<P: Send + 'static, I: Send + 'static> Pages<P, I> {
    pub(crate) fn new(
        pages: impl Stream<Item = Result<P>> + Send + 'static,
        items: fn(P) -> Vec<I>,
    ) -> Self {
        Self {
            pages: pages.boxed(),
            items,
        }
    }

    /// The items of every page, in order; an error ends the stream after it is yielded.
    pub fn items(self) -> impl Stream<Item = Result<I>> + Send + 'static {
        let take = self.items;
        self.pages.flat_map(move |page| match page {
            Ok(page) => stream::iter(take(page).into_iter().map(Ok)).left_stream(),
            Err(e) => stream::iter([Err(e)]).right_stream(),
        })
    }
}

impl<P, I> Stream for Pages<P, I> {
    type Item = Result<P>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.pages.as_mut().poll_next(cx)
    }
}

impl<P, I> std::fmt::Debug for Pages<P, I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pages")
    }
}

pub(crate) fn pagination_error(message: String) -> Error {
    Error::new(ErrorKind::Pagination { message })
}

/// A fingerprint of a page's items (their JSON), to notice a repeated page without keeping it.
fn fingerprint<T: serde::Serialize>(items: &[T]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(items)
        .unwrap_or_default()
        .hash(&mut hasher);
    hasher.finish()
}

/// Every page of `request`, from its `skip` on (the generated `.all()`).
pub fn offset_pages<R>(request: R) -> Pages<R::Output, R::Item>
where
    R: OffsetPaged,
    R::Output: Send + 'static,
    R::Item: serde::Serialize + Send + 'static,
{
    struct State<R> {
        request: R,
        texter_skip: i64,
        page_size: i64,
        previous: Option<u64>,
        done: bool,
    }
    let page_size = request.page_size().unwrap_or(DEFAULT_PAGE_SIZE).max(1);
    let state = State {
        texter_skip: request.first_skip().unwrap_or(0),
        request,
        page_size,
        previous: None,
        done: false,
    };
    // The request sends itself through its own client handle, so the walk needs nothing else.
    let pages = stream::unfold(state, |mut st| async move {
        if st.done {
            return None;
        }
        let request = st.request.clone().with_page(st.page_size, st.texter_skip);
        let page = match request.fetch().await {
            Ok(page) => page,
            Err(e) => {
                st.done = true;
                return Some((Err(e), st));
            }
        };
        let total = R::total(&page);
        let items = R::items(&page);
        let (count, print) = (items.len(), fingerprint(items));
        if count == 0 {
            return None;
        }
        if st.previous == Some(print) {
            st.done = true;
            let message = format!(
                "the server answered skip={} with the same items as the page before (it seems to ignore `skip`)",
                st.texter_skip
            );
            return Some((Err(pagination_error(message)), st));
        }
        st.previous = Some(print);
        st.texter_skip = st.texter_skip.saturating_add(count as i64);
        if total.is_some_and(|t| st.texter_skip >= t) {
            st.done = true;
        }
        Some((Ok(page), st))
    });
    Pages::new(pages, R::into_items)
}
