#!/usr/bin/env bash
# The contract test by a third party: every operation's request, as the SDK sends it, validated
# against openapi/texter.yaml by Prism (@stoplight/prism-cli, pinned by
# .ci/prism/package-lock.json), which runs here as a mock server on 127.0.0.1 and is stopped on
# exit, also on failure. Called by .ci/run; runs on its own too: `bash .ci/contract.sh`.
#
# Prism's mock matches a request's path against the spec's `paths` as they are, from the root:
# it ignores `servers` (unless a request names one in a `__server` query parameter). The SDK sends
# every call below the server's path (`/server/api/v2/...`), so Prism is given a copy of the spec,
# derived here mechanically at run time into a temporary directory (never committed), whose paths
# carry the server's path as a prefix and whose only server is the local Prism. Nothing else in
# the copy differs from openapi/texter.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found; installing Node.js from the distribution's packages"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "error: npm is required for Prism and no package manager was found" >&2
    exit 1
  fi
fi
npm ci --prefix .ci/prism --no-audit --no-fund --loglevel=error
prism=.ci/prism/node_modules/.bin/prism
echo "prism $("$prism" --version)"

work=$(mktemp -d)
prism_pid=
stop_prism() {
  status=$?
  if [ -n "$prism_pid" ]; then
    kill "$prism_pid" 2>/dev/null || true
    wait "$prism_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -f "$work/prism.log" ]; then
    echo "--- the last lines of Prism's log ($work/prism.log) ---" >&2
    tail -n 60 "$work/prism.log" >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap stop_prism EXIT

# A free port, chosen by the kernel, so nothing else on the machine is touched.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 14010)

# The derived copy of the spec (JSON, which Prism reads as well as YAML), with `yaml` (pinned
# beside Prism) reading openapi/texter.yaml as YAML 1.2, as OpenAPI 3.0 specifies.
NODE_PATH="$PWD/.ci/prism/node_modules" node - openapi/texter.yaml "$work/texter.json" "http://127.0.0.1:$port" <<'JS'
const fs = require('fs');
const YAML = require('yaml');
const [source, target, origin] = process.argv.slice(2);
const spec = YAML.parse(fs.readFileSync(source, 'utf8'), { maxAliasCount: -1 });
if (!Array.isArray(spec.servers) || spec.servers.length !== 1) {
  throw new Error(`${source}: expected exactly one server, found ${JSON.stringify(spec.servers)}`);
}
const server = spec.servers[0];
const url = server.url.replace(/\{(\w+)\}/g, (_, name) => server.variables[name].default);
const base = new URL(url).pathname.replace(/\/+$/, '');
const paths = {};
for (const [path, item] of Object.entries(spec.paths)) paths[base + path] = item;
spec.paths = paths;
spec.servers = [{ url: origin, description: `Prism, serving ${source} with every path under ${base}` }];
fs.writeFileSync(target, JSON.stringify(spec, null, 2));
console.log(`${target}: ${Object.keys(paths).length} paths of ${source}, each under ${base}`);
JS

# --errors: a request that violates the spec is answered with 422 (the spec's 4XX answer) instead
# of a mock success; either way Prism lists the violations in its `sl-violations` header.
# Started through .ci/prism/serve.js, which does what `prism mock --errors` does without the
# example-URL log that disables the validation of bracketed query parameter names (`labels[]`).
node .ci/prism/serve.js "$work/texter.json" 127.0.0.1 "$port" >"$work/prism.log" 2>&1 &
prism_pid=$!

# Ready when it answers any HTTP request (an unknown path gets a 404).
ready=
for _ in $(seq 300); do
  if ! kill -0 "$prism_pid" 2>/dev/null; then
    echo "error: Prism exited before it was ready" >&2
    exit 1
  fi
  if node -e 'require("http").get(process.argv[1], r => process.exit(0)).on("error", () => process.exit(1))' \
    "http://127.0.0.1:$port/" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "error: Prism did not answer on 127.0.0.1:$port within 60s" >&2
  exit 1
fi
echo "Prism is listening on http://127.0.0.1:$port"

TEXTER_TEST_PRISM_URL="http://127.0.0.1:$port" \
  cargo test --workspace --locked --features texterchat-tests/contract --test contract -- --show-output
