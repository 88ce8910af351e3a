import { describe, expect, it } from "vitest";
import {
  MAX_NAMED_UNKNOWN,
  MAX_PLAN_ITEMS,
  parsePlanTopics,
  planNotice,
  planPath,
  planStorageKey,
  withTopic,
  withoutTopic,
} from "@/lib/domain/plan/url";
import { buildPlan, planApiData } from "@/lib/domain/plan/build";
import { rankSuggestions } from "@/lib/domain/plan/suggestions";
import { phaseCoverage } from "@/lib/domain/plan/coverage";
import { lookupConsiderations } from "@/lib/domain/plan/considerations";
import { quotesFor } from "@/lib/domain/plan/quotes";
import { considerationProgress, parseProgress, setNote, setTick } from "@/lib/domain/plan/checklist";
import { planMarkdown } from "@/lib/domain/plan/markdown";
import { realPlanInput } from "../helpers/plan";

const KNOWN = ["rag-systems", "fine-tuning", "evaluation"];

describe("plan URL", () => {
  it("keeps the order, collapses duplicates and reports unknown slugs", () => {
    expect(parsePlanTopics("fine-tuning,rag-systems,fine-tuning,nope,nope, evaluation", KNOWN)).toEqual({
      picks: ["fine-tuning", "rag-systems", "evaluation"],
      unknown: ["nope"],
      ignored: 0,
    });
    expect(parsePlanTopics(["rag-systems", "evaluation,rag-systems"], KNOWN).picks).toEqual([
      "rag-systems",
      "evaluation",
    ]);
    expect(parsePlanTopics(null, KNOWN)).toEqual({ picks: [], unknown: [], ignored: 0 });
    expect(parsePlanTopics(",,", KNOWN)).toEqual({ picks: [], unknown: [], ignored: 0 });
    // Slugs are exact: a differently cased value is unknown, not guessed.
    expect(parsePlanTopics("RAG-Systems", KNOWN).unknown).toEqual(["RAG-Systems"]);
  });

  it("names unknown values in a notice, clipped and counted", () => {
    expect(planNotice(parsePlanTopics("nope", KNOWN))).toBe(
      "The link names a topic that does not exist: “nope”. It was left out of the plan.",
    );
    expect(planNotice(parsePlanTopics("rag-systems", KNOWN))).toBeNull();
    const many = Array.from({ length: 8 }, (_, i) => `x${i}`).join(",");
    const notice = planNotice(parsePlanTopics(many, KNOWN))!;
    expect(notice).toContain("“x0”, “x1”, “x2”, “x3”, “x4” and 3 more");
    expect(MAX_NAMED_UNKNOWN).toBe(5);
    const long = "y".repeat(500);
    expect(planNotice(parsePlanTopics(long, KNOWN))!.length).toBeLessThan(150);
  });

  it("reads at most MAX_PLAN_ITEMS values and says so", () => {
    const values = Array.from({ length: MAX_PLAN_ITEMS + 10 }, () => "rag-systems").join(",");
    const parsed = parsePlanTopics(values, KNOWN);
    expect(parsed).toEqual({ picks: ["rag-systems"], unknown: [], ignored: 10 });
    expect(planNotice(parsed)).toContain("10 more were ignored");
  });

  it("writes paths, adds and removes topics, keys storage by the set of topics", () => {
    expect(planPath(["rag-systems", "fine-tuning"])).toBe("/plan?topics=rag-systems,fine-tuning");
    expect(planPath([], "/plan.md")).toBe("/plan.md");
    expect(planPath(["rag-systems"], "/og/plan")).toBe("/og/plan?topics=rag-systems");
    expect(withTopic(["rag-systems"], "rag-systems")).toEqual(["rag-systems"]);
    expect(withTopic(["rag-systems"], "evaluation")).toEqual(["rag-systems", "evaluation"]);
    expect(withoutTopic(["rag-systems", "evaluation"], "rag-systems")).toEqual(["evaluation"]);
    expect(planStorageKey(["rag-systems", "evaluation"])).toBe(planStorageKey(["evaluation", "rag-systems"]));
    expect(planStorageKey(["rag-systems"])).not.toBe(planStorageKey(["rag-systems", "evaluation"]));
  });
});

