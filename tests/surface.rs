//! Review by snapshot: a spec change shows up as a small diff of these two indexes.
//!
//! After editing `openapi/texter.yaml`: `cargo xtask generate`, then `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test -p texterchat-tests --test surface`), and commit the
//! spec, the generated code and the snapshots together.

use xtask::spec::Spec;

fn spec() -> Spec {
    Spec::load(&xtask::spec_path()).expect("openapi/texter.yaml loads")
}

#[test]
fn generated_surface_index() {
    let generated = std::fs::read_to_string(
        xtask::workspace_root().join("crates/texterchat-api/src/generated.rs"),
    )
    .expect("generated.rs is committed");
    let index = xtask::index::surface(&spec(), &generated).expect("index builds");
    insta::assert_snapshot!("generated_surface", index);
}

/// The hand-written public API of both crates (the generated part is the snapshot above): a
/// change to it is a reviewed snapshot diff, the semver check of the README's "Stability".
#[test]
fn public_api_of_the_hand_written_code() {
    for (name, lib) in [
        ("public_api_texterchat", "crates/texterchat/src/lib.rs"),
        (
            "public_api_texterchat_api",
            "crates/texterchat-api/src/lib.rs",
        ),
    ] {
        let api = xtask::public_api::public_api(&xtask::workspace_root().join(lib))
            .unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(name, api);
    }
}

#[test]
fn scope_catalog_index() {
    let index = xtask::index::scope_catalog(&spec()).expect("catalog index builds");
    insta::assert_snapshot!("scope_catalog", index);
}

/// Generates from an edited copy of the spec, in memory.
fn generate_edited(edit: impl Fn(&str) -> String) -> (String, String) {
    let path = xtask::spec_path();
    let text = std::fs::read_to_string(&path).expect("spec");
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit changed nothing");
    let spec = Spec::parse(&path, &edited).expect("edited spec parses");
    let (files, _) = xtask::codegen::generate(&spec).expect("edited spec generates");
    let generated = files
        .iter()
        .find(|f| f.path.ends_with("generated.rs"))
        .expect("generated.rs")
        .contents
        .clone();
    let index = xtask::index::surface(&spec, &generated).expect("index");
    (generated, index)
}

#[test]
fn the_committed_code_is_what_the_spec_generates() {
    let (files, _) = xtask::codegen::generate(&spec()).expect("generates");
    for file in files {
        let committed =
            std::fs::read_to_string(xtask::workspace_root().join(file.path)).unwrap_or_default();
        assert!(
            committed == file.contents,
            "{} is stale: run `cargo xtask generate`",
            file.path
        );
    }
}

#[test]
fn changing_one_field_type_changes_the_index_by_a_few_lines() {
    let committed = std::fs::read_to_string(
        xtask::workspace_root().join("crates/texterchat-api/src/generated.rs"),
    )
    .expect("generated.rs");
    let before = xtask::index::surface(&spec(), &committed).expect("index");
    // Chat.unreadCount: integer → string.
    let (generated, after) = generate_edited(|s| {
        s.replacen(
            "        unreadCount:\n          type: integer\n          description: Number of unread incoming messages.",
            "        unreadCount:\n          type: string\n          description: Number of unread incoming messages.",
            1,
        )
    });
    assert_ne!(
        generated, committed,
        "a one-line spec edit changes the generated code"
    );
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    // Two lines: `Chat`, and `ChatWithSuccess`, which merges `Chat` through `allOf`.
    assert_eq!(
        changed,
        [(
            "  unreadCount: Option<i64>",
            "  unreadCount: Option<String>"
        ); 2],
        "the index moves by exactly the changed field"
    );
}

#[test]
fn a_lint_violation_stops_generation_and_says_how_to_fix_it() {
    let path = xtask::spec_path();
    let text = std::fs::read_to_string(&path).expect("spec");
    let edited = text.replacen("      x-texter-scopes: [list_all_chats]\n", "", 1);
    let spec = Spec::parse(&path, &edited).expect("parses");
    let err = xtask::codegen::generate(&spec).expect_err("missing scopes is a violation");
    assert!(err.contains("operation `searchChats`"), "{err}");
    assert!(err.contains("`x-texter-scopes` is missing"), "{err}");
    assert!(err.contains("fix:"), "{err}");
}

