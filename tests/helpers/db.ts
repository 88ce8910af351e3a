import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, randomBytes } from "node:crypto";
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

/**
 * A new, migrated, empty database: a copy of a template migrated once per set of migrations (a SQLite file in the
 * temp directory, or a PostgreSQL template database), so each suite pays a file copy or a CREATE DATABASE … TEMPLATE
 * instead of a `prisma migrate deploy`. The template itself is made by `prisma migrate deploy`.
 */
export async function freshDatabase(): Promise<{ url: string }> {
  const name = `kmap_test_template_${migrationsHash()}`;
  if (TEST_PROVIDER === "postgresql") {
    const serverUrl = process.env.TEST_POSTGRES_URL!;
    if (!(await postgresDatabaseExists(serverUrl, name))) {
      // Made under its own name, then renamed: two suites making it at once cannot see a half-migrated template.
      const building = await createPostgresDatabase(serverUrl);
      migrateDeploy(building);
      await renamePostgresDatabase(serverUrl, new URL(building).pathname.slice(1), name);
    }
    return { url: await createPostgresDatabase(serverUrl, name) };
  }
  const template = join(tmpdir(), `${name}.db`);
  if (!existsSync(template)) {
    const building = join(mkdtempSync(join(tmpdir(), "kmap-db-")), "template.db");
    migrateDeploy(`file:${building}`);
    renameSync(building, template); // atomic: a suite copies a whole template or makes its own
  }
  const file = join(mkdtempSync(join(tmpdir(), "kmap-db-")), "test.db");
  copyFileSync(template, file);
  return { url: `file:${file}` };
}

function migrateDeploy(url: string) {
  const r = spawnSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: cliEnv(url),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
}

/** A short hash of every migration's SQL (and the lock file): a changed migration makes a new template. */
function migrationsHash(): string {
  const dir = join(ROOT, "prisma", "migrations");
  const hash = createHash("sha256");
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) hash.update(entry).update(readFileSync(path));
  }
  return hash.digest("hex").slice(0, 12);
}

async function withPostgres<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function postgresDatabaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withPostgres(
    serverUrl,
    async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1,
  );
}

async function renamePostgresDatabase(serverUrl: string, from: string, to: string) {
  await withPostgres(serverUrl, async (client) => {
    try {
      await client.query(`ALTER DATABASE ${from} RENAME TO ${to}`);
    } catch (err) {
      // Another suite made the template first: keep theirs.
      if (!(await postgresDatabaseExists(serverUrl, to))) throw err;
      await client.query(`DROP DATABASE ${from}`);
    }
  });
}

/**
 * Creates `kmap_test_<random>` on the server of `serverUrl` (empty, or a copy of `template`); scripts/test.mjs
 * drops them at its next run.
 */
async function createPostgresDatabase(serverUrl: string, template?: string): Promise<string> {
  const name = `kmap_test_${randomBytes(6).toString("hex")}`;
  await withPostgres(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`),
  );
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
