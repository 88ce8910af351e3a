import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DatabaseProvider, type Db } from "@/lib/db/client";
import { ROOT } from "./content";

export function cliEnv(databaseUrl: string) {
  return { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
}

/**
 * Which database the database tests run on: SQLite files by default; PostgreSQL when
 * TEST_POSTGRES_URL names a server (scripts/test.mjs sets it for its PostgreSQL pass).
 */
export const TEST_PROVIDER: DatabaseProvider = process.env.TEST_POSTGRES_URL ? "postgresql" : "sqlite";

/** A new, migrated, empty database: a SQLite file in a temp directory, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ url: string }> {
  const url =
    TEST_PROVIDER === "postgresql"
      ? await createPostgresDatabase(process.env.TEST_POSTGRES_URL!)
      : `file:${join(mkdtempSync(join(tmpdir(), "kmap-db-")), "test.db")}`;
  const r = spawnSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: cliEnv(url),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  return { url };
}

/** Creates `kmap_test_<random>` on the server of `serverUrl`; scripts/test.mjs drops them at its next run. */
async function createPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `kmap_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A trigger that makes inserting the quote `quoteId` fail, to test rollbacks; returns its removal. */
export async function failQuoteInsert(db: Db, quoteId: string): Promise<() => Promise<void>> {
  if (TEST_PROVIDER === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION fail_quote() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN IF NEW.id = '${quoteId}' THEN RAISE EXCEPTION 'simulated ` +
        `failure'; END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_quote BEFORE INSERT ON "Quote" FOR EACH ROW EXECUTE FUNCTION fail_quote()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_quote ON "Quote"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_quote()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER fail_quote BEFORE INSERT ON "Quote" WHEN NEW.id = ` +
      `'${quoteId}' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER fail_quote`);
  };
}

/** Runs `npm run db:seed`'s script against a database; returns exit code and output. */
export function runSeedCli(url: string, args: string[] = []) {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/seed.ts", ...args], {
    cwd: ROOT,
    env: cliEnv(url),
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every row of every catalogue table, in a stable order: equal snapshots mean equal databases. */
export async function snapshot(db: Db) {
  return {
    datasetVersion: await db.datasetVersion.findMany({ orderBy: { version: "asc" } }),
    sources: await db.source.findMany({ orderBy: { slug: "asc" } }),
    phases: await db.phase.findMany({ orderBy: { slug: "asc" } }),
    themes: await db.theme.findMany({ orderBy: { slug: "asc" } }),
    topics: await db.topic.findMany({ orderBy: { slug: "asc" } }),
    topicPhases: await db.topicPhase.findMany({ orderBy: [{ topicSlug: "asc" }, { phaseSlug: "asc" }] }),
    aliases: await db.slugAlias.findMany({ orderBy: [{ kind: "asc" }, { alias: "asc" }] }),
    videos: await db.video.findMany({ orderBy: { id: "asc" } }),
    quotes: await db.quote.findMany({ orderBy: { id: "asc" } }),
    assignments: await db.videoTopic.findMany({ orderBy: [{ videoId: "asc" }, { topicSlug: "asc" }] }),
    pairs: await db.topicPair.findMany({ orderBy: [{ topicA: "asc" }, { topicB: "asc" }] }),
  };
}

export { createDb };
