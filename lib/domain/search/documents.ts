/**
 * The searchable documents, built from catalogue data (no Prisma, no React). Every kind of entry
 * that search can find is one entry of DOCUMENT_BUILDERS: adding a kind means adding its input
 * to SearchCatalogue, its name to SEARCH_KINDS and a builder.
 */
import { entryPath } from "../entry-path";
import { PAIR_KIND, type PairKind } from "../paper/pair-kind";
import { cellHref, cellOf } from "../pairs";
import { formatShare } from "../share";
import { PLAN_PRESETS, PRESET_LABEL, presetPath } from "../plan/presets";

/** The kinds of results, in the order their groups are listed when nothing else decides. */
export const SEARCH_KINDS = ["topic", "preset", "theme", "phase", "consideration", "quote", "video", "pair"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  topic: { one: "Topic", many: "Topics" },
  preset: { one: "Starting point (our preset)", many: "Starting points (our presets)" },
  theme: { one: "Theme", many: "Themes" },
  phase: { one: "Lifecycle phase", many: "Lifecycle phases" },
  consideration: { one: "Engineering consideration", many: "Engineering considerations" },
  quote: { one: "Quote", many: "Quotes" },
  video: { one: "Video", many: "Videos" },
  pair: { one: "Topic pair", many: "Topic pairs" },
};

/** What the document builders need; lib/data.ts reads it from the database. */
export interface SearchCatalogue {
  themes: Array<{ slug: string; name: string; videoCount: number; share: number; summary: string; topics: string[] }>;
  topics: Array<{
    slug: string;
    name: string;
    theme: string;
    videoCount: number;
    share: number;
    summary: string;
    keywords: string[];
  }>;
  phases: Array<{ slug: string; name: string; summary: string; topics: string[] }>;
  considerations: Array<{ slug: string; name: string; summary: string; topics: string[] }>;
  quotes: Array<{ video: string; topic: string; text: string }>;
  videos: Array<{ id: string; title: string | null; quoteCount: number; topics: string[] }>;
  /** Pairs whose joint-video count is known (reported in the paper's text, or computed), with the paper's group. */
  pairs: Array<{ a: string; b: string; count: number; kind: PairKind | null; evidence: string | null }>;
}

/**
 * One searchable record. The four text fields are ranked in this order (names > keywords >
 * summaries > quotes); `detail` is the line that says what the entry is.
 */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  href: string;
  name: string;
  keywords: string;
  summary: string;
  quote: string;
  detail: string;
}

