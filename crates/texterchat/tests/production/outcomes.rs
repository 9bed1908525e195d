//! Retries and bulk resume classify outcomes correctly (issue 9.6): a 429 is a refusal, so a
//! rate-limited send is retried (after `Retry-After`) and a resumed bulk run sends again to
//! everyone whose earlier send was definitely not delivered.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use serde_json::json;
use texterchat::bulk::{BulkOutcome, BulkResult, BulkSend, Earlier, Recipient};
use texterchat::error::Delivery;
use texterchat::messages::OutgoingMessage;
use texterchat::{CallOptions, RetryPolicy};
use wiremock::{Request, Respond, ResponseTemplate};

use crate::common::*;

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(5))
}

#[tokio::test]
async fn a_rate_limited_send_is_retried_after_retry_after() {
    let h = Harness::new().await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&h.server)
        .await;
    h.expect("POST", "/messages/send/c1")
        .respond_with(json(json!({"success": true, "messages": []})))
        .with_priority(2)
        .mount(&h.server)
        .await;
    let texter = h.texter.with_options(CallOptions::new().retry(fast()));
    let started = Instant::now();
    texter
        .messages()
        .send("c1", OutgoingMessage::text("hi"))
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert_eq!(h.requests().await.len(), 2);
}

#[tokio::test]
async fn a_send_refused_with_408_is_retried_but_not_one_answered_503() {
    for (status, expected_requests, delivery) in [
        (408, 4, Delivery::NotDelivered),
        (503, 1, Delivery::Uncertain),
        (500, 1, Delivery::Uncertain),
        (400, 1, Delivery::NotDelivered),
    ] {
        let h = Harness::new().await;
        h.expect("POST", "/messages/send/c1")
            .respond_with(ResponseTemplate::new(status))
            .mount(&h.server)
            .await;
        let err = h
            .texter
            .with_options(CallOptions::new().retry(fast()))
            .messages()
            .send("c1", OutgoingMessage::text("hi"))
            .await
            .unwrap_err();
        assert_eq!(h.requests().await.len(), expected_requests, "HTTP {status}");
        assert_eq!(err.attempts() as usize, expected_requests, "{err}");
        assert_eq!(err.delivery(), delivery, "HTTP {status}: {err}");
        if expected_requests > 1 {
            assert!(err.to_string().contains("after 4 attempts"), "{err}");
        }
    }
}

/// Send Template: numbers in `limited` get 429 on their first request; numbers in `broken` get
/// 500 on their first request; every later request succeeds. Counts requests per `to`.
#[derive(Clone, Default)]
struct Flaky {
    limited: Vec<String>,
    broken: Vec<String>,
    seen: Arc<Mutex<HashMap<String, usize>>>,
}

impl Respond for Flaky {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let to = body["to"].as_str().unwrap_or_default().to_string();
        let n = {
            let mut seen = self.seen.lock().unwrap();
            let n = seen.entry(to.clone()).or_default();
            *n += 1;
            *n
        };
        if n == 1 && self.limited.contains(&to) {
            return ResponseTemplate::new(429).set_body_json(json!({"message": "slow down"}));
        }
        if n == 1 && self.broken.contains(&to) {
            return ResponseTemplate::new(500).set_body_json(json!({"message": "boom"}));
        }
        json(json!({"success": true, "messageId": format!("m-{to}")}))
    }
}

fn thirty() -> Vec<String> {
    (0..30).map(|i| format!("05212340{i:02}")).collect()
}

async fn run(texter: &texterchat::Texter, send: BulkSend) -> (Vec<BulkOutcome>, String) {
    let outcomes: Vec<BulkOutcome> = texter.templates().send_bulk(send).unwrap().collect().await;
    let lines = outcomes.iter().map(|o| o.to_json_line() + "\n").collect();
    (outcomes, lines)
}

