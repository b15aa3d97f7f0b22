#!/usr/bin/env bash
# The API document as the service serves it, linted by Redocly (its
# recommended rules: no error) and Spectral (spectral:oas: no warning).
# Usage: run.sh PATH/TO/pocket-server NODE_PREFIX
set -euo pipefail
server=$1
tools=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$server" serve --sandbox --data-dir "$work" --listen 127.0.0.1:0 >"$work/out" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
base=$(grep "listening on" "$work/out" | awk '{print $5}')
# Node fetches it (the linters need Node anyway; no other HTTP client assumed).
node -e 'fetch(process.argv[1]).then(async r => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()) })' \
  "$base/v1/openapi.json" >"$work/openapi.json"
"$tools/node_modules/.bin/redocly" lint "$work/openapi.json" --format=summary 2>&1 | grep -v "Node.js\|nodejs.org\|^ *[║╔╚]" || { echo "Redocly found errors"; exit 1; }
"$tools/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity warn "$work/openapi.json"
