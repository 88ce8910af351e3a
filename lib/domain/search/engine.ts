/**
 * The search index: built once from the documents (on the server) or loaded from its
 * serialised form (in the browser), then queried. MiniSearch does the indexing, prefix and
 * typo-tolerant matching and BM25 scoring; we add the tiering, grouping and the lines shown.
 */
import MiniSearch, { type Options, type SearchResult as MiniResult } from "minisearch";
import {
  KEYWORD_SEPARATOR,
  PAIR_SEPARATOR,
  SEARCH_FIELDS,
  SEARCH_KINDS,
  type SearchDocument,
  type SearchField,
  type SearchKind,
} from "./documents";
import { excerpt } from "./highlight";
import { foldTerm, normaliseQuery, queryTerms, tokenize, videoIdOf } from "./query";
import {
  DEFAULT_LIMIT,
  FIELD_BOOST,
  FIELD_TIER,
  FUZZY_TIER_PENALTY,
  fuzzyFor,
  MATCH_WEIGHTS,
  ONE_SIDED_PAIR_TIER_PENALTY,
  prefixFor,
} from "./ranking";

const STORED = ["kind", "href", "name", "keywords", "summary", "quote", "detail"] as const;

const OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => foldTerm(term) || null,
};

export interface SearchHit {
  kind: SearchKind;
  id: string;
  href: string;
  title: string;
  /** What the entry is: a topic's theme and count, a quote's video and topic. */
  detail: string;
  /** The best field a query word matched in. */
  matchedIn: SearchField;
  /** Why it matched, when not by name: the keyword, or the words of the summary or quote around the match. */
  excerpt: string | null;
  /** Indexed words that matched (folded), for highlighting. */
  terms: string[];
  score: number;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  limit?: number;
}

export interface SearchIndex {
  search(rawQuery: string, options?: SearchOptions): SearchHit[];
  /** The serialised index, for the browser (loadSearchIndex reads it back). */
  toJSON(): unknown;
  readonly documentCount: number;
}

type Stored = Pick<SearchDocument, (typeof STORED)[number]>;

function bestField(result: MiniResult, queryWords: string[]): { field: SearchField; tier: number } {
  let best: { field: SearchField; tier: number } = { field: "quote", tier: Infinity };
  for (const [term, fields] of Object.entries(result.match)) {
    const fuzzy = !queryWords.some((q) => term.startsWith(q));
    for (const field of fields as SearchField[]) {
      const tier = FIELD_TIER[field] + (fuzzy ? FUZZY_TIER_PENALTY : 0);
      if (tier < best.tier) best = { field, tier };
    }
  }
  return best;
}

/** The keyword that the most matched words belong to (the first such, in the content's order). */
function matchedKeyword(keywords: string, result: MiniResult): string | null {
  const inKeywords = new Set(
    Object.entries(result.match)
      .filter(([, fields]) => fields.includes("keywords"))
      .map(([t]) => t),
  );
  let best: { keyword: string; words: number } | null = null;
  for (const keyword of keywords.split(KEYWORD_SEPARATOR)) {
    const words = tokenize(keyword).filter((w) => inKeywords.has(foldTerm(w))).length;
    if (words > 0 && (!best || words > best.words)) best = { keyword, words };
  }
  return best?.keyword ?? null;
}

/** Whether the words a pair's name matched on name both of its topics ("RAG Systems × Evaluation"). */
function namesBothTopics(name: string, result: MiniResult): boolean {
  const inName = new Set(
    Object.entries(result.match)
      .filter(([, fields]) => fields.includes("name"))
      .map(([t]) => t),
  );
  return name.split(PAIR_SEPARATOR).every((side) => tokenize(side).some((w) => inName.has(foldTerm(w))));
}

function toHit(result: MiniResult, queryWords: string[]): SearchHit & { tier: number } {
  const doc = result as unknown as MiniResult & Stored;
  const best = bestField(result, queryWords);
  const { field } = best;
  const tier =
    doc.kind === "pair" && field === "name" && !namesBothTopics(doc.name, result)
      ? best.tier + ONE_SIDED_PAIR_TIER_PENALTY
      : best.tier;
  const terms = new Set(result.terms);
  let why: string | null = null;
  if (field === "keywords") {
    const keyword = matchedKeyword(doc.keywords, result);
    why =
      keyword && doc.kind !== "quote" ? `${doc.kind === "preset" ? "Our search term" : "Keyword"}: ${keyword}` : null;
  } else if (field === "summary") why = excerpt(doc.summary, terms, queryWords);
  if (doc.kind === "quote") why = excerpt(doc.quote, terms, queryWords, 200);
  return {
    kind: doc.kind,
    id: String(result.id),
    href: doc.href,
    title: doc.kind === "quote" ? `Quote from ${doc.keywords}` : doc.name,
    detail: doc.detail,
    matchedIn: field,
    excerpt: why,
    terms: [...terms].sort(),
    score: Math.round(result.score * 1000) / 1000,
    tier,
  };
}

function wrap(mini: MiniSearch<SearchDocument>): SearchIndex {
  function run(words: string[], combineWith: "AND" | "OR", kinds: ReadonlySet<SearchKind> | null) {
    return mini.search(
      { queries: words, combineWith },
      {
        boost: FIELD_BOOST,
        prefix: prefixFor,
        fuzzy: fuzzyFor,
        weights: MATCH_WEIGHTS,
        filter: kinds ? (r) => kinds.has((r as unknown as Stored).kind) : undefined,
      },
    );
  }
  return {
    documentCount: mini.documentCount,
    toJSON: () => mini.toJSON(),
    search(rawQuery, options = {}) {
      const id = videoIdOf(rawQuery);
      const words = id ? [id.toLowerCase()] : queryTerms(normaliseQuery(rawQuery));
      if (words.length === 0) return [];
      const kinds = options.kinds?.length ? new Set(options.kinds) : null;
      // Every word must match; only when nothing does, any word may.
      let results = run(words, "AND", kinds);
      if (results.length === 0 && words.length > 1) results = run(words, "OR", kinds);
      const hits = results.map((r) => toHit(r, words));
      hits.sort((a, b) => a.tier - b.tier || b.score - a.score || a.id.localeCompare(b.id));
      return hits.slice(0, options.limit ?? DEFAULT_LIMIT).map(({ tier: _tier, ...hit }) => hit);
    },
  };
}

export function buildSearchIndex(documents: SearchDocument[]): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(OPTIONS);
  mini.addAll(documents);
  return wrap(mini);
}

/** Reads back what SearchIndex.toJSON() produced (e.g. fetched by the browser). */
export function loadSearchIndex(serialised: unknown): SearchIndex {
  return wrap(MiniSearch.loadJS<SearchDocument>(serialised as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS));
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** Hits grouped by kind; groups ordered by their best hit, hits keep their rank. */
export function groupHits(hits: SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    if (!groups.has(hit.kind)) groups.set(hit.kind, []);
    groups.get(hit.kind)!.push(hit);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}

export { SEARCH_KINDS };
