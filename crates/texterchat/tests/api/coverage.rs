//! Every operation of the spec has exactly one wrapper, and each wrapper checks exactly the
//! scopes the spec lists for it: proven over HTTP, and by a scan of the crate's source.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use texterchat::chats::{Agent, Assignment, ChatSearch, ChatUpdate};
use texterchat::enums::{ChatStatus, OutgoingMediaType, TemplateCategory, TemplateUsage};
use texterchat::labels::{LabelChange, LabelUpdate, NewLabel};
use texterchat::messages::{Media, MessageQuery, OutgoingMessage};
use texterchat::quick_replies::{NewQuickReply, QuickReplyQuery};
use texterchat::scopes::{self, ScopeSet};
use texterchat::templates::{
    Localization, NewTemplate, TemplateMessage, TemplateQuery, TemplateUpdate,
};
use texterchat::time::EpochMillis;
use texterchat::{Page, Texter, types};
use wiremock::ResponseTemplate;

use crate::common::*;

type Call =
    for<'a> fn(&'a Texter) -> Pin<Box<dyn Future<Output = texterchat::Result<()>> + Send + 'a>>;

macro_rules! call {
    ($t:ident => $e:expr) => {{
        fn f<'a>(
            $t: &'a Texter,
        ) -> Pin<Box<dyn Future<Output = texterchat::Result<()>> + Send + 'a>> {
            Box::pin(async move { $e.await.map(|_| ()) })
        }
        f as Call
    }};
}

/// One call per wrapper, with valid input, keyed by the operationId it should report.
fn wrappers() -> Vec<(&'static str, Call)> {
    const CHAT: &str = "67bf11038b24880cc966f799";
    vec![
        (
            "searchChats",
            call!(t => t.chats().search(&ChatSearch::phone("0521234567"))),
        ),
        (
            "assignChat",
            call!(t => t.chats().assign(&Assignment::phone("0521234567").agent(Agent::Email("a@b.c".into())))),
        ),
        ("getChat", call!(t => t.chats().get(CHAT))),
        (
            "updateChat",
            call!(t => t.chats().update(CHAT, &ChatUpdate::new().external_bot(false))),
        ),
        ("resolveChat", call!(t => t.chats().resolve(CHAT, false))),
        (
            "updateChatCrmData",
            call!(t => t.chats().update_crm_data(CHAT, Default::default())),
        ),
        (
            "updateChatLabels",
            call!(t => t.labels().change_in_chat(CHAT, &LabelChange::clear())),
        ),
        (
            "getChatMessages",
            call!(t => t.messages().list(CHAT, &MessageQuery::before(EpochMillis(1), "0"))),
        ),
        (
            "sendMessage",
            call!(t => t.messages().send(CHAT, &OutgoingMessage::media([Media::file(OutgoingMediaType::Image, "f1")]))),
        ),
        ("shareFile", call!(t => t.files().share("f1", None))),
        ("listLabels", call!(t => t.labels().list(Page::first()))),
        ("getLabel", call!(t => t.labels().get("vip"))),
        (
            "createLabel",
            call!(t => t.labels().create(&NewLabel::new("vip", "VIP"))),
        ),
        (
            "updateLabel",
            call!(t => t.labels().update("vip", &LabelUpdate::new().name("V.I.P."))),
        ),
        ("deleteLabel", call!(t => t.labels().delete("vip"))),
        (
            "sendTemplate",
            call!(t => t.templates().send(&TemplateMessage::new("inbox_marketing_98", "972521234567"))),
        ),
        (
            "listTemplates",
            call!(t => t.templates().list(&TemplateQuery::new())),
        ),
        (
            "createTemplate",
            call!(t => t.templates().create("972586640430", &NewTemplate::new("T", TemplateCategory::Marketing, ChatStatus::Pending, TemplateUsage::Inbox))),
        ),
        (
            "upsertTemplateLocalization",
            call!(t => t.templates().upsert_localization("972586640430", "inbox_marketing_95", &Localization::new("en", [types::TemplateComponent { text: Some("Hi".into()), ..Default::default() }]))),
        ),
        (
            "submitTemplateLocalization",
            call!(t => t.templates().submit("972586640430", "inbox_marketing_95", "en")),
        ),
        (
            "updateTemplate",
            call!(t => t.templates().update("972586640430", "inbox_marketing_95", &TemplateUpdate::new().title("T2"))),
        ),
        (
            "deleteTemplate",
            call!(t => t.templates().delete("972586640430", "inbox_marketing_95")),
        ),
        (
            "unsubscribeFromTemplates",
            call!(t => t.template_subscriptions().unsubscribe("0521234567", None)),
        ),
        (
            "resubscribeToTemplates",
            call!(t => t.template_subscriptions().resubscribe("0521234567", None)),
        ),
        (
            "listUnsubscribed",
            call!(t => t.template_subscriptions().list_unsubscribed(Page::first())),
        ),
        (
            "listUnsubscribedForAccount",
            call!(t => t.template_subscriptions().list_unsubscribed_for_account("972586640430", Page::first())),
        ),
        (
            "listQuickReplies",
            call!(t => t.quick_replies().list(&QuickReplyQuery::new())),
        ),
        (
            "createQuickReply",
            call!(t => t.quick_replies().create(&NewQuickReply::text("Hi").channel(texterchat::enums::ChannelName::Whatsapp, "972586640430"))),
        ),
        (
            "updateQuickReply",
            call!(t => t.quick_replies().update("6970a1b2c3d4e5f601234567", &[types::QuickReplyUpdate::UpdateDisplayTitle(Some("x".into()))])),
        ),
        (
            "deleteQuickReply",
            call!(t => t.quick_replies().delete("6970a1b2c3d4e5f601234567")),
        ),
        (
            "importSubscription",
            call!(t => t.subscriptions().import(&types::ImportSubscriptionRequest { data: Default::default(), as_status: None, author_uid: None })),
        ),
        (
            "listSubscriptions",
            call!(t => t.subscriptions().list(false)),
        ),
        (
            "copyScenario",
            call!(t => t.subscriptions().copy("6970b3c1d2e3f40123456789", 1, "(SUB) copy")),
        ),
    ]
}

