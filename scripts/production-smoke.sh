#!/usr/bin/env bash
# Production install smoke (docs/OPERATIONS.md, Running in production): the packed app and its web build,
# installed with `npm ci --omit=dev` (no dev dependencies), starts on a fresh embedded database, answers
# readiness, and on SIGTERM stops with exit code 0. Bounded: at most 90 s of waiting for the start.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/web/index.html ] || npm run build

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

tarball="$(npm pack --silent --pack-destination "$work")"
mkdir "$work/app"
tar -xzf "$work/$tarball" -C "$work/app" --strip-components=1
cp package-lock.json "$work/app/" # npm pack leaves the lock file out
mkdir -p "$work/app/dist" && cp -r dist/web "$work/app/dist/web"

started=$(date +%s)
(cd "$work/app" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
echo "npm ci --omit=dev: $(($(date +%s) - started)) s"
if [ -e "$work/app/node_modules/vite" ] || [ -e "$work/app/node_modules/vitest" ]; then
  echo "FAILED: a dev dependency was installed" >&2
  exit 1
fi

cd "$work/app"
CHANNEL_HUB_DATA="$work/data" CHANNEL_HUB_DEMO=0 HOST=127.0.0.1 PORT=0 LOG_LEVEL=warn NODE_ENV=production \
  node scripts/start.mjs >"$work/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 90); do
  url="$(grep -o 'running at http://[^ ]*' "$work/server.log" | cut -d' ' -f3 || true)"
  if [ -n "$url" ] || ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$url" ]; then
  echo "FAILED: the production install did not start" >&2
  cat "$work/server.log" >&2
  exit 1
fi
ready="$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/ready")"
page="$(curl -s -o /dev/null -w '%{http_code}' "$url/")"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
echo "ready: $ready, web app: $page, exit after SIGTERM: $status"
if [ "$ready" != 200 ] || [ "$page" != 200 ] || [ "$status" != 0 ]; then
  cat "$work/server.log" >&2
  exit 1
fi
echo "Production install smoke passed in $(($(date +%s) - started)) s."
