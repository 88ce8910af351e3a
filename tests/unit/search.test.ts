import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchDocuments } from "@/lib/domain/search/documents";
import { buildSearchIndex, groupHits, loadSearchIndex, type SearchIndex } from "@/lib/domain/search/engine";
import { searchCatalogueFromContent } from "@/lib/domain/search/from-content";
import { excerpt, highlight } from "@/lib/domain/search/highlight";
import { MAX_QUERY_LENGTH, normaliseQuery, queryTerms, videoIdOf } from "@/lib/domain/search/query";
import { searchIndexCache, type SearchIndexSource } from "@/lib/domain/search/server-index";
import type { DatasetVersionInfo } from "@/lib/schemas/api";
import { realCatalogue } from "../helpers/content";

let index: SearchIndex;
const first = (q: string) => index.search(q)[0];

beforeAll(async () => {
  index = buildSearchIndex(buildSearchDocuments(searchCatalogueFromContent(await realCatalogue())));
});

describe("search index over the real catalogue", () => {
  it("finds engineering considerations by name, with what they map to", () => {
    const hit = index.search("load management").find((h) => h.kind === "consideration");
    expect(hit).toMatchObject({ href: "/considerations/scalability-and-load-management" });
    expect(first("scalability and load management")).toMatchObject({
      href: "/considerations/scalability-and-load-management",
    });
    const unmapped = index.search("collaboration with AI researchers")[0];
    expect(unmapped).toMatchObject({ href: "/considerations/collaboration-with-ai-researchers" });
    expect(unmapped.detail).toContain("the practitioner videos do not single it out");
  });

  it.each([
    ["rag evaluation", "RAG Systems × Evaluation", "rag-systems~evaluation", 21],
    ["fine tune vs rag", "RAG Systems × Fine-Tuning", "rag-systems~fine-tuning", 19],
    ["agents rag", "RAG Systems × Agents", "rag-systems~agents", 10],
    ["evaluation tools", "Evaluation × Tools and Landscape", "evaluation~tools-and-landscape", 15],
  ])("a pair is its own result: %s → %s, linking to its heatmap cell", (q, title, cell, count) => {
    const hit = first(q);
    expect(hit).toMatchObject({ kind: "pair", title, href: `/cooccurrence?cell=${cell}`, matchedIn: "name" });
    expect(hit.detail).toContain(`${count} joint videos`);
  });

  it("a topic's own name finds the topic before its pairs", () => {
    for (const [q, href] of [
      ["rag", "/topics/rag-systems"],
      ["evaluation", "/topics/evaluation"],
      ["fine tuning", "/topics/fine-tuning"],
      ["agents", "/topics/agents"],
    ]) {
      const hits = index.search(q);
      expect(hits[0].href, q).toBe(href);
      expect(hits.some((h) => h.kind === "pair")).toBe(true);
    }
  });

  it("indexes the paper's sentence of a pair, and only pairs whose count is known", () => {
    const hit = index.search("highest number of co-occurring topics", { kinds: ["pair"] })[0];
    expect(hit).toMatchObject({ title: "RAG Systems × Evaluation", matchedIn: "summary" });
    expect(hit.excerpt).toContain("the highest number of co-occurring topics");
  });

  it("indexes the 18 pairs the paper's text reports, and no pair whose count is unknown", async () => {
    const docs = buildSearchDocuments(searchCatalogueFromContent(await realCatalogue())).filter(
      (d) => d.kind === "pair",
    );
    expect(docs).toHaveLength(18);
    expect(docs.map((d) => d.name)).not.toContain("Pricing × Memory");
    expect(index.search("pricing memory", { kinds: ["pair"] }).map((h) => h.title)).not.toContain("Pricing × Memory");
  });

  it("indexes every topic, theme, phase, quote and video once", () => {
    // 20 topics + 8 themes + 6 phases + quotes + videos, as content/ holds them.
    expect(index.documentCount).toBeGreaterThan(20 + 8 + 6 + 40);
  });

  it.each([
    ["halluc", "/topics/hallucination"],
    ["halucination", "/topics/hallucination"],
    ["hallucinaton", "/topics/hallucination"],
    ["fine tuning", "/topics/fine-tuning"],
    ["finetuning", "/topics/fine-tuning"],
    ["Fine-Tuning", "/topics/fine-tuning"],
    ["rag", "/topics/rag-systems"],
  ])("prefix and typo tolerant: %s finds its topic first", (q, href) => {
    expect(first(q)).toMatchObject({ href, matchedIn: expect.stringMatching(/name|keywords/) });
  });

  it.each([
    ["vector database", "/topics/rag-systems"],
    ["embeddings", "/topics/rag-systems"],
    ["chunking", "/topics/rag-systems"],
    ["prompt injection", "/topics/application-security"],
    ["jailbreak", "/topics/application-security"],
    ["guardrails", "/topics/output-verification"],
    ["kubernetes", "/topics/infrastructure-management"],
    ["quantization", "/topics/llm-optimization"],
  ])("keyword hit: %s → %s, saying which keyword", (q, href) => {
    const hit = first(q);
    expect(hit).toMatchObject({ href, matchedIn: "keywords", kind: "topic" });
    expect(hit.excerpt).toMatch(/^Keyword: /);
  });

  it("names outrank keywords, keywords outrank summaries, summaries outrank quotes", () => {
    // "latency" is a topic's name, in other topics' summaries and in quotes.
    const latency = index.search("latency");
    expect(latency[0]).toMatchObject({ href: "/topics/latency", matchedIn: "name" });
    const order = { name: 0, keywords: 1, summary: 2, quote: 3 } as const;
    const tiers = latency.map((h) => order[h.matchedIn]);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(latency.some((h) => h.matchedIn === "summary")).toBe(true);
    expect(latency.some((h) => h.matchedIn === "quote")).toBe(true);
    // A word only in quotes and summaries: summaries first.
    const grandmother = index.search("grandmother");
    expect(grandmother.length).toBeGreaterThan(0);
    for (const hit of index.search("self critique"))
      expect(["name", "keywords", "summary", "quote"]).toContain(hit.matchedIn);
  });

  it("a topic's line says its theme and count; a quote's its video and topic", () => {
    expect(first("RAG Systems").detail).toBe("Topic in Architecture & Design · 72 videos (40.4%)");
    const quote = index.search("grandmother", { kinds: ["quote"] })[0];
    expect(quote.detail).toBe("V97 · Application Security");
    expect(quote.excerpt).toContain("grandmother");
    expect(quote.href).toBe("/videos/V97");
  });

  it.each(["V47", "v47", "v 47"])("video id %s finds that video first", (q) => {
    const hits = index.search(q);
    expect(hits[0]).toMatchObject({ kind: "video", href: "/videos/V47", title: "V47" });
    expect(hits.slice(1).every((h) => h.kind === "quote" && h.detail.startsWith("V47 "))).toBe(true);
  });

  it("filters by kind and limits", () => {
    const quotes = index.search("model", { kinds: ["quote"], limit: 3 });
    expect(quotes).toHaveLength(3);
    expect(quotes.every((h) => h.kind === "quote")).toBe(true);
  });

  it("groups by kind in the order of each group's best hit", () => {
    const groups = groupHits(index.search("evaluation"));
    expect(
      groups
        .map((g) => g.kind)
        .slice(0, 2)
        .sort(),
    ).toEqual(["theme", "topic"]);
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
  });

  it("the serialised index answers exactly like the one it came from", () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ["halluc", "vector database", "V47", "cost"]) expect(loaded.search(q)).toEqual(index.search(q));
  });

  it.each([
    "<script>alert(1)</script>",
    "'; DROP TABLE topics; --",
    ".*+?^${}()|[]\\",
    "x".repeat(5000),
    "🙂 ﷽ \u0000 \u202e evaluation",
    "",
    "   ",
    "%00%2e%2e/",
  ])("hostile input is inert: %#", (q) => {
    const hits = index.search(q);
    expect(Array.isArray(hits)).toBe(true);
    for (const h of hits) {
      expect(h.href).toMatch(
        /^\/(?:(topics|themes|phases|considerations|videos)\/[A-Za-z0-9-]+|cooccurrence\?cell=[a-z0-9-]+~[a-z0-9-]+)$/,
      );
    }
  });

  it("HTML in a query is searched as words, never as markup", () => {
    expect(first("<b>guardrails</b>").href).toBe("/topics/output-verification");
  });
});