#[tokio::test]
async fn a_resumed_bulk_run_sends_again_to_everyone_refused_and_no_one_uncertain() {
    let phones = thirty();
    let flaky = Flaky {
        limited: phones[..5].to_vec(),
        broken: phones[5..7].to_vec(),
        ..Flaky::default()
    };
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(flaky.clone())
        .mount(&h.server)
        .await;
    // Run 1, without retries: 5 refused with 429, 2 answered 500.
    let recipients = || phones.iter().map(|p| Recipient::new(p.clone()));
    let (first, lines) = run(
        &h.texter,
        BulkSend::new("order_ready").recipients(recipients()),
    )
    .await;
    let failed = |o: &&BulkOutcome, d: Delivery| matches!(&o.result, BulkResult::Failed { delivery, .. } if *delivery == d);
    assert_eq!(
        first
            .iter()
            .filter(|o| failed(o, Delivery::NotDelivered))
            .count(),
        5
    );
    assert_eq!(
        first
            .iter()
            .filter(|o| failed(o, Delivery::Uncertain))
            .count(),
        2
    );

    // Run 2 resumes: the 5 refused are sent, the 2 uncertain are not, the 23 sent are not.
    let previous = BulkOutcome::read_json_lines(&lines).unwrap();
    let (second, lines2) = run(
        &h.texter,
        BulkSend::new("order_ready")
            .recipients(recipients())
            .resume_from(previous.clone()),
    )
    .await;
    let sent = second
        .iter()
        .filter(|o| matches!(o.result, BulkResult::Sent { .. }))
        .count();
    assert_eq!(
        sent, 5,
        "every recipient refused in run 1 is reached in run 2"
    );
    let earlier = |e: Earlier| {
        second
            .iter()
            .filter(|o| o.result == BulkResult::AlreadyAttempted { earlier: e })
            .count()
    };
    assert_eq!(
        (earlier(Earlier::Sent), earlier(Earlier::Uncertain)),
        (23, 2)
    );
    {
        let seen = flaky.seen.lock().unwrap();
        assert!(phones[..5].iter().all(|p| seen[p] == 2), "{seen:?}");
        assert!(phones[5..].iter().all(|p| seen[p] == 1), "{seen:?}");
    }

    // Run 3 opts in to uncertain ones, resuming from both runs: only the 2 are sent.
    let mut all = previous;
    all.extend(BulkOutcome::read_json_lines(&lines2).unwrap());
    let (third, _) = run(
        &h.texter,
        BulkSend::new("order_ready")
            .recipients(recipients())
            .resume_from(all)
            .resend_uncertain(true),
    )
    .await;
    let sent: Vec<&str> = third
        .iter()
        .filter(|o| matches!(o.result, BulkResult::Sent { .. }))
        .map(|o| o.to.as_str())
        .collect();
    assert_eq!(sent.len(), 2);
    assert!(
        sent.iter().all(|p| phones[5..7].contains(&p.to_string())),
        "{sent:?}"
    );
    let seen = flaky.seen.lock().unwrap();
    assert_eq!(seen.values().sum::<usize>(), 30 + 5 + 2, "{seen:?}");
}

#[tokio::test]
async fn a_caller_key_lets_one_person_get_two_orders() {
    let flaky = Flaky::default();
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(flaky.clone())
        .mount(&h.server)
        .await;
    let (outcomes, lines) = run(
        &h.texter,
        BulkSend::new("order_ready").recipients([
            Recipient::new("0521234567")
                .key("order-15033")
                .body(["15033"]),
            Recipient::new("+972 52-123-4567")
                .key("order-15034")
                .body(["15034"]),
            Recipient::new("972521234567")
                .key("order-15033")
                .body(["15033"]),
            Recipient::new("0541111111"),
            Recipient::new("+972541111111"),
        ]),
    )
    .await;
    let by_index: HashMap<usize, &BulkOutcome> = outcomes.iter().map(|o| (o.index, o)).collect();
    assert!(matches!(by_index[&0].result, BulkResult::Sent { .. }));
    assert!(
        matches!(by_index[&1].result, BulkResult::Sent { .. }),
        "another order: sent"
    );
    assert_eq!(
        by_index[&2].result,
        BulkResult::Duplicate { first_index: 0 }
    );
    assert_eq!(
        by_index[&4].result,
        BulkResult::Duplicate { first_index: 3 },
        "no key: by phone"
    );
    assert_eq!(by_index[&1].key.as_deref(), Some("order-15034"));
    assert_eq!(by_index[&3].key, None, "no caller key");
    assert_eq!(by_index[&3].phone.as_deref(), Some("972541111111"));
    assert_eq!(flaky.seen.lock().unwrap().values().sum::<usize>(), 3);

    // Resuming by key: a new order for the same person is sent; the old ones are not.
    let (resumed, _) = run(
        &h.texter,
        BulkSend::new("order_ready")
            .recipients([
                Recipient::new("0521234567").key("order-15033"),
                Recipient::new("0521234567").key("order-15035"),
            ])
            .resume_from(BulkOutcome::read_json_lines(&lines).unwrap()),
    )
    .await;
    assert_eq!(
        resumed[0].result,
        BulkResult::AlreadyAttempted {
            earlier: Earlier::Sent
        }
    );
    assert!(matches!(resumed[1].result, BulkResult::Sent { .. }));
}