/// Every path parameter of every operation is put in its URL by the segment-safe encoder
/// (`texterchat_api::path::encode_segment`), never by progenitor's `encode_path`, which lets
/// `..` and `\` escape the segment.
#[test]
fn every_path_parameter_goes_through_the_segment_encoder() {
    let spec = spec();
    let generated = std::fs::read_to_string(
        xtask::workspace_root().join("crates/texterchat-api/src/generated.rs"),
    )
    .expect("generated.rs is committed");
    assert!(
        !generated.contains("encode_path"),
        "progenitor's encoder is gone"
    );
    let compact: String = generated.split_whitespace().collect();
    let mut expected = 0;
    for op in spec.operations() {
        for (name, _) in op.path.split('{').skip(1).filter_map(|s| s.split_once('}')) {
            expected += 1;
            let call = format!("crate::path::encode_segment(\"{name}\",");
            assert!(
                compact.contains(&call),
                "{} {}: {name} not encoded by the segment encoder",
                op.method,
                op.path
            );
        }
    }
    let calls = compact.matches("crate::path::encode_segment(").count();
    assert_eq!(
        calls, expected,
        "one encoder call per path parameter of every operation"
    );
}

/// The loop: one operation added to the spec in a new tag (Resolve Channel Health Problem, as
/// it would be if Texter published its path) becomes a handle, a method, validation and docs,
/// with no hand code.
#[test]
fn a_new_operation_in_a_new_tag_reaches_the_surface_by_generation_alone() {
    let path = xtask::spec_path();
    let text = std::fs::read_to_string(&path).expect("spec");
    let edited = text
        .replacen(
            "  - name: subscriptions\n",
            "  - name: channels\n    description: Channel health.\n  - name: subscriptions\n",
            1,
        )
        .replacen(
            "x-texter-scope-bundles:\n",
            "x-texter-scope-bundles:\n  channels: [manage_channels]\n",
            1,
        )
        .replacen(
            "paths:\n",
            r#"paths:
  /channels/health/problems/{problemId}/resolve:
    post:
      tags: [channels]
      operationId: resolveChannelHealthProblem
      x-texter-rust-name: resolve_problem
      summary: Resolve Channel Health Problem
      description: Marks one problem resolved.
      x-texter-scopes: [manage_channels]
      x-texter-source: inferred
      x-texter-idempotent: true
      parameters:
        - name: problemId
          in: path
          required: true
          schema:
            type: string
        - name: note
          in: query
          schema:
            type: string
            maxLength: 20
      responses:
        '200':
          $ref: '#/components/responses/PlainOk'
        '4XX':
          $ref: '#/components/responses/ClientError'
        '5XX':
          $ref: '#/components/responses/ServerError'
"#,
            1,
        );
    let spec = Spec::parse(&path, &edited).expect("edited spec parses");
    let (files, summary) = xtask::codegen::generate(&spec).expect("edited spec generates");
    assert_eq!(summary.methods, 34);
    let file = |name: &str| {
        files
            .iter()
            .find(|f| f.path.ends_with(name))
            .map(|f| f.contents.clone())
            .unwrap_or_else(|| panic!("{name} generated"))
    };
    let surface = file("surface.rs");
    for needle in [
        // the handle, reached from Texter
        "pub mod channels {",
        "pub struct Channels<'a>",
        "pub fn channels(&self) -> surface::channels::Channels<'_>",
        // the method, its builder, its setter and its identity
        "pub fn resolve_problem(",
        "problem_id: impl ::std::convert::Into<::std::string::String>",
        "pub struct ResolveChannelHealthProblem",
        "pub fn note(",
        "&$crate::operations::RESOLVE_CHANNEL_HEALTH_PROBLEM",
        // its docs: summary, method and path, scopes, source
        "**Resolve Channel Health Problem** — `POST /channels/health/problems/{problemId}/resolve`",
        "Scopes: Manage channels",
        "**inferred**",
        "Rule: at most 20 characters.",
        // its validation
        "$crate::validation::check_str(\"problemId\"",
        "$crate::validation::check_str(\"note\"",
    ] {
        // Compared without whitespace: prettyplease decides the line breaks.
        let squash = |t: &str| t.split_whitespace().collect::<String>();
        assert!(
            squash(&surface).contains(&squash(needle)),
            "missing {needle:?} in the generated surface"
        );
    }
    let schemas = file("schemas.rs");
    assert!(
        schemas.contains(
            "RESOLVE_CHANNEL_HEALTH_PROBLEM_NOTE: Rules = Rules {\n    max_length: Some(20u64)"
        ),
        "{schemas}"
    );
    assert!(
        schemas.contains(
            "RESOLVE_CHANNEL_HEALTH_PROBLEM_PROBLEM_ID: Rules = Rules {\n    segment: true"
        )
    );
    let scopes = file("scopes.rs");
    assert!(
        scopes.contains("RESOLVE_CHANNEL_HEALTH_PROBLEM"),
        "in the scope catalog"
    );
}
