/**
 * How a suggestion relates to the pick it is suggested with, worded by the pair's kind — the subsection of the
 * paper's §IV-B the pair is reported under (lib/domain/paper/pair-kind.ts). The page, the Markdown, the API and the
 * summary all word a suggestion through `relationOf`, so they say the same thing.
 */
import { PAIR_KIND, type PairKind } from "../paper/pair-kind";

/** The relation labels, for the API's enum. */
export const RELATION_LABELS = ["comes with", "alternative to weigh", "tooling", "discussed with"] as const;
export type RelationLabel = (typeof RELATION_LABELS)[number];

export interface Relation {
  /** Short form for badges and the summary: "comes with", "alternative to weigh", "tooling". */
  label: RelationLabel;
  /** The sentence head before the pick's name: "Comes with", "An alternative to weigh against", "Tooling for". */
  lead: string;
  /** What joins the label to the pick's name: "comes with RAG Systems", "alternative to weigh against …". */
  joiner: string;
  /** What the kind asks of the reader, in our words (no firmer than the paper's heading). */
  advice: string;
}

export const RELATION: Record<PairKind, Relation> = {
  architecture: {
    label: "comes with",
    lead: "Comes with",
    joiner: "",
    advice: "Reported among the topics that come with the pick's architecture: likely part of the same build.",
  },
  alternatives: {
    label: "alternative to weigh",
    lead: "An alternative to weigh against",
    joiner: "against",
    advice:
      "Reported as an alternative choice for the same problem: weigh it against the pick, not one more thing to build.",
  },
  tools: {
    label: "tooling",
    lead: "Tooling for",
    joiner: "for",
    advice: "Reported around the tools and frameworks for the pick: what to build it with.",
  },
};

/** Pairs without a kind (counts computed from imported assignments): the paper does not group them. */
export const UNGROUPED: Relation = {
  label: "discussed with",
  lead: "Discussed with",
  joiner: "",
  advice: "Counted from imported video→topic assignments; the paper does not say how the two relate.",
};

export function relationOf(kind: PairKind | null | undefined): Relation {
  return kind ? RELATION[kind] : UNGROUPED;
}

/** "comes with RAG Systems", "an alternative to weigh against RAG Systems", "tooling for RAG Systems". */
export function relationPhrase(kind: PairKind | null | undefined, pickName: string): string {
  const { lead } = relationOf(kind);
  return `${lead[0].toLowerCase()}${lead.slice(1)} ${pickName}`;
}

/** "Alternative Design Choices" etc.: the paper's heading the relation comes from, for citations. */
export function relationSource(kind: PairKind | null | undefined): string | null {
  return kind ? `Mailach et al., §IV-B “${PAIR_KIND[kind].heading}”` : null;
}

/** One sentence that says how suggestions are worded. */
export const RELATION_EXPLAINER =
  "Each is worded by the group the paper reports the pair under: “comes with” (architecture-based co-occurrences), " +
  "“alternative to weigh” (alternative design choices) or “tooling” (tools and frameworks for realization).";
