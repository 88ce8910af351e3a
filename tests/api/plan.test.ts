import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, Consideration, ConsiderationDetail, envelope, Plan } from "@/lib/schemas/api";

// Runs against the production server that `npm test` starts on a freshly seeded database.
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

async function get(path: string) {
  const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

async function ok<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const r = await get(path);
  expect(r.status, `${path}: ${r.text.slice(0, 300)}`).toBe(200);
  const parsed = envelope(schema).parse(r.body) as { data: z.infer<T>; meta: { datasetVersion: { version: string } } };
  expect(parsed.meta.datasetVersion.version).toBe("1.3.0");
  return parsed.data;
}

async function fails(path: string, status: number, message: RegExp) {
  const r = await get(path);
  expect(r.status, path).toBe(status);
  const parsed = ApiError.parse(r.body);
  expect(parsed.error.message).toMatch(message);
}

describe.runIf(BASE)("considerations and plan API", () => {
  it("lists the 11 considerations with their editorial mapping, three unmapped", async () => {
    const list = await ok("/api/v1/considerations", Consideration.array());
    expect(list).toHaveLength(11);
    expect(list[0]).toMatchObject({ slug: "integration-and-api-development", position: 1, topics: [] });
    expect(list.filter((c) => c.topics.length === 0).map((c) => c.slug)).toEqual([
      "integration-and-api-development",
      "data-preprocessing-and-formatting",
      "collaboration-with-ai-researchers",
    ]);
    expect(list.flatMap((c) => c.topics).every((l) => l.editorial === true)).toBe(true);
    expect(list.find((c) => c.slug === "security-and-privacy")!.topics.map((l) => l.topic)).toEqual([
      "application-security",
      "cloud-security-and-privacy",
    ]);
  });

  it("gives one consideration with its source as it is: no author, date or URL", async () => {
    const c = await ok("/api/v1/considerations/context-management", ConsiderationDetail);
    expect(c.guide).toMatchObject({
      kind: "guide-page",
      title: "Software Engineering",
      author: null,
      published: null,
      url: null,
    });
    expect(c.topics.map((l) => l.topic)).toEqual(["memory", "context-length", "rag-systems"]);
    await fails("/api/v1/considerations/nope", 404, /No consideration with slug "nope"/);
    await fails("/api/v1/considerations/Not_A_Slug", 400, /slug/);
    await fails("/api/v1/considerations?x=1", 400, /unknown query parameter "x"/);
  });

  it("plans RAG Systems: Evaluation first with 21 reported joint videos and the paper's sentence", async () => {
    const plan = await ok("/api/v1/plan?topics=rag-systems", Plan);
    expect(plan.picks).toEqual(["rag-systems"]);
    expect(plan.suggestions[0]).toMatchObject({
      slug: "evaluation",
      name: "Evaluation",
      count: 21,
      provenance: "reported",
      evidence: { with: "rag-systems", inconsistent: false },
    });
    expect(plan.suggestions[0].evidence.sentence).toContain(
      "21 joint videos—the highest number of co-occurring topics",
    );
    expect(plan.suggestions.find((s) => s.slug === "model-size-and-performance")!.evidence).toMatchObject({
      inconsistent: true,
    });
    expect(plan.notReported).toHaveLength(7);
    expect(plan.notReported).not.toContain("evaluation");
    expect(plan.phases.uncovered).toEqual(["requirements-engineering", "deployment-and-operations"]);
    expect(plan.considerations).toEqual([
      { slug: "context-management", name: "Context Management", topics: ["rag-systems"] },
    ]);
    expect(plan.quotes).toHaveLength(3);
    expect(plan.quotes[0]).toEqual({
      topic: "rag-systems",
      video: "V126",
      text: "[..] there’s like a million things that you can do to try to actually improve your RAG system.",
    });
  });

  it("keeps the order of the picks and collapses duplicates", async () => {
    const plan = await ok("/api/v1/plan?topics=fine-tuning,rag-systems,fine-tuning", Plan);
    expect(plan.picks).toEqual(["fine-tuning", "rag-systems"]);
    expect(plan.quotes.map((q) => q.topic).slice(0, 1)).toEqual(["fine-tuning"]);
  });

  it("answers 400 naming an unknown slug, a missing parameter or an unknown parameter", async () => {
    await fails("/api/v1/plan?topics=rag-systems,nope", 400, /unknown topic "nope"/);
    await fails("/api/v1/plan?topics=rag-systems&x=1", 400, /unknown query parameter "x"/);
    await fails("/api/v1/plan?topics=rag-systems&topics=agents", 400, /given 2 times/);
    await fails(`/api/v1/plan?topics=${"a,".repeat(1500)}`, 400, /topics/);
  });

  it("answers the empty plan without topics: every phase uncovered, nothing suggested", async () => {
    const plan = await ok("/api/v1/plan", Plan);
    expect(plan).toMatchObject({ picks: [], suggestions: [], notReported: [], considerations: [], quotes: [] });
    expect(plan.phases.uncovered).toHaveLength(6);
  });

  it("is in the OpenAPI document", async () => {
    const r = await get("/api/v1/openapi.json");
    const doc = r.body as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/considerations", "/considerations/{slug}", "/plan"]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Plan", "PlanSuggestion", "Consideration", "ConsiderationDetail", "GuideSource"]),
    );
  });

  it("serves the plan as Markdown with absolute links; /plan with an unknown slug is the plan without it", async () => {
    const md = await get("/plan.md?topics=rag-systems");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(md.text).toMatch(/^# LLM project plan: RAG Systems$/m);
    expect(md.text).toMatch(
      new RegExp(
        /^- \[ \] \[Evaluation\]\(https?:\/\/[^)]+\/topics\/evaluation\)/.source +
          / — comes with RAG Systems \(Architecture-based Co-Occurrences\): 21 joint videos, reported in the paper$/
            .source,
        "m",
      ),
    );
    expect(md.text).toContain("dataset version 1.3.0");
    // The production server sends the link to the plan without the unknown slug (a 308), the slug in the
    // fragment, where the page reads it for its notice (tests/api/links.test.ts, e2e/plan.spec.ts).
    const page = await fetch(`${BASE}/plan?topics=nope,rag-systems`, { redirect: "manual" });
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe("/plan?topics=rag-systems#link=topics=nope%2Crag-systems");
    const hostile = await fetch(`${BASE}/plan?topics=${encodeURIComponent("<script>alert(1)</script>")}`, {
      redirect: "manual",
    });
    expect(hostile.status).toBe(308);
    expect(hostile.headers.get("location")).toBe("/plan#link=topics=%3Cscript%3Ealert%281%29%3C%2Fscript%3E");
    const empty = await get("/plan");
    expect(empty.status).toBe(200);
    expect(empty.text).not.toContain("<script>alert(1)</script>");
  });

  it("renders the plan's preview image as a 1200×630 PNG", async () => {
    const res = await fetch(`${BASE}/og/plan?topics=rag-systems`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
