//! Files: public links to files Texter holds (message media).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use std::time::Duration;
//!
//! let link = texter
//!     .files()
//!     .share("6908fc09962e17ab3033fa13", Some(Duration::from_secs(86_400)))
//!     .await?;
//! println!("{}", link.url.unwrap_or_default());
//! # Ok(()) }
//! ```

use std::time::Duration;

use texterchat_api::{limits, operations as op, types};

use crate::call::Repeat;
use crate::client::Texter;
use crate::error::{Error, Result};
use crate::validate;

/// The files of a project; get it with [`Texter::files`].
#[derive(Clone, Copy, Debug)]
pub struct Files<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Files: public links to message media.
    pub fn files(&self) -> Files<'_> {
        Files { texter: self }
    }
}

impl Files<'_> {
    /// Creates a read-only public link to a file (Generate Public Media URL). `ttl` is the
    /// link's lifetime, whole seconds from 10 s to 20 years; `None` makes a link that never
    /// expires. Older links stay valid. Needs *View all chats* and *View all files*.
    pub async fn share(&self, file_id: &str, ttl: Option<Duration>) -> Result<types::ShareLink> {
        validate::non_empty("fileId", file_id)?;
        let ttl = match ttl {
            None => None,
            Some(d) => {
                if d.subsec_nanos() != 0 {
                    return Err(Error::validation(
                        "ttl",
                        "must be whole seconds",
                        format!("{d:?}"),
                    ));
                }
                let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                validate::number("ttl", secs, &limits::SHARE_FILE_REQUEST_TTL)?;
                Some(secs)
            }
        };
        self.texter
            .call(&op::SHARE_FILE, Repeat::AsSpec, |c| {
                c.share_file()
                    .file_id(file_id)
                    .body(types::ShareFileRequest { ttl })
                    .send()
            })
            .await
    }
}
