use serde_json::json;
use texterchat::Scope;

use crate::common::*;
use crate::templates::assert_invalid;

const ACCOUNT: &str = "972509876543";
const PHONE: &str = "0521234567";

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn unsubscribe_posts_the_documented_body_and_accepts_success() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/unsubscribe")
        .respond_with(json(fixture("responses/unsubscribeFromTemplates.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let () = h
        .texter
        .template_subscriptions()
        .unsubscribe(PHONE)
        .send()
        .await
        .expect("unsubscribe");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    assert_eq!(
        body_json(&req),
        fixture("requests/unsubscribeFromTemplates.json")
    );
}

#[tokio::test]
async fn unsubscribe_from_one_account_sends_its_id() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/unsubscribe")
        .respond_with(json(fixture("responses/unsubscribeFromTemplates.json")))
        .expect(1)
        .mount(&h.server)
        .await;
    h.texter
        .template_subscriptions()
        .unsubscribe(PHONE)
        .account_id(ACCOUNT)
        .send()
        .await
        .expect("unsubscribe");
    assert_eq!(
        body_json(&h.only_request().await),
        json!({"phone": PHONE, "accountId": ACCOUNT})
    );
}

#[tokio::test]
async fn resubscribe_posts_the_same_body_to_subscribe() {
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/subscribe")
        .respond_with(json(fixture("responses/resubscribeToTemplates.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let () = h
        .texter
        .template_subscriptions()
        .resubscribe(PHONE)
        .send()
        .await
        .expect("resubscribe");

    let req = h.only_request().await;
    assert_eq!(req.url.query(), None);
    // The documented body of Unsubscribe; Resubscribe takes the same one.
    assert_eq!(
        body_json(&req),
        fixture("requests/unsubscribeFromTemplates.json")
    );
}

#[tokio::test]
async fn success_false_is_an_error() {
    let h = Harness::new().await;
    for p in [
        "/whatsapp/templates/unsubscribe",
        "/whatsapp/templates/subscribe",
    ] {
        h.expect("POST", p)
            .respond_with(json(json!({"success": false})))
            .expect(1)
            .mount(&h.server)
            .await;
    }
    let subscriptions = h.texter.template_subscriptions();
    for (operation, result) in [
        (
            "unsubscribeFromTemplates",
            subscriptions.unsubscribe(PHONE).send().await,
        ),
        (
            "resubscribeToTemplates",
            subscriptions.resubscribe(PHONE).send().await,
        ),
    ] {
        let err = result.expect_err(operation);
        assert_eq!(err.operation(), Some(operation));
        assert!(err.to_string().contains("success: false"), "{err}");
    }
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn phone_and_account_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let subscriptions = h.texter.template_subscriptions();
    let thirty_one = "1".repeat(31);
    let cases = [
        ("1234", None, "phone", "must be at least 5 characters"),
        (
            thirty_one.as_str(),
            None,
            "phone",
            "must be at most 30 characters",
        ),
        ("", None, "phone", "must be at least 5 characters"),
        (PHONE, Some(""), "accountId", "must be at least 1 character"),
    ];
    for (phone, account, field, rule) in cases {
        let unsubscribe = subscriptions.unsubscribe(phone);
        let unsubscribe = match account {
            Some(a) => unsubscribe.account_id(a),
            None => unsubscribe,
        };
        assert_invalid(unsubscribe.send().await, field, rule);
        let resubscribe = subscriptions.resubscribe(phone);
        let resubscribe = match account {
            Some(a) => resubscribe.account_id(a),
            None => resubscribe,
        };
        assert_invalid(resubscribe.send().await, field, rule);
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn list_unsubscribed_sends_the_page_and_decodes_the_documented_example() {
    let h = Harness::new().await;
    h.expect("GET", "/whatsapp/templates/unsubscribed")
        .respond_with(json(fixture("responses/listUnsubscribed.json")))
        .expect(1)
        .mount(&h.server)
        .await;

    let users = h
        .texter
        .template_subscriptions()
        .list_unsubscribed()
        .limit(100)
        .skip(200)
        .send()
        .await
        .expect("list");

    let req = h.only_request().await;
    assert_eq!(
        query_pairs(&req),
        pairs(&[("limit", "100"), ("skip", "200")])
    );
    assert_eq!(raw_query(&req), "limit=100&skip=200");
    assert_eq!(users.len(), 3);
    assert_eq!(users[0].phone, "+972549431678");
    assert_eq!(users[0].title.as_deref(), Some("Eli Cohen"));
    assert_eq!(users[1].phone, "+972534226703");
    assert_eq!(users[1].title, None);
    assert_eq!(users[2].title.as_deref(), Some("Texter Support"));
}

#[tokio::test]
async fn list_unsubscribed_first_page_sends_no_query_string() {
    let h = Harness::new().await;
    h.expect("GET", "/whatsapp/templates/unsubscribed")
        .respond_with(json(json!([])))
        .expect(1)
        .mount(&h.server)
        .await;
    let users = h
        .texter
        .template_subscriptions()
        .list_unsubscribed()
        .send()
        .await
        .expect("list");
    assert!(users.is_empty());
    assert_eq!(h.only_request().await.url.query(), None);
}

#[tokio::test]
async fn list_unsubscribed_for_account_sends_the_account_and_page() {
    let h = Harness::new().await;
    h.expect(
        "GET",
        &format!("/whatsapp/templates/unsubscribed/{ACCOUNT}"),
    )
    .respond_with(json(fixture("responses/listUnsubscribed.json")))
    .expect(1)
    .mount(&h.server)
    .await;

    let users = h
        .texter
        .template_subscriptions()
        .list_unsubscribed_for_account(ACCOUNT)
        .limit(9999)
        .skip(99_999)
        .send()
        .await
        .expect("list");

    let req = h.only_request().await;
    assert_eq!(
        query_pairs(&req),
        pairs(&[("limit", "9999"), ("skip", "99999")])
    );
    assert_eq!(raw_query(&req), "limit=9999&skip=99999");
    assert_eq!(users.len(), 3);
    assert_eq!(users[2].phone, "+972555026806");
}

#[tokio::test]
async fn page_rules_are_checked_before_sending() {
    let h = Harness::new().await;
    let subscriptions = h.texter.template_subscriptions();
    let cases = [
        ("limit", 0, "must be between 1 and 9999"),
        ("limit", 10_000, "must be between 1 and 9999"),
        ("skip", 100_000, "must be between 0 and 99999"),
    ];
    for (field, value, rule) in cases {
        let (all, one) = (
            subscriptions.list_unsubscribed(),
            subscriptions.list_unsubscribed_for_account(ACCOUNT),
        );
        let (all, one) = match field {
            "limit" => (all.limit(value), one.limit(value)),
            _ => (all.skip(value), one.skip(value)),
        };
        assert_invalid(all.send().await, field, rule);
        assert_invalid(one.send().await, field, rule);
    }
    assert_invalid(
        subscriptions.list_unsubscribed_for_account("").send().await,
        "accountId",
        "must be one path segment",
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn changing_subscriptions_without_manage_all_chats_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::ManageAllChats])).await;
    let subscriptions = h.texter.template_subscriptions();
    for (operation, result) in [
        (
            "unsubscribeFromTemplates",
            subscriptions.unsubscribe(PHONE).send().await,
        ),
        (
            "resubscribeToTemplates",
            subscriptions.resubscribe(PHONE).send().await,
        ),
    ] {
        let err = result.expect_err(operation);
        assert!(err.is_missing_scope(), "{operation}: {err}");
        assert_eq!(err.operation(), Some(operation));
        assert_eq!(err.missing_scopes().to_string(), "Manage all chats");
        assert!(err.to_string().contains("Manage all chats"), "{err}");
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn listing_unsubscribed_without_list_all_chats_is_refused_before_sending() {
    let h = Harness::with_scopes(all_scopes_except(&[Scope::ListAllChats])).await;
    let subscriptions = h.texter.template_subscriptions();
    for (operation, result) in [
        (
            "listUnsubscribed",
            subscriptions.list_unsubscribed().send().await,
        ),
        (
            "listUnsubscribedForAccount",
            subscriptions
                .list_unsubscribed_for_account(ACCOUNT)
                .send()
                .await,
        ),
    ] {
        let err = result.expect_err(operation);
        assert!(err.is_missing_scope(), "{operation}: {err}");
        assert_eq!(err.operation(), Some(operation));
        assert_eq!(err.missing_scopes().to_string(), "List all chats");
    }
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}
