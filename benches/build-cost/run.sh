#!/usr/bin/env bash
# Benchmarks (e), (f), (g) of BENCHMARKS.md: what depending on texterchat costs an app's build.
#
#   bash benches/build-cost/run.sh [rounds]     # default 1 round; each round builds every app cold
#
# For each app (sdk-app: texterchat with its default TLS; sdk-app-ring: the README's ring
# recipe; reqwest-app: the same program with reqwest + serde + tokio alone and the same reqwest
# features) in a fresh copy with an empty target directory, offline against the registry cache:
#   (e) cold `cargo build` (debug): wall and CPU (user + system) seconds;
#   (f) `cargo build --release` with strip = true: the binary's size;
#   (g) `touch src/main.rs` and `cargo build` again (debug): wall and CPU, median of 3.
# Apps alternate within a round (sdk, reqwest, then reqwest, sdk in the next round), so slow
# phases of a shared machine fall on both. Each app gets the workspace's Cargo.lock, so every
# app builds the same dependency versions. Run it on an otherwise idle machine: it measures CPU
# time, which other load inflates less than wall time, but not by nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_INCREMENTAL=0

# One build: prints "wall cpu" in seconds.
timed() {
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >/dev/null 2>"$work/build.log" || {
    cat "$work/build.log" >&2; return 1; }
  tail -1 "$work/time" | awk '{printf "%.1f %.1f\n", $1, $2 + $3}'
}

measure() { # name dir features
  local name=$1 src=$2 features=$3 app="$work/$1"
  rm -rf "$app"; cp -r "$here/$src" "$app"
  # The path dependency on texterchat, from the copy.
  sed -i "s|path = \"../../../crates/texterchat\"|path = \"$root/crates/texterchat\"|" "$app/Cargo.toml"
  cp "$root/Cargo.lock" "$app/Cargo.lock"
  cd "$app"
  export CARGO_TARGET_DIR="$app/target"
  cargo fetch -q --offline 2>/dev/null || cargo fetch -q
  read -r cold_wall cold_cpu < <(timed cargo build --offline $features)
  local rebuilds=()
  for _ in 1 2 3; do
    touch src/main.rs
    rebuilds+=("$(timed cargo build --offline $features)")
  done
  local re
  re=$(printf '%s\n' "${rebuilds[@]}" | sort -k2 -n | sed -n 2p)
  local size=-
  if [ "$name" != sdk-app-ring ]; then
    CARGO_PROFILE_RELEASE_STRIP=true timed cargo build --offline --release $features >/dev/null
    size=$(stat -c %s "target/release/$src")
  fi
  printf '%-13s cold debug: %6ss wall %7ss CPU | rebuild after touching main.rs: %5ss wall %5ss CPU | release stripped: %s bytes\n' \
    "$name" "$cold_wall" "$cold_cpu" ${re} "$size"
  cd "$root"
  rm -rf "$app/target"
}

echo "machine: $(nproc) CPUs, $(uname -sr), $(rustc --version)"
for round in $(seq "$rounds"); do
  echo "round $round"
  if (( round % 2 )); then order=(sdk reqwest ring); else order=(reqwest sdk ring); fi
  for which in "${order[@]}"; do
    case $which in
      sdk) measure sdk-app sdk-app "" ;;
      ring) measure sdk-app-ring sdk-app "--no-default-features --features ring" ;;
      reqwest) measure reqwest-app reqwest-app "" ;;
    esac
  done
done
