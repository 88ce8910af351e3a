/**
 * The plan in three lines, for the top of the page and of the Markdown: the strongest reported companions of the
 * picks (worded by the pair's kind), the lifecycle phases the picks leave uncovered, and the considerations that
 * apply. Only counts the paper reports lead the summary; computed counts stay in the full list.
 */
import type { PlanModel } from "./build";
import type { CoveragePhase } from "./coverage";
import { relationOf, type RelationLabel } from "./relation";
import type { PairKind } from "../paper/pair-kind";

/** How many companions the summary names. */
export const SUMMARY_COMPANIONS = 3;

export interface SummaryCompanion {
  slug: string;
  name: string;
  /** The pick it is suggested with. */
  with: string;
  count: number;
  kind: PairKind | null;
  relation: RelationLabel;
  /** The reported count contradicts the paper's other figures. */
  inconsistent: boolean;
}

export interface PlanSummary {
  companions: SummaryCompanion[];
  uncoveredPhases: CoveragePhase[];
  phaseTotal: number;
  considerations: Array<{ slug: string; name: string }>;
  considerationTotal: number;
}

export function planSummary(plan: PlanModel, max = SUMMARY_COMPANIONS): PlanSummary {
  return {
    companions: plan.suggestions
      .filter((s) => s.provenance === "reported")
      .slice(0, max)
      .map((s) => ({
        slug: s.slug,
        name: s.name,
        with: s.evidence.with,
        count: s.count,
        kind: s.kind,
        relation: relationOf(s.kind).label,
        inconsistent: s.evidence.inconsistent,
      })),
    uncoveredPhases: plan.phases.uncovered,
    phaseTotal: plan.phases.covered.length + plan.phases.uncovered.length,
    considerations: plan.considerations
      .filter((c) => c.status === "applies")
      .map((c) => ({ slug: c.slug, name: c.name })),
    considerationTotal: plan.considerations.length,
  };
}
