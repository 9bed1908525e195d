//! Template subscriptions: opt a phone number out of (and back into) template messages, and
//! list who opted out.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use futures::StreamExt;
//!
//! texter.template_subscriptions().unsubscribe("0521234567").send().await?;
//! let mut users = texter.template_subscriptions().list_unsubscribed_all().items();
//! while let Some(user) = users.next().await {
//!     let user = user?;
//!     println!("{} {}", user.phone, user.title.unwrap_or_default());
//! }
//! # Ok(()) }
//! ```

pub use crate::surface::template_subscriptions::*;
