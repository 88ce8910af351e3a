import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "@/lib/domain/slug";
import { formatShare, roundShare, shareMatches, sharePercent } from "@/lib/domain/share";
import { compareVideoIds, isVideoId, videoNumber } from "@/lib/domain/video-id";
import { allPairs, canonicalPair, pairKey } from "@/lib/domain/pairs";
import { buildPairRows, countJointVideos } from "@/lib/domain/heatmap/cooccurrence";

describe("slugify", () => {
  it.each([
    ["RAG Systems", "rag-systems"],
    ["Architecture & Design", "architecture-and-design"],
    ["LLMs on Premise or Cloud", "llms-on-premise-or-cloud"],
    ["Tools, Infrastructure & LLM Providers", "tools-infrastructure-and-llm-providers"],
    ["Fine-Tuning", "fine-tuning"],
    ["Model Size & Performance", "model-size-and-performance"],
    ["  Évaluation  ", "evaluation"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it("rejects what is not a slug", () => {
    for (const bad of [
      "RAG",
      "rag--systems",
      "-rag",
      "rag-",
      "rag systems",
      "rag_systems",
      "../etc",
      "",
      "a".repeat(101),
    ]) {
      expect(isSlug(bad), bad).toBe(false);
    }
  });
});

describe("shares", () => {
  it("computes the paper's percentages over 178", () => {
    expect(sharePercent(72, 178)).toBeCloseTo(40.449, 3);
    expect(roundShare(sharePercent(72, 178))).toBe(40.4);
    expect(roundShare(sharePercent(16, 178))).toBe(9);
    expect(formatShare(9)).toBe("9.0%");
  });

  it("accepts a share within rounding and rejects one outside it", () => {
    expect(shareMatches(40.4, 72, 178)).toBe(true);
    expect(shareMatches(2.2, 4, 178)).toBe(true); // 2.247 rounds down
    expect(shareMatches(40.5, 72, 178)).toBe(false);
    expect(shareMatches(38.1, 72, 189)).toBe(true);
    expect(shareMatches(40.4, 72, 189)).toBe(false);
  });

  it("refuses a zero denominator", () => {
    expect(() => sharePercent(1, 0)).toThrow(RangeError);
  });
});

describe("video ids", () => {
  it("accepts the paper's form only", () => {
    expect(isVideoId("V3")).toBe(true);
    expect(isVideoId("V174")).toBe(true);
    for (const bad of ["v3", "V03", "V", "V0", "3", "V3a", "V12345", " V3"]) expect(isVideoId(bad), bad).toBe(false);
  });
  it("sorts by number", () => {
    expect(["V105", "V3", "V23"].sort(compareVideoIds)).toEqual(["V3", "V23", "V105"]);
    expect(videoNumber("V72")).toBe(72);
    expect(() => videoNumber("x")).toThrow();
  });
});

describe("pairs", () => {
  it("are unordered", () => {
    expect(canonicalPair("rag-systems", "evaluation")).toEqual(["evaluation", "rag-systems"]);
    expect(pairKey("b", "a")).toBe(pairKey("a", "b"));
  });
  it("enumerates n(n-1)/2 distinct pairs", () => {
    const slugs = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, "0")}`);
    const pairs = allPairs(slugs);
    expect(pairs).toHaveLength(190);
    expect(new Set(pairs.map(([a, b]) => pairKey(a, b))).size).toBe(190);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
  });
});

describe("buildPairRows", () => {
  const topics = ["a", "b", "c"];
  const reported = [{ a: "b", b: "a", count: 5, evidence: "A and B (5).", kind: "alternatives" as const }];

  it("marks unknown pairs not_reported with a null count, never 0", () => {
    const rows = buildPairRows(topics, reported, []);
    expect(rows).toEqual([
      {
        topicA: "a",
        topicB: "b",
        count: 5,
        provenance: "reported",
        evidence: "A and B (5).",
        note: null,
        kind: "alternatives",
        computedCount: null,
      },
      {
        topicA: "a",
        topicB: "c",
        count: null,
        provenance: "not_reported",
        evidence: null,
        note: null,
        kind: null,
        computedCount: null,
      },
      {
        topicA: "b",
        topicB: "c",
        count: null,
        provenance: "not_reported",
        evidence: null,
        note: null,
        kind: null,
        computedCount: null,
      },
    ]);
  });

  it("computes the rest from assignments, keeping reported counts", () => {
    const assignments = [
      { videoId: "V1", topicSlug: "a" },
      { videoId: "V1", topicSlug: "b" },
      { videoId: "V1", topicSlug: "c" },
      { videoId: "V2", topicSlug: "b" },
      { videoId: "V2", topicSlug: "c" },
    ];
    expect(countJointVideos(assignments).get(pairKey("b", "c"))).toBe(2);
    const rows = buildPairRows(topics, reported, assignments);
    expect(rows.map((r) => [r.topicA, r.topicB, r.count, r.provenance])).toEqual([
      ["a", "b", 5, "reported"],
      ["a", "c", 1, "computed"],
      ["b", "c", 2, "computed"],
    ]);
  });
});

describe("changes between versions", async () => {
  const { compareSnapshots } = await import("@/lib/domain/release/compare");
  const { compareVersions } = await import("@/lib/domain/version");
  const { realCatalogue } = await import("../helpers/content");
  const base = await realCatalogue();
  it("is empty for identical snapshots", () => expect(compareSnapshots(base, structuredClone(base))).toEqual([]));
  it("names renames, figure changes, quotes and pairs", () => {
    const next = structuredClone(base);
    const rag = next.topics.find((t) => t.slug === "rag-systems")!;
    Object.assign(rag, {
      slug: "retrieval-augmented-generation",
      name: "Retrieval-Augmented Generation",
      aliases: ["rag-systems"],
      videoCount: 73,
      share: 41.0,
      quotes: rag.quotes.slice(1),
    });
    next.pairs.find((p) => p.a === "evaluation" && p.b === "rag-systems")!.count = 22;
    const changes = compareSnapshots(base, next);
    expect(changes.find((c) => c.kind === "topic")).toMatchObject({
      slug: "retrieval-augmented-generation",
      status: "changed",
      previousName: "RAG Systems",
      figures: [
        { field: "videos", before: 72, after: 73 },
        { field: "share", before: 40.4, after: 41 },
      ],
      mappings: [
        {
          field: "quotes",
          added: [],
          removed: [`V126: “${base.topics.find((t) => t.slug === "rag-systems")!.quotes[0].text}”`],
        },
      ],
    });
    expect(changes.find((c) => c.kind === "pair" && c.slug === "evaluation|rag-systems")?.figures).toEqual([
      { field: "count", before: 21, after: 22 },
    ]);
  });
  it("orders versions numerically", () => {
    expect(["1.9.0", "1.10.0", "1.0.1"].sort(compareVersions)).toEqual(["1.0.1", "1.9.0", "1.10.0"]);
  });
});

describe("request guard", async () => {
  const { undecodablePath, badRequestResponse } = await import("@/lib/request-guard");
  it("spots paths that cannot be decoded", () => {
    expect(undecodablePath("/topics/%")).toBe(true);
    expect(undecodablePath("/topics/%E0%A4%A")).toBe(true);
    expect(undecodablePath("/topics/rag%20systems")).toBe(false);
    expect(undecodablePath("/topics/%F0%9F%A4%96")).toBe(false);
  });
  it("answers JSON under /api and a page elsewhere", async () => {
    const api = badRequestResponse("/api/v1/topics/%");
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({
      error: { code: "bad_request", message: "The address contains invalid percent-encoding." },
    });
    const page = badRequestResponse("/topics/%");
    expect(page.headers.get("content-type")).toContain("text/html");
  });
});
