import { describe, expect, it } from "vitest";
import {
  canonicalViewUrl,
  heatmapViewUrl,
  isCanonicalView,
  searchQueryOf,
  searchViewUrl,
  treemapViewUrl,
} from "@/lib/domain/views/canonical";
import { parseTreemapState } from "@/lib/domain/treemap/url";
import { parseHeatmapState } from "@/lib/domain/heatmap/url";
import { realCatalogue } from "../helpers/content";

const content = await realCatalogue();
const catalogue = { themes: content.themes, topics: content.topics };

describe("the canonical URL of a shared view (the pages' og:url and what the server keeps)", () => {
  it("is the URL itself for a view asked for in its canonical form", () => {
    for (const url of [
      "/",
      "/?zoom=architecture-and-design&topic=rag-systems",
      "/?topic=rag-systems&color=phase&view=table",
      "/cooccurrence",
      "/cooccurrence?cell=rag-systems~evaluation&value=jaccard",
      "/search",
      "/search?q=evaluation",
      "/search?q=vector+database",
      "/plan",
      "/plan?topics=rag-systems,fine-tuning",
    ])
      expect(canonicalViewUrl(url, catalogue), url).toBe(url);
  });

  it("drops unknown values, defaults and duplicates, and puts parameters in their order", () => {
    const cases: Array<[string, string]> = [
      ["/?zoom=no-such-theme", "/"],
      ["/?topic=rag-systems&zoom=architecture-and-design", "/?zoom=architecture-and-design&topic=rag-systems"],
      ["/?color=theme&view=chart", "/"],
      ["/?junk=1", "/"],
      ["/cooccurrence?cell=rag-systems~nothing", "/cooccurrence"],
      ["/cooccurrence?cell=rag-systems%7Eevaluation", "/cooccurrence?cell=rag-systems~evaluation"],
      ["/search?q=%20%20evaluation%20", "/search?q=evaluation"],
      ["/search?q=a&q=b", "/search?q=a"],
      ["/search?q=vector%20database", "/search?q=vector+database"],
      ["/plan?topics=rag-systems&topics=rag-systems,no-such-topic", "/plan?topics=rag-systems"],
    ];
    for (const [url, canonical] of cases) {
      expect(canonicalViewUrl(url, catalogue), url).toBe(canonical);
      expect(isCanonicalView(url, catalogue)).toBe(false);
    }
  });

  it("is the address the pages state as og:url, built by the same functions", () => {
    const params = new URLSearchParams("topic=rag-systems&zoom=architecture-and-design&color=phase");
    expect(treemapViewUrl(parseTreemapState(params, catalogue).state)).toBe(canonicalViewUrl(`/?${params}`, catalogue));
    const cell = new URLSearchParams("value=jaccard&cell=rag-systems~evaluation");
    const topics = new Set(catalogue.topics.map((t) => t.slug));
    expect(heatmapViewUrl(parseHeatmapState(cell, topics).state)).toBe(
      canonicalViewUrl(`/cooccurrence?${cell}`, catalogue),
    );
    expect(searchViewUrl(searchQueryOf(["  rag ", "other"]))).toBe("/search?q=rag");
    expect(searchViewUrl(searchQueryOf(undefined))).toBe("/search");
  });

  it("is null for anything but a view page", () => {
    expect(canonicalViewUrl("/topics/rag-systems", catalogue)).toBeNull();
    expect(canonicalViewUrl("/api/v1/topics", catalogue)).toBeNull();
    expect(canonicalViewUrl("/search/", catalogue)).toBeNull();
  });
});
