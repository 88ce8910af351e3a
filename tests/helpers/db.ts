import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { ROOT } from "./content";

export function cliEnv(databaseUrl: string) {
  return { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
}

/** A new, migrated SQLite database file in a temp directory. */
export function freshDatabase(): { url: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "kmap-db-"));
  const url = `file:${join(dir, "test.db")}`;
  const r = spawnSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: cliEnv(url), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  return { url, dir };
}

/** Runs `npm run db:seed`'s script against a database; returns exit code and output. */
export function runSeedCli(url: string, args: string[] = []) {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/seed.ts", ...args], { cwd: ROOT, env: cliEnv(url), encoding: "utf8" });
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
