import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ApiError,
  Cooccurrence,
  envelope,
  Phase,
  PhaseDetail,
  Theme,
  ThemeDetail,
  Topic,
  TopicDetail,
  Video,
  VideoDetail,
} from "@/lib/schemas/api";

// Runs against the production server that `npm test` starts on a freshly seeded database.
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${BASE}${path}`, { redirect: "manual", ...init });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}

async function ok<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const r = await get(path);
  expect(r.status, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(200);
  expect(r.headers.get("content-type")).toContain("application/json");
  const parsed = envelope(schema).parse(r.body) as { data: z.infer<T>; meta: { datasetVersion: { version: string } } };
  expect(parsed.meta.datasetVersion.version).toMatch(/^\d+\.\d+\.\d+$/);
  return parsed.data;
}

async function fails(path: string, status: number, code: string, message?: RegExp) {
  const r = await get(path);
  expect(r.status, path).toBe(status);
  const parsed = ApiError.parse(r.body);
  expect(parsed.error.code).toBe(code);
  if (message) expect(parsed.error.message).toMatch(message);
  expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
}

describe.runIf(BASE)("JSON API /api/v1", () => {
  it("themes: 8, in the paper's order, with figures", async () => {
    const themes = await ok("/api/v1/themes", Theme.array());
    expect(themes.map((t) => t.slug)).toEqual([
      "architecture-and-design",
      "model-capabilities-and-techniques",
      "tools-infrastructure-and-llm-providers",
      "evaluation",
      "risks-and-ethics",
      "monitoring-and-observability",
      "costs",
      "output-verification",
    ]);
    expect(themes[0]).toMatchObject({
      name: "Architecture & Design",
      videoCount: 93,
      share: 52.2,
      shareDenominator: 178,
    });
    expect(themes[0].topics).toEqual(["rag-systems", "agents", "memory", "user-interfaces"]);
  });

  it("themes/{slug} with its topics", async () => {
    const theme = await ok("/api/v1/themes/costs", ThemeDetail);
    expect(theme.topicSummaries.map((t) => [t.name, t.videoCount, t.share])).toEqual([
      ["Context Length", 14, 7.9],
      ["Pricing", 4, 2.2],
    ]);
  });

  it("topics: 20 with theme and phases; filters by theme and phase", async () => {
    const topics = await ok("/api/v1/topics", Topic.array());
    expect(topics).toHaveLength(20);
    const rag = topics.find((t) => t.slug === "rag-systems")!;
    expect(rag).toMatchObject({ name: "RAG Systems", theme: "architecture-and-design", videoCount: 72, share: 40.4 });
    expect(rag.phases.length).toBeGreaterThan(0);
    expect(topics.every((t) => t.phases.length > 0)).toBe(true);

    const risks = await ok("/api/v1/topics?theme=risks-and-ethics", Topic.array());
    expect(risks.map((t) => t.slug)).toEqual(["application-security", "hallucination"]);

    const testing = await ok("/api/v1/topics?phase=testing-and-evaluation", Topic.array());
    expect(testing.map((t) => t.slug)).toContain("evaluation");
    expect(testing.every((t) => t.phases.includes("testing-and-evaluation"))).toBe(true);
  });

  it("topics/{slug}: RAG Systems with quotes, phases and reported pairs", async () => {
    const rag = await ok("/api/v1/topics/rag-systems", TopicDetail);
    expect(rag).toMatchObject({
      name: "RAG Systems",
      themeName: "Architecture & Design",
      videoCount: 72,
      share: 40.4,
      section: "IV-A1",
    });
    expect(rag.quotes[0]).toEqual({
      video: "V126",
      topic: "rag-systems",
      text: expect.stringContaining("a million things"),
    });
    expect(rag.phaseLinks.every((l) => l.editorial === true && l.rationale.length > 10)).toBe(true);
    const evaluation = rag.pairs.find((p) => p.a === "evaluation" && p.b === "rag-systems")!;
    expect(evaluation).toMatchObject({ count: 21, provenance: "reported" });
    expect(evaluation.evidence).toContain("21 joint videos");
    expect(rag.pairs[0].count).toBe(21); // largest first
    expect(rag.pairs).toHaveLength(12);
  });

  it("phases and phases/{slug}", async () => {
    const phases = await ok("/api/v1/phases", Phase.array());
    expect(phases.map((p) => p.slug)).toEqual([
      "requirements-engineering",
      "dataset-construction",
      "model-development-and-enhancement",
      "testing-and-evaluation",
      "deployment-and-operations",
      "maintenance-and-evolution",
    ]);
    expect(phases.every((p) => p.topics.length > 0)).toBe(true);
    const phase = await ok("/api/v1/phases/deployment-and-operations", PhaseDetail);
    expect(phase.links.length).toBe(phase.topics.length);
    expect(phase.links.every((l) => l.editorial)).toBe(true);
  });

  it("videos and videos/{id}: ids only, nothing invented", async () => {
    const videos = await ok("/api/v1/videos", Video.array());
    expect(videos.length).toBeGreaterThan(30);
    expect(videos.every((v) => v.url === null && v.title === null)).toBe(true);
    const ids = videos.map((v) => Number(v.id.slice(1)));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const v105 = await ok("/api/v1/videos/V105", VideoDetail);
    expect(v105.quotes.length).toBeGreaterThanOrEqual(4);
    expect(v105.topics).toContain("fine-tuning");
    const forAgents = await ok("/api/v1/videos?topic=agents", Video.array());
    expect(forAgents.map((v) => v.id)).toEqual(expect.arrayContaining(["V47", "V141", "V68"]));
  });

  it("cooccurrence: every unordered pair once, unknown counts null", async () => {
    const c = await ok("/api/v1/cooccurrence", Cooccurrence);
    expect(c.topics).toHaveLength(20);
    expect(c.pairs).toHaveLength(190);
    expect(new Set(c.pairs.map((p) => `${p.a}|${p.b}`)).size).toBe(190);
    expect(c.pairs.every((p) => p.a < p.b)).toBe(true);
    expect(c.pairs.filter((p) => p.provenance === "reported")).toHaveLength(18);
    const unknown = c.pairs.filter((p) => p.provenance === "not_reported");
    expect(unknown).toHaveLength(172);
    expect(unknown.every((p) => p.count === null && p.evidence === null)).toBe(true);
    expect(c.pairs.find((p) => p.a === "evaluation" && p.b === "rag-systems")).toMatchObject({
      count: 21,
      provenance: "reported",
    });
  });

  it("answers bad input with 400 and unknown entries with 404, in JSON", async () => {
    await fails("/api/v1/topics/no-such-topic", 404, "not_found", /no-such-topic/);
    await fails("/api/v1/topics/RAG%20Systems", 400, "bad_request", /slug/);
    await fails("/api/v1/themes/nope", 404, "not_found");
    await fails("/api/v1/phases/nope", 404, "not_found");
    await fails("/api/v1/videos/V9999", 404, "not_found");
    await fails("/api/v1/videos/72", 400, "bad_request", /video id/);
    await fails("/api/v1/videos/V072", 400, "bad_request");
    await fails("/api/v1/topics?theme=Bad_Slug", 400, "bad_request", /theme/);
    await fails("/api/v1/topics?theme=nope", 404, "not_found");
    await fails("/api/v1/topics?colour=red", 400, "bad_request", /unknown query parameter "colour"/);
    await fails("/api/v1/topics?theme=costs&theme=evaluation", 400, "bad_request", /once/);
    await fails("/api/v1/themes?limit=1", 400, "bad_request");
    await fails("/api/v1/nothing-here", 404, "not_found", /openapi/);
    await fails(`/api/v1/topics/${"a".repeat(300)}`, 400, "bad_request");
    await fails("/api/v1/topics/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 400, "bad_request");
  });

  it("publishes an OpenAPI document generated from the schemas", async () => {
    const r = await get("/api/v1/openapi.json");
    expect(r.status).toBe(200);
    const doc = r.body as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/themes",
        "/topics",
        "/topics/{slug}",
        "/phases",
        "/phases/{slug}",
        "/videos",
        "/videos/{id}",
        "/cooccurrence",
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Topic", "TopicPair", "Error", "DatasetVersion"]),
    );
  });
});
