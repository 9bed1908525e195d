//! Path parameters cannot leave their segment (issue 9.2): `getChat("..")` became
//! `GET /server/api/v2/`, and `labels().delete("..\quick-replies\<id>")` deleted a quick reply
//! with a token declared for labels only.

use texterchat::Scope;
use wiremock::ResponseTemplate;
use wiremock::matchers::any;

use crate::common::*;

/// Every request the server saw, as (method, path) with the path exactly as sent.
async fn seen(h: &Harness) -> Vec<(String, String)> {
    h.requests()
        .await
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_string()))
        .collect()
}

#[tokio::test]
async fn dot_segments_and_empty_ids_are_refused_before_sending() {
    let h = Harness::with_scopes(texterchat::ScopeSet::all()).await;
    wiremock::Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&h.server)
        .await;
    for value in ["..", ".", ""] {
        let errors = [
            h.texter.chats().get(value).await.unwrap_err(),
            h.texter.labels().delete(value).await.unwrap_err(),
            h.texter
                .templates()
                .delete("972509876543", value)
                .await
                .unwrap_err(),
            h.texter.quick_replies().delete(value).await.unwrap_err(),
        ];
        for err in errors {
            assert!(err.is_validation(), "{value:?}: {err}");
            let text = err.to_string();
            assert!(
                ["`chatId`", "`labelId`", "`templateName`", "`quickReplyId`"]
                    .iter()
                    .any(|p| text.contains(p)),
                "names the parameter: {text}"
            );
        }
    }
    assert_eq!(
        seen(&h).await,
        Vec::<(String, String)>::new(),
        "nothing was sent"
    );
}

#[tokio::test]
async fn the_low_level_client_refuses_dot_segments_too() {
    let h = Harness::new().await;
    let err = h
        .texter
        .api()
        .get_chat()
        .chat_id("..")
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`chatId`"), "{err}");
    assert!(h.requests().await.is_empty());
}

#[tokio::test]
async fn separators_in_ids_stay_inside_their_segment() {
    // A token declared with Manage labels only: the label wrappers run, and nothing they send
    // may land on another operation's path.
    let h = Harness::with_scopes([Scope::ManageLabels].into_iter().collect()).await;
    wiremock::Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&h.server)
        .await;
    let values = [
        r"..\quick-replies\6970c0ffee0123456789abcd",
        r"x\..\..\..\labels",
        "../quick-replies/6970c0ffee0123456789abcd",
        "%2e%2e",
        ".%2e",
        "a?b#c",
        "VIP customers",
        "...",
    ];
    for value in values {
        let _ = h.texter.labels().delete(value).await;
    }
    let seen = seen(&h).await;
    assert_eq!(seen.len(), values.len(), "{seen:?}");
    for ((method, path), value) in seen.iter().zip(values) {
        assert_eq!(method, "DELETE");
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        assert_eq!(
            segments[..4],
            ["server", "api", "v2", "labels"],
            "{value:?} → {path}"
        );
        assert_eq!(
            segments.len(),
            5,
            "one segment for the id: {value:?} → {path}"
        );
        let decoded = percent_encoding::percent_decode_str(segments[4])
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, value, "the id arrives as given");
    }
}

#[tokio::test]
async fn raw_paths_cannot_climb_out_of_the_api_root() {
    let h = Harness::new().await;
    for path in [
        "/labels/../quick-replies",
        r"/labels\..\x",
        "/./labels",
        "/labels/%2e%2e/%2e%2e/x",
        "/labels/.%2E/x",
        "/labels/%2E./x",
        "/%2e/labels",
    ] {
        let err = h
            .texter
            .raw(texterchat::raw::RawRequest::get(path))
            .await
            .unwrap_err();
        assert!(
            err.is_validation() && err.to_string().contains("`path`"),
            "{err}"
        );
    }
    assert!(h.requests().await.is_empty());
}
