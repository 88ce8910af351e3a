import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReleases } from "@/lib/content/releases";
import { catalogueView } from "@/lib/domain/catalogue/view";
import { entryPath, kindOfSegment, versionBase, ENTRY_PATHS } from "@/lib/domain/entry-path";
import { readSnapshot } from "@/lib/domain/release/legacy";
import type { Catalogue } from "@/lib/content/parse";
import { ROOT, realCatalogue } from "../helpers/content";

const releases = await readReleases(join(ROOT, "releases"));
const viewOf = (version: string) => {
  const r = releases.find((x) => x.version === version)!;
  const info = { version: r.version, releasedAt: r.releasedAt, contentHash: r.contentHash };
  return catalogueView(readSnapshot(r.catalogue), info);
};

describe("the catalogue view of a version", () => {
  it("answers the current content in the API's shapes", async () => {
    const cat = await realCatalogue();
    const view = catalogueView(cat, {
      version: cat.dataset.version,
      releasedAt: cat.dataset.releasedAt,
      contentHash: cat.dataset.contentHash,
    });
    const rag = view.topic("rag-systems")!;
    expect(rag).toMatchObject({
      videoCount: 72,
      share: 40.4,
      shareDenominator: 178,
      themeName: "Architecture & Design",
    });
    expect(rag.pairs.every((p) => p.provenance === "reported" && p.count !== null)).toBe(true);
    expect(rag.pairs.map((p) => p.count)).toEqual([...rag.pairs.map((p) => p.count)].sort((a, b) => b! - a!));
    expect(view.themes().map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(view.topics()).toHaveLength(20);
    expect(view.topics({ theme: "costs" }).every((t) => t.theme === "costs")).toBe(true);
    // 20 topics: every unordered pair once, 18 of them reported by the paper.
    const pairs = view.cooccurrence().pairs;
    expect(pairs).toHaveLength(190);
    expect(pairs.filter((p) => p.provenance === "reported")).toHaveLength(18);
    expect(pairs.filter((p) => p.provenance === "not_reported").every((p) => p.count === null)).toBe(true);
    expect(view.considerations()).toHaveLength(11);
    expect(view.consideration("security-and-privacy")!.guide).toMatchObject({ kind: "guide-page", url: null });
    expect(view.findings()[0].group).toBe("conclusion");
    expect(view.findings().at(-1)!.group).toBe("limit");
    expect(view.topic("no-such-topic")).toBeNull();
  });

  it("lists a video's quotes by topic, and the videos of a topic", () => {
    const view = viewOf("1.3.0");
    const v3 = view.video("V3")!;
    expect(v3.quoteCount).toBe(v3.quotes.length);
    expect(v3.quotes.map((q) => q.topic)).toEqual([...v3.quotes.map((q) => q.topic)].sort());
    const ragVideos = view.videos({ topic: "rag-systems" });
    expect(ragVideos.length).toBeGreaterThan(0);
    expect(ragVideos.every((v) => v.topics.includes("rag-systems"))).toBe(true);
    expect(view.video("V9999")).toBeNull();
  });

  it("reads an old version's snapshot: what it predates is empty, not invented", () => {
    const old = viewOf("1.0.0");
    expect(old.dataset.version).toBe("1.0.0");
    expect(old.considerations()).toEqual([]);
    expect(old.findings()).toEqual([]);
    expect(old.topics().every((t) => t.keywords.length === 0)).toBe(true);
    expect(old.recorded.themeOrigins).toBe(false);
    expect(old.topic("rag-systems")!.summary).toContain(
      "Practitioners stress that simply assembling the components is not enough",
    );
    expect(viewOf("1.2.0").recorded.themeOrigins).toBe(true);
    // 1.2.0 published `new-to-llms`; the view reads it under today's name.
    expect(
      viewOf("1.2.0")
        .themes()
        .find((t) => t.slug === "costs")!.origin,
    ).toBe("new-to-this-extent");
  });

  it("counts pairs from imported assignments, and knows the videos only the assignments name", () => {
    const snap: Catalogue = {
      ...readSnapshot(releases.find((r) => r.version === "1.3.0")!.catalogue),
      assignments: [
        { videoId: "V500", topicSlug: "rag-systems" },
        { videoId: "V500", topicSlug: "pricing" },
        { videoId: "V3", topicSlug: "pricing" },
      ],
    };
    const view = catalogueView(snap, { version: "1.4.0", releasedAt: "2026-12-02", contentHash: "0".repeat(64) });
    const pair = view.cooccurrence().pairs.find((p) => p.a === "pricing" && p.b === "rag-systems")!;
    expect(pair).toMatchObject({ provenance: "computed", count: 1, computedCount: 1 });
    expect(view.video("V500")).toMatchObject({ quoteCount: 0, topics: ["pricing", "rag-systems"], title: null });
    expect(view.datasetVersion().version).toBe("1.4.0");
  });

  it("resolves old slugs of the version to its current ones", () => {
    const view = viewOf("1.3.0");
    expect(view.resolveAlias("theme", "tools-and-infrastructure")).toBe("tools-infrastructure-and-llm-providers");
    expect(view.resolveAlias("topic", "no-such-slug")).toBeNull();
  });
});

describe("the kind ↔ path map", () => {
  it("builds every entry path, current and versioned, and reads a segment back", () => {
    expect(entryPath("topic", "rag-systems")).toBe("/topics/rag-systems");
    expect(entryPath("video", "V3", versionBase("1.0.0"))).toBe("/v/1.0.0/videos/V3");
    expect(entryPath("consideration", "security-and-privacy", versionBase())).toBe(
      "/considerations/security-and-privacy",
    );
    for (const [kind, segment] of Object.entries(ENTRY_PATHS)) expect(kindOfSegment(segment)).toBe(kind);
    expect(kindOfSegment("planets")).toBeNull();
    expect(kindOfSegment("topic")).toBeNull();
  });
});
