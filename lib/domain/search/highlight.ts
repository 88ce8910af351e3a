/**
 * Highlighting and excerpts as data (segments), so every renderer — the server page, the
 * dropdown — shows matches the same way and never builds HTML from text.
 */
import { foldTerm } from "./query";

export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a word of the text is one of the matched terms, or starts with a query word (prefix search). */
function isMatch(word: string, terms: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  const folded = foldTerm(word);
  return terms.has(folded) || prefixes.some((p) => p.length >= 2 && folded.startsWith(p));
}

/**
 * Cuts `text` into plain and matched segments. `terms` are the indexed words that matched (as
 * folded by foldTerm); `prefixes` the query's own words.
 */
export function highlight(text: string, terms: Iterable<string>, prefixes: readonly string[] = []): Segment[] {
  const termSet = new Set(terms);
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isMatch(m[0], termSet, prefixes)) continue;
    const start = m.index!;
    const prev = out[out.length - 1];
    const gap = text.slice(last, start);
    // Neighbouring matched words ("vector database") form one highlight when only spaces separate them.
    if (prev?.match && /^[\s-]*$/u.test(gap) && gap.length > 0) prev.text += gap + m[0];
    else {
      if (gap) out.push({ text: gap, match: false });
      out.push({ text: m[0], match: true });
    }
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
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
    if (isMatch(m[0], termSet, prefixes)) {
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
