#!/bin/sh
# Generates both Prisma clients (same models): SQLite (prisma/schema.prisma) and PostgreSQL
# (prisma/postgresql/schema.prisma, derived). The app imports both and picks one by
# DATABASE_URL. prisma.config.ts picks the schema by DATABASE_URL too, so each run names
# one; nothing connects (the PostgreSQL URL below is never dialled).
set -e
cd "$(dirname "$0")/.."
PATH="$(pwd)/node_modules/.bin:$PATH"
node scripts/pg-schema.mjs --check
DATABASE_URL="file:./prisma/dev.db" prisma generate
DATABASE_URL="postgresql://generate@127.0.0.1:1/generate" prisma generate
