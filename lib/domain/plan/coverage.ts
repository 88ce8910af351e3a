/**
 * Lifecycle coverage of a plan: which of the six phases its topics touch (through the
 * editorial topic↔phase mapping, each link with its reason) and which it leaves uncovered.
 */
export interface CoveragePhase {
  slug: string;
  name: string;
  position: number;
}
export interface CoverageLink {
  topic: string;
  phase: string;
  rationale: string;
}
export interface CoveredPhase extends CoveragePhase {
  /** Picked topics that map to the phase, in the plan's order. */
  via: string[];
  /** The editorial reason of each link, in the same order as `via`. */
  reasons: Array<{ topic: string; rationale: string }>;
}

export function phaseCoverage(
  picks: readonly string[],
  phases: readonly CoveragePhase[],
  links: readonly CoverageLink[],
): { covered: CoveredPhase[]; uncovered: CoveragePhase[] } {
  const covered: CoveredPhase[] = [];
  const uncovered: CoveragePhase[] = [];
  for (const phase of [...phases].sort((a, b) => a.position - b.position)) {
    const reasons = picks.flatMap((topic) =>
      links.filter((l) => l.topic === topic && l.phase === phase.slug).map((l) => ({ topic, rationale: l.rationale })),
    );
    if (reasons.length > 0) covered.push({ ...phase, via: reasons.map((r) => r.topic), reasons });
    else uncovered.push(phase);
  }
  return { covered, uncovered };
}
