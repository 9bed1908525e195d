use serde_json::Value;
use texterchat::enums::ScenarioStatus;
use texterchat::events::EventKind;
use texterchat::types::{self, ImportSubscriptionRequest};
use texterchat::{Scope, ScopeSet};
use wiremock::ResponseTemplate;

use crate::common::*;

const SCENARIO: &str = "6970b3c1d2e3f40123456789";
const HOOK: &str = "https://example.com/hooks/texter";

/// A ready-made import body (as texterchat-api ships it) with the webhook URL put in, as JSON
/// and as the request type.
fn import_body(kind: &EventKind) -> (Value, ImportSubscriptionRequest) {
    let text = texterchat::api::import_bodies::import_body(kind)
        .unwrap_or_else(|| panic!("{kind}: no ready-made body"))
        .replace("{{yourWebhookURL}}", HOOK);
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{kind}: {e}"));
    let request = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{kind} as ImportSubscriptionRequest: {e}"));
    (value, request)
}

fn created() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(fixture("objects/Scenario.json"))
}

/// The documented scenario (`objects/Scenario.json`), as decoded.
fn assert_documented_scenario(scenario: &types::Scenario) {
    assert_eq!(scenario.id.as_deref(), Some(SCENARIO));
    assert!(scenario.drafts.is_empty() && scenario.inactive_revisions.is_empty());
    let active = scenario.active_revision.as_ref().expect("active revision");
    assert_eq!(active.name.as_deref(), Some("(SUB) New Incoming Messages"));
    assert_eq!(active.scenario_id.as_deref(), Some(SCENARIO));
    assert_eq!(active.status, Some(ScenarioStatus::Active));
    assert_eq!(active.version, Some(1));
    assert_eq!(active.trigger_events, ["domain.message.created"]);
    assert_eq!(
        active.conditions[0][0].params.as_ref().expect("params")["expression"],
        "direction == \"incoming\""
    );
    let loader = &active
        .loaders
        .as_ref()
        .expect("loaders")
        .after_conditions
        .as_deref()
        .expect("after")[0];
    assert_eq!(loader.alias.as_deref(), Some("chat"));
    assert_eq!(active.actions[0].name.as_deref(), Some("request"));
    assert_eq!(
        active.actions[0].params.as_ref().expect("params")["url"],
        "https://example.com/hook"
    );
    assert_eq!(active.actions[0].confidential_data, Some(false));
    let metadata = active.metadata.as_ref().expect("metadata");
    assert_eq!(
        metadata.author_uid.as_deref(),
        Some("4d170fc7-5cd6-4496-98e4-f4f03a11456e")
    );
    assert_eq!(metadata.created.map(|t| t.get()), Some(1_768_314_807_488));
    assert_eq!(metadata.activated.map(|t| t.get()), Some(1_768_314_808_000));
}

#[tokio::test]
async fn import_sends_a_ready_made_body_unchanged_and_accepts_201() {
    let h = Harness::new().await;
    h.expect("POST", "/scenarios/manage/import")
        .respond_with(created())
        .expect(1)
        .mount(&h.server)
        .await;

    let (expected, request) = import_body(&EventKind::NewIncomingMessage);
    let status = request
        .as_status
        .clone()
        .expect("the ready-made body sets asStatus");
    let scenario = h
        .texter
        .subscriptions()
        .import(request.data)
        .as_status(status)
        .send()
        .await
        .expect("import");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(body_json(&req), expected);
    assert_eq!(body_json(&req)["data"]["actions"][0]["params"]["url"], HOOK);
    assert_documented_scenario(&scenario);
}

#[tokio::test]
async fn every_ready_made_import_body_goes_over_the_wire_unchanged() {
    let h = Harness::new().await;
    let files = EventKind::KNOWN;
    assert_eq!(files.len(), 19, "{files:?}");
    h.expect("POST", "/scenarios/manage/import")
        .respond_with(created())
        .expect(19)
        .mount(&h.server)
        .await;

    let subscriptions = h.texter.subscriptions();
    let mut expected = Vec::new();
    for file in files {
        let (value, request) = import_body(file);
        subscriptions
            .import(request.data.clone())
            .replace_body(request)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        expected.push(value);
    }

    let sent: Vec<Value> = h.requests().await.iter().map(body_json).collect();
    for ((file, sent), expected) in files.iter().zip(&sent).zip(&expected) {
        assert_eq!(sent, expected, "{file}");
        assert_eq!(sent["data"]["actions"][0]["params"]["url"], HOOK, "{file}");
    }
    assert_eq!(sent.len(), 19);
}

