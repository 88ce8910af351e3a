import { describe, expect, it } from "vitest";
import {
  LINK_FRAGMENT,
  MAX_LINK_FRAGMENT,
  canonicalRedirect,
  linkFromFragment,
  viewNotices,
} from "@/lib/domain/views/redirect";
import { parseTreemapState } from "@/lib/domain/treemap/url";
import { parsePlanTopics, planNotice } from "@/lib/domain/plan/url";
import { realCatalogue } from "../helpers/content";

const content = await realCatalogue();
const catalogue = { themes: content.themes, topics: content.topics };
const prerendered = new Set(["/topics/rag-systems", "/themes/costs", "/videos/V32", "/considerations/latency"]);
const context = { catalogue, prerendered };
const redirect = (url: string) => canonicalRedirect(url, context);

/** What the page shows after the redirect: the notices its parser gives for the fragment. */
function noticesAfter(location: string): string[] {
  const at = location.indexOf("#");
  const sent = linkFromFragment(at < 0 ? "" : location.slice(at));
  return sent ? viewNotices(location.split(/[?#]/)[0], sent, catalogue) : [];
}

describe("links whose parameters change nothing are redirected to the canonical URL", () => {
  it("drops tracking parameters from every view page", () => {
    const cases: Array<[string, string]> = [
      [
        "/?zoom=architecture-and-design&topic=rag-systems&utm_source=slack",
        "/?zoom=architecture-and-design&topic=rag-systems",
      ],
      ["/cooccurrence?cell=rag-systems~evaluation&fbclid=abc", "/cooccurrence?cell=rag-systems~evaluation"],
      ["/search?q=rag&gclid=x&mc_cid=1&mc_eid=2", "/search?q=rag"],
      ["/plan?topics=rag-systems,agents&ref=newsletter", "/plan?topics=rag-systems,agents"],
      ["/?utm_source=x&utm_medium=y&utm_campaign=z", "/"],
      ["/?anything=else", "/"],
      ["/?", "/"],
    ];
    for (const [url, location] of cases) expect(redirect(url), url).toBe(location);
  });

  it("drops any query from a prerendered page, whatever it holds", () => {
    expect(redirect("/topics/rag-systems?utm_source=x")).toBe("/topics/rag-systems");
    expect(redirect("/themes/costs?ref=abc&zoom=costs")).toBe("/themes/costs");
    expect(redirect("/videos/V32?")).toBe("/videos/V32");
    expect(redirect("/considerations/latency?fbclid=1")).toBe("/considerations/latency");
  });

  it("leaves canonical URLs, other paths and (for view pages) an unknown catalogue alone", () => {
    for (const url of [
      "/",
      "/topics/rag-systems",
      "/?zoom=architecture-and-design&topic=rag-systems",
      "/cooccurrence?cell=rag-systems~evaluation&value=jaccard",
      "/search?q=rag",
      "/plan?topics=rag-systems,agents",
      "/api/v1/topics?theme=costs&utm_source=x", // the API answers bad parameters itself (400)
      "/embed/treemap?zoom=costs&theme=dark",
      "/topics/no-such-topic?utm_source=x", // not a page of the build: Next.js's 404
      "/plan.md?topics=rag-systems&ref=x",
    ])
      expect(redirect(url), url).toBeNull();
    expect(canonicalRedirect("/?utm_source=x", { catalogue: null, prerendered })).toBeNull();
    expect(canonicalRedirect("/topics/rag-systems?x=1", { catalogue: null, prerendered })).toBe("/topics/rag-systems");
  });

  it("sends a value that names nothing to the nearest valid view, its notices in the fragment only", () => {
    const location = redirect("/?zoom=nope&topic=%3Cscript%3E&color=rainbow&utm_source=x")!;
    expect(location.split("#")[0]).toBe("/");
    expect(location.split("#")[1]).toMatch(new RegExp(`^${LINK_FRAGMENT}=`));
    // The page shows exactly what it showed when it rendered the link itself; tracking parameters are not carried.
    const own = parseTreemapState(new URLSearchParams("zoom=nope&topic=<script>&color=rainbow"), catalogue).notices;
    expect(own).toHaveLength(3);
    expect(noticesAfter(location)).toEqual(own);
    expect(location).not.toContain("utm_source");

    const plan = redirect("/plan?topics=nope,rag-systems")!;
    expect(plan.split("#")[0]).toBe("/plan?topics=rag-systems");
    expect(noticesAfter(plan)).toEqual([
      "The link names a topic that does not exist: “nope”. It was left out of the plan.",
    ]);
    expect(noticesAfter(plan)).toEqual([
      planNotice(
        parsePlanTopics(
          ["nope,rag-systems"],
          catalogue.topics.map((t) => t.slug),
        ),
      ),
    ]);

    const cell = redirect("/cooccurrence?cell=rag-systems~nope&order=random&value=pmi")!;
    expect(cell.split("#")[0]).toBe("/cooccurrence");
    expect(noticesAfter(cell).join(" ")).toContain("“rag-systems~nope”");
  });

  it("maps unbounded junk onto the finite set of canonical URLs (what a cache can see)", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      for (const url of [
        `/?zoom=z${i}&topic=t${i}`,
        `/cooccurrence?cell=c${i}~evaluation&value=v${i}`,
        `/plan?topics=rag-systems,x${i}`,
        `/topics/rag-systems?ref=${i}`,
        `/?zoom=costs&utm_source=${i}`,
      ])
        seen.add(redirect(url)!.split("#")[0]);
    }
    expect([...seen].sort()).toEqual([
      "/",
      "/?zoom=costs",
      "/cooccurrence",
      "/plan?topics=rag-systems",
      "/topics/rag-systems",
    ]);
  });

  it("carries no fragment for a link whose notices come from no value of its own, nor an overlong one", () => {
    expect(redirect("/search?q=%20RAG%20&utm_source=x")).toBe("/search?q=RAG");
    const values = Array.from({ length: 40 }, (_, i) => `unknown-topic-${i}-${"x".repeat(60)}`);
    const long = `/plan?topics=${values.join(",")}`;
    expect(long.length).toBeGreaterThan(MAX_LINK_FRAGMENT);
    expect(redirect(long)).toBe("/plan");
  });
});

describe("linkFromFragment", () => {
  it("reads only its own fragment", () => {
    expect(linkFromFragment("#link=zoom=nope&topic=%3Cscript%3E")?.get("topic")).toBe("<script>");
    expect(linkFromFragment("#section")).toBeNull();
    expect(linkFromFragment("")).toBeNull();
  });
});