#[test]
fn the_table_names_every_operation_of_the_spec_once() {
    let table: Vec<&str> = wrappers().iter().map(|(id, _)| *id).collect();
    let spec: Vec<&str> = scopes::operations().iter().map(|o| o.id).collect();
    let mut sorted_table = table.clone();
    sorted_table.sort_unstable();
    sorted_table.dedup();
    assert_eq!(
        sorted_table.len(),
        table.len(),
        "an operation is listed twice"
    );
    let mut sorted_spec = spec.clone();
    sorted_spec.sort_unstable();
    assert_eq!(sorted_table, sorted_spec);
}

#[tokio::test]
async fn each_wrapper_checks_exactly_the_scopes_the_spec_lists() {
    for (id, call) in wrappers() {
        let op = scopes::Operation::by_id(id).expect("an operation of the spec");

        // Declared with no scopes: refused before sending, naming exactly the spec's scopes.
        let h = Harness::with_scopes(ScopeSet::EMPTY).await;
        h.server
            .register(
                wiremock::Mock::given(wiremock::matchers::any())
                    .respond_with(ResponseTemplate::new(500)),
            )
            .await;
        let result = call(&h.texter).await;
        if op.scopes.is_empty() {
            let err = result.expect_err("the mock answers 500");
            assert!(!err.is_missing_scope(), "{id}: {err}");
            assert_eq!(
                h.requests().await.len(),
                1,
                "{id} needs no scope and is sent"
            );
        } else {
            let err = result.expect_err("missing scopes");
            assert!(err.is_missing_scope(), "{id}: {err}");
            assert_eq!(err.operation(), Some(id), "{id} reports its operation");
            assert_eq!(
                err.missing_scopes(),
                op.scopes,
                "{id} checks exactly the spec's scopes"
            );
            for scope in op.scopes {
                assert!(
                    err.to_string().contains(scope.display_name()),
                    "{id}: {err}"
                );
            }
            assert!(
                h.requests().await.is_empty(),
                "{id} sent a request without its scopes"
            );
        }

        // Declared with exactly the spec's scopes: sent, and reported as this operation.
        let h = Harness::with_scopes(op.scopes).await;
        h.server
            .register(
                wiremock::Mock::given(wiremock::matchers::any())
                    .respond_with(ResponseTemplate::new(500)),
            )
            .await;
        let err = call(&h.texter).await.expect_err("the mock answers 500");
        assert_eq!(err.status(), Some(500), "{id}: {err}");
        assert_eq!(
            err.operation(),
            Some(id),
            "{id} calls the operation it claims"
        );
        let requests = h.requests().await;
        assert_eq!(requests.len(), 1, "{id}");
        assert_eq!(requests[0].method.as_str(), op.method, "{id}");

        // Missing any one scope is enough to be refused.
        for scope in op.scopes {
            let h = Harness::with_scopes(op.scopes.without(scope)).await;
            let err = call(&h.texter).await.expect_err("one scope missing");
            assert_eq!(
                err.missing_scopes(),
                ScopeSet::from(scope),
                "{id} without {scope}"
            );
            assert!(h.requests().await.is_empty());
        }
    }
}

/// Each generated operation constant is used by exactly one wrapper in the crate's source.
#[test]
fn each_operation_constant_is_used_once_in_the_source() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut text = String::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                // Code only: doc examples and comments may name operations freely.
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if !line.trim_start().starts_with("//") {
                        text.push_str(line);
                        text.push('\n');
                    }
                }
            }
        }
    }
    let mut counts = BTreeMap::new();
    for op in scopes::operations() {
        let konst = heck_shouty(op.id);
        let uses = ["op::", "operations::"]
            .iter()
            .map(|prefix| {
                let needle = format!("{prefix}{konst}");
                text.match_indices(&needle)
                    .filter(|(i, _)| {
                        let next = text[i + needle.len()..].chars().next();
                        !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    })
                    .count()
            })
            .sum::<usize>();
        counts.insert(op.id, uses);
    }
    let wrong: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
    assert!(
        wrong.is_empty(),
        "operations not used exactly once: {wrong:?}"
    );
}

/// `searchChats` → `SEARCH_CHATS`.
fn heck_shouty(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}