describe("suggestions (real content)", () => {
  it(
    "with RAG Systems picked, ranks Evaluation first with 21 reported " + "joint videos and the paper's sentence",
    async () => {
      const input = await realPlanInput();
      const { suggestions, notReported } = rankSuggestions(["rag-systems"], input.topics, input.pairs);
      expect(suggestions[0]).toMatchObject({
        slug: "evaluation",
        name: "Evaluation",
        count: 21,
        provenance: "reported",
      });
      expect(suggestions[0].evidence.sentence).toBe(
        "Hence, we observe also that evaluation is often mentioned together " +
          "with RAG-systems, with in total 21 joint videos—the highest number of " +
          "co-occurring topics.",
      );
      expect(suggestions.map((s) => [s.slug, s.count]).slice(0, 3)).toEqual([
        ["evaluation", 21],
        ["fine-tuning", 19],
        ["prompt-engineering", 17],
      ]);
      expect(suggestions).toHaveLength(12);
      expect(
        suggestions
          .filter((s) => s.count === 11)
          .map((s) => s.slug)
          .sort(),
      ).toEqual(["application-security", "llms-on-premise-or-cloud", "model-size-and-performance", "user-interfaces"]);
      // The inconsistent pair is flagged, kept as printed.
      const modelSize = suggestions.find((s) => s.slug === "model-size-and-performance")!;
      expect(modelSize.evidence.inconsistent).toBe(true);
      expect(modelSize.evidence.note).toContain("only 8 videos");
      expect(suggestions.filter((s) => s.evidence.inconsistent).map((s) => s.slug)).toEqual([
        "model-size-and-performance",
      ]);
      // Pairs the paper does not report are listed apart, never as zero.
      expect(notReported.sort()).toEqual([
        "cloud-security-and-privacy",
        "hallucination",
        "infrastructure-management",
        "llm-optimization",
        "monitoring-and-observability",
        "output-verification",
        "pricing",
      ]);
      expect(suggestions.every((s) => s.count > 0)).toBe(true);
    },
  );

  it("ranks a topic by its strongest known pair with any pick and lists the picks it is unknown with", async () => {
    const input = await realPlanInput();
    const { suggestions } = rankSuggestions(["fine-tuning", "rag-systems"], input.topics, input.pairs);
    expect(suggestions[0]).toMatchObject({ slug: "evaluation", count: 21, evidence: { with: "rag-systems" } });
    expect(suggestions[0].alsoWith).toEqual([
      { with: "rag-systems", count: 21, provenance: "reported" },
      { with: "fine-tuning", count: 18, provenance: "reported" },
    ]);
    const latency = suggestions.find((s) => s.slug === "latency")!;
    expect(latency.unknownWith).toEqual(["fine-tuning"]);
  });

  it("ranks computed counts when assignments exist, reported ones keeping their printed value", async () => {
    // Synthetic assignments: V1 and V2 discuss RAG and Pricing, V3 RAG and Evaluation.
    const input = await realPlanInput([
      { videoId: "V1", topicSlug: "rag-systems" },
      { videoId: "V1", topicSlug: "pricing" },
      { videoId: "V2", topicSlug: "rag-systems" },
      { videoId: "V2", topicSlug: "pricing" },
      { videoId: "V3", topicSlug: "rag-systems" },
      { videoId: "V3", topicSlug: "evaluation" },
    ]);
    const { suggestions, notReported } = rankSuggestions(["rag-systems"], input.topics, input.pairs);
    expect(suggestions[0]).toMatchObject({ slug: "evaluation", count: 21, provenance: "reported" });
    expect(suggestions.find((s) => s.slug === "pricing")).toMatchObject({
      count: 2,
      provenance: "computed",
      evidence: { sentence: null },
    });
    // With assignments every pair is known; a computed 0 is a real count of zero.
    expect(notReported).toEqual([]);
    expect(suggestions.find((s) => s.slug === "hallucination")).toMatchObject({ count: 0, provenance: "computed" });
  });
});

describe("phase coverage, considerations, quotes (real content)", () => {
  it("covers the phases RAG Systems maps to, with the editorial reason, and lists the rest as uncovered", async () => {
    const input = await realPlanInput();
    const { covered, uncovered } = phaseCoverage(["rag-systems"], input.phases, input.phaseLinks);
    expect(covered.map((p) => p.slug)).toEqual([
      "dataset-construction",
      "model-development-and-enhancement",
      "testing-and-evaluation",
      "maintenance-and-evolution",
    ]);
    expect(covered[0].via).toEqual(["rag-systems"]);
    expect(covered[0].reasons[0].rationale).toMatch(/^Chunking documents/);
    expect(uncovered.map((p) => p.slug)).toEqual(["requirements-engineering", "deployment-and-operations"]);
  });

  it("puts considerations that apply through the picks first, keeps all 11", async () => {
    const input = await realPlanInput();
    const list = lookupConsiderations(["rag-systems", "latency"], input.considerations);
    expect(list).toHaveLength(11);
    expect(list.filter((c) => c.status === "applies").map((c) => [c.slug, c.via.map((v) => v.topic)])).toEqual([
      ["performance-optimization", ["latency"]],
      ["context-management", ["rag-systems"]],
    ]);
    expect(list.filter((c) => c.status === "unmapped").map((c) => c.slug)).toEqual([
      "integration-and-api-development",
      "data-preprocessing-and-formatting",
      "collaboration-with-ai-researchers",
    ]);
  });

  it("takes the first three quotes of each pick, verbatim with video ids", async () => {
    const input = await realPlanInput();
    const quotes = quotesFor(["rag-systems", "pricing"], input.quotesByTopic);
    expect(quotes.slice(0, 3).map((q) => q.video)).toEqual(["V126", "V161", "V66"]);
    expect(quotes[0].text).toBe(
      "[..] there’s like a million things that you can do to try to actually improve your RAG system.",
    );
    expect(quotes.filter((q) => q.topic === "rag-systems")).toHaveLength(3);
    expect(quotes.filter((q) => q.topic === "pricing").length).toBeLessThanOrEqual(3);
  });
});