#[tokio::test]
async fn list_sends_include_system_only_when_asked_and_decodes_the_schema_example() {
    let h = Harness::new().await;
    h.expect("GET", "/scenarios/manage")
        .respond_with(json(fixture("responses/listSubscriptions.json")))
        .expect(2)
        .mount(&h.server)
        .await;

    let subscriptions = h.texter.subscriptions();
    let page = subscriptions.list().send().await.expect("list");
    subscriptions
        .list()
        .include_system(true)
        .send()
        .await
        .expect("list with system");

    let requests = h.requests().await;
    assert_eq!(requests[0].url.query(), None);
    assert_eq!(
        query_pairs(&requests[1]),
        [("includeSystem".to_string(), "true".to_string())]
    );
    assert_eq!(raw_query(&requests[1]), "includeSystem=true");

    assert_eq!(page.total, Some(123));
    let scenario = &page.scenarios[0];
    assert_eq!(scenario.id.as_deref(), Some("<string>"));
    assert_eq!(scenario.system.as_deref(), Some("<string>"));
    assert_eq!(scenario.drafts, [types::ScenarioRevision::default()]);
    // The example's `activeRevision` is a `{"...": …}` placeholder: unknown keys are ignored.
    assert_eq!(
        scenario.active_revision,
        Some(types::ScenarioRevision::default())
    );
    let revision = &scenario.inactive_revisions[0];
    assert_eq!(revision.version, Some(123));
    assert_eq!(revision.parent_version, Some(123));
    assert_eq!(revision.revision_comment.as_deref(), Some("<string>"));
    assert_eq!(
        revision.conditions[0][0].params,
        Some(Value::from("<unknown>"))
    );
    assert_eq!(revision.conditions[0][0].confidential_data, Some(true));
    let loaders = revision.loaders.as_ref().expect("loaders");
    assert_eq!(
        loaders.before_conditions.as_deref().expect("before")[0]
            .alias
            .as_deref(),
        Some("<string>")
    );
    assert_eq!(revision.loops.len(), 1);
    assert_eq!(revision.tags, ["<string>"]);
    assert_eq!(
        revision.options.as_ref().and_then(|o| o.unordered_actions),
        Some(true)
    );
    let metadata = revision.metadata.as_ref().expect("metadata");
    assert_eq!(metadata.modified.map(|t| t.get()), Some(123));
    assert_eq!(
        metadata.activations[0].user_uid.as_deref(),
        Some("<string>")
    );
}

