//! Every operation of the spec is reachable through its generated method, and each checks
//! exactly the scopes the spec lists for it: proven over HTTP, operation by operation.

use std::collections::BTreeSet;

use futures::future::BoxFuture;
use serde_json::json;
use texterchat::enums::{
    ChannelName, ChatStatus, OutgoingMediaType, TemplateCategory, TemplateUsage,
};
use texterchat::messages::OutgoingMessage;
use texterchat::scopes::{self, Operation, ScopeSet};
use texterchat::time::EpochMillis;
use texterchat::{Texter, types};
use wiremock::matchers::any;
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;

const CHAT: &str = "67bf11038b24880cc966f799";
const FILE: &str = "f1";
const LABEL: &str = "vip";
const ACCOUNT: &str = "972586640430";
const TEMPLATE: &str = "inbox_marketing_95";
const LANGUAGE: &str = "en";
const QUICK_REPLY: &str = "6970a1b2c3d4e5f601234567";
const SCENARIO: &str = "6970b3c1d2e3f40123456789";

/// The value each path parameter is given by [`call`].
fn path_value(parameter: &str) -> &'static str {
    match parameter {
        "chatId" => CHAT,
        "fileId" => FILE,
        "labelId" => LABEL,
        "accountId" => ACCOUNT,
        "templateName" => TEMPLATE,
        "language" => LANGUAGE,
        "quickReplyId" => QUICK_REPLY,
        "scenarioId" => SCENARIO,
        other => panic!("no value for the path parameter `{other}`: add one to path_value"),
    }
}

/// The path [`call`] requests for `op`: its template with every parameter filled in.
fn expected_path(op: &Operation) -> String {
    let mut path = String::from("/server/api/v2");
    let mut rest = op.path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').expect("a closed path parameter") + start;
        path.push_str(&rest[..start]);
        path.push_str(path_value(&rest[start + 1..end]));
        rest = &rest[end + 1..];
    }
    path.push_str(rest);
    path
}

/// An answer every operation decodes: an empty list for the operations that answer a JSON
/// array, `{"success": true}` for the rest (objects of optional fields, `{success}` answers,
/// and answers whose body is ignored), with HTTP 201 where the spec declares only that.
fn answer(op: &Operation) -> ResponseTemplate {
    match op.id {
        "listTemplates" | "listUnsubscribed" | "listUnsubscribedForAccount" => json(json!([])),
        "importSubscription" => ResponseTemplate::new(201).set_body_json(json!({"success": true})),
        _ => json(json!({"success": true})),
    }
}

