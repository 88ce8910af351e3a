/**
 * The planner's journey (issue #26): one vocabulary with search, our presets and their justification, suggestions
 * worded by the pair's kind, each paper sentence once, the summary, and the home page's headline findings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchDocuments } from "@/lib/domain/search/documents";
import { buildSearchIndex, type SearchIndex } from "@/lib/domain/search/engine";
import { searchCatalogueFromContent } from "@/lib/domain/search/from-content";
import { PICKER_KINDS, PICKER_LIMIT, pickerAnswer, pickerStatus, substringAnswer } from "@/lib/domain/plan/picker";
import { PLAN_PRESETS, presetJustification, presetPath } from "@/lib/domain/plan/presets";
import { buildPlan, planApiData, type PlanInput } from "@/lib/domain/plan/build";
import { planSentences } from "@/lib/domain/plan/suggestions";
import { planSummary } from "@/lib/domain/plan/summary";
import { planMarkdown } from "@/lib/domain/plan/markdown";
import { RELATION, relationOf } from "@/lib/domain/plan/relation";
import { PAIR_KIND } from "@/lib/domain/paper/pair-kind";
import { headlineFindings } from "@/lib/domain/home/headlines";
import { realPlanInput } from "../helpers/plan";
import { realCatalogue } from "../helpers/content";

let index: SearchIndex;
let input: PlanInput;
const picker = (q: string) => pickerAnswer(index.search(q, { kinds: PICKER_KINDS, limit: PICKER_LIMIT }));

beforeAll(async () => {
  index = buildSearchIndex(buildSearchDocuments(searchCatalogueFromContent(await realCatalogue())));
  input = await realPlanInput();
});

describe("the plan's picker speaks search's words", () => {
  it.each([
    ["guardrails", "output-verification", "Keyword: guardrails"],
    ["vector database", "rag-systems", "Keyword: vector database"],
    ["prompt injection", "application-security", "Keyword: prompt injection"],
    ["chatbot", "user-interfaces", "Keyword: chatbot"],
  ])("%s finds the topic /search finds first, saying why", (q, slug, why) => {
    const answer = picker(q);
    expect(answer.topics[0]).toEqual({ slug, why });
    // The same first topic as the site's search.
    expect(index.search(q).find((h) => h.kind === "topic")!.id).toBe(`topic:${slug}`);
  });

  it("finds a topic by its name without a why line, and offers nothing for nonsense", () => {
    expect(picker("Output Verification").topics[0]).toEqual({ slug: "output-verification", why: null });
    expect(picker("zzqqxx")).toEqual({ topics: [], presets: [] });
  });

  it("offers our presets for project words, labelled as our search terms", () => {
    const support = picker("customer support");
    expect(support.presets.map((p) => p.slug)).toEqual(["rag-support-chatbot"]);
    expect(picker("help desk").presets[0]).toEqual({ slug: "rag-support-chatbot", why: "Our search term: help desk" });
    expect(picker("copilot").presets[0].slug).toBe("agentic-assistant");
    expect(picker("assistant").presets.map((p) => p.slug)).toContain("agentic-assistant");
    // /search lists the preset too, as its own kind, linking to the plan.
    const hit = index.search("customer support")[0];
    expect(hit).toMatchObject({ kind: "preset", href: presetPath(PLAN_PRESETS[0]) });
    expect(hit.detail).toMatch(/^Our preset, a plan to start from · RAG Systems, Evaluation/);
  });

  it("falls back to a text match before the index loads, and says how many match", () => {
    const topics = input.topics.map((t) => ({ slug: t.slug, text: t.name }));
    expect(substringAnswer("rag", topics).topics.map((t) => t.slug)).toEqual(["rag-systems"]);
    const guardrails = picker("guardrails");
    expect(pickerStatus("guardrails", guardrails, 20)).toBe(
      `${guardrails.topics.length} of 20 topics match “guardrails”`,
    );
    expect(pickerStatus("vector database", picker("vector database"), 20)).toBe(
      "1 of 20 topics match “vector database”",
    );
    expect(pickerStatus("customer support", picker("customer support"), 20)).toMatch(/; 1 starting point$/);
    expect(pickerStatus("  ", picker("x"), 20)).toBe("");
  });
});

describe("presets: ours, each topic justified by a reported pair", () => {
  it.each(PLAN_PRESETS.map((p) => [p.slug, p] as const))("%s: every topic after the first", (_slug, preset) => {
    const known = new Set(input.topics.map((t) => t.slug));
    expect(preset.topics.every((t) => known.has(t))).toBe(true);
    expect(new Set(preset.topics).size).toBe(preset.topics.length);
    const { reasons, unjustified } = presetJustification(preset, input.pairs);
    expect(unjustified).toEqual([]);
    expect(reasons.map((r) => r.topic)).toEqual(preset.topics.slice(1));
    for (const r of reasons) {
      expect(r.count).toBeGreaterThan(0);
      expect(r.sentence).toBeTruthy();
      expect(r.kind).not.toBeNull();
    }
  });

  it("justifies with the strongest consistent reported pair to an earlier topic, and flags what has none", () => {
    const chatbot = presetJustification(PLAN_PRESETS[0], input.pairs);
    expect(chatbot.reasons[0]).toMatchObject({
      topic: "evaluation",
      with: "rag-systems",
      count: 21,
      kind: "architecture",
    });
    const agentic = presetJustification(PLAN_PRESETS[1], input.pairs);
    expect(agentic.reasons[0]).toMatchObject({ topic: "rag-systems", with: "agents", count: 10, kind: "alternatives" });
    expect(presetJustification({ topics: ["agents", "pricing"] }, input.pairs).unjustified).toEqual(["pricing"]);
  });

  it("never uses a topic's name or keyword as a preset search term", async () => {
    const c = await realCatalogue();
    const topicWords = new Set(c.topics.flatMap((t) => [t.name, ...t.keywords]).map((w) => w.toLowerCase()));
    for (const p of PLAN_PRESETS)
      for (const term of p.searchTerms) expect(topicWords.has(term.toLowerCase())).toBe(false);
  });

  it("puts the presets, with their links and reasons, on the plan model", () => {
    const plan = buildPlan("", input);
    expect(plan.presets.map((p) => p.href)).toEqual([
      "/plan?topics=rag-systems,evaluation,prompt-engineering,user-interfaces,context-length,memory," +
        "application-security",
      "/plan?topics=agents,rag-systems,evaluation,tools-and-landscape",
      "/plan?topics=fine-tuning,evaluation,prompt-engineering,rag-systems,tools-and-landscape",
    ]);
  });
});

describe("suggestions worded by the pair's kind", () => {
  it("RAG Systems: Fine-Tuning is an alternative to weigh, Evaluation comes with it, Tools is tooling", () => {
    const api = planApiData(buildPlan("rag-systems", input));
    const by = new Map(api.suggestions.map((s) => [s.slug, s]));
    expect(by.get("fine-tuning")).toMatchObject({ count: 19, kind: "alternatives", relation: "alternative to weigh" });
    expect(PAIR_KIND[by.get("fine-tuning")!.kind!].heading).toBe("Alternative Design Choices");
    expect(by.get("evaluation")).toMatchObject({ kind: "architecture", relation: "comes with" });
    expect(by.get("tools-and-landscape")).toMatchObject({ count: 9, kind: "tools", relation: "tooling" });
    expect(by.get("agents")).toMatchObject({ kind: "alternatives", relation: "alternative to weigh" });
  });

  it("computed counts have no kind and are worded neutrally", async () => {
    const computed = await realPlanInput([
      { videoId: "V1", topicSlug: "pricing" },
      { videoId: "V1", topicSlug: "latency" },
    ]);
    const s = buildPlan("pricing", computed).suggestions.find((x) => x.slug === "latency")!;
    expect(s).toMatchObject({ provenance: "computed", count: 1, kind: null });
    expect(relationOf(s.kind).label).toBe("discussed with");
    expect(Object.values(RELATION).map((r) => r.label)).toEqual(["comes with", "alternative to weigh", "tooling"]);
  });
});

describe("one sentence, shown once", () => {
  it("the §IV-B sentence behind several suggestions is shown on the first, with the pairs it supports", () => {
    const plan = buildPlan("rag-systems", input);
    const sentences = planSentences(plan.suggestions);
    const row = sentences.get("application-security")!;
    expect(row.sentence).toMatch(/^Some notable further aspects that come with the development of a RAG system/);
    expect(row.supports.map((x) => x.topic).sort()).toEqual(
      [
        "application-security",
        "context-length",
        "latency",
        "llms-on-premise-or-cloud",
        "memory",
        "model-size-and-performance",
        "user-interfaces",
      ].sort(),
    );
    // Every suggestion with that sentence points to the same card, which is the first of them in rank order.
    const withRow = plan.suggestions.filter((s) => sentences.get(s.slug) === row).map((s) => s.slug);
    expect(row.shownWith).toBe(withRow[0]);
    expect(new Set([...sentences.values()].map((s) => s.sentence)).size).toBe(
      new Set(plan.suggestions.map((s) => s.evidence.sentence).filter(Boolean)).size,
    );
    // The Markdown quotes each sentence once.
    const md = planMarkdown(plan, "https://map.example.org");
    expect(md.split(row.sentence.slice(0, 60)).length - 1).toBe(1);
    expect(md).toContain(
      `  - Reported in the sentence quoted under ${plan.suggestions.find((s) => s.slug === row.shownWith)!.name}`,
    );
  });
});

describe("the plan's summary", () => {
  it("RAG Systems + Agents: strongest reported companions, uncovered phases, considerations that apply", () => {
    const plan = buildPlan("rag-systems,agents", input);
    const summary = planSummary(plan);
    expect(summary.companions.map((c) => [c.slug, c.count, c.relation])).toEqual([
      ["evaluation", 21, "comes with"],
      ["fine-tuning", 19, "alternative to weigh"],
      ["prompt-engineering", 17, "comes with"],
    ]);
    expect(summary.uncoveredPhases.map((p) => p.slug)).toEqual(plan.phases.uncovered.map((p) => p.slug));
    expect(summary.phaseTotal).toBe(6);
    expect(summary.considerations.map((c) => c.slug)).toEqual(
      plan.considerations.filter((c) => c.status === "applies").map((c) => c.slug),
    );
    expect(summary.considerationTotal).toBe(11);
    const md = planMarkdown(plan, "https://map.example.org");
    expect(md).toContain(
      "- Strongest reported companions: [Evaluation](https://map.example.org/topics/evaluation) (comes with RAG " +
        "Systems, 21); [Fine-Tuning](https://map.example.org/topics/fine-tuning) (an alternative to weigh against " +
        "RAG Systems, 19)",
    );
  });

  it("an empty plan has an empty summary", () => {
    const summary = planSummary(buildPlan("", input));
    expect(summary.companions).toEqual([]);
    expect(summary.considerations).toEqual([]);
  });
});

describe("home page headline findings", () => {
  it("the most discussed topic and the strongest reported pair: number, source, the paper's sentence", async () => {
    const c = await realCatalogue();
    const headlines = headlineFindings(c.topics, input.pairs);
    expect(headlines).toEqual([
      {
        id: "most-discussed-topic",
        figure: "72",
        text: "videos discuss RAG Systems (40.4%), more than any other topic.",
        quote: null,
        source: "Mailach et al., §IV-A1",
        href: "/topics/rag-systems",
        linkLabel: "RAG Systems",
      },
      {
        id: "strongest-reported-pair",
        figure: "21",
        text: "joint videos discuss RAG Systems together with Evaluation, the most the paper reports for a pair.",
        quote: expect.stringContaining("21 joint videos—the highest number of co-occurring topics"),
        source: "Mailach et al., §IV-B",
        href: "/cooccurrence?cell=rag-systems~evaluation",
        linkLabel: "RAG Systems × Evaluation",
      },
    ]);
  });

  it("never headlines a tie or a count the source contradicts", () => {
    const topics = [
      { slug: "a", name: "A", videoCount: 5, share: 2.8, section: "IV-A1" },
      { slug: "b", name: "B", videoCount: 5, share: 2.8, section: "IV-A2" },
    ];
    const pairs = [{ a: "a", b: "b", count: 9, provenance: "reported", evidence: "s", note: "inconsistent" }];
    expect(headlineFindings(topics, pairs)).toEqual([]);
  });
});
