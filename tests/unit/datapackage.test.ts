/**
 * The data package of the real content, validated by Frictionless's own JavaScript library (datapackage-js):
 * the descriptor against the data-package profile (CSV resources as tabular-data-resource), then every CSV row cast by
 * its Table Schema with
 * primary keys, unique constraints and foreign keys checked. Row counts are the dataset's real ones.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Package, validate } from "datapackage";
import { buildDataPackage, datasetTables, type DataPackage } from "@/lib/domain/datapackage";
import type { Catalogue } from "@/lib/content/parse";
import { realCatalogue } from "../helpers/content";

let cat: Catalogue;
let dp: DataPackage;
let dir: string;
beforeAll(async () => {
  cat = await realCatalogue();
  dp = buildDataPackage(cat, { siteUrl: "https://map.example" });
  dir = mkdtempSync(join(tmpdir(), "kmap-dp-"));
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(dp.descriptor));
  for (const [name, text] of Object.entries(dp.files)) writeFileSync(join(dir, name), text);
});

const EXPECTED_ROWS: Record<string, number> = {
  sources: 2,
  themes: 8,
  topics: 20,
  phases: 6,
  quotes: 52,
  videos: 40,
  pairs: 190,
  considerations: 11,
  consideration_topics: 17,
  findings: 13,
};

describe("data package", () => {
  it("the descriptor is a valid Frictionless data package", async () => {
    const { valid, errors } = await validate(dp.descriptor);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(valid).toBe(true);
    expect(dp.descriptor).toMatchObject({
      profile: "data-package",
      version: "1.3.0",
      created: "2026-12-02T00:00:00Z",
      contentHash: `sha256:${cat.dataset.contentHash}`,
      licenses: [expect.objectContaining({ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" })],
    });
    expect((dp.descriptor.sources as Array<{ doi?: string }>).map((s) => s.doi)).toEqual([
      "10.48550/arXiv.2411.08574",
      "10.48550/arXiv.2506.23762",
      undefined,
    ]);
    expect((dp.descriptor.sources as Array<{ title: string }>)[2].title).toBe(
      "“Software Engineering” (online guide page; no author, date or address)",
    );
  });

  it("loads in strict mode, and every CSV row casts by its schema with keys and foreign keys intact", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"), { strict: true });
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const name of Object.keys(EXPECTED_ROWS).concat("topic_phases")) {
      const resource = pkg.getResource(name)!;
      expect(resource.tabular).toBe(true);
      const rows = await resource.read({ keyed: true, relations: true });
      counts[name] = rows.length;
    }
    expect(counts).toMatchObject(EXPECTED_ROWS);
    expect(counts.topic_phases).toBe(cat.topics.reduce((n, t) => n + t.phases.length, 0));
    expect(counts.consideration_topics).toBe(cat.considerations.reduce((n, c) => n + c.topics.length, 0));
  });

  it(
    "pairs carry the paper's group: 11 architecture-based, 3 alternatives, " + "4 tools; none on unreported pairs",
    async () => {
      const pkg = await Package.load(join(dir, "datapackage.json"));
      const rows = await pkg.getResource("pairs")!.read({ keyed: true });
      const kinds = rows.filter((r) => r.kind !== null).map((r) => r.kind as string);
      expect(kinds.filter((k) => k === "architecture")).toHaveLength(11);
      expect(kinds.filter((k) => k === "alternatives")).toHaveLength(3);
      expect(kinds.filter((k) => k === "tools")).toHaveLength(4);
      expect(rows.filter((r) => r.provenance === "not_reported").every((r) => r.kind === null)).toBe(true);
      expect(rows.find((r) => [r.topic_a, r.topic_b].sort().join("|") === "fine-tuning|rag-systems")).toMatchObject({
        joint_videos: 19,
        kind: "alternatives",
      });
    },
  );

  it("considerations: 11 in the guide's order, 3 unmapped with a note; links point at real topics", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"));
    const rows = await pkg.getResource("considerations")!.read({ keyed: true });
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows.filter((r) => r.unmapped_note !== null)).toHaveLength(3);
    const links = await pkg.getResource("consideration_topics")!.read({ keyed: true, relations: true });
    expect(links.every((l) => l.editorial === true)).toBe(true);
  });

  it("themes say where they come from: 5 placed by the paper's sentence, 3 not classified", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"));
    const themes = await pkg.getResource("themes")!.read({ keyed: true });
    expect(themes.filter((t) => t.origin === "not-classified").map((t) => t.slug)).toEqual([
      "model-capabilities-and-techniques",
      "evaluation",
      "risks-and-ethics",
    ]);
    expect(themes.find((t) => t.slug === "costs")).toMatchObject({ origin: "new-to-this-extent" });
    const findings = await pkg.getResource("findings")!.read({ keyed: true });
    expect(findings.filter((f) => f.group === "limit").map((f) => f.slug)).toContain("english-only");
  });

  it(
    "with imported assignments in the snapshot, unreported pairs are " +
      "computed and every pair has its computed count",
    async () => {
      const assignments = [
        { videoId: "V1", topicSlug: "rag-systems" },
        { videoId: "V1", topicSlug: "evaluation" },
        { videoId: "V1", topicSlug: "pricing" },
        { videoId: "V2", topicSlug: "pricing" },
        { videoId: "V2", topicSlug: "latency" },
      ];
      const withAssignments = buildDataPackage({ ...cat, assignments }, { siteUrl: "https://map.example" });
      const out = mkdtempSync(join(tmpdir(), "kmap-dp-computed-"));
      writeFileSync(join(out, "datapackage.json"), JSON.stringify(withAssignments.descriptor));
      for (const [name, text] of Object.entries(withAssignments.files)) writeFileSync(join(out, name), text);
      const pkg = await Package.load(join(out, "datapackage.json"), { strict: true });
      expect(pkg.valid).toBe(true);
      const rows = await pkg.getResource("pairs")!.read({ keyed: true });
      const find = (a: string, b: string) =>
        rows.find((r) => [r.topic_a, r.topic_b].sort().join("|") === [a, b].sort().join("|"));
      expect(rows.filter((r) => r.provenance === "reported")).toHaveLength(18);
      expect(rows.filter((r) => r.provenance === "computed")).toHaveLength(172);
      expect(rows.filter((r) => r.provenance === "not_reported")).toHaveLength(0);
      expect(find("pricing", "latency")).toMatchObject({
        provenance: "computed",
        joint_videos: 1,
        computed_joint_videos: 1,
      });
      expect(find("agents", "memory")).toMatchObject({ provenance: "computed", joint_videos: 0 });
      expect(find("evaluation", "rag-systems")).toMatchObject({
        provenance: "reported",
        joint_videos: 21,
        computed_joint_videos: 1,
      });
    },
  );

  it(
    "pairs: 18 reported (with their sentence) of 190; RAG Systems × " +
      "Evaluation 21; the rest have no count, never 0",
    async () => {
      const pkg = await Package.load(join(dir, "datapackage.json"));
      const rows = await pkg.getResource("pairs")!.read({ keyed: true });
      const reported = rows.filter((r) => r.provenance === "reported");
      expect(reported).toHaveLength(18);
      expect(reported.every((r) => typeof r.evidence === "string" && r.source === "mailach-2024")).toBe(true);
      expect(rows.find((r) => [r.topic_a, r.topic_b].sort().join("|") === "evaluation|rag-systems")).toMatchObject({
        joint_videos: 21,
      });
      expect(rows.filter((r) => r.provenance === "not_reported").every((r) => r.joint_videos === null)).toBe(true);
    },
  );

  it(
    "topics: RAG Systems 72 videos, 40.4% of 178; topic↔phase links carry " + "their rationale and the editorial flag",
    async () => {
      const pkg = await Package.load(join(dir, "datapackage.json"));
      const topics = await pkg.getResource("topics")!.read({ keyed: true });
      expect(topics.find((t) => t.slug === "rag-systems")).toMatchObject({
        video_count: 72,
        share_percent: 40.4,
        share_denominator: 178,
        theme: "architecture-and-design",
      });
      const links = await pkg.getResource("topic_phases")!.read({ keyed: true });
      expect(links.find((l) => l.topic === "rag-systems" && l.phase === "testing-and-evaluation")).toMatchObject({
        editorial: true,
      });
      expect(links.every((l) => typeof l.rationale === "string" && (l.rationale as string).length > 10)).toBe(true);
    },
  );

  it("each JSON resource holds the same rows as its CSV, and hashes and sizes match the files", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"));
    for (const t of datasetTables(cat)) {
      const fromCsv = await pkg.getResource(t.name)!.read({ keyed: true });
      const fromJson = JSON.parse(dp.files[`${t.name}.json`]) as Array<Record<string, unknown>>;
      expect(fromJson).toHaveLength(fromCsv.length);
      expect(fromJson).toEqual(
        fromCsv.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v : v]))),
      );
    }
    for (const r of dp.descriptor.resources as Array<{ path: string; hash: string; bytes: number }>) {
      const text = dp.files[r.path];
      expect(r.hash).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
      expect(r.bytes).toBe(Buffer.byteLength(text));
    }
  });

  it("the validator catches what it should: a non-integer count, a dangling foreign key", async () => {
    const bad = mkdtempSync(join(tmpdir(), "kmap-dp-bad-"));
    writeFileSync(join(bad, "datapackage.json"), JSON.stringify(dp.descriptor));
    for (const [name, text] of Object.entries(dp.files)) writeFileSync(join(bad, name), text);
    writeFileSync(join(bad, "topics.csv"), dp.files["topics.csv"].replace(",72,40.4,", ",seventy-two,40.4,"));
    writeFileSync(
      join(bad, "quotes.csv"),
      dp.files["quotes.csv"].replace("\r\nrag-systems,1,V126,", "\r\nno-such-topic,1,V126,"),
    );
    const pkg = await Package.load(join(bad, "datapackage.json"));
    await expect(pkg.getResource("topics")!.read({ keyed: true })).rejects.toThrow();
    await expect(pkg.getResource("quotes")!.read({ keyed: true, relations: true })).rejects.toThrow();
  });

  it("every quote is the verbatim text with its video id, in topic order", () => {
    const quotes = datasetTables(cat).find((t) => t.name === "quotes")!.rows;
    const rag = quotes.filter((q) => q.topic === "rag-systems");
    expect(rag[0]).toMatchObject({
      position: 1,
      video: "V126",
      text: "[..] there’s like a million things that you can do to try to actually improve your RAG system.",
    });
  });
});
