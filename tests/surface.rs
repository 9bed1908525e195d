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

#[test]
fn scope_catalog_index() {
    let index = xtask::index::scope_catalog(&spec()).expect("catalog index builds");
    insta::assert_snapshot!("scope_catalog", index);
}
