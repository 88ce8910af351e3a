/**
 * The one way to get a database client. Prisma 6.19 with driver adapters (no native query
 * engine, works offline). DATABASE_URL's scheme picks the database: `file:` is the embedded
 * SQLite default (better-sqlite3), `postgres://` / `postgresql://` the scale-out path (pg).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client";
import { DEFAULT_DATABASE_URL, databaseProvider } from "./provider";

export { DEFAULT_DATABASE_URL, databaseProvider, type DatabaseProvider } from "./provider";
export type Db = PrismaClient;

export function createDb(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  if (databaseProvider(url) === "postgresql") {
    // Both clients are generated from the same models (prisma/postgresql/schema.prisma is
    // derived from prisma/schema.prisma), so one type serves both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForDb = globalThis as unknown as { __db?: Db };

/** Shared client for the web server (one per process, survives dev hot reloads). */
export function db(): Db {
  globalForDb.__db ??= createDb();
  return globalForDb.__db;
}
