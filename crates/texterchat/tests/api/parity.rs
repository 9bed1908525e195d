//! The ergonomic client builds and sends each request itself (`texterchat_api::exchange`); the
//! low-level client runs progenitor's `send` with the request hook. Both must put the same
//! request on the wire: method, path, query (in the same order), every header and the body.
//! Checked over HTTP for one operation of each kind: query parameters and arrays, a path
//! parameter, a JSON body with a plain-text answer (no `Accept`), a JSON body with a JSON answer,
//! and an answer without a body.

use serde_json::json;
use texterchat::enums::{ChatStatusName, SearchChannelName};
use texterchat::types;
use wiremock::matchers::any;
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;

const CHAT: &str = "67bf11038b24880cc966f799";

/// What of a request must be the same on both paths.
#[derive(Debug, PartialEq)]
struct Wire {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn wire(request: &wiremock::Request) -> Wire {
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    headers.sort();
    Wire {
        method: request.method.to_string(),
        target: match request.url.query() {
            Some(q) => format!("{}?{q}", request.url.path()),
            None => request.url.path().to_string(),
        },
        headers,
        body: request.body.clone(),
    }
}

/// The two requests `h` received (the ergonomic one first), as their wire forms.
async fn both(h: &Harness) -> (Wire, Wire) {
    let requests = h.requests().await;
    assert_eq!(requests.len(), 2, "expected one request from each client");
    (wire(&requests[0]), wire(&requests[1]))
}

async fn harness(answer: ResponseTemplate) -> Harness {
    let h = Harness::new().await;
    Mock::given(any())
        .respond_with(answer)
        .mount(&h.server)
        .await;
    h
}

#[tokio::test]
async fn a_search_with_every_kind_of_query_parameter_is_the_same_request() {
    let h = harness(json(json!({"data": [], "total": 0}))).await;
    h.texter
        .chats()
        .search()
        .search("0521234567")
        .channel_name(SearchChannelName::Whatsapp)
        .channel_account_id("972509876543")
        .labels(["VIP", "hot lead&more"])
        .statuses([ChatStatusName::Pending, ChatStatusName::Assigned])
        .limit(50)
        .skip(100)
        .send()
        .await
        .unwrap();
    h.texter
        .api()
        .search_chats()
        .search("0521234567")
        .channel_name(SearchChannelName::Whatsapp)
        .channel_account_id("972509876543")
        .labels(vec!["VIP".to_string(), "hot lead&more".to_string()])
        .statuses(vec![ChatStatusName::Pending, ChatStatusName::Assigned])
        .limit(50)
        .skip(100)
        .send()
        .await
        .unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
    // And what that request is, so the comparison cannot pass on two empty requests.
    assert!(
        ergonomic
            .target
            .contains("labels%5B%5D=hot+lead%26more&limit=50"),
        "{}",
        ergonomic.target
    );
    let names: Vec<&str> = ergonomic.headers.iter().map(|(k, _)| k.as_str()).collect();
    for name in ["accept", "api-version", "authorization", "user-agent"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
}

#[tokio::test]
async fn a_path_parameter_is_encoded_the_same_way() {
    let h = harness(json(json!({"_id": CHAT}))).await;
    let odd = "a b/c?d#e%f";
    h.texter.chats().get(odd).send().await.unwrap();
    h.texter.api().get_chat().chat_id(odd).send().await.unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
    assert_eq!(
        ergonomic.target,
        "/server/api/v2/chats/a%20b%2Fc%3Fd%23e%25f"
    );
}

#[tokio::test]
async fn a_body_with_a_plain_text_answer_is_the_same_request_without_accept_json() {
    let h = harness(ResponseTemplate::new(200).set_body_string("OK")).await;
    h.texter
        .chats()
        .assign()
        .phone("0521234567")
        .agent_email("a@example.com")
        .send()
        .await
        .unwrap();
    h.texter
        .api()
        .assign_chat()
        .body(
            types::AssignChatRequest::new()
                .phone("0521234567")
                .agent_email("a@example.com"),
        )
        .send()
        .await
        .unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
    // No `Accept: application/json` for a plain-text answer (reqwest's default `*/*` instead).
    assert!(
        ergonomic
            .headers
            .contains(&("accept".to_string(), "*/*".to_string())),
        "{:?}",
        ergonomic.headers
    );
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&ergonomic.body).unwrap(),
        json!({"phone": "0521234567", "agentEmail": "a@example.com"})
    );
}

#[tokio::test]
async fn a_body_with_a_json_answer_and_an_empty_answer_are_the_same_requests() {
    let h = harness(json(json!({"success": true}))).await;
    h.texter.labels().create("vip", "VIP").send().await.unwrap();
    h.texter
        .api()
        .create_label()
        .body(types::CreateLabelRequest::new("vip", "VIP"))
        .send()
        .await
        .unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
    assert!(
        ergonomic
            .headers
            .contains(&("content-type".to_string(), "application/json".to_string())),
        "{:?}",
        ergonomic.headers
    );

    let h = harness(ResponseTemplate::new(204)).await;
    h.texter.labels().delete("vip").send().await.unwrap();
    h.texter
        .api()
        .delete_label()
        .label_id("vip")
        .send()
        .await
        .unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
}

/// The low-level client keeps a response's headers (they are moved into the value, not
/// copied, since the generator replaced progenitor's decoder).
#[tokio::test]
async fn the_low_level_client_still_returns_the_response_headers() {
    let h = harness(json(json!({"data": [], "total": 0})).insert_header("x-request-id", "req-42"))
        .await;
    let response = h.texter.api().search_chats().send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("req-42")
    );
    assert_eq!(response.into_inner().total, Some(0));
}

/// Three path parameters, each in its own segment, in the template's order.
#[tokio::test]
async fn three_path_parameters_are_placed_and_encoded_the_same_way() {
    let h = harness(json(json!({"success": true}))).await;
    let (account, name, language) = ("972586640430", "promo_2026-12", "en_US");
    h.texter
        .templates()
        .submit(account, name, language)
        .send()
        .await
        .unwrap();
    h.texter
        .api()
        .submit_template_localization()
        .account_id(account)
        .template_name(name)
        .language(language)
        .send()
        .await
        .unwrap();
    let (ergonomic, low_level) = both(&h).await;
    assert_eq!(ergonomic, low_level);
    assert_eq!(
        ergonomic.target,
        "/server/api/v2/whatsapp/templates/972586640430/promo_2026-12/localizations/en_US/submit"
    );
}
