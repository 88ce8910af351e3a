#!/bin/sh
# A throwaway PostgreSQL server on 127.0.0.1, for development, tests and CI — the
# scale-out path's local twin. Uses Debian's `postgresql` (installed with apt-get when
# running as root and missing). Its own cluster in $KMAP_PG_DIR: C collation (so text
# sorts byte-wise, as in SQLite), trust auth on loopback only, a fixed port.
#
#   sh scripts/postgres.sh start    start (creating the cluster and database once); prints DATABASE_URL
#   sh scripts/postgres.sh stop
#   sh scripts/postgres.sh url      prints DATABASE_URL
set -eu
DIR="${KMAP_PG_DIR:-/tmp/kmap-postgres}"
PORT="${KMAP_PG_PORT:-54329}"
DB="${KMAP_PG_DB:-kmap}"
URL="postgresql://kmap@127.0.0.1:$PORT/$DB"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# initdb and postgres refuse to run as root: as root, run them as Debian's postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_installed() {
  [ -n "$(bindir)" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "postgres.sh: installing Debian's postgresql" >&2
    apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null
  fi
  [ -n "$(bindir)" ] || { echo "postgres.sh: PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql" >&2; exit 1; }
}

case "${1:-}" in
  start)
    ensure_installed
    BIN="$(bindir)"
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      chmod 700 "$DIR"
      as_owner "$BIN/initdb" -D "$DIR" -U kmap --auth=trust -E UTF8 --locale=C >/dev/null
    fi
    if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || { echo "postgres.sh: the server did not start; see $DIR/server.log" >&2; tail -n 20 "$DIR/server.log" >&2; exit 1; }
    fi
    if ! as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U kmap -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
      as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U kmap "$DB"
    fi
    echo "$URL"
    ;;
  stop)
    BIN="$(bindir)"
    [ -n "$BIN" ] && [ -f "$DIR/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  url) echo "$URL" ;;
  *) echo "usage: sh scripts/postgres.sh start|stop|url" >&2; exit 2 ;;
esac
