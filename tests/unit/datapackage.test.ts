/**
 * The data package of the real content, validated against Frictionless's own JSON Schema profiles (ajv, draft-04):
 * the descriptor against the data-package profile, every resource against its profile (CSV resources as
 * tabular-data-resource) and every Table Schema against table-schema; then every CSV row cast by its Table Schema with
 * primary keys, unique constraints and foreign keys checked (tests/helpers/frictionless.ts). Row counts are the
 * dataset's real ones.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DataPackageReader, descriptorErrors } from "../helpers/frictionless";
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
    expect(descriptorErrors(dp.descriptor)).toEqual([]);
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

  it("every resource is valid by its profile, and every CSV row casts by its schema with keys intact", () => {
    const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
    expect(pkg.resourceNames().filter((n) => pkg.isTabular(n))).toHaveLength(11);
    const counts: Record<string, number> = {};
    for (const name of Object.keys(EXPECTED_ROWS).concat("topic_phases")) {
      expect(pkg.isTabular(name)).toBe(true);
      counts[name] = pkg.read(name, { relations: true }).length;
    }
    expect(counts).toMatchObject(EXPECTED_ROWS);
    expect(counts.topic_phases).toBe(cat.topics.reduce((n, t) => n + t.phases.length, 0));
    expect(counts.consideration_topics).toBe(cat.considerations.reduce((n, c) => n + c.topics.length, 0));
  });

  it(
    "pairs carry the paper's group: 11 architecture-based, 3 alternatives, " + "4 tools; none on unreported pairs",
    async () => {
      const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
      const rows = pkg.read("pairs");
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
    const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
    const rows = pkg.read("considerations");
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows.filter((r) => r.unmapped_note !== null)).toHaveLength(3);
    const links = pkg.read("consideration_topics", { relations: true });
    expect(links.every((l) => l.editorial === true)).toBe(true);
  });

  it("themes say where they come from: 5 placed by the paper's sentence, 3 not classified", async () => {
    const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
    const themes = pkg.read("themes");
    expect(themes.filter((t) => t.origin === "not-classified").map((t) => t.slug)).toEqual([
      "model-capabilities-and-techniques",
      "evaluation",
      "risks-and-ethics",
    ]);
    expect(themes.find((t) => t.slug === "costs")).toMatchObject({ origin: "new-to-this-extent" });
    const findings = pkg.read("findings");
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
      expect(descriptorErrors(withAssignments.descriptor)).toEqual([]);
      const pkg = DataPackageReader.load(join(out, "datapackage.json"));
      const rows = pkg.read("pairs");
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
      const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
      const rows = pkg.read("pairs");
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
      const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
      const topics = pkg.read("topics");
      expect(topics.find((t) => t.slug === "rag-systems")).toMatchObject({
        video_count: 72,
        share_percent: 40.4,
        share_denominator: 178,
        theme: "architecture-and-design",
      });
      const links = pkg.read("topic_phases");
      expect(links.find((l) => l.topic === "rag-systems" && l.phase === "testing-and-evaluation")).toMatchObject({
        editorial: true,
      });
      expect(links.every((l) => typeof l.rationale === "string" && (l.rationale as string).length > 10)).toBe(true);
    },
  );

  it("each JSON resource holds the same rows as its CSV, and hashes and sizes match the files", async () => {
    const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
    for (const t of datasetTables(cat)) {
      const fromCsv = pkg.read(t.name);
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

  /** The real package written out with some of its files replaced. */
  function brokenPackage(replaced: Record<string, string>): DataPackageReader {
    const bad = mkdtempSync(join(tmpdir(), "kmap-dp-bad-"));
    writeFileSync(join(bad, "datapackage.json"), JSON.stringify(dp.descriptor));
    for (const [name, text] of Object.entries({ ...dp.files, ...replaced })) writeFileSync(join(bad, name), text);
    return DataPackageReader.load(join(bad, "datapackage.json"));
  }

  it("the validator catches what it should: a non-integer count, a dangling foreign key", () => {
    const topics = brokenPackage({ "topics.csv": dp.files["topics.csv"].replace(",72,40.4,", ",seventy-two,40.4,") });
    expect(() => topics.read("topics")).toThrow(/^topics, row \d+, field "video_count": "seventy-two" is not an int/);
    const quotes = brokenPackage({
      "quotes.csv": dp.files["quotes.csv"].replace("\r\nrag-systems,1,V126,", "\r\nno-such-topic,1,V126,"),
    });
    expect(() => quotes.read("quotes")).not.toThrow(); // a foreign key is checked with relations only
    expect(() => quotes.read("quotes", { relations: true })).toThrow(
      /^quotes, row \d+: topic \["no-such-topic"\] is not a topics slug$/,
    );
  });

  it("the validator catches a duplicate primary key, a value outside its enum and a renamed column", () => {
    const [header, first, ...rest] = dp.files["phases.csv"].split("\r\n");
    const pkg = brokenPackage({
      "phases.csv": [header, first, first, ...rest].join("\r\n"),
      "themes.csv": dp.files["themes.csv"].replace(",not-classified,", ",unclassified,"),
      "sources.csv": dp.files["sources.csv"].replace(/^slug,/, "id,"),
    });
    expect(() => pkg.read("phases")).toThrow(/^phases, row 3: duplicate slug/);
    expect(() => pkg.read("themes")).toThrow(/^themes, row \d+, field "origin": "unclassified" not in enum$/);
    expect(() => pkg.read("sources")).toThrow(/^sources: header \["id",/);
  });

  it("the profiles reject a broken descriptor: a resource without a path, a field of no known type", () => {
    const resources = structuredClone(dp.descriptor.resources) as Array<Record<string, unknown>>;
    delete resources[0].path;
    (resources[2].schema as { fields: Array<{ type: string }> }).fields[0].type = "text";
    const errors = descriptorErrors({ ...dp.descriptor, resources, name: "Not A Valid Name" });
    expect(errors).toContainEqual(expect.stringMatching(/^package\/name \(data-package\): must match pattern/));
    expect(errors).toContainEqual(expect.stringMatching(/^resources\/0 \(sources\) \(tabular-data-resource\): /));
    expect(errors).toContainEqual(
      expect.stringMatching(/^resources\/2 \(themes\)\/schema\/fields\/0 \(table-schema\): /),
    );
    expect(descriptorErrors({ ...dp.descriptor, profile: "fiscal-data-package" })).toEqual([
      'package: unknown profile "fiscal-data-package"',
    ]);
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
