//! Files: public links to media Texter holds ([`Files::share`]).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! let link = texter.files().share("6970d00d5eed00000000f11e").ttl(3600).send().await?;
//! println!("{:?}", link.url);
//! # Ok(()) }
//! ```

pub use crate::surface::files::*;
