import { describe, expect, it } from "vitest";
import { isCanonicalView } from "@/lib/domain/views/canonical";
import { listedViewUrls } from "@/lib/domain/views/listed";
import { canonicalRedirect } from "@/lib/domain/views/redirect";
import { realCatalogue } from "../helpers/content";

const content = await realCatalogue();
const catalogue = { themes: content.themes, topics: content.topics };

describe("the views the nginx front answers without the redirect rule", () => {
  const urls = listedViewUrls(catalogue);

  it("are every treemap and heatmap view and every plan of one or two topics: 10,221 for 8 themes, 20 topics", () => {
    expect([catalogue.themes.length, catalogue.topics.length]).toEqual([8, 20]);
    const treemap = urls.filter((u) => u === "/" || u.startsWith("/?"));
    const heatmap = urls.filter((u) => u.startsWith("/cooccurrence"));
    const plans = urls.filter((u) => u.startsWith("/plan"));
    // Zoom on nothing (any topic or none), or on a theme (one of its own topics or none); 2 colours × 2 views.
    expect(treemap).toHaveLength((1 + 20 + 8 + 20) * 4);
    // No cell or any ordered pair (a topic with itself included); 4 orderings × 3 measures × 2 views.
    expect(heatmap).toHaveLength((1 + 20 * 20) * 4 * 3 * 2);
    // None, one, or two different topics in order.
    expect(plans).toHaveLength(1 + 20 + 20 * 19);
    expect(urls).toHaveLength(196 + 9_624 + 401);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("are each the canonical URL of its view, as sent, which the redirect rule leaves alone", () => {
    for (const url of urls) expect(isCanonicalView(url, catalogue), url).toBe(true);
    // The rule reads only VIEW_PARAMS: a parameter the page writes but the rule does not keep would loop.
    for (const url of urls) expect(canonicalRedirect(url, { catalogue, prerendered: new Set() }), url).toBeNull();
    // What the nginx front sends for a listed view with tracking parameters (trackingTailPattern).
    for (const url of urls.slice(0, 400))
      expect(
        canonicalRedirect(`${url}${url.includes("?") ? "&" : "?"}utm_source=x&ref`, {
          catalogue,
          prerendered: new Set(),
        }),
      ).toBe(url);
    expect(urls).toContain("/?zoom=architecture-and-design&topic=rag-systems");
    expect(urls).toContain("/cooccurrence?cell=rag-systems~evaluation&value=jaccard");
    expect(urls).toContain("/plan?topics=rag-systems,agents");
    expect(urls).not.toContain("/?zoom=evaluation&topic=rag-systems"); // RAG Systems is not in Evaluation
    expect(urls).not.toContain("/plan?topics=rag-systems,rag-systems");
    expect(urls).not.toContain("/?color=theme");
  });
});
