/**
 * The paper's own grouping of the co-occurrences it reports (Mailach et al., Section IV-B): each reported pair is
 * stated under one of three subsection headings, which the paper sums up as three observations. This is the one
 * label map for pair kinds: heatmap, topic pages, API, data package and exports all use it.
 * `heading`, `observation` and `sentence` are the paper's words, verbatim (tests/content/verbatim.test.ts).
 */
import { isOneOf } from "../one-of";

export const PAIR_KINDS = ["architecture", "alternatives", "tools"] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

export interface PairKindInfo {
  /** Short label for badges, legends and tooltips (ours). */
  label: string;
  /** The heading of the subsection of IV-B the pair is reported under (verbatim). */
  heading: string;
  /** How the paper's summary of IV-B names the observation (verbatim). */
  observation: string;
  /** The paper's sentence that says what the group is about (verbatim). */
  sentence: string;
  /** What the group means, in our words (no firmer than the paper). */
  description: string;
}

export const PAIR_KIND: Record<PairKind, PairKindInfo> = {
  architecture: {
    label: "Architecture-based",
    heading: "Architecture-based Co-Occurrences",
    observation: "(1) topics to consider when choosing an architecture",
    sentence: "We saw some intersections among topics that fall into the same architecture style.",
    description:
      "Topics that come up together within one architecture style: mostly what else comes with building a RAG " +
      "system, and the evaluation of RAG, fine-tuning and prompt engineering.",
  },
  alternatives: {
    label: "Alternative choices",
    heading: "Alternative Design Choices",
    observation: "(2) alternatives of techniques",
    sentence:
      "We may use a fine-tuned model also within a RAG, but the actual reasons why these topics are discussed " +
      "together are that they are alternative choices for the same problem.",
    description:
      "The authors read these pairs as alternative techniques for the same problem being discussed together.",
  },
  tools: {
    label: "Tools for realization",
    heading: "Tools and Frameworks for Realization",
    observation: "(3) tools for realization",
    sentence: "Finally, joint topics are around available tools and frameworks for specific LLM techniques.",
    description: "Co-occurrences around the tools and frameworks available for a specific LLM technique.",
  },
};

export function isPairKind(value: unknown): value is PairKind {
  return isOneOf(PAIR_KINDS, value);
}

/** Label of a pair's kind, or null for pairs the paper does not report (and so does not group). */
export function pairKindLabel(kind: PairKind | null | undefined): string | null {
  return kind ? PAIR_KIND[kind].label : null;
}
