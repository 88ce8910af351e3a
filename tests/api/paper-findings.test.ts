/**
 * The paper's grouping of co-occurrences, where themes come from, and its conclusions and limits, through the API
 * (parsed with the API's own zod schemas) and the OpenAPI document.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Cooccurrence, envelope, Finding, Theme, ThemeDetail, TopicDetail } from "@/lib/schemas/api";
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

async function ok<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
  const body: unknown = await res.json();
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
  return (envelope(schema).parse(body) as { data: z.infer<T> }).data;
}

describe.runIf(BASE)("the paper's structure in the API", () => {
  it("every reported pair has the paper's group (11 / 3 / 4); no other pair has one", async () => {
    const cooc = await ok("/api/v1/cooccurrence", Cooccurrence);
    const reported = cooc.pairs.filter((p) => p.provenance === "reported");
    expect(reported).toHaveLength(18);
    const byKind = (k: string) => reported.filter((p) => p.kind === k).map((p) => `${p.a}|${p.b}`);
    expect(byKind("architecture")).toHaveLength(11);
    expect(byKind("alternatives").sort()).toEqual([
      "agents|rag-systems",
      "fine-tuning|prompt-engineering",
      "fine-tuning|rag-systems",
    ]);
    expect(byKind("tools")).toHaveLength(4);
    expect(cooc.pairs.filter((p) => p.provenance !== "reported").every((p) => p.kind === null)).toBe(true);
  });

  it("a topic's pairs carry the kind: RAG Systems × Evaluation 21, architecture-based", async () => {
    const rag = await ok("/api/v1/topics/rag-systems", TopicDetail);
    expect(rag.pairs.find((p) => p.a === "evaluation" && p.b === "rag-systems")).toMatchObject({
      count: 21,
      kind: "architecture",
    });
    expect(rag.pairs.find((p) => p.a === "rag-systems" && p.b === "tools-and-landscape")).toMatchObject({
      count: 9,
      kind: "tools",
    });
  });

  it("themes say where they come from, with the paper's sentence only where it places them", async () => {
    const themes = await ok("/api/v1/themes", Theme.array());
    expect(Object.fromEntries(themes.map((t) => [t.slug, t.origin]))).toEqual({
      "architecture-and-design": "software-integration",
      "model-capabilities-and-techniques": "not-classified",
      "tools-infrastructure-and-llm-providers": "known-from-ml",
      evaluation: "not-classified",
      "risks-and-ethics": "not-classified",
      "monitoring-and-observability": "known-from-ml",
      costs: "new-to-this-extent",
      "output-verification": "new-to-this-extent",
    });
    expect(themes.filter((t) => t.originEvidence !== null)).toHaveLength(5);
    const costs = await ok("/api/v1/themes/costs", ThemeDetail);
    expect(costs.originEvidence).toContain(
      "some topics are entirely new to this extent (e.g., Costs and Output Verification)",
    );
  });

  it("/api/v1/findings: 7 conclusions then 6 limits, each with the paper's sentences", async () => {
    const findings = await ok("/api/v1/findings", Finding.array());
    expect(findings.map((f) => f.group)).toEqual([...Array(7).fill("conclusion"), ...Array(6).fill("limit")]);
    expect(findings[0]).toMatchObject({ slug: "breadth-of-topics", section: "V", position: 1 });
    expect(findings[1]).toMatchObject({ slug: "evaluating-prompts-and-rag", section: "V", position: 2 });
    expect(findings[1].topics).toEqual(["evaluation", "rag-systems", "prompt-engineering"]);
    expect(findings.find((f) => f.slug === "research-directions")).toMatchObject({
      group: "conclusion",
      section: "VI",
    });
    expect(findings.find((f) => f.slug === "unclassified-paragraphs")).toMatchObject({
      group: "limit",
      section: "III",
    });
    expect(findings.find((f) => f.slug === "english-only")!.evidence).toEqual([
      "Videos were excluded if they were not in English or not thematically relevant.",
    ]);
    const bad = await fetch(`${BASE}/api/v1/findings?group=limit`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /unknown query parameter "group"/,
    );
  });

  it("the OpenAPI document describes the kind, the origin and the findings", async () => {
    const doc = (await (await fetch(`${BASE}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      components: {
        schemas: Record<string, { properties?: Record<string, { enum?: string[]; description?: string }> }>;
      };
    };
    expect(Object.keys(doc.paths)).toContain("/findings");
    expect(doc.components.schemas.Finding).toBeDefined();
    expect(JSON.stringify(doc.components.schemas.TopicPair.properties!.kind)).toContain("Alternative Design Choices");
    expect(JSON.stringify(doc.components.schemas.Theme.properties!.origin)).toContain("not-classified");
  });
});