describe("query normalisation and highlighting", () => {
  it("normalises whitespace and unicode, and cuts long input", () => {
    expect(normaliseQuery("  fine\n\ttuning ")).toBe("fine tuning");
    expect(normaliseQuery("ｆｉｎｅ")).toBe("fine");
    expect(normaliseQuery("a".repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(queryTerms("Fine-Tuning, fine tuning!")).toEqual(["fine", "tuning"]);
    expect(queryTerms("Café")).toEqual(["cafe"]);
    expect(videoIdOf("v047")).toBe("V47");
    expect(videoIdOf("video")).toBeNull();
  });

  it("highlights matched words and prefixes, keeping all text", () => {
    const segments = highlight(
      "RAG uses a vector database, <b>not</b> magic.",
      ["vector", "database"],
      ["vector", "database"],
    );
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["vector database"]);
    expect(segments.map((s) => s.text).join("")).toBe("RAG uses a vector database, <b>not</b> magic.");
    // Typed prefixes mark what was typed; a typo-tolerant match marks the whole word.
    expect(highlight("Hallucinations happen", ["hallucinations"], ["halluc"]).slice(0, 2)).toEqual([
      { text: "Halluc", match: true },
      { text: "inations happen", match: false },
    ]);
    expect(highlight("Hallucination", ["hallucination"], ["halucination"])).toEqual([
      { text: "Hallucination", match: true },
    ]);
  });

  it("cuts an excerpt around the first match", () => {
    const text = `${"word ".repeat(60)}guardrails ${"more ".repeat(60)}`;
    const cut = excerpt(text, ["guardrails"], [], 80);
    expect(cut).toContain("guardrails");
    expect(cut.startsWith("…") && cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(82);
  });
});

describe("the server's index per dataset version (server-index.ts)", () => {
  const versionInfo = (version: string, hash = "a"): DatasetVersionInfo => ({
    version,
    releasedAt: "2026-11-20",
    contentHash: hash.repeat(64),
  });

  /** A reader whose version, build count and failure the test controls. */
  async function fakeSource() {
    const content = searchCatalogueFromContent(await realCatalogue());
    const state = { current: versionInfo("1.0.0"), builds: 0, fail: false };
    const source: SearchIndexSource = {
      datasetVersion: async () => state.current,
      searchCatalogue: async () => {
        state.builds++;
        if (state.fail) throw new Error("database down");
        return content;
      },
    };
    return { state, source };
  }

  it("builds a version's index once, and anew for a new version or a new content hash", async () => {
    const current = searchIndexCache();
    const { state, source } = await fakeSource();
    const a = await current(source);
    expect(await current(source)).toBe(a);
    expect(state.builds).toBe(1);
    expect(a.version.version).toBe("1.0.0");
    expect(JSON.parse(a.json)).toMatchObject({ version: "1.0.0" });
    expect(a.index.search("halluc")[0]).toMatchObject({ href: "/topics/hallucination" });

    state.current = versionInfo("1.1.0");
    const b = await current(source);
    expect(b).not.toBe(a);
    state.current = versionInfo("1.1.0", "b");
    expect(await current(source)).not.toBe(b);
    expect(state.builds).toBe(3);
  });

  it("keeps at most `max` versions and does not keep a failed build", async () => {
    const current = searchIndexCache(2);
    const { state, source } = await fakeSource();
    state.fail = true;
    await expect(current(source)).rejects.toThrow("database down");
    state.fail = false;
    const a = await current(source);
    expect(state.builds).toBe(2);
    state.current = versionInfo("1.1.0");
    await current(source);
    state.current = versionInfo("1.2.0");
    await current(source);
    state.current = versionInfo("1.0.0");
    expect(await current(source)).not.toBe(a);
    expect(state.builds).toBe(5);
  });
});