/// One call of `id` through its generated method, with valid arguments.
fn call<'a>(texter: &'a Texter, id: &str) -> BoxFuture<'a, texterchat::Result<()>> {
    match id {
        "searchChats" => Box::pin(async move { texter.chats().search().send().await.map(drop) }),
        "assignChat" => Box::pin(async move {
            texter
                .chats()
                .assign()
                .phone("0521234567")
                .agent_email("a@example.com")
                .send()
                .await
        }),
        "getChat" => Box::pin(async move { texter.chats().get(CHAT).send().await.map(drop) }),
        "updateChat" => Box::pin(async move {
            texter
                .chats()
                .update(CHAT)
                .external_bot(false)
                .send()
                .await
                .map(drop)
        }),
        "resolveChat" => Box::pin(async move {
            texter
                .chats()
                .resolve(CHAT)
                .notify_client(false)
                .send()
                .await
        }),
        "updateChatCrmData" => Box::pin(async move {
            texter
                .chats()
                .update_crm_data(CHAT, serde_json::Map::new())
                .send()
                .await
                .map(drop)
        }),
        "updateChatLabels" => Box::pin(async move {
            texter
                .labels()
                .change_in_chat(CHAT, types::UpdateChatLabelsRequest::Set(Vec::new()))
                .send()
                .await
        }),
        "getChatMessages" => Box::pin(async move {
            texter
                .messages()
                .list(CHAT)
                .before_time(EpochMillis(1))
                .before_id("0")
                .send()
                .await
                .map(drop)
        }),
        "sendMessage" => Box::pin(async move {
            let photo = OutgoingMessage::media_file(OutgoingMediaType::Image, FILE);
            texter
                .messages()
                .send(CHAT, OutgoingMessage::media([photo]))
                .send()
                .await
                .map(drop)
        }),
        "shareFile" => Box::pin(async move { texter.files().share(FILE).send().await.map(drop) }),
        "listLabels" => Box::pin(async move { texter.labels().list().send().await.map(drop) }),
        "getLabel" => Box::pin(async move { texter.labels().get(LABEL).send().await.map(drop) }),
        "createLabel" => {
            Box::pin(async move { texter.labels().create(LABEL, "VIP").send().await.map(drop) })
        }
        "updateLabel" => {
            Box::pin(async move { texter.labels().update(LABEL).name("V.I.P.").send().await })
        }
        "deleteLabel" => Box::pin(async move { texter.labels().delete(LABEL).send().await }),
        "sendTemplate" => Box::pin(async move {
            texter
                .templates()
                .send("inbox_marketing_98", "972521234567")
                .send()
                .await
                .map(drop)
        }),
        "listTemplates" => {
            Box::pin(async move { texter.templates().list().send().await.map(drop) })
        }
        "createTemplate" => Box::pin(async move {
            texter
                .templates()
                .create(
                    ACCOUNT,
                    "T",
                    TemplateCategory::Marketing,
                    ChatStatus::Pending,
                    TemplateUsage::Inbox,
                )
                .send()
                .await
                .map(drop)
        }),
        "upsertTemplateLocalization" => Box::pin(async move {
            let body = types::TemplateComponent::new().text("Hi");
            texter
                .templates()
                .upsert_localization(ACCOUNT, TEMPLATE, LANGUAGE, vec![body])
                .send()
                .await
                .map(drop)
        }),
        "submitTemplateLocalization" => Box::pin(async move {
            texter
                .templates()
                .submit(ACCOUNT, TEMPLATE, LANGUAGE)
                .send()
                .await
                .map(drop)
        }),
        "updateTemplate" => Box::pin(async move {
            texter
                .templates()
                .update(ACCOUNT, TEMPLATE)
                .title("T2")
                .send()
                .await
                .map(drop)
        }),
        "deleteTemplate" => {
            Box::pin(async move { texter.templates().delete(ACCOUNT, TEMPLATE).send().await })
        }
        "unsubscribeFromTemplates" => Box::pin(async move {
            texter
                .template_subscriptions()
                .unsubscribe("0521234567")
                .send()
                .await
        }),
        "resubscribeToTemplates" => Box::pin(async move {
            texter
                .template_subscriptions()
                .resubscribe("0521234567")
                .send()
                .await
        }),
        "listUnsubscribed" => Box::pin(async move {
            texter
                .template_subscriptions()
                .list_unsubscribed()
                .send()
                .await
                .map(drop)
        }),
        "listUnsubscribedForAccount" => Box::pin(async move {
            texter
                .template_subscriptions()
                .list_unsubscribed_for_account(ACCOUNT)
                .send()
                .await
                .map(drop)
        }),
        "listQuickReplies" => {
            Box::pin(async move { texter.quick_replies().list().send().await.map(drop) })
        }
        "createQuickReply" => Box::pin(async move {
            let mut send = texterchat::quick_replies::text("Hi");
            send.target = Some(vec![texterchat::quick_replies::channel(
                ChannelName::Whatsapp,
                ACCOUNT,
            )]);
            texter.quick_replies().create(send).send().await.map(drop)
        }),
        "updateQuickReply" => Box::pin(async move {
            let title = types::QuickReplyUpdate::UpdateDisplayTitle(Some("x".into()));
            texter
                .quick_replies()
                .update(QUICK_REPLY, [title])
                .send()
                .await
                .map(drop)
        }),
        "deleteQuickReply" => {
            Box::pin(async move { texter.quick_replies().delete(QUICK_REPLY).send().await })
        }
        "importSubscription" => Box::pin(async move {
            texter
                .subscriptions()
                .import(types::ScenarioDefinition::default())
                .send()
                .await
                .map(drop)
        }),
        "listSubscriptions" => {
            Box::pin(async move { texter.subscriptions().list().send().await.map(drop) })
        }
        "copyScenario" => Box::pin(async move {
            texter
                .subscriptions()
                .copy(SCENARIO)
                .from_version(1)
                .new_name("(SUB) copy")
                .send()
                .await
                .map(drop)
        }),
        other => panic!("no call for the operation `{other}`: add it to the table of `call`"),
    }
}

