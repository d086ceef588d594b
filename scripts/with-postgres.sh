#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL server. When TEST_DATABASE_URL
# is already set, it just runs the command; otherwise it starts a throwaway cluster on 127.0.0.1
# (initdb + pg_ctl, in a temporary directory), exports its URL, and stops it by its PID at exit.
# Used by .ci/run and by scripts/test.sh, so the recipe lives in one place.
set -euo pipefail
if [ -n "${TEST_DATABASE_URL:-}" ]; then exec "$@"; fi

bindir="${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL is not installed: run scripts/ensure-system-deps.sh as root, or apt-get install -y postgresql, or set TEST_DATABASE_URL" >&2
  exit 1
fi
dir="$(mktemp -d /tmp/admissible-pg.XXXXXX)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
chmod 700 "$dir"

pid=""
stop_cluster() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" > /dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    # pg_ctl waits, but make sure this very postmaster is gone before removing its directory.
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir"
}
trap stop_cluster EXIT

as_owner "'$bindir/initdb' -D '$dir/data' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-p $port -c listen_addresses=127.0.0.1 -k '$dir' -c fsync=off\" start" > /dev/null || { cat "$dir/log" >&2; exit 1; }
pid="$(head -n 1 "$dir/data/postmaster.pid")"
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (pid $pid) for this run"
"$@"
