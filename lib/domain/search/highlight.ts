/**
 * Highlighting and excerpts as data (segments), so every renderer — the server page, the
 * dropdown — shows matches the same way and never builds HTML from text.
 */
import { foldTerm } from "./query";

export interface Segment {
  text: string;
  match: boolean;
}

type Building = Segment & { end?: number };

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * How much of a word to mark: the part a query word is a prefix of (typing "halluc" marks
 * "Halluc"), the whole word when it is one of the matched terms, or nothing.
 */
function matchLength(word: string, terms: ReadonlySet<string>, prefixes: readonly string[]): number {
  const folded = foldTerm(word);
  const prefix = prefixes.filter((p) => p.length >= 2 && folded.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  // Folding can change a word's length (e.g. decomposed accents); then the whole word is marked.
  if (prefix) return folded.length === word.length ? prefix.length : word.length;
  return terms.has(folded) ? word.length : 0;
}

/**
 * Cuts `text` into plain and matched segments. `terms` are the indexed words that matched (as
 * folded by foldTerm); `prefixes` the query's own words.
 */
export function highlight(text: string, terms: Iterable<string>, prefixes: readonly string[] = []): Segment[] {
  const termSet = new Set(terms);
  const out: Building[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const length = matchLength(m[0], termSet, prefixes);
    if (length === 0) continue;
    const start = m.index!;
    const prev = out[out.length - 1];
    const gap = text.slice(last, start);
    const marked = m[0].slice(0, length);
    // Neighbouring matched words ("vector database") form one highlight when only spaces separate them.
    if (prev?.match && last === prev.end && /^[\s-]+$/u.test(gap)) {
      prev.text += gap + marked;
      prev.end = start + length;
    } else {
      if (gap) out.push({ text: gap, match: false });
      out.push({ text: marked, match: true, end: start + length });
    }
    last = start + length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out.map(({ text: t, match }) => ({ text: t, match }));
}

/**
 * A window of about `width` characters of `text` around its first matched word, cut at word
 * boundaries, with "…" where text was left out; the start of the text when nothing matches.
 */
export function excerpt(text: string, terms: Iterable<string>, prefixes: readonly string[] = [], width = 160): string {
  if (text.length <= width) return text;
  const termSet = new Set(terms);
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (matchLength(m[0], termSet, prefixes) > 0) {
      at = m.index!;
      break;
    }
  }
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > at) end = space;
  }
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