#[tokio::test]
async fn copy_sends_the_documented_body_and_accepts_any_2xx() {
    let h = Harness::new().await;
    h.expect("POST", &format!("/scenarios/manage/{SCENARIO}/copy"))
        .respond_with(json(fixture("objects/Scenario.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    h.expect("POST", "/scenarios/manage/other/copy")
        .respond_with(created())
        .expect(1)
        .mount(&h.server)
        .await;

    let subscriptions = h.texter.subscriptions();
    let copy = subscriptions
        .copy(SCENARIO)
        .from_version(2)
        .new_name("(SUB) All Messages - staging")
        .send()
        .await
        .expect("copy answered 200");
    subscriptions
        .copy("other")
        .from_version(2)
        .new_name("(SUB) All Messages - staging")
        .send()
        .await
        .expect("copy answered 201");

    let requests = h.requests().await;
    assert_eq!(requests.len(), 2);
    for req in &requests {
        assert_eq!(req.url.query(), None);
        assert_eq!(body_json(req), fixture("requests/copyScenario.json"));
    }
    assert_documented_scenario(&copy);
}

#[tokio::test]
async fn copy_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let subscriptions = h.texter.subscriptions();
    let cases = [
        ("", "(SUB) copy", "scenarioId", "must be one path segment"),
        ("..", "(SUB) copy", "scenarioId", "must be one path segment"),
        (SCENARIO, "", "newName", "must be at least 1 character"),
    ];
    for (scenario, name, field, rule) in cases {
        let err = subscriptions
            .copy(scenario)
            .from_version(1)
            .new_name(name)
            .send()
            .await
            .expect_err(field);
        assert!(err.is_validation(), "{err}");
        let text = err.to_string();
        assert!(
            text.contains(&format!("`{field}`")) && text.contains(rule),
            "{text}"
        );
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn import_with_only_create_scenarios_is_refused_before_sending() {
    let h = Harness::with_scopes(ScopeSet::from(Scope::CreateScenarios)).await;
    let (_, request) = import_body(&EventKind::NewIncomingMessage);
    let subscriptions = h.texter.subscriptions();

    let err = subscriptions
        .import(request.data.clone())
        .replace_body(request)
        .send()
        .await
        .expect_err("import");
    assert!(err.is_missing_scope(), "{err}");
    assert_eq!(err.operation(), Some("importSubscription"));
    assert_eq!(
        err.missing_scopes().to_string(),
        "Manage scenarios on behalf of user"
    );
    assert!(
        err.to_string()
            .contains("Manage scenarios on behalf of user"),
        "{err}"
    );

    let err = subscriptions.list().send().await.expect_err("list");
    assert_eq!(err.missing_scopes().to_string(), "View scenarios");

    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

mod one_call {
    use serde_json::{Value, json};
    use texterchat::enums::ScenarioStatus;
    use texterchat::events::{EventKind, Subscription};
    use wiremock::ResponseTemplate;

    use crate::common::*;

    const URL: &str = "https://example.com/hooks/texter?secret=4f6c0b9e2d7a41c8b3e5";

    fn ready_made(name: &str) -> Value {
        let kind: EventKind = name.parse().unwrap();
        serde_json::from_str(texterchat::api::import_bodies::import_body(&kind).unwrap()).unwrap()
    }

    #[tokio::test]
    async fn subscribe_imports_the_ready_made_body_with_the_url_and_arguments() {
        let h = Harness::new().await;
        h.expect("POST", "/scenarios/manage/import")
            .respond_with(
                ResponseTemplate::new(201).set_body_json(fixture("objects/Scenario.json")),
            )
            .expect(2)
            .mount(&h.server)
            .await;
        h.expect("GET", "/scenarios/manage")
            .respond_with(json(json!({"total": 0, "scenarios": []})))
            .mount(&h.server)
            .await;
        let subscriptions = h.texter.subscriptions();
        let created = subscriptions
            .subscribe(&Subscription::new(EventKind::NewIncomingMessage, URL))
            .await
            .unwrap();
        assert!(created.created);
        assert_eq!(created.subscription.id(), Some("6970b3c1d2e3f40123456789"));
        subscriptions
            .subscribe(
                &Subscription::new(EventKind::ChatSpecificLabelAdded, URL)
                    .label("vip")
                    .status(ScenarioStatus::Inactive),
            )
            .await
            .unwrap();

        let requests: Vec<_> = h
            .requests()
            .await
            .into_iter()
            .filter(|r| r.method.as_str() == "POST")
            .collect();
        let mut expected = ready_made("newIncomingMessage");
        expected["data"]["actions"][0]["params"]["url"] = json!(URL);
        assert_eq!(body_json(&requests[0]), expected);

        let mut expected = ready_made("chatSpecificLabelAdded");
        expected["data"]["actions"][0]["params"]["url"] = json!(URL);
        expected["data"]["conditions"][0][0]["params"]["expression"] =
            json!("inArray(addedLabels, \"vip\")");
        expected["asStatus"] = json!("inactive");
        assert_eq!(body_json(&requests[1]), expected);
    }

    #[tokio::test]
    async fn subscribe_checks_its_arguments_before_sending() {
        let h = Harness::new().await;
        let subscriptions = h.texter.subscriptions();
        for (subscription, field) in [
            (
                Subscription::new(EventKind::NewMatchedMessage, URL),
                "keywords",
            ),
            (
                Subscription::new(EventKind::ChatSpecificLabelAdded, URL),
                "label",
            ),
            (
                Subscription::new(EventKind::NewMessage, "ftp://example.com/x"),
                "Subscription::new url",
            ),
            (
                Subscription::new(EventKind::from("somethingNew"), URL),
                "event",
            ),
        ] {
            let err = subscriptions.subscribe(&subscription).await.unwrap_err();
            assert!(
                err.is_validation() && err.to_string().contains(&format!("`{field}`")),
                "{err}"
            );
        }
        assert!(h.requests().await.is_empty());
    }

    #[tokio::test]
    async fn event_subscriptions_are_told_apart_and_mapped_to_their_events() {
        let h = Harness::new().await;
        let revision = |name: &str, event: Option<&str>| {
            let mut r = json!({"name": name, "status": "active", "actions": []});
            if let Some(e) = event {
                r["actions"] =
                    json!([{"name": "request", "params": {"url": URL, "data": {"eventName": e}}}]);
            }
            r
        };
        h.expect("GET", "/scenarios/manage")
            .respond_with(json(json!({"total": 4, "scenarios": [
                {"_id": "s1", "activeRevision": revision("(SUB) New Incoming Messages", Some("newIncomingMessage"))},
                // Paused, and its action was customised: the ready-made name still tells it.
                {"_id": "s2", "inactiveRevisions": [revision("(SUB) Messages Status Changed", None)]},
                {"_id": "s3", "activeRevision": revision("(SUB) My own webhook", Some("myCustomEvent"))},
                {"_id": "s4", "activeRevision": revision("Auto-resolve idle chats", None)}
            ]})))
            .mount(&h.server)
            .await;
        let list = h
            .texter
            .subscriptions()
            .event_subscriptions()
            .await
            .unwrap();
        let seen: Vec<(Option<&str>, Option<String>, bool)> = list
            .subscriptions
            .iter()
            .map(|s| (s.id(), s.kind.as_ref().map(|k| k.to_string()), s.active))
            .collect();
        assert_eq!(
            seen,
            [
                (Some("s1"), Some("newIncomingMessage".to_string()), true),
                (Some("s2"), Some("messageStatusChanged".to_string()), false),
                (Some("s3"), Some("myCustomEvent".to_string()), true),
            ]
        );
        assert_eq!(
            list.subscriptions[2].kind.as_ref().map(|k| k.is_known()),
            Some(false)
        );
        assert_eq!(list.other.len(), 1);
        assert_eq!(list.other[0].id.as_deref(), Some("s4"));
    }
}
