#!/bin/sh
# npm run db:migration -- <name>
# Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the
# schema as of the newest committed migration into the current prisma/schema.prisma (the
# whole schema for the first migration), and its PostgreSQL twin of the same name in
# prisma/postgresql/migrations (after re-deriving prisma/postgresql/schema.prisma).
# `prisma migrate dev` does not work offline here; `migrate diff` does. For PostgreSQL,
# migrate diff opens a connection through the adapter, so the local server is started.
set -eu
name="${1:-}"
case "$name" in
  ""|*[!a-z0-9_]*) echo "usage: npm run db:migration -- <name>   (name: lower-case letters, digits, underscores)" >&2; exit 2;;
esac
cd "$(dirname "$0")/.."
stamp="$(date -u +%Y%m%d%H%M%S)_$name"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The schema as it was when the newest migration was committed: what the migrations already cover.
last=$(git log -1 --format=%H -- prisma/migrations 2>/dev/null || true)
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1 && [ -n "$last" ] && git show "$last:prisma/schema.prisma" > "$tmp/prev.prisma" 2>/dev/null; then
  node -e 'import("./scripts/pg-schema.mjs").then((m) => process.stdout.write(m.postgresSchema(require("fs").readFileSync(process.argv[1], "utf8"))))' "$tmp/prev.prisma" > "$tmp/prev-pg.prisma"
  from_sqlite="--from-schema-datamodel $tmp/prev.prisma"
  from_pg="--from-schema-datamodel $tmp/prev-pg.prisma"
else
  from_sqlite="--from-empty"
  from_pg="--from-empty"
fi
node scripts/pg-schema.mjs >/dev/null

sql=$(DATABASE_URL="file:./prisma/dev.db" prisma migrate diff $from_sqlite --to-schema-datamodel prisma/schema.prisma --script)
if ! printf '%s' "$sql" | grep -qv '^--'; then echo "no schema changes since the last commit" >&2; exit 1; fi
pg_url=$(sh scripts/postgres.sh start)
pg_sql=$(DATABASE_URL="$pg_url" prisma migrate diff $from_pg --to-schema-datamodel prisma/postgresql/schema.prisma --script)

mkdir -p "prisma/migrations/$stamp" "prisma/postgresql/migrations/$stamp"
printf '%s\n' "$sql" > "prisma/migrations/$stamp/migration.sql"
printf '%s\n' "$pg_sql" > "prisma/postgresql/migrations/$stamp/migration.sql"
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
[ -f prisma/postgresql/migrations/migration_lock.toml ] || printf 'provider = "postgresql"\n' > prisma/postgresql/migrations/migration_lock.toml
echo "wrote prisma/migrations/$stamp/migration.sql and prisma/postgresql/migrations/$stamp/migration.sql"
