import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DEFAULT_DATABASE_URL, databaseProvider } from "./lib/db/provider";

// Prisma 6.19 with a driver adapter runs fully offline (WASM schema engine, no native
// binary download). DATABASE_URL is set by the npm scripts; Prisma does not read .env here.
// Its scheme picks the database: file: → the embedded SQLite default; postgres(ql):// →
// PostgreSQL, with its own schema file and migrations (same models, see scripts/pg-schema.mjs).
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const postgres = databaseProvider(url) === "postgresql";

if (postgres) allowNameColumnsForMigrate();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations", seed: "tsx scripts/seed.ts" },
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});

/**
 * `prisma migrate deploy` through @prisma/adapter-pg 6.19 fails with "Column type 'name'
 * could not be deserialized" (Prisma issue 27403, "Prisma Migrate fails when using
 * @prisma/adapter-pg through prisma.config.ts"): the schema engine reads PostgreSQL's
 * catalogue, whose identifier columns have the type `name`, which the adapter does not map.
 * A `name` is text, so the CLI process (only this config file; never the app) reports it as
 * text. Remove once the adapter maps `name` itself.
 */
function allowNameColumnsForMigrate() {
  const NAME = 19;
  const TEXT = 25;
  const query = pg.Query.prototype as unknown as {
    handleRowDescription(msg: { fields: Array<{ dataTypeID: number }> }): void;
  };
  const original = query.handleRowDescription;
  query.handleRowDescription = function (msg) {
    for (const field of msg.fields) if (field.dataTypeID === NAME) field.dataTypeID = TEXT;
    return original.call(this, msg);
  };
}
