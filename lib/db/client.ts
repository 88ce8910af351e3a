/**
 * The one way to get a database client. Prisma 6.19 with the better-sqlite3 driver
 * adapter: no native query engine, works offline.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";

export type Db = PrismaClient;
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function createDb(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Db {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForDb = globalThis as unknown as { __db?: Db };

/** Shared client for the web server (one per process, survives dev hot reloads). */
export function db(): Db {
  globalForDb.__db ??= createDb();
  return globalForDb.__db;
}
