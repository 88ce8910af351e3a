#!/bin/sh
# Runs a command with the project's environment defaults: no telemetry, no update
# checks, and the embedded SQLite database unless DATABASE_URL says otherwise.
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export DATABASE_URL="${DATABASE_URL:-file:./prisma/dev.db}"
export PATH="$(dirname "$0")/../node_modules/.bin:$PATH"
exec "$@"
