import type { Cooccurrence, TopicPair } from "../../schemas/api";
import { allPairs, pairKey } from "../pairs";

/**
 * The co-occurrence matrix as a page hands it to the browser: the topics, and only the pairs whose count is known
 * (reported or computed). Of 190 pairs the paper's text reports 18; the other 172 say only "not reported", so
 * they are not sent: every pair missing here is not reported (withUnreportedPairs puts them back).
 */
export type KnownPairs = { topics: string[]; known: TopicPair[] };

export function knownPairsOnly(cooc: Cooccurrence): KnownPairs {
  return { topics: cooc.topics, known: cooc.pairs.filter((p) => p.provenance !== "not_reported") };
}

/**
 * The whole matrix again, as the API gives it: every unordered pair once, in canonical order (allPairs), each pair
 * not in `known` not reported (no count, no evidence).
 */
export function withUnreportedPairs({ topics, known }: KnownPairs): Cooccurrence {
  const byKey = new Map(known.map((p) => [pairKey(p.a, p.b), p]));
  const pairs = allPairs(topics).map(
    ([a, b]): TopicPair =>
      byKey.get(pairKey(a, b)) ?? {
        a,
        b,
        count: null,
        provenance: "not_reported",
        evidence: null,
        note: null,
        kind: null,
        computedCount: null,
      },
  );
  return { topics, pairs };
}
