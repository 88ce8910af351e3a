import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_DIR } from "../helpers/content";
import { createDb, failQuoteInsert, freshDatabase, runSeedCli, snapshot, TEST_PROVIDER } from "../helpers/db";
import type { Db } from "@/lib/db/client";

describe(`npm run db:seed (${TEST_PROVIDER})`, () => {
  let url: string;
  let db: Db;

  beforeAll(async () => {
    url = (await freshDatabase()).url;
    db = createDb(url);
  });
  afterAll(async () => db?.$disconnect());

  it("imports the whole catalogue", async () => {
    const r = runSeedCli(url);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/8 themes, 20 topics/);
    expect(await db.theme.count()).toBe(8);
    expect(await db.topic.count()).toBe(20);
    expect(await db.phase.count()).toBe(6);
    expect(await db.topicPair.count()).toBe(190);
    expect(await db.topicPair.count({ where: { provenance: "reported" } })).toBe(18);
    expect(await db.topicPair.count({ where: { provenance: "not_reported", count: null } })).toBe(172);
    const rag = await db.topic.findUniqueOrThrow({ where: { slug: "rag-systems" } });
    expect([rag.videoCount, rag.sharePercent, rag.shareDenominator]).toEqual([72, 40.4, 178]);
    const pair = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "evaluation", topicB: "rag-systems" } },
    });
    expect([pair.count, pair.provenance]).toEqual([21, "reported"]);
    expect(pair.evidence).toContain("21 joint videos");
    const version = await db.datasetVersion.findFirstOrThrow({ where: { isCurrent: true } });
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Every topic has a phase and every phase a topic.
    for (const t of await db.topic.findMany({ include: { phases: true } }))
      expect(t.phases.length, t.slug).toBeGreaterThan(0);
    for (const p of await db.phase.findMany({ include: { topics: true } }))
      expect(p.topics.length, p.slug).toBeGreaterThan(0);
    // Videos are known by id only: nothing invented.
    expect(await db.video.count({ where: { OR: [{ url: { not: null } }, { title: { not: null } }] } })).toBe(0);
  });

  it("loads every committed release into the empty database, content/ as the current one", async () => {
    const rows = await db.datasetVersion.findMany({ orderBy: { version: "asc" } });
    expect(rows.map((v) => [v.version, v.contentHash.slice(0, 12), v.isCurrent])).toEqual([
      ["1.0.0", "04960244b94c", false],
      ["1.1.0", "5ebf2af9840f", false],
      ["1.2.0", "886fc9991403", false],
      ["1.3.0", "856be68edba6", true],
    ]);
    const old = JSON.parse(rows[0].snapshot);
    expect(old.dataset).toMatchObject({ version: "1.0.0", contentHash: rows[0].contentHash });
    expect(old.considerations).toBeUndefined(); // 1.0.0 predates them: stored as it was, not re-parsed
    expect(old.topics.find((t: { slug: string }) => t.slug === "rag-systems").videoCount).toBe(72);
    expect(JSON.parse(rows[2].snapshot).themes.find((t: { slug: string }) => t.slug === "costs").origin).toBe(
      "new-to-llms",
    );
    expect(runSeedCli(url).stdout).toContain("db:seed: 4 committed releases, 0 added to the database this time");
  });

  it("is idempotent: a second run leaves exactly the same rows", async () => {
    const before = await snapshot(db);
    const r = runSeedCli(url);
    expect(r.status).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it("keeps imported assignments and computes the unreported pairs from them", async () => {
    await db.video.create({ data: { id: "V900", number: 900 } });
    await db.videoTopic.createMany({
      data: [
        { videoId: "V900", topicSlug: "pricing" },
        { videoId: "V900", topicSlug: "latency" },
      ],
    });
    expect(runSeedCli(url).status).toBe(0);
    expect(await db.videoTopic.count()).toBe(2);
    const computed = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "latency", topicB: "pricing" } },
    });
    expect([computed.count, computed.provenance]).toEqual([1, "computed"]);
    const reported = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "evaluation", topicB: "rag-systems" } },
    });
    expect([reported.count, reported.provenance]).toEqual([21, "reported"]);
    await db.videoTopic.deleteMany();
    await db.video.delete({ where: { id: "V900" } });
    expect(runSeedCli(url).status).toBe(0);
  });

  it("on invalid content exits non-zero, names file, entry and field, and leaves the database as it was", async () => {
    const before = await snapshot(db);
    const dir = mkdtempSync(join(tmpdir(), "kmap-content-"));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const rag = join(dir, "topics", "rag-systems.md");
    writeFileSync(rag, readFileSync(rag, "utf8").replace(/video: V126\b/, "video: v126"));
    const agents = join(dir, "topics", "agents.md");
    writeFileSync(
      agents,
      readFileSync(agents, "utf8").replace("theme: architecture-and-design", "theme: no-such-theme"),
    );
    const themes = join(dir, "themes.yaml");
    writeFileSync(themes, readFileSync(themes, "utf8").replace("share: 52.2", "share: 55.0"));

    const r = runSeedCli(url, ["--content", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the database was not changed");
    expect(r.stderr).toContain(
      'content/topics/agents.md, entry "agents", field "theme": unknown theme "no-such-theme"',
    );
    expect(r.stderr).toContain('content/topics/rag-systems.md, entry "rag-systems", field "quotes[0].video"');
    expect(r.stderr).toContain('content/themes.yaml, entry "architecture-and-design", field "share"');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot(db)).toEqual(before);
    const noDir = runSeedCli(url, ["--content"]);
    expect(noDir.status).toBe(2);
    expect(noDir.stderr).toContain("--content needs a directory");
    expect(noDir.stderr).not.toMatch(/\n\s+at /);
    expect(runSeedCli(url, ["--content", "/no/such/dir"]).stderr).toContain(
      "cannot read content directory /no/such/dir",
    );
    const badUrl = runSeedCli("mysql://kmap@127.0.0.1/kmap");
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain(
      'DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL), got "mysql:…"',
    );
    expect(badUrl.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(db)).toEqual(before);
  });

  it("rolls back completely when the database rejects a write halfway", async () => {
    const before = await snapshot(db);
    // A trigger makes the 10th quote insert fail, after themes and topics were already written.
    const removeTrigger = await failQuoteInsert(db, "rag-systems-3");
    const dir = mkdtempSync(join(tmpdir(), "kmap-content-"));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const themes = join(dir, "themes.yaml");
    writeFileSync(
      themes,
      readFileSync(themes, "utf8").replace("How an LLM-based application", "How an LLM application"),
    );
    const dataset = join(dir, "dataset.yaml");
    writeFileSync(dataset, readFileSync(dataset, "utf8").replace(/^version: .*$/m, 'version: "99.0.0"'));
    const r = runSeedCli(url, ["--content", dir]);
    await removeTrigger();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nothing was changed");
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses changed content under an already published version, and keeps every version's snapshot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kmap-content-"));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const themes = join(dir, "themes.yaml");
    writeFileSync(
      themes,
      readFileSync(themes, "utf8").replace("How an LLM-based application", "How an LLM application"),
    );
    const before = await snapshot(db);
    const same = runSeedCli(url, ["--content", dir]);
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('content/dataset.yaml, field "version"');
    expect(await snapshot(db)).toEqual(before);

    const dataset = join(dir, "dataset.yaml");
    const published = /^version: "(.*)"$/m.exec(readFileSync(dataset, "utf8"))![1];
    writeFileSync(dataset, readFileSync(dataset, "utf8").replace(/^version: .*$/m, 'version: "99.0.0"'));
    expect(runSeedCli(url, ["--content", dir]).status).toBe(0);
    const versions = await db.datasetVersion.findMany({ orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.isCurrent]).slice(-2)).toEqual([
      [published, false],
      ["99.0.0", true],
    ]);
    const old = JSON.parse(versions.at(-2)!.snapshot);
    expect(old.themes[0].summary).toContain("How an LLM-based application");
    expect(JSON.parse(versions.at(-1)!.snapshot).themes[0].summary).toContain("How an LLM application");
  });
});
