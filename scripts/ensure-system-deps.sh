#!/usr/bin/env bash
# Installs the system packages the tests drive (Debian's chromium, and PostgreSQL for the store's
# tests) when they are missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Only the server binaries are needed: the tests run their own throwaway cluster (scripts/with-postgres.sh).
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || [ -n "${TEST_DATABASE_URL:-}" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing system packages: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "installing ${missing[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
