//! Labels: the project's label catalog, and the labels of a chat.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::labels::{LabelChange, NewLabel};
//!
//! texter.labels().create(&NewLabel::new("vip", "VIP").color("#dce775")).await?;
//! texter.labels().change_in_chat("67bf11038b24880cc966f799", &LabelChange::add(["vip"])).await?;
//! texter.labels().change_in_chat("67bf11038b24880cc966f799", &LabelChange::clear()).await?;
//! # Ok(()) }
//! ```

use texterchat_api::{limits, operations as op, types};

use crate::Page;
use crate::call::Repeat;
use crate::chats::convert;
use crate::client::Texter;
use crate::error::{Error, Result};
use crate::pagination::{
    DEFAULT_PAGE_SIZE, OffsetPage, Paginated, offset_pages, validate_page, with_page,
};
use crate::validate;

/// The labels of a project; get it with [`Texter::labels`].
#[derive(Clone, Copy, Debug)]
pub struct Labels<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Labels: the catalog and the labels of a chat.
    pub fn labels(&self) -> Labels<'_> {
        Labels { texter: self }
    }
}

/// A label to create.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct NewLabel {
    /// The label id (1 to 100 characters), the value kept in `chat.labels`.
    pub id: String,
    /// Display name (1 to 100 characters).
    pub name: String,
    /// Full hex color `#RRGGBB`; the server uses `#555555` when absent.
    pub color: Option<String>,
}

impl NewLabel {
    /// A label with the server's default color.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            color: None,
        }
    }

    /// With this color (`#RRGGBB`).
    pub fn color(mut self, color: impl Into<String>) -> Self {
        self.color = Some(color.into());
        self
    }

    fn to_request(&self) -> Result<types::CreateLabelRequest> {
        validate::text("id", &self.id, &limits::CREATE_LABEL_REQUEST_ID)?;
        validate::text("name", &self.name, &limits::CREATE_LABEL_REQUEST_NAME)?;
        if let Some(color) = &self.color {
            validate::text("color", color, &limits::CREATE_LABEL_REQUEST_COLOR)?;
        }
        let color = match &self.color {
            Some(c) => Some(convert("color", c.as_str())?),
            None => None,
        };
        Ok(types::CreateLabelRequest {
            id: convert("id", self.id.as_str())?,
            name: convert("name", self.name.as_str())?,
            color,
        })
    }
}

/// New name and/or color of a label.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct LabelUpdate {
    /// New display name (1 to 100 characters).
    pub name: Option<String>,
    /// New color `#RRGGBB`.
    pub color: Option<String>,
}

impl LabelUpdate {
    /// Nothing to change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Renames the label.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Recolors the label.
    pub fn color(mut self, color: impl Into<String>) -> Self {
        self.color = Some(color.into());
        self
    }

    fn to_request(&self) -> Result<types::UpdateLabelRequest> {
        if self.name.is_none() && self.color.is_none() {
            return Err(Error::validation(
                "body",
                "an update changes the name, the color, or both",
                "neither",
            ));
        }
        let name = match &self.name {
            Some(n) => {
                validate::text("name", n, &limits::UPDATE_LABEL_REQUEST_NAME)?;
                Some(convert("name", n.as_str())?)
            }
            None => None,
        };
        let color = match &self.color {
            Some(c) => {
                validate::text("color", c, &limits::UPDATE_LABEL_REQUEST_COLOR)?;
                Some(convert("color", c.as_str())?)
            }
            None => None,
        };
        Ok(types::UpdateLabelRequest { name, color })
    }
}

/// A change to the labels of one chat: exactly one of add, remove or set.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LabelChange {
    /// Adds these labels (at least one).
    Add(Vec<String>),
    /// Removes these labels (at least one).
    Remove(Vec<String>),
    /// Replaces all labels with these; empty clears them.
    Set(Vec<String>),
}

impl LabelChange {
    /// Adds labels.
    pub fn add<S: Into<String>>(labels: impl IntoIterator<Item = S>) -> Self {
        Self::Add(labels.into_iter().map(Into::into).collect())
    }

    /// Removes labels.
    pub fn remove<S: Into<String>>(labels: impl IntoIterator<Item = S>) -> Self {
        Self::Remove(labels.into_iter().map(Into::into).collect())
    }

    /// Replaces all labels.
    pub fn set<S: Into<String>>(labels: impl IntoIterator<Item = S>) -> Self {
        Self::Set(labels.into_iter().map(Into::into).collect())
    }

    /// Removes every label.
    pub fn clear() -> Self {
        Self::Set(Vec::new())
    }