#[tokio::test]
async fn a_caller_key_never_collides_with_a_phone_and_old_lines_still_resume() {
    let flaky = Flaky::default();
    let h = Harness::new().await;
    h.expect("POST", "/whatsapp/templates/send")
        .respond_with(flaky.clone())
        .mount(&h.server)
        .await;
    // A caller key spelled like another recipient's phone is still a different recipient.
    let (outcomes, _) = run(
        &h.texter,
        BulkSend::new("order_ready").recipients([
            Recipient::new("0541111111"),
            Recipient::new("0521234567").key("972541111111"),
        ]),
    )
    .await;
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o.result, BulkResult::Sent { .. })),
        "{outcomes:?}"
    );

    // Lines of the earlier format: `may_have_reached_server`, and `already_attempted` alone.
    let old = [
        r#"{"index":0,"to":"0521230001","phone":"972521230001","outcome":"failed","error":"x","status":429,"may_have_reached_server":true}"#,
        r#"{"index":1,"to":"0521230002","phone":"972521230002","outcome":"failed","error":"x","status":null,"may_have_reached_server":false}"#,
        r#"{"index":2,"to":"0521230003","phone":"972521230003","outcome":"failed","error":"x","status":503,"may_have_reached_server":true}"#,
        r#"{"index":3,"to":"0521230004","phone":"972521230004","outcome":"already_attempted"}"#,
    ]
    .join("\n");
    let previous = BulkOutcome::read_json_lines(&old).unwrap();
    let deliveries: Vec<Option<Delivery>> = previous
        .iter()
        .map(|o| match &o.result {
            BulkResult::Failed { delivery, .. } => Some(*delivery),
            _ => None,
        })
        .collect();
    assert_eq!(
        deliveries,
        [
            Some(Delivery::NotDelivered),
            Some(Delivery::NotDelivered),
            Some(Delivery::Uncertain),
            None
        ]
    );
    assert_eq!(
        previous[3].result,
        BulkResult::AlreadyAttempted {
            earlier: Earlier::Uncertain
        }
    );
    let (resumed, _) = run(
        &h.texter,
        BulkSend::new("order_ready")
            .recipients((1..=4).map(|i| Recipient::new(format!("052123000{i}"))))
            .resume_from(previous.clone()),
    )
    .await;
    let sent: Vec<&str> = resumed
        .iter()
        .filter(|o| matches!(o.result, BulkResult::Sent { .. }))
        .map(|o| o.to.as_str())
        .collect();
    assert_eq!(sent.len(), 2);
    assert!(
        sent.contains(&"0521230001") && sent.contains(&"0521230002"),
        "{sent:?}"
    );

    // Keys added between runs: a person reached by phone earlier is not sent to again.
    let (switched, _) = run(
        &h.texter,
        BulkSend::new("order_ready")
            .recipients([Recipient::new("0521230003").key("order-1")])
            .resume_from(previous),
    )
    .await;
    assert_eq!(
        switched[0].result,
        BulkResult::AlreadyAttempted {
            earlier: Earlier::Uncertain
        }
    );
}
