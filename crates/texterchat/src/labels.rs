//! Labels: the project's label catalog, and the labels of a chat.
//!
//! The operations are generated from the spec ([`Labels`]); this module adds
//! [`Labels::find_by_name`], since the API takes label **ids** where people know names.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::types::UpdateChatLabelsRequest;
//!
//! texter.labels().create("vip", "VIP").color("#dce775").send().await?;
//! let chat = "67bf11038b24880cc966f799";
//! texter.labels().change_in_chat(chat, UpdateChatLabelsRequest::Add(vec!["vip".into()])).send().await?;
//! texter.labels().change_in_chat(chat, UpdateChatLabelsRequest::Set(vec![])).send().await?;
//! # Ok(()) }
//! ```

use texterchat_api::types;

use crate::error::{Error, Result};
pub use crate::surface::labels::*;

/// How [`Labels::find_by_name`]'s errors name its argument (its own name, which the facts tool
/// counts because `Label` has a `name` field).
const ARGUMENT: &str = "name";

impl Labels<'_> {
    /// The label named `name`, if any: the API takes label **ids** ([`Labels::change_in_chat`],
    /// [`crate::chats::Chats::search`]'s `labels`), and this finds the id of a name people see. Walks the
    /// listing once; a label whose name is exactly `name` wins, else the only one whose name
    /// matches ignoring case and surrounding spaces. Several such matches and no exact one is a
    /// validation error naming their ids. Any valid token.
    ///
    /// ```no_run
    /// # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
    /// if let Some(vip) = texter.labels().find_by_name("VIP").await? {
    ///     let id = vip.id.unwrap_or_default();
    ///     let add = texterchat::types::UpdateChatLabelsRequest::Add(vec![id]);
    ///     texter.labels().change_in_chat("67bf11038b24880cc966f799", add).send().await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn find_by_name(&self, name: &str) -> Result<Option<types::Label>> {
        if name.trim().is_empty() {
            return Err(Error::validation(
                ARGUMENT,
                "must not be empty",
                format!("{name:?}"),
            ));
        }
        let wanted = name.trim().to_lowercase();
        let mut loose = Vec::new();
        let mut labels = Box::pin(self.list_all().items());
        while let Some(label) = futures::StreamExt::next(&mut labels).await {
            let label = label?;
            match label.name.as_deref() {
                Some(n) if n == name => return Ok(Some(label)),
                Some(n) if n.trim().to_lowercase() == wanted => loose.push(label),
                _ => {}
            }
        }
        if loose.len() > 1 {
            let ids: Vec<String> = loose
                .iter()
                .map(|l| format!("{:?}", l.id.as_deref().unwrap_or_default()))
                .collect();
            // The ids came from the server: redact as any error of a call is.
            return Err(Error::validation(
                ARGUMENT,
                format!(
                    "matches several labels ignoring case ({}); give the exact name",
                    ids.join(", ")
                ),
                format!("{name:?}"),
            )
            .redacted(&self.texter.shared.redactor));
        }
        Ok(loose.pop())
    }
}
