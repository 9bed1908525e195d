//! Event subscriptions: Texter POSTs `{eventName, eventData}` to your URL when an event
//! happens.
//!
//! A subscription is a Texter *scenario* whose action is a webhook request. You create one by
//! importing the ready-made scenario body of the event with your URL put in
//! ([`Subscriptions::subscribe`] does it in one call); subscriptions made this way are named
//! `(SUB) …`. The operations are generated from the spec ([`Subscriptions`]).
//!
//! ```no_run
//! # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
//! use texterchat::events::{EventKind, Subscription};
//!
//! let url = "https://example.com/hooks/texter?secret=4f6c0b9e2d7a41c8b3e5";
//! let subscribed = texter
//!     .subscriptions()
//!     .subscribe(&Subscription::new(EventKind::NewIncomingMessage, url))
//!     .await?;
//! println!("{:?} (new: {})", subscribed.subscription.id(), subscribed.created);
//! for sub in texter.subscriptions().event_subscriptions().await?.subscriptions {
//!     println!("{:?} {:?}", sub.kind, sub.active); // not sub.url(): it holds the secret
//! }
//! # Ok(()) }
//! ```

use texterchat_api::request::Request;
use texterchat_api::types;

use crate::error::Result;
use crate::events::{EventKind, Subscription, import_body};
pub use crate::surface::subscriptions::*;

/// One of your event subscriptions: a scenario whose name starts with `(SUB) `.
///
/// Its scenario holds the URL you registered, secret included: treat it as confidential.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EventSubscription {
    /// The event it delivers, when it can be told: from the `eventName` its webhook action
    /// sends, or else from the name of the ready-made body it was imported from.
    pub kind: Option<EventKind>,
    /// Whether it is running (it has an active revision); paused subscriptions are not.
    pub active: bool,
    /// The scenario.
    pub scenario: types::Scenario,
}

impl EventSubscription {
    /// The scenario id, to manage the subscription.
    pub fn id(&self) -> Option<&str> {
        self.scenario.id.as_deref()
    }

    /// Its name, e.g. `(SUB) New Incoming Messages`.
    pub fn name(&self) -> Option<&str> {
        current_revision(&self.scenario).and_then(|r| r.name.as_deref())
    }

    /// The URL deliveries go to: the `url` of the current revision's webhook (`request`)
    /// action.
    pub fn url(&self) -> Option<&str> {
        current_revision(&self.scenario)?
            .actions
            .iter()
            .filter(|a| a.name.as_deref() == Some(crate::events::REQUEST_ACTION))
            // A step's `params` are free-form JSON in the spec (`ScenarioStep.params`): the
            // request action's `url` can only be read by name. (An API fact typed by hand, on purpose.)
            .find_map(|a| a.params.as_ref()?.get("url")?.as_str())
    }
}

/// The answer of [`Subscriptions::subscribe`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Subscribed {
    /// The subscription: the one imported, or the identical one that existed.
    pub subscription: EventSubscription,
    /// Whether it was imported by this call (`false`: an identical one existed).
    pub created: bool,
}

/// Whether `scenario`'s current revision is what importing `request` would create: the same
/// name, trigger events, conditions and actions (each step's name and parameters).
fn same_scenario(scenario: &types::Scenario, request: &types::ImportSubscriptionRequest) -> bool {
    let Some(revision) = current_revision(scenario) else {
        return false;
    };
    let data = &request.data;
    let steps =
        |steps: &[types::ScenarioStep]| -> Vec<(Option<String>, Option<serde_json::Value>)> {
            steps
                .iter()
                .map(|s| (s.name.clone(), s.params.clone()))
                .collect()
        };
    let conditions = |groups: &[Vec<types::ScenarioStep>]| -> Vec<_> {
        groups.iter().map(|g| steps(g)).collect()
    };
    revision.name == data.name
        && revision.trigger_events == data.trigger_events.clone().unwrap_or_default()
        && conditions(&revision.conditions)
            == conditions(data.conditions.as_deref().unwrap_or_default())
        && steps(&revision.actions) == steps(data.actions.as_deref().unwrap_or_default())
}

/// The project's scenarios, split into event subscriptions and the rest.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ScenarioList {
    /// The event subscriptions.
    pub subscriptions: Vec<EventSubscription>,
    /// Every other scenario.
    pub other: Vec<types::Scenario>,
}

/// The prefix of the names of subscriptions made from the ready-made bodies.
pub const SUBSCRIPTION_PREFIX: &str = "(SUB) ";

