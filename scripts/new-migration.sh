#!/bin/sh
# npm run db:migration -- <name>
# Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the
# schema as of the newest committed migration into the current prisma/schema.prisma (the
# whole schema for the first migration). `prisma migrate dev` does not work offline here; `migrate diff` does.
set -eu
name="${1:-}"
case "$name" in
  ""|*[!a-z0-9_]*) echo "usage: npm run db:migration -- <name>   (name: lower-case letters, digits, underscores)" >&2; exit 2;;
esac
cd "$(dirname "$0")/.."
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
prev=$(mktemp)
trap 'rm -f "$prev"' EXIT
# The schema as it was when the newest migration was committed: what the migrations already cover.
last=$(git log -1 --format=%H -- prisma/migrations 2>/dev/null || true)
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1 && [ -n "$last" ] && git show "$last:prisma/schema.prisma" > "$prev" 2>/dev/null; then
  from="--from-schema-datamodel $prev"
else
  from="--from-empty"
fi
sql=$(prisma migrate diff $from --to-schema-datamodel prisma/schema.prisma --script)
if ! printf '%s' "$sql" | grep -qv '^--'; then echo "no schema changes since the last commit" >&2; exit 1; fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
echo "wrote $dir/migration.sql"