    fn to_request(&self) -> Result<types::UpdateChatLabelsRequest> {
        let (field, labels, constraint) = match self {
            Self::Add(l) => ("add", l, Some(&limits::ADD_LABELS_ADD)),
            Self::Remove(l) => ("remove", l, Some(&limits::REMOVE_LABELS_REMOVE)),
            Self::Set(l) => ("set", l, None),
        };
        if let Some(c) = constraint {
            validate::items(field, labels.len(), c)?;
        }
        for (i, label) in labels.iter().enumerate() {
            validate::non_empty(&format!("{field}[{i}]"), label)?;
        }
        Ok(match self {
            Self::Add(l) => types::UpdateChatLabelsRequest::Add(l.clone()),
            Self::Remove(l) => types::UpdateChatLabelsRequest::Remove(l.clone()),
            Self::Set(l) => types::UpdateChatLabelsRequest::Set(l.clone()),
        })
    }
}

impl Labels<'_> {
    /// One page of the label catalog (List All Labels). Any valid token.
    pub async fn list(&self, page: Page) -> Result<types::LabelsResponse> {
        validate_page(&page, &limits::LIST_LABELS_LIMIT, &limits::LIST_LABELS_SKIP)?;
        self.texter
            .call(&op::LIST_LABELS, Repeat::AsSpec, |c| {
                with_page!(c.list_labels(), page).send()
            })
            .await
    }

    /// One label (Get Label Data). Any valid token.
    pub async fn get(&self, label_id: &str) -> Result<types::Label> {
        validate::non_empty("labelId", label_id)?;
        self.texter
            .call(&op::GET_LABEL, Repeat::AsSpec, |c| {
                c.get_label().label_id(label_id).send()
            })
            .await
    }

    /// Creates a label (Create Label). Needs *Manage labels*.
    pub async fn create(&self, label: &NewLabel) -> Result<types::Label> {
        let body = label.to_request()?;
        self.texter
            .call(&op::CREATE_LABEL, Repeat::AsSpec, |c| {
                c.create_label().body(body.clone()).send()
            })
            .await
    }

    /// Renames and/or recolors a label, system labels included (Update Existing Label). Needs
    /// *Manage labels*.
    pub async fn update(&self, label_id: &str, update: &LabelUpdate) -> Result<()> {
        validate::non_empty("labelId", label_id)?;
        let body = update.to_request()?;
        self.texter
            .call_text(&op::UPDATE_LABEL, Repeat::AsSpec, |c| {
                c.update_label()
                    .label_id(label_id)
                    .body(body.clone())
                    .send()
            })
            .await
    }

    /// Deletes a label (Delete Label). Needs *Manage labels*.
    ///
    /// Inferred operation: the method and path follow Get/Update Label; Texter's page for it
    /// was not available. System labels cannot be deleted.
    pub async fn delete(&self, label_id: &str) -> Result<()> {
        validate::non_empty("labelId", label_id)?;
        self.texter
            .call_empty(&op::DELETE_LABEL, Repeat::AsSpec, |c| {
                c.delete_label().label_id(label_id).send()
            })
            .await
    }

    /// Adds, removes or replaces the labels of a chat (Manage Labels in Chat). Needs *Manage all
    /// chats*. The whole change fails if any label id does not exist.
    pub async fn change_in_chat(&self, chat_id: &str, change: &LabelChange) -> Result<()> {
        validate::non_empty("chatId", chat_id)?;
        let body = change.to_request()?;
        self.texter
            .call_text(&op::UPDATE_CHAT_LABELS, Repeat::AsSpec, |c| {
                c.update_chat_labels()
                    .chat_id(chat_id)
                    .body(body.clone())
                    .send()
            })
            .await
    }
}

impl Labels<'_> {
    /// The label named `name`, if any: the API takes label **ids** (Manage Labels in Chat,
    /// Search Chats' `labels[]`), and this finds the id of a name people see. Walks the
    /// listing once; a label whose name is exactly `name` wins, else the only one whose name
    /// matches ignoring case and surrounding spaces. Several such matches and no exact one is a
    /// validation error naming their ids. Any valid token.
    ///
    /// ```no_run
    /// # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
    /// use texterchat::labels::LabelChange;
    ///
    /// if let Some(vip) = texter.labels().find_by_name("VIP").await? {
    ///     let id = vip.id.unwrap_or_default();
    ///     texter.labels().change_in_chat("67bf11038b24880cc966f799", &LabelChange::add([id])).await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn find_by_name(&self, name: &str) -> Result<Option<types::Label>> {
        validate::non_empty("name", name)?;
        let wanted = name.trim().to_lowercase();
        let mut loose = Vec::new();
        let mut labels = Box::pin(self.list_all(None).items());
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
                "name",
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

    /// The whole label catalog, `page_size` labels per request (default [`DEFAULT_PAGE_SIZE`]).
    /// Any valid token.
    pub fn list_all(&self, page_size: Option<u32>) -> Paginated<types::Label> {
        let texter = self.texter.clone();
        offset_pages(page_size.unwrap_or(DEFAULT_PAGE_SIZE), 0, move |page| {
            let texter = texter.clone();
            async move {
                let response = texter.labels().list(page).await?;
                Ok(OffsetPage {
                    items: response.labels,
                    total: response.total,
                })
            }
        })
    }
}
