/**
 * How results are ranked — one place to tune. A result's tier comes from the best field a query
 * word matched in (names > keywords > summaries > quotes; a typo-tolerant match counts half a tier
 * lower than an exact or prefix one), then the library's BM25 score (with the boosts below)
 * orders results within a tier.
 */
import type { SearchField } from "./documents";

export const FIELD_BOOST: Record<SearchField, number> = { name: 8, keywords: 4, summary: 1.5, quote: 1 };

export const FIELD_TIER: Record<SearchField, number> = { name: 0, keywords: 1, summary: 2, quote: 3 };

/** Added to the tier of a field matched only through a typo-tolerant (fuzzy) match. */
export const FUZZY_TIER_PENALTY = 0.5;

/**
 * Added to the tier of a topic pair whose name matched on one topic only: "rag" finds the topic RAG Systems before
 * its pairs, "rag evaluation" finds the pair RAG Systems × Evaluation first.
 */
export const ONE_SIDED_PAIR_TIER_PENALTY = 0.25;

/** Prefix search from the second character on ("ha" already finds "Hallucination"). */
export const prefixFor = (term: string): boolean => term.length >= 2;

/**
 * Typo tolerance, in edits: none below 5 characters (too many short words are one edit apart),
 * one up to 9 characters ("hallucinaton"), two from 10 ("halucination" → "hallucination").
 */
export const fuzzyFor = (term: string): number | false =>
  term.length < 5 || /^\d+$/.test(term) ? false : term.length < 10 ? 1 : 2;

/** Score weights of prefix and fuzzy matches relative to an exact match. */
export const MATCH_WEIGHTS = { prefix: 0.5, fuzzy: 0.35 };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
