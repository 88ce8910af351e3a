import { describe, expect, it } from "vitest";
import { ApiError, envelope, SearchHit, Topic, TopicDetail } from "@/lib/schemas/api";

// Runs against the production server that `npm test` starts on a freshly seeded database.
const BASE = process.env.TEST_BASE_URL;

async function search(query: string) {
  const res = await fetch(`${BASE}/api/v1/search?${query}`);
  return { status: res.status, body: (await res.json()) as unknown, headers: res.headers };
}

async function hits(query: string) {
  const r = await search(query);
  expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
  const parsed = envelope(SearchHit.array()).parse(r.body);
  expect(parsed.meta.datasetVersion.version).toMatch(/^\d+\.\d+\.\d+$/);
  return parsed.data;
}

async function badRequest(query: string, message: RegExp) {
  const r = await search(query);
  expect(r.status, query).toBe(400);
  const body = ApiError.parse(r.body);
  expect(body.error.code).toBe("bad_request");
  expect(body.error.message).toMatch(message);
}

describe.runIf(BASE)("GET /api/v1/search", () => {
  it("ranks the topic first for prefixes, typos and spacing", async () => {
    for (const [q, href] of [
      ["halluc", "/topics/hallucination"],
      ["halucination", "/topics/hallucination"],
      ["fine%20tuning", "/topics/fine-tuning"],
      ["finetuning", "/topics/fine-tuning"],
    ]) {
      expect((await hits(`q=${q}`))[0].href, q).toBe(href);
    }
  });

  it("finds a topic by a keyword and says which", async () => {
    const [first] = await hits("q=vector+database");
    expect(first).toMatchObject({
      kind: "topic",
      title: "RAG Systems",
      matchedIn: "keywords",
      excerpt: "Keyword: vector database",
      detail: "Topic in Architecture & Design · 72 videos (40.4%)",
    });
  });

  it("a video id in any case finds that video first", async () => {
    expect((await hits("q=V47"))[0]).toMatchObject({ kind: "video", href: "/videos/V47" });
    expect((await hits("q=v47"))[0]).toMatchObject({ kind: "video", href: "/videos/V47" });
  });

  it("filters by kind and limits the count", async () => {
    const quotes = await hits("q=model&kind=quote,video&limit=2");
    expect(quotes).toHaveLength(2);
    expect(quotes.every((h) => h.kind === "quote")).toBe(true);
    expect(await hits("q=")).toEqual([]);
  });

  it("treats hostile input as text", async () => {
    for (const q of [
      "<script>alert(1)</script>",
      "' OR 1=1; DROP TABLE Topic; --",
      ".*(a+)+$[",
      "x".repeat(5000),
      "🙂\u202e\u0000",
    ]) {
      const data = await hits(`q=${encodeURIComponent(q)}`);
      expect(Array.isArray(data)).toBe(true);
    }
  });

  it("answers 400 with the usual error body for bad parameters", async () => {
    await badRequest("q=rag&limit=abc", /"limit" must be a whole number from 1 to 100/);
    await badRequest("q=rag&limit=0", /"limit" must be a whole number/);
    await badRequest("q=rag&limit=101", /"limit" must be a whole number/);
    await badRequest(
      "q=rag&kind=topics",
      /must be one or more of topic, preset, theme, phase, consideration, quote, video, pair, comma-separated/,
    );
    await badRequest("q=rag&sort=name", /unknown query parameter "sort"/);
    await badRequest("kind=topic", /"q" is required/);
    await badRequest("q=a&q=b", /given 2 times/);
  });

  it("is in the OpenAPI document with its parameters", async () => {
    const doc = (await (await fetch(`${BASE}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: Array<{ name: string }> } }>;
    };
    expect(doc.paths["/search"].get.parameters.map((p) => p.name).sort()).toEqual(["kind", "limit", "q"]);
  });

  it("serves the index the header field loads, cached for a year under its version", async () => {
    const topic = envelope(TopicDetail).parse(await (await fetch(`${BASE}/api/v1/topics/rag-systems`)).json());
    const version = topic.meta.datasetVersion.version;
    const res = await fetch(`${BASE}/search-index/${version}.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(((await res.json()) as { version: string }).version).toBe(version);
    const old = await fetch(`${BASE}/search-index/0.0.1.json`);
    expect(old.status).toBe(404);
    expect(ApiError.parse(await old.json()).error.code).toBe("not_found");
  });

  it("topics carry their keywords", async () => {
    const topics = envelope(Topic.array()).parse(await (await fetch(`${BASE}/api/v1/topics`)).json()).data;
    expect(topics.find((t) => t.slug === "application-security")!.keywords).toContain("prompt injection");
    expect(topics.every((t) => t.keywords.length > 0)).toBe(true);
  });
});
