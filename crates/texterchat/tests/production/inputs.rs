//! Inputs the docs promise to refuse are refused (issue 9.7), and `find_by_phone` finds only
//! the contact with that number.

use serde_json::{Value, json};
use wiremock::matchers::query_param;

use crate::common::*;

const BAD_PHONES: [&str; 6] = [
    "+",
    "abc",
    "12",
    "0521234567890123456789",
    "052-CALL-NOW",
    " ",
];

#[tokio::test]
async fn every_phone_the_api_takes_follows_the_spec_rule() {
    let h = Harness::new().await;
    let forty = "1".repeat(40);
    for phone in BAD_PHONES.iter().copied().chain([forty.as_str()]) {
        let errors = [
            (
                "to",
                h.texter
                    .templates()
                    .send("order_ready", phone)
                    .await
                    .unwrap_err(),
            ),
            (
                "phone",
                h.texter
                    .chats()
                    .assign()
                    .phone(phone)
                    .agent_email("a@example.com")
                    .await
                    .unwrap_err(),
            ),
            (
                "phone",
                h.texter
                    .template_subscriptions()
                    .unsubscribe(phone)
                    .await
                    .unwrap_err(),
            ),
            (
                "phone",
                h.texter.chats().find_by_phone(phone).await.unwrap_err(),
            ),
        ];
        for (field, err) in errors {
            assert!(err.is_validation(), "{phone:?}: {err}");
            assert!(
                err.to_string().contains(&format!("`{field}`")),
                "{phone:?}: {err}"
            );
        }
    }
    assert!(h.requests().await.is_empty(), "nothing was sent");
}

#[tokio::test]
async fn the_documented_phone_formats_are_accepted() {
    let h = Harness::new().await;
    h.expect("POST", "/chats/assign")
        .respond_with(plain_ok())
        .mount(&h.server)
        .await;
    for phone in [
        "0521234567",
        "972521234567",
        "+972 52-123-4567",
        "(052) 123.4567",
        "00972521234567",
    ] {
        h.texter
            .chats()
            .assign()
            .phone(phone)
            .agent_email("a@example.com")
            .await
            .unwrap_or_else(|e| panic!("{phone}: {e}"));
    }
    let sent: Vec<Value> = h
        .requests()
        .await
        .iter()
        .map(|r| body_json(r)["phone"].clone())
        .collect();
    assert_eq!(sent[2], json!("+972 52-123-4567"), "sent as given");
}

fn chat(id: &str, title: &str, e164: &str) -> Value {
    json!({"_id": id, "title": title, "clientPhoneE164": e164, "clientPhone": e164,
           "channelInfo": {"name": "whatsapp", "id": e164.trim_start_matches('+'), "accountId": "972509876543"}})
}

#[tokio::test]
async fn find_by_phone_returns_only_the_contact_with_that_number() {
    let h = Harness::new().await;
    // Texter matches names and parts of numbers too: the first page holds other people.
    let mut first: Vec<Value> = (0..20)
        .map(|i| {
            chat(
                &format!("other{i}"),
                "0521234567 fan club",
                &format!("+9725499900{i:02}"),
            )
        })
        .collect();
    first[3] = chat("near", "Near miss", "+9725212345670");
    h.expect("GET", "/chats/search")
        .and(query_param("skip", "0"))
        .respond_with(json(json!({"data": first, "total": 22})))
        .mount(&h.server)
        .await;
    h.expect("GET", "/chats/search")
        .and(query_param("skip", "20"))
        .respond_with(json(json!({"data": [chat("other20", "x", "+972549990020"), chat("dana", "Dana", "+972521234567")], "total": 22})))
        .mount(&h.server)
        .await;
    let found = h
        .texter
        .chats()
        .find_by_phone("+972 52-123-4567")
        .await
        .unwrap();
    assert_eq!(found.and_then(|c| c.id).as_deref(), Some("dana"));
    let requests = h.requests().await;
    assert_eq!(requests.len(), 2, "walked to the second page");
    // Searched by the national number, which every stored form of it contains.
    assert!(
        raw_query(&requests[0]).contains("search=521234567&"),
        "{}",
        raw_query(&requests[0])
    );
}

#[tokio::test]
async fn find_by_phone_of_a_substring_finds_nobody_else() {
    let h = Harness::new().await;
    h.expect("GET", "/chats/search")
        .respond_with(json(
            json!({"data": [chat("eli", "Eli", "+972541234567")], "total": 1}),
        ))
        .mount(&h.server)
        .await;
    // "1234567" is part of Eli's number, but as a number it is not Eli's.
    let found = h.texter.chats().find_by_phone("0521234567").await.unwrap();
    assert_eq!(found, None);
    let err = h.texter.chats().find_by_phone("12").await.unwrap_err();
    assert!(err.is_validation(), "{err}");
}

/// A reply button needs a title (the spec's `required: [title]` and `minLength: 1` on
/// `OutgoingButton`, moved there from prose): an empty one is refused before sending, naming
/// the button by its place in the body.
#[tokio::test]
async fn a_reply_button_without_a_title_is_refused_before_sending() {
    let h = Harness::new().await;
    let err = h
        .texter
        .messages()
        .send(
            "c1",
            texterchat::messages::OutgoingMessage::buttons(
                "Pick one",
                [("Yes", "yes"), ("", "no")],
            ),
        )
        .await
        .expect_err("an untitled button");
    let text = err.to_string();
    assert!(err.is_validation(), "{text}");
    assert!(
        text.contains("`buttons[1].title`") && text.contains("must be at least 1 character"),
        "{text}"
    );
    assert!(h.requests().await.is_empty(), "nothing may be sent");
}
