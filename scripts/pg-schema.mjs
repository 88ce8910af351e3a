#!/usr/bin/env node
/**
 * prisma/postgresql/schema.prisma is derived from prisma/schema.prisma, never edited by
 * hand: a Prisma schema names one provider, so PostgreSQL needs its own file (and its own
 * migrations folder), but the models must stay the same for one app to run on both.
 *
 *   node scripts/pg-schema.mjs          writes the PostgreSQL schema
 *   node scripts/pg-schema.mjs --check  exits 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
export const SQLITE_SCHEMA = join(root, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = join(root, "prisma/postgresql/schema.prisma");

/** The PostgreSQL schema for a SQLite schema text: other provider, other client output. */
export function postgresSchema(sqlite) {
  const out = sqlite
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/generated\/prisma"/, 'output     = "../../generated/prisma-postgresql"');
  if (!out.includes('"postgresql"') || !out.includes("prisma-postgresql")) {
    throw new Error(
      'prisma/schema.prisma: expected `provider = "sqlite"` and `output = ' +
        '"../generated/prisma"` to derive the PostgreSQL schema from',
    );
  }
  return (
    `// GENERATED from prisma/schema.prisma by scripts/pg-schema.mjs — ` +
    `edit that file, then run \`npm run db:migration\`.\n${out}`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const want = postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let have = "";
    try {
      have = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {
      /* missing: out of date */
    }
    if (have !== want) {
      console.error(
        "prisma/postgresql/schema.prisma is out of date with prisma/schema.prisma: run `node scripts/pg-schema.mjs`",
      );
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, want);
    console.log("wrote prisma/postgresql/schema.prisma");
  }
}