describe("the plan model, API data, checklist and Markdown", () => {
  it("builds one model for page, API and Markdown", async () => {
    const input = await realPlanInput();
    const plan = buildPlan("rag-systems,nope,rag-systems", input);
    expect(plan.picks.map((p) => p.slug)).toEqual(["rag-systems"]);
    expect(plan.notice).toContain("“nope”");
    const api = planApiData(plan);
    expect(api.picks).toEqual(["rag-systems"]);
    expect(api.suggestions[0]).toEqual({
      slug: "evaluation",
      name: "Evaluation",
      count: 21,
      provenance: "reported",
      kind: "architecture",
      relation: "comes with",
      evidence: {
        with: "rag-systems",
        sentence: expect.stringContaining("21 joint videos"),
        note: null,
        inconsistent: false,
      },
    });
    expect(api.phases.covered[0]).toEqual({ slug: "dataset-construction", via: ["rag-systems"] });
    expect(api.phases.uncovered).toEqual(["requirements-engineering", "deployment-and-operations"]);
    expect(api.considerations).toEqual([
      { slug: "context-management", name: "Context Management", topics: ["rag-systems"] },
    ]);
    expect(api.quotes[0]).toEqual({
      topic: "rag-systems",
      video: "V126",
      text: expect.stringContaining("improve your RAG system"),
    });
  });

  it("counts progress as 'n of 11 considered' and ignores malformed storage", () => {
    let p = parseProgress("not json");
    expect(p).toEqual({ ticks: {}, notes: {} });
    p = setTick(p, "consideration:context-management", true);
    p = setTick(p, "consideration:security-and-privacy", true);
    p = setTick(p, "consideration:security-and-privacy", false);
    p = setNote(p, "consideration:context-management", "Keep the last 5 turns");
    const slugs = ["context-management", "security-and-privacy", "a", "b", "c", "d", "e", "f", "g", "h", "i"];
    expect(considerationProgress(p, slugs).label).toBe("1 of 11 considered");
    expect(parseProgress(JSON.stringify({ ticks: { x: "yes", y: true }, notes: { z: 3, w: "ok" } }))).toEqual({
      ticks: { y: true },
      notes: { w: "ok" },
    });
  });

  it("writes Markdown with headings, checkboxes, absolute links, the dataset version and how to cite", async () => {
    const input = await realPlanInput();
    const plan = buildPlan("rag-systems", input);
    const plain = planMarkdown(plan, "https://map.example.org");
    expect(plain).toMatch(/^# LLM project plan: RAG Systems\n/);
    expect(plain).toContain(
      "- [ ] [RAG Systems](https://map.example.org/topics/rag-systems) — 72 of the study's videos (40.4%)",
    );
    expect(plain).toContain(
      "- [ ] [Evaluation](https://map.example.org/topics/evaluation) — comes with RAG Systems " +
        "(Architecture-based Co-Occurrences): 21 joint videos, reported in the paper",
    );
    expect(plain).toContain(
      "- [ ] [Fine-Tuning](https://map.example.org/topics/fine-tuning) — an alternative to weigh against RAG " +
        "Systems (Alternative Design Choices): 19 joint videos, reported in the paper",
    );
    expect(plain).toContain(
      "- [ ] [Context " +
        "Management](https://map.example.org/considerations/context-management) " +
        "— applies through RAG Systems",
    );
    expect(plain).toContain(
      "[Integration and API " +
        "Development](https://map.example.org/considerations/integration-and-api-development) " +
        "— the practitioner videos do not single this out",
    );
    expect(plain).toContain("Inconsistent in the source.");
    expect(plain).toContain(`dataset version ${input.datasetVersion}`);
    expect(plain).toContain("## How to cite");
    expect(plain).toContain("https://map.example.org/plan?topics=rag-systems");
    expect(plain).not.toContain("Progress:");
    // Every link is absolute.
    for (const [, href] of plain.matchAll(/\]\(([^)]+)\)/g)) expect(href).toMatch(/^https:\/\/map\.example\.org\//);

    const ticked = planMarkdown(plan, "https://map.example.org", {
      ticks: { "consideration:context-management": true },
      notes: { "consideration:context-management": "Summarise turns older than 5 [draft]" },
    });
    expect(ticked).toContain("- [x] [Context Management](https://map.example.org/considerations/context-management)");
    expect(ticked).toContain("  - Note: Summarise turns older than 5 \\[draft\\]");
    expect(ticked).toContain("- Progress: 1 of 11 considered");
  });
});

describe("sitemap", () => {
  it("lists the considerations index and every consideration page, but no plan", async () => {
    const { sitemapPaths } = await import("@/lib/domain/sitemap/paths");
    const paths = sitemapPaths({
      themes: [],
      topics: [],
      phases: [],
      videos: [],
      considerations: [{ slug: "context-management" }],
    });
    expect(paths).toContain("/considerations");
    expect(paths).toContain("/considerations/context-management");
    expect(paths.some((p) => p.startsWith("/plan"))).toBe(false);
  });
});
