#!/bin/sh
# npm run serve — the whole path from a fresh clone to a running site on SQLite:
# generate the client, apply migrations, import content/, build, start (honours PORT).
set -e
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export DATABASE_URL="${DATABASE_URL:-file:./prisma/dev.db}"
PATH="$(pwd)/node_modules/.bin:$PATH"
sh scripts/generate.sh
prisma migrate deploy
tsx scripts/seed.ts
next build
node scripts/csp-hashes.mjs
node scripts/compile-view-rules.mjs
exec node server.mjs -p "${PORT:-3000}"
