/**
 * Which engineering considerations a plan touches, through the editorial
 * consideration↔topic mapping. Every consideration stays on the checklist (the progress is
 * "n of 11 considered"); the ones the plan's topics map to come first, with the reasons.
 */
export interface LookupConsideration {
  slug: string;
  name: string;
  position: number;
  topics: Array<{ topic: string; rationale: string }>;
  unmappedNote: string | null;
}
export interface PlanConsideration {
  slug: string;
  name: string;
  position: number;
  /** "applies": a picked topic maps to it; "other": mapped only to topics not picked; "unmapped": no topic at all. */
  status: "applies" | "other" | "unmapped";
  /** The picked topics it applies through, in the plan's order, with the editorial reason. */
  via: Array<{ topic: string; rationale: string }>;
  /** Every topic it maps to (for "other"). */
  topics: string[];
  unmappedNote: string | null;
}

const STATUS_ORDER = { applies: 0, other: 1, unmapped: 2 } as const;

export function lookupConsiderations(
  picks: readonly string[],
  considerations: readonly LookupConsideration[],
): PlanConsideration[] {
  return considerations
    .map((c): PlanConsideration => {
      const via = picks.flatMap((topic) =>
        c.topics.filter((l) => l.topic === topic).map((l) => ({ topic, rationale: l.rationale })),
      );
      const status = via.length > 0 ? "applies" : c.topics.length > 0 ? "other" : "unmapped";
      return {
        slug: c.slug,
        name: c.name,
        position: c.position,
        status,
        via,
        topics: c.topics.map((l) => l.topic),
        unmappedNote: c.unmappedNote,
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.position - b.position);
}
