//! `cargo xtask`: the generator that turns `openapi/texter.yaml` into `crates/texterchat-api`,
//! the spec's authoring rules, the README tables and the snapshot indexes.

pub mod codegen;
pub mod index;
pub mod lint;
pub mod public_api;
pub mod readme;
pub mod spec;
pub mod surface;

use std::path::PathBuf;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// `openapi/texter.yaml` under the workspace root.
pub fn spec_path() -> PathBuf {
    workspace_root().join("openapi").join("texter.yaml")
}