/// The revision that describes a scenario best: the active one, else the newest inactive one,
/// else the newest draft.
fn current_revision(scenario: &types::Scenario) -> Option<&types::ScenarioRevision> {
    scenario
        .active_revision
        .as_ref()
        .or_else(|| scenario.inactive_revisions.last())
        .or_else(|| scenario.drafts.last())
}

fn kind_of(revision: &types::ScenarioRevision) -> Option<EventKind> {
    let from_action = revision.actions.iter().find_map(|action| {
        action
            .params
            .as_ref()?
            .pointer("/data/eventName")?
            .as_str()
            .map(EventKind::from)
    });
    from_action.or_else(|| {
        let name = revision.name.as_deref()?;
        EventKind::KNOWN.iter().find_map(|kind| {
            let body: serde_json::Value = serde_json::from_str(import_body(kind)?).ok()?;
            (body.pointer("/data/name")?.as_str()? == name).then(|| kind.clone())
        })
    })
}

/// Splits scenarios into event subscriptions (names starting with [`SUBSCRIPTION_PREFIX`]) and
/// the rest, and tells which event each subscription delivers.
pub fn classify(scenarios: Vec<types::Scenario>) -> ScenarioList {
    let mut list = ScenarioList::default();
    for scenario in scenarios {
        let revision = current_revision(&scenario);
        let is_subscription = revision
            .and_then(|r| r.name.as_deref())
            .is_some_and(|n| n.starts_with(SUBSCRIPTION_PREFIX));
        if is_subscription {
            list.subscriptions.push(EventSubscription {
                kind: revision.and_then(kind_of),
                active: scenario.active_revision.is_some(),
                scenario,
            });
        } else {
            list.other.push(scenario);
        }
    }
    list
}

impl Subscriptions<'_> {
    /// Subscribes a URL to one webhook event in one call: builds the event's ready-made import
    /// body with your URL (and the event's own arguments) and imports it, unless an identical
    /// subscription exists already. Needs the scopes of [`Subscriptions::list`] and
    /// [`Subscriptions::import`] (checked together, before anything is sent).
    ///
    /// **Idempotent.** The subscriptions are listed first; one whose current revision has the
    /// same name, trigger events, conditions and actions (each step's `name` and `params`, so
    /// the same URL and the same keywords or label) and the requested status is returned with
    /// `created: false`, and nothing is imported. Calling `subscribe` at every start-up is
    /// therefore safe. An identical subscription with the other status does not count: Texter
    /// publishes no call to activate or pause one, so a new one is imported with the requested
    /// status (the other stays as it is). Two processes subscribing at the same instant can
    /// still both import.
    ///
    /// ```no_run
    /// # async fn demo(texter: texterchat::Texter) -> texterchat::Result<()> {
    /// use texterchat::events::{EventKind, Subscription};
    ///
    /// let url = "https://example.com/hooks/texter?secret=4f6c0b9e2d7a41c8b3e5";
    /// let subscribed = texter
    ///     .subscriptions()
    ///     .subscribe(&Subscription::new(EventKind::NewIncomingMessage, url))
    ///     .await?;
    /// println!("{:?} (new: {})", subscribed.subscription.id(), subscribed.created);
    /// # Ok(()) }
    /// ```
    pub async fn subscribe(&self, subscription: &Subscription) -> Result<Subscribed> {
        let request = subscription.to_request()?;
        self.texter
            .check_flow(&[ListSubscriptions::OPERATION, ImportSubscription::OPERATION])?;
        let existing = self.event_subscriptions().await?;
        let wanted_active = subscription.is_active();
        if let Some(found) = existing
            .subscriptions
            .into_iter()
            .find(|s| s.active == wanted_active && same_scenario(&s.scenario, &request))
        {
            return Ok(Subscribed {
                subscription: found,
                created: false,
            });
        }
        let scenario = self
            .import(request.data.clone())
            .replace_body(request)
            .send()
            .await?;
        let mut list = classify(vec![scenario]);
        let subscription = match list.subscriptions.pop() {
            Some(s) => s,
            None => EventSubscription {
                kind: Some(subscription.kind().clone()),
                active: wanted_active,
                scenario: list.other.pop().unwrap_or_default(),
            },
        };
        Ok(Subscribed {
            subscription,
            created: true,
        })
    }

    /// The project's scenarios, split into your event subscriptions (each mapped back to its
    /// event where possible) and everything else. Needs the scopes of [`Subscriptions::list`].
    ///
    /// Pausing, resuming and deleting a subscription have no published path yet: use
    /// [`crate::Texter::raw`] with the path Texter support gives you and the scopes of
    /// [`crate::scopes::unpublished_operations`].
    pub async fn event_subscriptions(&self) -> Result<ScenarioList> {
        let response = self.list().send().await?;
        Ok(classify(response.scenarios))
    }
}
