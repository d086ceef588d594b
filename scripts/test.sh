#!/usr/bin/env bash
# npm test: type-check, lint, data check, unit tests, production build, browser tests.
# Needs chromium (scripts/ensure-system-deps.sh installs it as root); PostgreSQL tests use
# TEST_DATABASE_URL, or a throwaway cluster this script starts and stops itself.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-system-deps.sh
# The store's tests run against a real PostgreSQL: without one, run under a throwaway cluster.
if [ -z "${TEST_DATABASE_URL:-}" ]; then exec bash scripts/with-postgres.sh bash scripts/test.sh "$@"; fi

# Chromium leaves profile folders in TMPDIR: give each run its own.
export TMPDIR="$(mktemp -d)"
trap 'rm -rf "$TMPDIR"' EXIT

echo "== type-check"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings 0
echo "== data check"; npm run -s check:data
echo "== unit tests"; npx vitest run
echo "== build"; npx next build > "$TMPDIR/build.log" 2>&1 || { cat "$TMPDIR/build.log"; exit 1; }
echo "== browser tests"; npx vitest run -c vitest.e2e.config.mts