/** The text fields search looks in, best first. */
export const SEARCH_FIELDS = ["name", "keywords", "summary", "quote"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Keywords are joined with this separator so that one keyword can be shown back on its own. */
export const KEYWORD_SEPARATOR = " · ";

/** Between the two topic names of a pair's name. */
export const PAIR_SEPARATOR = " × ";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Markdown to the plain words a reader sees (links, emphasis and headings marks removed). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

type Builder = (catalogue: SearchCatalogue) => SearchDocument[];

export const DOCUMENT_BUILDERS: Record<SearchKind, Builder> = {
  topic: (c) => {
    const themeName = new Map(c.themes.map((t) => [t.slug, t.name]));
    return c.topics.map((t) => ({
      id: `topic:${t.slug}`,
      kind: "topic",
      href: entryPath("topic", t.slug),
      name: t.name,
      keywords: t.keywords.join(KEYWORD_SEPARATOR),
      summary: plainText(t.summary),
      quote: "",
      detail:
        `Topic in ${themeName.get(t.theme) ?? t.theme} · ` +
        `${plural(t.videoCount, "video")} (${formatShare(t.share)})`,
    }));
  },
  // Our editorial presets (lib/domain/plan/presets.ts): code, not dataset content, so the same for every version.
  preset: (c) => {
    const topicName = new Map(c.topics.map((t) => [t.slug, t.name]));
    return PLAN_PRESETS.map((p) => ({
      id: `preset:${p.slug}`,
      kind: "preset",
      href: presetPath(p),
      name: p.name,
      keywords: p.searchTerms.join(KEYWORD_SEPARATOR),
      summary: p.description,
      quote: "",
      detail: `${PRESET_LABEL}, a plan to start from · ${p.topics.map((t) => topicName.get(t) ?? t).join(", ")}`,
    }));
  },
  theme: (c) =>
    c.themes.map((t) => ({
      id: `theme:${t.slug}`,
      kind: "theme",
      href: entryPath("theme", t.slug),
      name: t.name,
      keywords: "",
      summary: plainText(t.summary),
      quote: "",
      detail:
        `Theme · ${plural(t.topics.length, "topic")} · ` + `${plural(t.videoCount, "video")} (${formatShare(t.share)})`,
    })),
  phase: (c) =>
    c.phases.map((p) => ({
      id: `phase:${p.slug}`,
      kind: "phase",
      href: entryPath("phase", p.slug),
      name: p.name,
      keywords: "",
      summary: plainText(p.summary),
      quote: "",
      detail: `Lifecycle phase (Rao et al.) · ${plural(p.topics.length, "topic")} mapped to it (editorial)`,
    })),
  consideration: (c) =>
    c.considerations.map((x) => ({
      id: `consideration:${x.slug}`,
      kind: "consideration",
      href: entryPath("consideration", x.slug),
      name: x.name,
      keywords: "",
      summary: plainText(x.summary),
      quote: "",
      detail: `Engineering consideration (guide page) · ${
        x.topics.length
          ? `${plural(x.topics.length, "topic")} mapped to it (editorial)`
          : "the practitioner videos do not single it out"
      }`,
    })),
  quote: (c) => {
    const topicName = new Map(c.topics.map((t) => [t.slug, t.name]));
    const seen = new Map<string, number>();
    return c.quotes.map((q) => {
      const n = (seen.get(q.topic) ?? 0) + 1;
      seen.set(q.topic, n);
      return {
        id: `quote:${q.topic}:${n}`,
        kind: "quote",
        href: entryPath("video", q.video),
        name: "",
        // The video id is searchable on its quotes too, below the video itself.
        keywords: q.video,
        summary: "",
        quote: q.text,
        detail: `${q.video} · ${topicName.get(q.topic) ?? q.topic}`,
      };
    });
  },
  video: (c) => {
    const topicName = new Map(c.topics.map((t) => [t.slug, t.name]));
    return c.videos.map((v) => ({
      id: `video:${v.id}`,
      kind: "video",
      href: entryPath("video", v.id),
      name: v.id,
      keywords: v.title ?? "",
      summary: "",
      quote: "",
      detail:
        `Video ${v.id}${v.title ? `: ${v.title}` : " (title not given in the source)"} · ` +
        `${plural(v.quoteCount, "quote")}${
          v.topics.length ? ` · ${v.topics.map((t) => topicName.get(t) ?? t).join(", ")}` : ""
        }`,
    }));
  },
  pair: (c) => {
    const topic = new Map(c.topics.map((t) => [t.slug, t]));
    return c.pairs.flatMap((p) => {
      const a = topic.get(p.a);
      const b = topic.get(p.b);
      if (!a || !b) return [];
      const [row, column] = cellOf(a, b);
      return [
        {
          id: `pair:${row.slug}~${column.slug}`,
          kind: "pair",
          href: cellHref(row.slug, column.slug),
          name: `${row.name}${PAIR_SEPARATOR}${column.name}`,
          // Search words of ours: alternatives are what people compare ("fine tune vs rag").
          keywords:
            p.kind === "alternatives"
              ? [`${row.name} vs ${column.name}`, `${column.name} versus ${row.name}`].join(KEYWORD_SEPARATOR)
              : "",
          summary: p.evidence ?? "",
          quote: "",
          detail:
            `Topic pair · ${plural(p.count, "joint video")}` +
            (p.kind ? ` · ${PAIR_KIND[p.kind].label} (the paper’s group, §IV-B)` : " · computed, not in the paper"),
        },
      ];
    });
  },
};

/** Every searchable document of the catalogue, kind by kind. */
export function buildSearchDocuments(catalogue: SearchCatalogue): SearchDocument[] {
  return SEARCH_KINDS.flatMap((kind) => DOCUMENT_BUILDERS[kind](catalogue));
}
