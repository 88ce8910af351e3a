/** PlanInput from the real content/ (no database), for the plan's unit tests. */
import { buildPairRows, type Assignment } from "@/lib/domain/heatmap/cooccurrence";
import type { PlanInput } from "@/lib/domain/plan/build";
import { realCatalogue } from "./content";

export async function realPlanInput(assignments: Assignment[] = []): Promise<PlanInput> {
  const c = await realCatalogue();
  const rows = buildPairRows(
    c.topics.map((t) => t.slug),
    c.pairs,
    assignments,
  );
  return {
    topics: c.topics.map((t) => ({ slug: t.slug, name: t.name, videoCount: t.videoCount, share: t.share })),
    pairs: rows.map((r) => ({
      a: r.topicA,
      b: r.topicB,
      count: r.count,
      provenance: r.provenance,
      evidence: r.evidence,
      note: r.note,
      kind: r.kind,
    })),
    phases: c.phases.map((p) => ({ slug: p.slug, name: p.name, position: p.position })),
    phaseLinks: c.topics.flatMap((t) =>
      t.phases.map((l) => ({ topic: t.slug, phase: l.phase, rationale: l.rationale })),
    ),
    considerations: c.considerations.map((x) => ({
      slug: x.slug,
      name: x.name,
      position: x.position,
      topics: x.topics.map((l) => ({ topic: l.topic, rationale: l.rationale })),
      unmappedNote: x.unmappedNote ?? null,
    })),
    quotesByTopic: new Map(
      c.topics.map((t) => [t.slug, t.quotes.map((q) => ({ topic: t.slug, video: q.video, text: q.text }))]),
    ),
    datasetVersion: c.dataset.version,
  };
}
