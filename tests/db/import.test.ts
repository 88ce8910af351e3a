import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/content";
import { cliEnv, createDb, freshDatabase, runSeedCli, snapshot, TEST_PROVIDER } from "../helpers/db";
import { parseAssignmentsCsv } from "@/lib/import/assignments";
import type { Db } from "@/lib/db/client";

const FIXTURE = join(ROOT, "tests/fixtures/assignments.synthetic.csv");

let nextPatch = 0;
/** Each import is a new dataset version, above anything content/ holds. */
function runImport(url: string, file: string, version: string | null = `90.0.${++nextPatch}`) {
  const args = ["scripts/import-assignments.ts", file, ...(version ? ["--version", version] : [])];
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), args, { cwd: ROOT, env: cliEnv(url), encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function csvFile(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "kmap-csv-"));
  const file = join(dir, "a.csv");
  writeFileSync(file, text);
  return file;
}

describe("parseAssignmentsCsv", () => {
  const topics = new Set(["rag-systems", "evaluation"]);
  it("reads valid rows", () => {
    const r = parseAssignmentsCsv("video_id,topic_slug\nV1,rag-systems\r\nV1,evaluation\n", topics);
    expect(r).toEqual({
      ok: true,
      assignments: [
        { videoId: "V1", topicSlug: "rag-systems" },
        { videoId: "V1", topicSlug: "evaluation" },
      ],
    });
  });
  it("names line and field for every bad row", () => {
    const r = parseAssignmentsCsv(
      "video_id,topic_slug\nV1,rag-systems\nv2,rag-systems\nV3,retrieval\nV1,rag-systems\nV4\n",
      topics,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { line: 3, field: "video_id", message: '"v2" is not a video id like V72' },
      { line: 4, field: "topic_slug", message: 'unknown topic "retrieval"' },
      { line: 5, message: "duplicate of line 2 (V1,rag-systems)" },
      { line: 6, message: "expected 2 fields (video_id,topic_slug), found 1" },
    ]);
  });
  it("requires the header", () => {
    const r = parseAssignmentsCsv("video,topic\nV1,rag-systems\n", topics);
    expect(r.ok ? [] : r.issues[0].message).toMatch(/header must be "video_id,topic_slug"/);
    expect(parseAssignmentsCsv("", topics).ok).toBe(false);
    const broken = parseAssignmentsCsv('video_id,topic_slug\n"V1,rag-systems\n', topics);
    expect(broken.ok ? "" : broken.issues[0].message).toMatch(/not valid CSV/);
  });
});

describe(`npm run import:assignments (${TEST_PROVIDER})`, () => {
  let url: string;
  let db: Db;
  beforeAll(async () => {
    url = (await freshDatabase()).url;
    expect(runSeedCli(url).status).toBe(0);
    db = createDb(url);
  });
  afterAll(async () => db?.$disconnect());

  it("rejects an invalid file with line and field, and writes nothing", async () => {
    const before = await snapshot(db);
    const file = csvFile("video_id,topic_slug\nV1001,rag-systems\nV1001,no-such-topic\nV01,evaluation\n");
    const r = runImport(url, file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nothing was imported");
    expect(r.stderr).toContain(`${file}:3, field "topic_slug": unknown topic "no-such-topic"`);
    expect(r.stderr).toContain(`${file}:4, field "video_id"`);
    expect(await snapshot(db)).toEqual(before);
    expect(runImport(url, "/no/such/file.csv").status).toBe(1);
    expect(runImport(url, "").status).toBe(2);
  });

  it("stores the synthetic fixture, recomputes the matrix and lists disagreements", async () => {
    const r = runImport(url, FIXTURE);
    expect(r.stderr).toBe(""); // small files: no progress bar
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("13 assignments stored (6 new videos); 190 topic pairs recomputed.");
    expect(r.stdout).toMatch(/pair\s+evaluation × rag-systems: 21 → 2/);
    expect(r.stdout).toMatch(/topic rag-systems: 72 → 3/);
    // Reported pairs keep the paper's count and gain the computed one; the rest are computed.
    const reported = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "evaluation", topicB: "rag-systems" } },
    });
    expect([reported.provenance, reported.count, reported.computedCount]).toEqual(["reported", 21, 2]);
    const computed = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "latency", topicB: "pricing" } },
    });
    expect([computed.provenance, computed.count]).toEqual(["computed", 1]);
    const zero = await db.topicPair.findUniqueOrThrow({
      where: { topicA_topicB: { topicA: "agents", topicB: "memory" } },
    });
    expect([zero.provenance, zero.count]).toEqual(["computed", 0]);
    expect(await db.topicPair.count({ where: { provenance: "not_reported" } })).toBe(0);

    // Importing again replaces, it does not add.
    expect(runImport(url, FIXTURE).status).toBe(0);
    expect(await db.videoTopic.count()).toBe(13);
  });

  it("shows a progress bar for large files", () => {
    const rows = ["video_id,topic_slug"];
    for (let v = 1001; v < 1001 + 1500; v++) rows.push(`V${v},rag-systems`);
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/import-assignments.ts", csvFile(rows.join("\n")), "--version", "91.0.0"],
      {
        cwd: ROOT,
        env: cliEnv(url),
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1500 assignments stored");
    expect(r.stderr).toMatch(/importing \[[^\]]+\] 100% \| 1500\/1500 rows/);
  });

  it("records a new dataset version, and refuses without one or with one not above the current", async () => {
    const before = await db.datasetVersion.findFirst({ where: { isCurrent: true } });
    const missing = runImport(url, FIXTURE, null);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("give it with --version <x.y.z>");
    const lower = runImport(url, FIXTURE, "0.0.1");
    expect(lower.status).toBe(2);
    expect(lower.stderr).toMatch(/--version 0\.0\.1 must be higher than the current dataset version/);
    expect((await db.datasetVersion.findFirst({ where: { isCurrent: true } }))?.version).toBe(before?.version);
    const ok = runImport(url, FIXTURE, "95.1.0");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`Dataset version 95.1.0 (was ${before?.version})`);
    const now = await db.datasetVersion.findFirst({ where: { isCurrent: true } });
    expect(now).toMatchObject({ version: "95.1.0", title: before?.title });
    expect(now?.contentHash).not.toBe(before?.contentHash);
    // The content is carried over unchanged; the assignments join it, so the version's data package can compute.
    const { assignments, ...content } = JSON.parse(now!.snapshot) as { assignments: unknown[] };
    const { assignments: _earlier, ...contentBefore } = JSON.parse(before!.snapshot) as { assignments?: unknown[] };
    expect(content).toEqual(contentBefore);
    expect(assignments).toHaveLength(await db.videoTopic.count());
    expect(assignments[0]).toEqual({ videoId: expect.stringMatching(/^V\d+$/), topicSlug: expect.any(String) });
  });
});
