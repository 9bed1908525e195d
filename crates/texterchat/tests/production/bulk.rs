use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use serde_json::{Value, json};
use texterchat::bulk::{BulkOutcome, BulkResult, BulkSend, PhoneNormalizer, Recipient};
use texterchat::error::Delivery;
use texterchat::{CallOptions, ScopeSet, Texter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::common::TOKEN;

/// A Send Template endpoint that records every `to` it receives and the most requests it saw
/// in flight at once. Numbers ending in 13 get HTTP 500; numbers ending in 99 are unsubscribed.
#[derive(Clone, Default)]
struct TemplateServer {
    seen: Arc<Mutex<Vec<String>>>,
    in_flight: Arc<Mutex<(usize, usize)>>,
}

impl TemplateServer {
    async fn start(&self) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/server/api/v2", listener.local_addr().unwrap());
        let this = self.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(this.clone().serve(socket));
            }
        });
        url
    }

    async fn serve(self, mut socket: TcpStream) {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            // Read one request: headers, then Content-Length bytes of body.
            let (head_end, length) = loop {
                if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                    let length = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    break (end + 4, length);
                }
                match socket.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            };
            while buf.len() < head_end + length {
                match socket.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body: Value =
                serde_json::from_slice(&buf[head_end..head_end + length]).unwrap_or_default();
            buf.drain(..head_end + length);
            let to = body["to"].as_str().unwrap_or_default().to_string();
            {
                let mut f = self.in_flight.lock().unwrap();
                f.0 += 1;
                f.1 = f.1.max(f.0);
            }
            self.seen.lock().unwrap().push(to.clone());
            tokio::time::sleep(Duration::from_millis(15)).await;
            self.in_flight.lock().unwrap().0 -= 1;
            let (status, reply) = if to.ends_with("13") {
                ("500 Internal Server Error", json!({"message": "boom"}))
            } else if to.ends_with("99") {
                (
                    "200 OK",
                    json!({"success": false, "error": "Recipient unsubscribed from template messages"}),
                )
            } else {
                (
                    "200 OK",
                    json!({"success": true, "text": "hi", "sentAsSessionMessage": false, "messageId": format!("m-{to}")}),
                )
            };
            let reply = reply.to_string();
            let response = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{reply}",
                reply.len()
            );
            if socket.write_all(response.as_bytes()).await.is_err() {
                return;
            }
        }
    }

    /// How many requests each normalised phone number got.
    fn requests_per_phone(&self) -> HashMap<String, usize> {
        let n = PhoneNormalizer::default();
        let mut counts = HashMap::new();
        for to in self.seen.lock().unwrap().iter() {
            *counts.entry(n.normalize(to).unwrap()).or_default() += 1;
        }
        counts
    }
}

fn client(url: &str) -> Texter {
    Texter::builder()
        .base_url(url)
        .token(TOKEN)
        .scopes(ScopeSet::all())
        .call_options(
            CallOptions::new().retry(
                texterchat::RetryPolicy::default().initial_backoff(Duration::from_millis(1)),
            ),
        )
        .build()
        .unwrap()
}

