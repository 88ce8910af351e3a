/**
 * The one plan model. The /plan page, /plan.md, GET /api/v1/plan and the preview image all
 * render what `buildPlan` returns, so they cannot disagree.
 */
import { parsePlanTopics, planNotice } from "./url";
import { rankSuggestions, type PlanPair, type Suggestion } from "./suggestions";
import { phaseCoverage, type CoverageLink, type CoveragePhase, type CoveredPhase } from "./coverage";
import { lookupConsiderations, type LookupConsideration, type PlanConsideration } from "./considerations";
import { quotesFor, type PlanQuote } from "./quotes";
import { relationOf } from "./relation";
import { PLAN_PRESETS, presetJustification, presetPath, type PlanPreset, type PresetReason } from "./presets";

export interface PlanCatalogueTopic {
  slug: string;
  name: string;
  videoCount: number;
  share: number;
}

/** Everything a plan is built from: the catalogue, not the request. */
export interface PlanInput {
  /** In catalogue order (theme, then position). */
  topics: PlanCatalogueTopic[];
  pairs: PlanPair[];
  phases: CoveragePhase[];
  phaseLinks: CoverageLink[];
  considerations: LookupConsideration[];
  quotesByTopic: ReadonlyMap<string, readonly PlanQuote[]>;
  datasetVersion: string;
}

export interface PlanModel {
  picks: PlanCatalogueTopic[];
  /** Values of the link that are not topics (named in `notice`). */
  unknown: string[];
  notice: string | null;
  suggestions: Suggestion[];
  /** Topics not picked whose pairs with every pick are unknown. */
  notReported: PlanCatalogueTopic[];
  phases: { covered: CoveredPhase[]; uncovered: CoveragePhase[] };
  considerations: PlanConsideration[];
  quotes: PlanQuote[];
  datasetVersion: string;
  /** All topics, for pickers. */
  topics: PlanCatalogueTopic[];
  /** Our starting points, each with its link and the reported pairs that justify its topics. */
  presets: Array<PlanPreset & { href: string; reasons: PresetReason[] }>;
}

export function buildPlan(rawTopics: string | readonly string[] | null | undefined, input: PlanInput): PlanModel {
  const parsed = parsePlanTopics(
    rawTopics,
    input.topics.map((t) => t.slug),
  );
  const bySlug = new Map(input.topics.map((t) => [t.slug, t]));
  const picks = parsed.picks;
  const { suggestions, notReported } =
    picks.length > 0 ? rankSuggestions(picks, input.topics, input.pairs) : { suggestions: [], notReported: [] };
  return {
    picks: picks.map((s) => bySlug.get(s)!),
    unknown: parsed.unknown,
    notice: planNotice(parsed),
    suggestions,
    notReported: notReported.map((s) => bySlug.get(s)!),
    phases: phaseCoverage(picks, input.phases, input.phaseLinks),
    considerations: lookupConsiderations(picks, input.considerations),
    quotes: quotesFor(picks, input.quotesByTopic),
    datasetVersion: input.datasetVersion,
    topics: input.topics,
    presets: PLAN_PRESETS.map((p) => ({
      ...p,
      href: presetPath(p),
      reasons: presetJustification(p, input.pairs).reasons,
    })),
  };
}

/** The plan as GET /api/v1/plan answers it (the `data` of the envelope). */
export function planApiData(plan: PlanModel) {
  return {
    picks: plan.picks.map((p) => p.slug),
    suggestions: plan.suggestions.map((s) => ({
      slug: s.slug,
      name: s.name,
      count: s.count,
      provenance: s.provenance,
      kind: s.kind,
      relation: relationOf(s.kind).label,
      evidence: s.evidence,
    })),
    notReported: plan.notReported.map((t) => t.slug),
    phases: {
      covered: plan.phases.covered.map((p) => ({ slug: p.slug, via: p.via })),
      uncovered: plan.phases.uncovered.map((p) => p.slug),
    },
    considerations: plan.considerations
      .filter((c) => c.status === "applies")
      .map((c) => ({ slug: c.slug, name: c.name, topics: c.via.map((v) => v.topic) })),
    quotes: plan.quotes.map((q) => ({ topic: q.topic, video: q.video, text: q.text })),
  };
}
