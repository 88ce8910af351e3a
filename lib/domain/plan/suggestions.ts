/**
 * "What else to consider": topics that come up together with the plan's picks, ranked by
 * joint videos. Only pairs with a known count rank (reported in the paper, or computed
 * from imported assignments); a topic with no known pair to any pick is listed apart as
 * having no reported evidence either way, never ranked as zero.
 */
import { pairKey, type Provenance } from "../pairs";
import type { PairKind } from "../paper/pair-kind";

export interface PlanTopic {
  slug: string;
  name: string;
}
export interface PlanPair {
  a: string;
  b: string;
  count: number | null;
  provenance: Provenance;
  evidence: string | null;
  note: string | null;
  /** The §IV-B group the paper reports the pair under; null for pairs it does not report. */
  kind: PairKind | null;
}

/** The evidence behind one suggestion: the strongest known pair with a pick. */
export interface SuggestionEvidence {
  /** The picked topic the count is with. */
  with: string;
  /** The paper's sentence, for reported counts; null for computed ones. */
  sentence: string | null;
  /** Set where the reported count contradicts the paper's other figures. */
  note: string | null;
  inconsistent: boolean;
}
export interface Suggestion {
  slug: string;
  name: string;
  count: number;
  provenance: "reported" | "computed";
  /** The kind of the strongest pair (the one in `evidence`): how the suggestion relates to that pick. */
  kind: PairKind | null;
  evidence: SuggestionEvidence;
  /** Every pick this topic has a known count with, strongest first (the first is `evidence`). */
  alsoWith: Array<{ with: string; count: number; provenance: "reported" | "computed" }>;
  /** Picks this topic has no known count with. */
  unknownWith: string[];
}

const rankProvenance = (p: Provenance) => (p === "reported" ? 0 : 1);

/**
 * `topics` in catalogue order (ties keep it). Picks not among `topics` are ignored.
 */
export function rankSuggestions(
  picks: readonly string[],
  topics: readonly PlanTopic[],
  pairs: readonly PlanPair[],
): { suggestions: Suggestion[]; notReported: string[] } {
  const picked = new Set(picks);
  const byKey = new Map(pairs.map((p) => [pairKey(p.a, p.b), p]));
  const order = new Map(topics.map((t, i) => [t.slug, i]));
  const suggestions: Suggestion[] = [];
  const notReported: string[] = [];
  for (const topic of topics) {
    if (picked.has(topic.slug)) continue;
    const known: Array<{ with: string; pair: PlanPair & { count: number; provenance: "reported" | "computed" } }> = [];
    const unknownWith: string[] = [];
    for (const pick of picks) {
      if (!order.has(pick)) continue;
      const pair = byKey.get(pairKey(pick, topic.slug));
      if (pair && pair.count !== null && pair.provenance !== "not_reported") {
        known.push({ with: pick, pair: pair as PlanPair & { count: number; provenance: "reported" | "computed" } });
      } else unknownWith.push(pick);
    }
    if (known.length === 0) {
      notReported.push(topic.slug);
      continue;
    }
    known.sort(
      (x, y) => y.pair.count - x.pair.count || rankProvenance(x.pair.provenance) - rankProvenance(y.pair.provenance),
    );
    const best = known[0];
    suggestions.push({
      slug: topic.slug,
      name: topic.name,
      count: best.pair.count,
      provenance: best.pair.provenance,
      kind: best.pair.provenance === "reported" ? best.pair.kind : null,
      evidence: {
        with: best.with,
        sentence: best.pair.provenance === "reported" ? best.pair.evidence : null,
        note: best.pair.note,
        inconsistent: best.pair.note !== null,
      },
      alsoWith: known.map((k) => ({ with: k.with, count: k.pair.count, provenance: k.pair.provenance })),
      unknownWith,
    });
  }
  suggestions.sort(
    (x, y) =>
      y.count - x.count ||
      rankProvenance(x.provenance) - rankProvenance(y.provenance) ||
      order.get(x.slug)! - order.get(y.slug)!,
  );
  return { suggestions, notReported };
}

/** One of the paper's sentences as a plan shows it: once, with every suggestion it supports. */
export interface PlanSentence {
  sentence: string;
  /** The suggestion whose card shows the sentence (the first, in rank order, that it supports). */
  shownWith: string;
  /** The pairs of this plan the sentence reports: suggested topic, pick, count. */
  supports: Array<{ topic: string; with: string; count: number }>;
}

/**
 * The paper's sentences behind the ranked suggestions, each once: a sentence that reports several pairs (§IV-B's
 * "Some notable further aspects that come with … a RAG system …") is shown on the first card it supports, with the
 * pairs it supports; the other cards point to it. Keyed by suggestion slug.
 */
export function planSentences(suggestions: readonly Suggestion[]): Map<string, PlanSentence> {
  const bySentence = new Map<string, PlanSentence>();
  const bySlug = new Map<string, PlanSentence>();
  for (const s of suggestions) {
    const sentence = s.evidence.sentence;
    if (!sentence) continue;
    let entry = bySentence.get(sentence);
    if (!entry) {
      entry = { sentence, shownWith: s.slug, supports: [] };
      bySentence.set(sentence, entry);
    }
    entry.supports.push({ topic: s.slug, with: s.evidence.with, count: s.count });
    bySlug.set(s.slug, entry);
  }
  return bySlug;
}
