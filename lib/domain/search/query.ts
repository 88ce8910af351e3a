/**
 * Query and text normalisation shared by indexing, searching and highlighting, so a word is
 * cut and folded the same way everywhere. Input is only ever treated as text.
 */

/** Longer queries are cut here: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are searched. */
export const MAX_QUERY_TERMS = 12;

/** Unicode-normalised, whitespace-collapsed, trimmed and cut to MAX_QUERY_LENGTH. */
export function normaliseQuery(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Splits text into words: runs of letters and digits (so "fine-tuning" → "fine", "tuning"). */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One word as it is indexed and searched: lower case, accents removed. */
export function foldTerm(term: string): string {
  return term
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a query as they are searched (folded, deduplicated, at most MAX_QUERY_TERMS). */
export function queryTerms(raw: string): string[] {
  return [...new Set(tokenize(normaliseQuery(raw)).map(foldTerm).filter(Boolean))].slice(0, MAX_QUERY_TERMS);
}

/** A video id as people type it: "V47", "v47", "v 47". */
export function videoIdOf(raw: string): string | null {
  const m = /^v\s?(\d{1,4})$/i.exec(normaliseQuery(raw));
  return m ? `V${Number(m[1])}` : null;
}
