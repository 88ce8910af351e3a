import { describe, expect, it } from "vitest";
import { linkFromFragment, viewNotices } from "@/lib/domain/views/redirect";
import { TEST_BASE_URL } from "../helpers/requirements";
import { realCatalogue } from "../helpers/content";

const BASE = TEST_BASE_URL;

/** One request, redirects not followed. */
async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const res = await fetch(`${BASE}${path}`, { redirect: "manual", headers, method });
  await res.arrayBuffer();
  return res;
}

describe.runIf(BASE)("links whose parameters change nothing: a 308 to the canonical URL, never a render", () => {
  it.each([
    [
      "/?zoom=architecture-and-design&topic=rag-systems&utm_source=slack",
      "/?zoom=architecture-and-design&topic=rag-systems",
    ],
    ["/cooccurrence?cell=rag-systems~evaluation&fbclid=abc", "/cooccurrence?cell=rag-systems~evaluation"],
    ["/search?q=rag&gclid=1&mc_cid=2", "/search?q=rag"],
    ["/plan?topics=rag-systems,agents&ref=newsletter", "/plan?topics=rag-systems,agents"],
    ["/topics/rag-systems?utm_source=x", "/topics/rag-systems"],
    ["/themes/costs?ref=abc", "/themes/costs"],
    ["/phases/requirements-engineering?fbclid=1", "/phases/requirements-engineering"],
    ["/considerations/performance-optimization?utm_medium=email", "/considerations/performance-optimization"],
    ["/videos/V32?gclid=x", "/videos/V32"],
    ["/?zoom=z12345", "/#link=zoom=z12345"],
    ["/cooccurrence?cell=nope~nothing&value=v1", "/cooccurrence#link=cell=nope%7Enothing&value=v1"],
  ])("%s → %s", async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(to);
    expect(res.headers.get("x-kmap-cache")).toBeNull();
    expect(res.headers.get("x-frame-options")).not.toBeNull(); // the security headers every response starts with
    const head = await get(from, {}, "HEAD");
    expect([head.status, head.headers.get("location")]).toEqual([308, to]);
    // where it leads answers 200
    expect((await get(to.split("#")[0])).status).toBe(200);
  });

  it("keeps the notice a page showed for a value that names nothing, in the fragment only", async () => {
    const res = await get("/plan?topics=nope,rag-systems&utm_source=x");
    const location = res.headers.get("location")!;
    expect(location.split("#")[0]).toBe("/plan?topics=rag-systems");
    const content = await realCatalogue();
    const sent = linkFromFragment(location.slice(location.indexOf("#")))!;
    expect(viewNotices("/plan", sent, { themes: content.themes, topics: content.topics })).toEqual([
      "The link names a topic that does not exist: “nope”. It was left out of the plan.",
    ]);
  });

  it("leaves canonical URLs, Next.js client requests, the API and unknown pages as they were", async () => {
    expect((await get("/?zoom=architecture-and-design&topic=rag-systems")).status).toBe(200);
    expect((await get("/topics/rag-systems")).status).toBe(200);
    expect((await get("/?utm_source=x", { rsc: "1" })).status).not.toBe(308);
    expect((await get("/api/v1/topics?theme=nope&utm_source=x")).status).toBe(400); // its own error
    expect((await get("/topics/no-such-topic?utm_source=x")).status).toBe(404);
  });
});
