/**
 * Builds the plan for a request from the catalogue. Everything read here is the same for
 * every plan (all topics, pairs, phases, considerations; quotes only of known topics), so
 * nothing is kept per distinct plan URL: the reader's short cache holds at most one entry
 * per catalogue entry.
 */
import { catalogue } from "./data";
import { buildPlan, type PlanInput, type PlanModel } from "./domain/plan/build";
import { parsePlanTopics } from "./domain/plan/url";

export async function planInput(picks: readonly string[]): Promise<PlanInput> {
  const reader = catalogue();
  const [topics, cooccurrence, phases, considerations, version] = await Promise.all([
    reader.topics(),
    reader.cooccurrence(),
    reader.phases(),
    reader.considerations(),
    reader.datasetVersion(),
  ]);
  const known = new Set(topics.map((t) => t.slug));
  const phaseDetails = await Promise.all(phases.map((p) => reader.phase(p.slug)));
  // Quotes of the picked topics only; `picks` are checked against the catalogue first.
  const details = await Promise.all(picks.filter((s) => known.has(s)).map((s) => reader.topic(s)));
  return {
    topics: topics.map((t) => ({ slug: t.slug, name: t.name, videoCount: t.videoCount, share: t.share })),
    pairs: cooccurrence.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      count: p.count,
      provenance: p.provenance,
      evidence: p.evidence,
      note: p.note,
      kind: p.kind,
    })),
    phases: phases.map((p) => ({ slug: p.slug, name: p.name, position: p.position })),
    phaseLinks: phaseDetails.flatMap(
      (d) => d?.links.map((l) => ({ topic: l.topic, phase: l.phase, rationale: l.rationale })) ?? [],
    ),
    considerations: considerations.map((c) => ({
      slug: c.slug,
      name: c.name,
      position: c.position,
      topics: c.topics,
      unmappedNote: c.unmappedNote,
    })),
    quotesByTopic: new Map(details.flatMap((d) => (d ? [[d.slug, d.quotes] as const] : []))),
    datasetVersion: version.version,
  };
}

/** The plan for a `topics` parameter as given in a URL. */
export async function loadPlan(rawTopics: string | readonly string[] | null | undefined): Promise<PlanModel> {
  const topics = await catalogue().topics();
  const { picks } = parsePlanTopics(
    rawTopics,
    topics.map((t) => t.slug),
  );
  return buildPlan(rawTopics, await planInput(picks));
}
