//! Template subscriptions: opt a phone number out of (and back into) template messages, and
//! list who opted out.
//!
//! A contact also unsubscribes by replying `הסר` to a template, or through an agent in the
//! inbox. Sends to an unsubscribed recipient are skipped (see
//! [`crate::templates::TemplateSendOutcome::RecipientUnsubscribed`]).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::Page;
//!
//! let subscriptions = texter.template_subscriptions();
//! subscriptions.unsubscribe("0521234567", None).await?;
//! for user in subscriptions.list_unsubscribed(Page::new(100, 0)).await? {
//!     println!("{} {}", user.phone, user.title.unwrap_or_default());
//! }
//! subscriptions.resubscribe("0521234567", Some("972509876543")).await?;
//! # Ok(()) }
//! ```

use texterchat_api::{limits, operations as op, types};

use crate::Page;
use crate::call::Repeat;
use crate::chats::convert;
use crate::client::Texter;
use crate::error::Result;
use crate::pagination::{validate_page, with_page};
use crate::validate;

/// Who receives template messages; get it with [`Texter::template_subscriptions`].
#[derive(Clone, Copy, Debug)]
pub struct TemplateSubscriptions<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Template subscriptions: unsubscribe, resubscribe, list who unsubscribed.
    pub fn template_subscriptions(&self) -> TemplateSubscriptions<'_> {
        TemplateSubscriptions { texter: self }
    }
}

/// The body of Unsubscribe / Resubscribe, validated.
fn subscription_request(
    phone: &str,
    account_id: Option<&str>,
) -> Result<types::TemplateSubscriptionRequest> {
    validate::non_empty("phone", phone)?;
    validate::text("phone", phone, &limits::TEMPLATE_SUBSCRIPTION_REQUEST_PHONE)?;
    if let Some(account) = account_id {
        validate::non_empty("accountId", account)?;
    }
    Ok(types::TemplateSubscriptionRequest {
        account_id: account_id.map(str::to_owned),
        phone: convert("phone", phone)?,
    })
}

impl TemplateSubscriptions<'_> {
    /// Stops template messages to `phone` (any common format, 5 to 30 characters) on one
    /// WhatsApp account, or on all of them when `account_id` is `None` (Unsubscribe from
    /// Templates). Needs *Manage all chats*.
    ///
    /// An answer of `success: false` is an error.
    pub async fn unsubscribe(&self, phone: &str, account_id: Option<&str>) -> Result<()> {
        let body = subscription_request(phone, account_id)?;
        self.texter
            .call_success(&op::UNSUBSCRIBE_FROM_TEMPLATES, Repeat::AsSpec, |c| {
                c.unsubscribe_from_templates().body(body.clone()).send()
            })
            .await
    }

    /// Lets template messages reach `phone` again, on one WhatsApp account or on all of them
    /// when `account_id` is `None` (Resubscribe to Templates). Needs *Manage all chats*.
    ///
    /// An answer of `success: false` is an error.
    pub async fn resubscribe(&self, phone: &str, account_id: Option<&str>) -> Result<()> {
        let body = subscription_request(phone, account_id)?;
        self.texter
            .call_success(&op::RESUBSCRIBE_TO_TEMPLATES, Repeat::AsSpec, |c| {
                c.resubscribe_to_templates().body(body.clone()).send()
            })
            .await
    }

    /// One page of the phone numbers unsubscribed from template messages, oldest
    /// unsubscription first (List All Unsubscribed Users). `limit` is 1 to 9999 and `skip` 0
    /// to 99999. Needs *List all chats*.
    pub async fn list_unsubscribed(&self, page: Page) -> Result<Vec<types::UnsubscribedUser>> {
        validate_page(
            &page,
            &limits::LIST_UNSUBSCRIBED_LIMIT,
            &limits::LIST_UNSUBSCRIBED_SKIP,
        )?;
        self.texter
            .call(&op::LIST_UNSUBSCRIBED, Repeat::AsSpec, |c| {
                with_page!(c.list_unsubscribed(), page).send()
            })
            .await
    }

    /// Like [`TemplateSubscriptions::list_unsubscribed`], for one WhatsApp account
    /// (Unsubscribed from Specific Account). Needs *List all chats* (inferred from the sibling
    /// operation; Texter's page for it does not show its scope).
    pub async fn list_unsubscribed_for_account(
        &self,
        account_id: &str,
        page: Page,
    ) -> Result<Vec<types::UnsubscribedUser>> {
        validate::non_empty("accountId", account_id)?;
        validate_page(
            &page,
            &limits::LIST_UNSUBSCRIBED_FOR_ACCOUNT_LIMIT,
            &limits::LIST_UNSUBSCRIBED_FOR_ACCOUNT_SKIP,
        )?;
        self.texter
            .call(&op::LIST_UNSUBSCRIBED_FOR_ACCOUNT, Repeat::AsSpec, |c| {
                with_page!(
                    c.list_unsubscribed_for_account().account_id(account_id),
                    page
                )
                .send()
            })
            .await
    }
}

impl TemplateSubscriptions<'_> {
    /// Every phone number unsubscribed from template messages, `page_size` per request (default
    /// [`crate::pagination::DEFAULT_PAGE_SIZE`]). The API reports no total, so the walk ends
    /// on the first empty page. Needs *List all chats*.
    pub fn list_unsubscribed_all(
        &self,
        page_size: Option<u32>,
    ) -> crate::pagination::Paginated<types::UnsubscribedUser> {
        self.unsubscribed_walk(None, page_size)
    }

    /// Like [`TemplateSubscriptions::list_unsubscribed_all`], for one WhatsApp account.
    pub fn list_unsubscribed_for_account_all(
        &self,
        account_id: &str,
        page_size: Option<u32>,
    ) -> crate::pagination::Paginated<types::UnsubscribedUser> {
        self.unsubscribed_walk(Some(account_id.to_string()), page_size)
    }

    fn unsubscribed_walk(
        &self,
        account_id: Option<String>,
        page_size: Option<u32>,
    ) -> crate::pagination::Paginated<types::UnsubscribedUser> {
        let texter = self.texter.clone();
        let page_size = page_size.unwrap_or(crate::pagination::DEFAULT_PAGE_SIZE);
        crate::pagination::offset_pages(page_size, 0, move |page| {
            let texter = texter.clone();
            let account_id = account_id.clone();
            async move {
                let subscriptions = texter.template_subscriptions();
                let items = match &account_id {
                    Some(account) => {
                        subscriptions
                            .list_unsubscribed_for_account(account, page)
                            .await?
                    }
                    None => subscriptions.list_unsubscribed(page).await?,
                };
                Ok(crate::pagination::OffsetPage { items, total: None })
            }
        })
    }
}
