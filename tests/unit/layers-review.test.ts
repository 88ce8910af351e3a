/**
 * The review side of team plans (issue #23): the status overlay's one colour rule, a layer against the evidence
 * alone (real catalogue values: videos and joint videos as Mailach et al. report them), the Markdown record of
 * any comparison, and what changed for a layer made on an older dataset version (the committed releases).
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readReleases } from "@/lib/content/releases";
import {
  compareLayers,
  compareWithEvidence,
  evidenceCounts,
  type EvidenceRow,
  type EvidenceTopic,
} from "@/lib/domain/layers/compare";
import { LayerDocument } from "@/lib/domain/layers/format";
import { comparisonMarkdown, entryKey, evidenceMarkdown, type LayerEntries } from "@/lib/domain/layers/markdown";
import { groupByStatus, overlayLegend, STATUS_FILL, topicStatuses } from "@/lib/domain/layers/overlay";
import { layerVersionChanges } from "@/lib/domain/layers/versions";
import { rankSuggestions, type PlanPair } from "@/lib/domain/plan/suggestions";
import { compareSnapshots } from "@/lib/domain/release/compare";
import { readSnapshot } from "@/lib/domain/release/legacy";
import { ROOT, realCatalogue } from "../helpers/content";

let topics: EvidenceTopic[];
let pairs: PlanPair[];
let entries: LayerEntries;
beforeAll(async () => {
  const c = await realCatalogue();
  topics = c.topics.map((t) => ({ slug: t.slug, name: t.name, videoCount: t.videoCount, share: t.share }));
  // The content's pairs are the paper's reported counts (a computed count comes from an import only).
  pairs = c.pairs.map((p) => ({
    ...p,
    provenance: p.count === null ? "not_reported" : "reported",
    evidence: p.evidence ?? null,
    note: p.note ?? null,
    kind: p.kind ?? null,
  }));
  entries = new Map([
    ...topics.map((t): [string, { name: string }] => [entryKey("topic", t.slug), t]),
    ...c.considerations.map((x): [string, { name: string }] => [entryKey("consideration", x.slug), x]),
  ]);
});

const doc = (items: unknown[], over: Record<string, unknown> = {}) =>
  LayerDocument.parse({
    format: "kmap-layer",
    formatVersion: 1,
    name: "Support bot",
    datasetVersion: "1.3.0",
    items,
    ...over,
  });

const support = () =>
  doc([
    { kind: "topic", slug: "rag-systems", status: "addressed", note: "Hybrid search", owner: "Ana" },
    { kind: "topic", slug: "evaluation", status: "todo" },
    { kind: "topic", slug: "application-security", status: "not-relevant", note: "Internal users only" },
    { kind: "topic", slug: "pricing", status: "addressed", picked: false },
    { kind: "consideration", slug: "security-and-privacy", status: "todo" },
  ]);

const againstEvidence = (layer: LayerDocument): EvidenceRow[] => {
  const picks = layer.items.filter((i) => i.kind === "topic" && i.picked !== false).map((i) => i.slug);
  return compareWithEvidence(layer, topics, rankSuggestions(picks, topics, pairs).suggestions);
};

describe("the status overlay", () => {
  it("has one colour per status, and a legend that names each in the heatmap's group order", () => {
    expect(overlayLegend().map((l) => [l.label, l.color])).toEqual([
      ["Addressed", STATUS_FILL.addressed],
      ["Accepted risk", STATUS_FILL["accepted-risk"]],
      ["Not relevant", STATUS_FILL["not-relevant"]],
      ["To do", STATUS_FILL.todo],
      ["Not in this plan", "#e2e8f0"],
    ]);
    expect(new Set(overlayLegend().map((l) => l.color)).size).toBe(5);
  });

  it("groups the heatmap's topics by decision, catalogue order within a group", () => {
    const slugs = topics.map((t) => t.slug);
    const { order, groups } = groupByStatus(slugs, topicStatuses(support()));
    expect(groups.map((g) => [g.status, g.end - g.start])).toEqual([
      ["addressed", 2],
      ["not-relevant", 1],
      ["todo", 1],
      [null, 16],
    ]);
    expect(order.slice(0, 4).map((i) => slugs[i])).toEqual([
      "rag-systems",
      "pricing",
      "application-security",
      "evaluation",
    ]);
    expect([...order].sort((x, y) => x - y)).toEqual(slugs.map((_, i) => i));
  });
});

describe("a layer against the evidence alone", () => {
  it("ranks the plan's topics, then its suggestions by joint videos, then the rest by videos (real figures)", () => {
    const rows = againstEvidence(support());
    expect(rows).toHaveLength(20);
    const at = (slug: string) => rows.find((r) => r.slug === slug)!;
    // RAG Systems: 72 videos, the most of the 20 (Mailach et al.).
    expect(at("rag-systems").evidence).toMatchObject({ videoCount: 72, share: 40.4, videoRank: 1, picked: true });
    // Fine-Tuning × RAG Systems: 19 joint videos (× Evaluation: 18), the strongest pair with the plan's topics.
    expect(at("fine-tuning").evidence.suggestion).toEqual({
      rank: 1,
      count: 19,
      with: "rag-systems",
      provenance: "reported",
    });
    expect(at("tools-and-landscape").evidence.suggestion).toMatchObject({ rank: 3, count: 15, with: "evaluation" });
    // Three topics share 11 joint videos with RAG Systems: they share rank 4, so all are high evidence.
    expect(
      rows.filter((r) => r.evidence.suggestion?.rank === 4).map((r) => [r.slug, r.evidence.suggestion?.count]),
    ).toEqual([
      ["user-interfaces", 11],
      ["model-size-and-performance", 11],
      ["llms-on-premise-or-cloud", 11],
    ]);
    expect(rows.slice(0, 5).map((r) => r.slug)).toEqual([
      "rag-systems",
      "evaluation",
      "application-security",
      "fine-tuning",
      "prompt-engineering",
    ]);
    expect(at("pricing").evidence).toMatchObject({ videoCount: 4, videoRank: 20, suggestion: null, high: false });
    expect(at("agents").evidence).toMatchObject({ suggestion: { rank: 7, count: 10 }, high: false });
  });

  it("says where the plan and the evidence differ: left open, set aside, addressed with lower evidence", () => {
    const rows = againstEvidence(support());
    const verdict = (slug: string) => rows.find((r) => r.slug === slug)!.verdict;
    expect(verdict("rag-systems")).toBe("agree");
    expect(verdict("evaluation")).toBe("open-high-evidence");
    expect(verdict("fine-tuning")).toBe("open-high-evidence");
    expect(verdict("application-security")).toBe("set-aside-high-evidence");
    expect(verdict("pricing")).toBe("addressed-lower-evidence");
    expect(verdict("hallucination")).toBe("agree");
    expect(evidenceCounts(rows)).toEqual({
      topics: 20,
      "open-high-evidence": 7,
      "set-aside-high-evidence": 1,
      "addressed-lower-evidence": 1,
      agree: 11,
    });
    expect(rows.filter((r) => r.differs)).toHaveLength(9);
  });

  it("without picked topics, ranks the whole catalogue by videos: the top five are high evidence", () => {
    const rows = againstEvidence(doc([{ kind: "consideration", slug: "security-and-privacy", status: "todo" }]));
    expect(rows.filter((r) => r.evidence.high).map((r) => [r.slug, r.evidence.videoCount])).toEqual([
      ["rag-systems", 72],
      ["evaluation", 50],
      ["fine-tuning", 43],
      ["prompt-engineering", 41],
      ["application-security", 33],
    ]);
    expect(rows.every((r) => r.evidence.suggestion === null)).toBe(true);
  });

  it("writes the comparison as a design-review record: what needs a look first, notes as text", () => {
    const md = evidenceMarkdown(
      { layer: support(), path: "/layers/abc", revision: 2 },
      againstEvidence(support()),
      entries,
      {
        siteUrl: "https://example.org",
        comparePath: "/layers/compare?a=abc&b=evidence",
        datasetVersion: "1.3.0",
      },
    );
    expect(md).toContain("# Design review: Support bot against the evidence\n");
    expect(md).toContain("- Comparison: https://example.org/layers/compare?a=abc&b=evidence\n");
    expect(md).toContain(
      "- 7 high-evidence topics left open, 1 set aside, 1 addressed with lower evidence, of 20 topics",
    );
    const open = md.indexOf("## High evidence, left open in the plan");
    const agree = md.indexOf("## The plan and the evidence agree");
    expect(open).toBeGreaterThan(0);
    expect(md.indexOf("### Evaluation", open)).toBeLessThan(agree);
    expect(md).toContain(
      "### Evaluation\n\n- Decision: To do\n- Evidence: one of the plan’s topics · " +
        "50 videos (28.1%), #2 of 20 by videos — https://example.org/topics/evaluation\n",
    );
    expect(md).toContain(
      "### Fine-Tuning\n\n- Decision: not in it\n- Evidence: suggestion #1: 19 joint videos with RAG Systems " +
        "(reported) · 43 videos (24.2%), #3 of 20 by videos — https://example.org/topics/fine-tuning\n",
    );
    expect(md).toContain("### Application Security\n\n- Decision: Not relevant\n");
    expect(md).toContain("- Note (plan):\n\n  > Internal users only\n");
  });
});

describe("the Markdown record of two layers compared", () => {
  it("lists where they differ first, both decisions and both notes, as text", () => {
    const a = doc([
      { kind: "topic", slug: "rag-systems", status: "addressed", note: "Index <b>nightly</b>" },
      { kind: "topic", slug: "fine-tuning", status: "accepted-risk" },
    ]);
    const b = doc(
      [
        { kind: "topic", slug: "rag-systems", status: "todo", note: "Not yet" },
        { kind: "topic", slug: "fine-tuning", status: "accepted-risk" },
      ],
      { name: "Support bot | v2" },
    );
    const md = comparisonMarkdown(
      { layer: a, path: "/layers/a", revision: 1 },
      { layer: b, path: "/layers/b", revision: 4 },
      compareLayers(a, b),
      entries,
      { siteUrl: "https://example.org", comparePath: "/layers/compare?a=a&b=b" },
    );
    expect(md).toContain("# Design review: Support bot compared with Support bot \\| v2\n");
    expect(md).toContain("- B: Support bot \\| v2 — https://example.org/layers/b (revision 4, dataset version 1.3.0)");
    expect(md).toContain("- 1 of 2 decisions differ; A addressed 1 that B left open, B addressed 0 that A left open");
    expect(md).toContain(
      "## Where the decisions differ\n\n### RAG Systems\n\n- A: Addressed\n- B: To do\n- Addressed in A only\n" +
        "- Evidence: https://example.org/topics/rag-systems\n- Note (A):\n\n  > Index \\<b\\>nightly\\</b\\>\n\n" +
        "- Note (B):\n\n  > Not yet\n",
    );
    expect(md).toContain("## Where they agree\n\n### Fine-Tuning\n\n- A: Accepted risk\n- B: Accepted risk\n");
  });
});

describe("a layer made on an older dataset version", () => {
  it("names per item what changed since its version, from the committed snapshots", async () => {
    const releases = await readReleases(join(ROOT, "releases"));
    const snap = (v: string) => readSnapshot(releases.find((r) => r.version === v)!.catalogue);
    const layer = doc(
      [
        { kind: "topic", slug: "prompt-engineering", status: "addressed" },
        { kind: "topic", slug: "hallucination", status: "todo" },
        { kind: "consideration", slug: "security-and-privacy", status: "todo" },
      ],
      { datasetVersion: "1.2.0" },
    );
    const changes = layerVersionChanges(layer, compareSnapshots(snap("1.2.0"), snap("1.3.0")));
    // 1.2.0 → 1.3.0 corrected Prompt Engineering and Security and Privacy; Hallucination is unchanged.
    expect(changes.map((c) => [c.kind, c.slug, c.status])).toEqual([
      ["topic", "prompt-engineering", "changed"],
      ["consideration", "security-and-privacy", "changed"],
    ]);
    expect(changes[1].lines).toContain("summary reworded");
    expect(layerVersionChanges(layer, [])).toEqual([]);

    // Made on 1.0.0: RAG Systems' entry changed, and its pairs gained the paper's §IV-B group since.
    const rag = layerVersionChanges(
      doc([{ kind: "topic", slug: "rag-systems", status: "addressed" }], { datasetVersion: "1.0.0" }),
      compareSnapshots(snap("1.0.0"), snap("1.3.0")),
    );
    expect(rag).toHaveLength(1);
    expect(rag[0].lines).toEqual(expect.arrayContaining(["summary reworded", "phases: 1 added"]));
    expect(rag[0].pairs).toHaveLength(12);
    expect(rag[0].pairs).toContainEqual({
      name: "Fine-Tuning × RAG Systems",
      status: "changed",
      lines: ["group: — → alternatives"],
    });
  });
});