/// 40 distinct numbers in mixed formats, with repeats in other formats and 2 invalid numbers.
fn recipients() -> Vec<Recipient> {
    let mut list = Vec::new();
    for i in 0..40u32 {
        let local = format!("05212340{i:02}");
        list.push(Recipient::new(local).body([format!("name {i}")]));
    }
    list.push(Recipient::new("+972 52-123-4000")); // repeats index 0
    list.push(Recipient::new("972521234017")); // repeats index 17
    list.push(Recipient::new("12345")); // invalid
    list.push(Recipient::new("05-CALL-ME")); // invalid
    list.push(Recipient::new("+972 52 123 4099")); // unsubscribed
    list
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrency_is_bounded_and_each_recipient_requested_once() {
    let server = TemplateServer::default();
    let url = server.start().await;
    let outcomes: Vec<BulkOutcome> = client(&url)
        .templates()
        .send_bulk(
            BulkSend::new("order_ready")
                .language("he")
                .recipients(recipients())
                .concurrency(5),
        )
        .unwrap()
        .collect()
        .await;

    assert_eq!(outcomes.len(), 45, "one outcome per input line");
    let peak = server.in_flight.lock().unwrap().1;
    assert!(peak <= 5, "peak {peak}");
    assert!(peak >= 2, "concurrency was exercised");
    let per_phone = server.requests_per_phone();
    assert_eq!(
        per_phone.len(),
        41,
        "40 distinct numbers + the unsubscribed one"
    );
    assert!(per_phone.values().all(|n| *n == 1), "{per_phone:?}");

    let by_index: HashMap<usize, &BulkOutcome> = outcomes.iter().map(|o| (o.index, o)).collect();
    assert_eq!(
        by_index[&40].result,
        BulkResult::Duplicate { first_index: 0 }
    );
    assert_eq!(
        by_index[&41].result,
        BulkResult::Duplicate { first_index: 17 }
    );
    for invalid in [42, 43] {
        let BulkResult::Failed {
            delivery, error, ..
        } = &by_index[&invalid].result
        else {
            panic!("{:?}", by_index[&invalid])
        };
        assert!(
            *delivery == Delivery::NotDelivered && error.contains("`to`"),
            "{error}"
        );
    }
    assert!(matches!(
        by_index[&44].result,
        BulkResult::Unsubscribed { .. }
    ));
    let BulkResult::Failed {
        status, delivery, ..
    } = &by_index[&13].result
    else {
        panic!("{:?}", by_index[&13])
    };
    assert_eq!((*status, *delivery), (Some(500), Delivery::Uncertain));
    assert_eq!(
        by_index[&5].result,
        BulkResult::Sent {
            message_id: Some("m-0521234005".into()),
            sent_as_session_message: false
        }
    );
    // The number was sent as given, not rewritten.
    assert!(
        server
            .seen
            .lock()
            .unwrap()
            .contains(&"0521234005".to_string())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_stopped_run_resumed_from_its_lines_requests_each_recipient_once() {
    let server = TemplateServer::default();
    let url = server.start().await;
    let texter = client(&url);

    // Run 1: stop after 12 outcomes; the sends in flight finish and are reported.
    let mut run = texter
        .templates()
        .send_bulk(
            BulkSend::new("order_ready")
                .recipients(recipients())
                .concurrency(4),
        )
        .unwrap();
    let stop = run.stop_handle();
    let mut lines = String::new();
    let mut count = 0;
    while let Some(outcome) = run.next().await {
        lines.push_str(&outcome.to_json_line());
        lines.push('\n');
        count += 1;
        if count == 12 {
            stop.stop();
        }
    }
    assert!(count < 45, "the run stopped early ({count} outcomes)");
    let first_run_requests = server.seen.lock().unwrap().len();

    // Run 2: resume from run 1's lines.
    let previous = BulkOutcome::read_json_lines(&lines).unwrap();
    let outcomes: Vec<BulkOutcome> = texter
        .templates()
        .send_bulk(
            BulkSend::new("order_ready")
                .recipients(recipients())
                .concurrency(4)
                .resume_from(previous),
        )
        .unwrap()
        .collect()
        .await;
    assert_eq!(outcomes.len(), 45);
    assert!(
        server.seen.lock().unwrap().len() > first_run_requests,
        "run 2 sent the rest"
    );

    // Over both runs, every distinct valid number was requested exactly once — including the
    // one whose send failed with HTTP 500 in either run.
    let per_phone = server.requests_per_phone();
    assert_eq!(per_phone.len(), 41);
    assert!(per_phone.values().all(|n| *n == 1), "{per_phone:?}");
    let attempted = outcomes
        .iter()
        .filter(|o| matches!(o.result, BulkResult::AlreadyAttempted { .. }))
        .count();
    assert!(
        attempted >= 12 - 4,
        "recipients settled in run 1 are reported, not re-sent ({attempted})"
    );
}

#[tokio::test]
async fn a_bulk_send_without_the_scope_or_with_a_bad_template_name_sends_nothing() {
    let server = TemplateServer::default();
    let url = server.start().await;
    let texter = Texter::builder()
        .base_url(&url)
        .token(TOKEN)
        .scopes([])
        .build()
        .unwrap();
    let err = texter
        .templates()
        .send_bulk(BulkSend::new("order_ready").recipients(recipients()))
        .unwrap_err();
    assert!(err.is_missing_scope(), "{err}");
    let err = client(&url)
        .templates()
        .send_bulk(BulkSend::new("bad name!").recipients(recipients()))
        .unwrap_err();
    assert!(
        err.is_validation() && err.to_string().contains("templateName"),
        "{err}"
    );
    let err = client(&url)
        .templates()
        .send_bulk(BulkSend::new("ok").concurrency(0))
        .unwrap_err();
    assert!(err.to_string().contains("concurrency"), "{err}");
    assert!(server.seen.lock().unwrap().is_empty());
}
