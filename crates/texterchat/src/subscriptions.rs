//! Event subscriptions: Texter POSTs `{eventName, eventData}` to your URL when an event
//! happens.
//!
//! A subscription is a Texter *scenario* whose action is a webhook request. You create one by
//! importing the ready-made scenario body of the event with your URL put in; subscriptions made
//! this way are named `(SUB) …`. Keep the `_id` of the imported scenario to manage it later.
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter, body: texterchat::types::ImportSubscriptionRequest)
//! # -> texterchat::Result<()> {
//! let subscriptions = texter.subscriptions();
//! // `body`: a ready-made import body with `data.actions[0].params.url` set to your URL.
//! let created = subscriptions.import(&body).await?;
//! println!("subscribed: {:?}", created.id);
//!
//! for scenario in subscriptions.list(false).await?.scenarios {
//!     let name = scenario.active_revision.as_ref().and_then(|r| r.name.as_deref());
//!     println!("{:?} {:?}", scenario.id, name);
//! }
//! # Ok(()) }
//! ```

use texterchat_api::{operations as op, types};

use crate::call::Repeat;
use crate::client::Texter;
use crate::error::Result;
use crate::validate;

/// The event subscriptions (scenarios) of a project; get it with [`Texter::subscriptions`].
#[derive(Clone, Copy, Debug)]
pub struct Subscriptions<'a> {
    texter: &'a Texter,
}

impl Texter {
    /// Event subscriptions: import, list and copy scenarios.
    pub fn subscriptions(&self) -> Subscriptions<'_> {
        Subscriptions { texter: self }
    }
}

impl Subscriptions<'_> {
    /// Subscribes to an event by importing a ready-made scenario body (Import Subscription).
    /// Texter answers `201 Created` with the new scenario; keep its `_id`. Needs *Create
    /// scenarios* and *Manage scenarios on behalf of user*.
    ///
    /// Put your URL at `data.actions[0].params.url` (and fill the event's other placeholders)
    /// first; `asStatus` `active` enables it at once. The body is sent as given.
    ///
    /// Not retried once the request may have reached the server, so the subscription is not
    /// created twice.
    pub async fn import(
        &self,
        request: &types::ImportSubscriptionRequest,
    ) -> Result<types::Scenario> {
        self.texter
            .call(&op::IMPORT_SUBSCRIPTION, Repeat::AsSpec, |c| {
                c.import_subscription().body(request.clone()).send()
            })
            .await
    }

    /// The project's scenarios and their total (List All Subscriptions); subscriptions are the
    /// ones named `(SUB) …`. With `include_system`, Texter's built-in system scenarios (those
    /// with a `system` identifier) are included too; otherwise `includeSystem` is not sent.
    /// Needs *View scenarios* (whether *Manage scenarios on behalf of user* is needed too is not
    /// documented).
    pub async fn list(&self, include_system: bool) -> Result<types::ScenariosResponse> {
        self.texter
            .call(&op::LIST_SUBSCRIPTIONS, Repeat::AsSpec, |c| {
                let mut request = c.list_subscriptions();
                if include_system {
                    request = request.include_system(true);
                }
                request.send()
            })
            .await
    }

    /// Creates a new scenario named `new_name` from revision `from_version` of an existing one
    /// (Copy Scenario), and returns it. Any 2xx answer is success. Needs *Create scenarios*
    /// (whether *Manage scenarios on behalf of user* is needed too is not documented).
    ///
    /// Not retried once the request may have reached the server, so no second copy is made.
    pub async fn copy(
        &self,
        scenario_id: &str,
        from_version: i64,
        new_name: &str,
    ) -> Result<types::Scenario> {
        validate::non_empty("scenarioId", scenario_id)?;
        validate::non_empty("newName", new_name)?;
        let body = types::CopyScenarioRequest {
            from_version: Some(from_version),
            new_name: Some(new_name.to_string()),
            author_uid: None,
        };
        self.texter
            .call(&op::COPY_SCENARIO, Repeat::AsSpec, |c| {
                c.copy_scenario()
                    .scenario_id(scenario_id)
                    .body(body.clone())
                    .send()
            })
            .await
    }
}
