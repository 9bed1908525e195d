//! Building a client: every rule of the configuration, and the token's secrecy.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;

use texterchat::{Scope, ScopePolicy, Texter, TexterBuilder};

const TOKEN: &str = "tok_SECRET_9d41c7";

fn base() -> TexterBuilder {
    Texter::builder().token(TOKEN).scopes([Scope::ListAllChats])
}

#[test]
fn project_must_be_a_dns_label() {
    let long = "a".repeat(64);
    for bad in [
        "evil.com/x",
        "a b",
        "Demo",
        "",
        long.as_str(),
        "-demo",
        "demo-",
        "dé",
    ] {
        let err = base().project(bad).build().expect_err(bad);
        assert!(err.is_validation(), "{bad:?}: {err}");
        let text = err.to_string();
        assert!(text.contains("`project`"), "{text}");
        assert!(text.contains("DNS label"), "{text}");
        assert!(
            text.contains(&format!("{bad:?}")),
            "names what was given: {text}"
        );
    }
    for good in ["demo", "my-project-2", "a", &"a".repeat(63)] {
        let t = base().project(good).build().expect(good);
        assert_eq!(
            t.base_url(),
            format!("https://{good}.texterchat.com/server/api/v2")
        );
    }
}

#[test]
fn base_url_allows_http_only_on_loopback() {
    for good in [
        "https://api.example.com/server/api/v2",
        "http://127.0.0.1:8080/server/api/v2",
        "http://localhost:9/x/",
        "http://[::1]:8080",
    ] {
        let t = base().base_url(good).build().expect(good);
        assert!(!t.base_url().ends_with('/'), "{}", t.base_url());
    }
    for bad in [
        "http://demo.texterchat.com/server/api/v2",
        "http://10.0.0.5/x",
        "ftp://127.0.0.1/",
        "not a url",
        "https://user:pass@example.com/",
        "https://example.com/?a=1",
    ] {
        let err = base().base_url(bad).build().expect_err(bad);
        assert!(
            err.is_validation() && err.to_string().contains("`base_url`"),
            "{err}"
        );
    }
}

#[test]
fn scopes_by_display_name_are_case_insensitive() {
    let t = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .scope_names(["manage ALL chats", " List all chats "])
        .build()
        .unwrap();
    let ScopePolicy::Declared(set) = t.scope_policy() else {
        panic!("declared")
    };
    assert_eq!(set.to_string(), "Manage all chats, List all chats");
}

#[test]
fn unknown_scope_name_lists_the_valid_names() {
    let err = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .scope_names(["Manage everything"])
        .build()
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("\"Manage everything\""), "{text}");
    for scope in Scope::ALL {
        assert!(
            text.contains(scope.display_name()),
            "lists {}: {text}",
            scope.display_name()
        );
    }
}

#[test]
fn scopes_must_be_declared_or_explicitly_unchecked() {
    let err = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("unchecked_scopes"), "{err}");
    let t = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .unchecked_scopes()
        .build()
        .unwrap();
    assert_eq!(t.scope_policy(), ScopePolicy::Unchecked);
    let both = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .unchecked_scopes()
        .scopes([Scope::ManageLabels])
        .build()
        .unwrap_err();
    assert!(both.to_string().contains("choose one"), "{both}");
}

#[test]
fn token_is_required_and_must_be_a_header_value() {
    let err = Texter::builder()
        .project("demo")
        .scopes([])
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("token"), "{err}");
    let err = Texter::builder()
        .project("demo")
        .token("bad\ntoken")
        .scopes([])
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("`TexterBuilder::token`"), "{err}");
    assert!(
        !err.to_string().contains("bad\ntoken"),
        "the token is not echoed"
    );
}

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k| map.get(k).cloned()
}

#[test]
fn from_env_reads_the_three_variables() {
    let t = TexterBuilder::from_lookup(env(&[
        ("TEXTER_PROJECT", "demo"),
        ("TEXTER_TOKEN", TOKEN),
        ("TEXTER_SCOPES", "List all chats, Manage labels"),
    ]))
    .unwrap()
    .build()
    .unwrap();
    assert_eq!(t.base_url(), "https://demo.texterchat.com/server/api/v2");
    assert_eq!(
        t.scope_policy(),
        ScopePolicy::Declared([Scope::ListAllChats, Scope::ManageLabels].into())
    );
    let unchecked = TexterBuilder::from_lookup(env(&[
        ("TEXTER_TOKEN", TOKEN),
        ("TEXTER_SCOPES", "unchecked"),
        ("TEXTER_BASE_URL", "http://127.0.0.1:1/server/api/v2"),
    ]))
    .unwrap()
    .build()
    .unwrap();
    assert_eq!(unchecked.scope_policy(), ScopePolicy::Unchecked);
}

#[test]
fn from_env_names_the_missing_variable() {
    for (missing, present) in [
        (
            "TEXTER_TOKEN",
            [("TEXTER_PROJECT", "demo"), ("TEXTER_SCOPES", "")],
        ),
        (
            "TEXTER_PROJECT",
            [("TEXTER_TOKEN", TOKEN), ("TEXTER_SCOPES", "")],
        ),
        (
            "TEXTER_SCOPES",
            [("TEXTER_TOKEN", TOKEN), ("TEXTER_PROJECT", "demo")],
        ),
    ] {
        let err = TexterBuilder::from_lookup(env(&present)).unwrap_err();
        assert!(err.to_string().contains(missing), "{missing}: {err}");
    }
}

#[test]
fn the_token_appears_in_no_debug_output() {
    let builder = Texter::builder()
        .project("demo")
        .token(TOKEN)
        .scopes([Scope::ListAllChats]);
    let builder_debug = format!("{builder:?} {builder:#?}");
    let texter = builder.build().unwrap();
    let outputs = [
        builder_debug,
        format!("{texter:?}"),
        format!("{texter:#?}"),
        format!("{:?}", texter.api()),
        format!("{:#?}", texter.api()),
        format!("{:?}", texterchat::ApiToken::from(TOKEN)),
        format!("{:?}", texter.with_options(texterchat::CallOptions::new())),
    ];
    for out in outputs {
        assert!(!out.contains(TOKEN), "token leaked in: {out}");
        assert!(!out.contains("SECRET"), "token leaked in: {out}");
    }
}

#[test]
fn the_token_appears_in_no_error() {
    let err = Texter::builder()
        .project("Bad Project")
        .token(TOKEN)
        .scopes([])
        .build()
        .unwrap_err();
    assert!(!format!("{err} {err:?}").contains(TOKEN));
}