/// A mock server answering every request with [`answer`], and a client declared with
/// `scopes`.
async fn harness(op: &Operation, scopes: ScopeSet) -> Harness {
    let h = Harness::with_scopes(scopes).await;
    h.server
        .register(Mock::given(any()).respond_with(answer(op)))
        .await;
    h
}

#[tokio::test]
async fn the_table_covers_every_operation_of_the_spec_once() {
    let ids: Vec<&str> = scopes::operations().iter().map(|o| o.id).collect();
    assert_eq!(ids.len(), 33, "{ids:?}");
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "an operationId repeats: {ids:?}");
    let h = Harness::new().await;
    for id in ids {
        // Panics on an operation the table does not know.
        drop(call(&h.texter, id));
    }
}

#[tokio::test]
async fn each_operation_checks_exactly_the_scopes_the_spec_lists() {
    let mut failures = Vec::new();
    for op in scopes::operations() {
        let id = op.id;

        // Declared with no scopes: refused before sending, naming exactly the spec's scopes.
        if !op.scopes.is_empty() {
            let h = harness(op, ScopeSet::EMPTY).await;
            match call(&h.texter, id).await {
                Ok(()) => failures.push(format!("{id}: sent without any scope")),
                Err(err) => {
                    if !err.is_missing_scope() {
                        failures.push(format!("{id}: without scopes, not a scope error: {err}"));
                    }
                    if err.operation() != Some(id) {
                        failures.push(format!(
                            "{id}: reported as {:?} without scopes",
                            err.operation()
                        ));
                    }
                    if err.missing_scopes() != op.scopes {
                        failures.push(format!(
                            "{id}: missing {} without scopes, the spec lists {}",
                            err.missing_scopes(),
                            op.scopes
                        ));
                    }
                    for scope in op.scopes {
                        if !err.to_string().contains(scope.display_name()) {
                            failures.push(format!("{id}: {scope} not named in: {err}"));
                        }
                    }
                }
            }
            let sent = h.requests().await.len();
            if sent != 0 {
                failures.push(format!("{id}: {sent} requests sent without any scope"));
            }
        }

        // Declared with exactly the spec's scopes: sent once, to the operation's method and path.
        let h = harness(op, op.scopes).await;
        if let Err(err) = call(&h.texter, id).await {
            failures.push(format!(
                "{id}: with exactly its scopes ({}): {err}",
                op.scopes
            ));
        }
        let requests = h.requests().await;
        match requests.as_slice() {
            [request] => {
                if request.method.as_str() != op.method {
                    failures.push(format!(
                        "{id}: sent {}, the spec says {}",
                        request.method, op.method
                    ));
                }
                let bearer = format!("Bearer {TOKEN}");
                if request.headers.get("authorization").map(|v| v.as_bytes())
                    != Some(bearer.as_bytes())
                {
                    failures.push(format!("{id}: sent without the bearer token"));
                }
                // The spec's version, on every request (the ergonomic client builds its
                // requests itself; see parity.rs for the comparison with the low-level one).
                let version = <texterchat::api::Client as texterchat::api::ClientInfo<
                    texterchat::api::ClientContext,
                >>::api_version();
                if request.headers.get("api-version").map(|v| v.as_bytes())
                    != Some(version.as_bytes())
                {
                    failures.push(format!("{id}: sent without `api-version: {version}`"));
                }
                let expected = expected_path(op);
                if request.url.path() != expected {
                    failures.push(format!(
                        "{id}: sent to {}, expected {expected}",
                        request.url.path()
                    ));
                }
            }
            other => failures.push(format!(
                "{id}: {} requests with exactly its scopes, expected 1",
                other.len()
            )),
        }

        // Missing any one scope is enough to be refused.
        for scope in op.scopes {
            let h = harness(op, op.scopes.without(scope)).await;
            match call(&h.texter, id).await {
                Ok(()) => failures.push(format!("{id}: sent without {scope}")),
                Err(err) => {
                    if !err.is_missing_scope() || err.missing_scopes() != ScopeSet::from(scope) {
                        failures.push(format!("{id}: without {scope}: {err}"));
                    }
                }
            }
            let sent = h.requests().await.len();
            if sent != 0 {
                failures.push(format!("{id}: {sent} requests sent without {scope}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
