#!/usr/bin/env bash
# Each published crate as crates.io would receive it: `cargo package`, then every tarball
# unpacked outside the workspace and built and tested there on its own (all targets, doctests,
# all features: what docs.rs and users build), offline against the registry cache the workspace
# build filled. A test, example, bench, doctest or README that reaches outside its crate
# directory fails here. Called by .ci/run; runs on its own too: `bash .ci/package.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
version=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "texterchat"))')

# The `native-tls` feature builds against the system's OpenSSL.
if ! pkg-config --exists openssl 2>/dev/null; then
  echo "OpenSSL headers not found; installing libssl-dev and pkg-config from the distribution's packages"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq libssl-dev pkg-config >/dev/null
  else
    echo "error: the native-tls feature needs OpenSSL's headers and no package manager was found" >&2
    exit 1
  fi
fi

# Every crate of the lockfile (optional ones too: native-tls's), so the tests below can run offline.
cargo fetch --locked

# On CI the tree must be clean (what is packaged is what was committed); locally it need not be.
dirty=(--allow-dirty)
if [ "${CI:-}" = "true" ]; then dirty=(); fi
# No verification build here: the tests below build every target of each package anyway.
cargo package --locked --no-verify "${dirty[@]}" -p texterchat-api -p texterchat

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for crate in texterchat-api texterchat; do
  # --touch: the files get the time of extraction, so cargo never takes an earlier build of an
  # earlier tarball (same path in the same target directory) for an up-to-date one.
  tar --touch -xzf "$target_dir/package/$crate-$version.crate" -C "$work"
done
api="$work/texterchat-api-$version"
sdk="$work/texterchat-$version"

for file in README.md LICENSE-MIT LICENSE-APACHE CHANGELOG.md; do
  for dir in "$api" "$sdk"; do
    [ -s "$dir/$file" ] || { echo "error: $(basename "$dir") is packaged without $file" >&2; exit 1; }
  done
done

# The workspace's target directory: dependencies built with the same features are reused.
export CARGO_TARGET_DIR="$target_dir"
# texterchat depends on texterchat-api by version, as on crates.io; the unpacked tarball stands
# in for the published one.
patch=(--config "patch.crates-io.texterchat-api.path=\"$api\"")
(cd "$api" && cargo test --offline --locked --all-features --all-targets && cargo test --offline --locked --all-features --doc)
(cd "$sdk" && cargo test --offline "${patch[@]}" --all-features --all-targets && cargo test --offline "${patch[@]}" --all-features --doc)
echo "texterchat-api $version and texterchat $version build and pass their tests from their tarballs"
