/**
 * The one data-access module: every page and route handler reads the catalogue through
 * here, and gets the API's shapes (lib/schemas/api.ts) back. Nothing else imports Prisma.
 */
import { LRUCache } from "lru-cache";
import type { Db } from "./db/client";
import { db as sharedDb } from "./db/client";
import { compareVideoIds } from "./domain/video-id";
import type {
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  DatasetVersionInfo,
  Finding,
  Phase,
  PhaseDetail,
  PhaseLink,
  Quote,
  Theme,
  ThemeDetail,
  Topic,
  TopicDetail,
  TopicPair,
  Video,
  VideoDetail,
} from "./schemas/api";
import type { Provenance } from "./domain/pairs";
import { isPairKind } from "./domain/paper/pair-kind";
import { isThemeOrigin } from "./domain/paper/theme-origin";
import type { Catalogue } from "./content/parse";
import { compareVersions } from "./domain/version";
import { readSnapshot } from "./domain/release/legacy";
import type { SearchCatalogue } from "./domain/search/documents";
import { READ_CACHE_MS } from "../server/cache-times.mjs";

/**
 * Text is sorted here, not by the database: SQLite compares bytes, PostgreSQL by the
 * database's collation, and the API must answer the same on both.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type AliasKind = "theme" | "topic" | "phase";

export interface SourceInfo {
  slug: string;
  title: string;
  alternativeTitle: string | null;
  authors: string[];
  year: number;
  published: string;
  arxivId: string;
  url: string;
  replicationDoi: string | null;
  videosAnalysed: number | null;
  shareDenominator: number | null;
  role: string;
}

const topicInclude = { phases: { select: { phaseSlug: true, phase: { select: { position: true } } } } } as const;

type TopicRow = {
  slug: string;
  name: string;
  themeSlug: string;
  position: number;
  videoCount: number;
  sharePercent: number;
  shareDenominator: number;
  section: string;
  keywords: string;
  phases: Array<{ phaseSlug: string; phase: { position: number } }>;
};

function toTopic(row: TopicRow): Topic {
  return {
    slug: row.slug,
    name: row.name,
    theme: row.themeSlug,
    position: row.position,
    videoCount: row.videoCount,
    share: row.sharePercent,
    shareDenominator: row.shareDenominator,
    section: row.section,
    keywords: JSON.parse(row.keywords) as string[],
    phases: [...row.phases].sort((a, b) => a.phase.position - b.phase.position).map((p) => p.phaseSlug),
  };
}

function toPair(row: {
  topicA: string;
  topicB: string;
  count: number | null;
  provenance: string;
  evidence: string | null;
  note: string | null;
  kind: string | null;
  computedCount: number | null;
}): TopicPair {
  return {
    a: row.topicA,
    b: row.topicB,
    count: row.count,
    provenance: row.provenance as Provenance,
    evidence: row.evidence,
    note: row.note,
    kind: isPairKind(row.kind) ? row.kind : null,
    computedCount: row.computedCount,
  };
}

export function createCatalogueReader(db: Db) {
  async function themeOrder(): Promise<Map<string, number>> {
    const themes = await db.theme.findMany({ select: { slug: true, position: true } });
    return new Map(themes.map((t) => [t.slug, t.position]));
  }

  async function sortedTopics(where: object = {}): Promise<Topic[]> {
    const [rows, order] = await Promise.all([db.topic.findMany({ where, include: topicInclude }), themeOrder()]);
    return rows
      .sort((a, b) => order.get(a.themeSlug)! - order.get(b.themeSlug)! || a.position - b.position)
      .map(toTopic);
  }

  return {
    async datasetVersion(): Promise<DatasetVersionInfo> {
      const v = await db.datasetVersion.findFirst({ where: { isCurrent: true } });
      if (!v) throw new Error("The database has no dataset: run `npm run db:seed`.");
      return { version: v.version, releasedAt: v.releasedAt, contentHash: v.contentHash };
    },

    async sources(): Promise<SourceInfo[]> {
      const rows = await db.source.findMany({ orderBy: { year: "asc" } });
      return rows.map((s) => ({ ...s, authors: JSON.parse(s.authors) as string[] }));
    },

    async themes(): Promise<Theme[]> {
      const rows = await db.theme.findMany({
        orderBy: { position: "asc" },
        include: { topics: { orderBy: { position: "asc" }, select: { slug: true } } },
      });
      return rows.map((t) => ({
        slug: t.slug,
        name: t.name,
        position: t.position,
        videoCount: t.videoCount,
        share: t.sharePercent,
        shareDenominator: t.shareDenominator,
        section: t.section,
        summary: t.summary,
        topics: t.topics.map((x) => x.slug),
        origin: isThemeOrigin(t.origin) ? t.origin : "not-classified",
        originEvidence: t.originEvidence,
      }));
    },

    async theme(slug: string): Promise<ThemeDetail | null> {
      const all = await this.themes();
      const theme = all.find((t) => t.slug === slug);
      if (!theme) return null;
      return { ...theme, topicSummaries: await sortedTopics({ themeSlug: slug }) };
    },

    async topics(filter: { theme?: string; phase?: string } = {}): Promise<Topic[]> {
      return sortedTopics({
        ...(filter.theme ? { themeSlug: filter.theme } : {}),
        ...(filter.phase ? { phases: { some: { phaseSlug: filter.phase } } } : {}),
      });
    },

    async topic(slug: string): Promise<TopicDetail | null> {
      const row = await db.topic.findUnique({
        where: { slug },
        include: {
          theme: { select: { name: true } },
          phases: { include: { phase: { select: { position: true } } } },
          quotes: { orderBy: { position: "asc" } },
        },
      });
      if (!row) return null;
      const pairs = await db.topicPair.findMany({
        where: { OR: [{ topicA: slug }, { topicB: slug }], count: { not: null } },
      });
      const phaseLinks: PhaseLink[] = [...row.phases]
        .sort((a, b) => a.phase.position - b.phase.position)
        .map((l) => ({ phase: l.phaseSlug, topic: slug, rationale: l.rationale, editorial: true }));
      return {
        ...toTopic(row),
        summary: row.summary,
        themeName: row.theme.name,
        quotes: row.quotes.map((q) => ({ video: q.videoId, topic: slug, text: q.text })),
        phaseLinks,
        pairs: pairs
          .map(toPair)
          .sort((x, y) => (y.count ?? 0) - (x.count ?? 0) || (x.a + x.b).localeCompare(y.a + y.b)),
      };
    },

    async phases(): Promise<Phase[]> {
      const rows = await db.phase.findMany({
        orderBy: { position: "asc" },
        include: { topics: { select: { topicSlug: true } } },
      });
      const order = (await sortedTopics()).map((t) => t.slug);
      return rows.map((p) => ({
        slug: p.slug,
        name: p.name,
        position: p.position,
        summary: p.summary,
        topics: p.topics.map((t) => t.topicSlug).sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      }));
    },

    async phase(slug: string): Promise<PhaseDetail | null> {
      const phase = (await this.phases()).find((p) => p.slug === slug);
      if (!phase) return null;
      const links = await db.topicPhase.findMany({ where: { phaseSlug: slug } });
      const bySlug = new Map(links.map((l) => [l.topicSlug, l]));
      return {
        ...phase,
        links: phase.topics.map((t) => ({
          phase: slug,
          topic: t,
          rationale: bySlug.get(t)!.rationale,
          editorial: true as const,
        })),
      };
    },

    async videos(filter: { topic?: string } = {}): Promise<Video[]> {
      const rows = await db.video.findMany({
        where: filter.topic
          ? {
              OR: [
                { quotes: { some: { topicSlug: filter.topic } } },
                { assignments: { some: { topicSlug: filter.topic } } },
              ],
            }
          : {},
        include: { quotes: { select: { topicSlug: true } }, assignments: { select: { topicSlug: true } } },
      });
      return rows
        .map((v) => ({
          id: v.id,
          title: v.title,
          url: v.url,
          channel: v.channel,
          quoteCount: v.quotes.length,
          topics: [...new Set([...v.quotes, ...v.assignments].map((x) => x.topicSlug))].sort(),
        }))
        .sort((a, b) => compareVideoIds(a.id, b.id));
    },

    async video(id: string): Promise<VideoDetail | null> {
      const v = await db.video.findUnique({
        where: { id },
        include: { quotes: true, assignments: { select: { topicSlug: true } } },
      });
      if (!v) return null;
      const quotes: Quote[] = [...v.quotes]
        .sort((a, b) => byCodeUnits(a.topicSlug, b.topicSlug) || a.position - b.position)
        .map((q) => ({ video: v.id, topic: q.topicSlug, text: q.text }));
      return {
        id: v.id,
        title: v.title,
        url: v.url,
        channel: v.channel,
        quoteCount: quotes.length,
        topics: [...new Set([...v.quotes, ...v.assignments].map((x) => x.topicSlug))].sort(),
        quotes,
      };
    },

    async cooccurrence(): Promise<Cooccurrence> {
      const [topics, pairs] = await Promise.all([sortedTopics(), db.topicPair.findMany()]);
      pairs.sort((a, b) => byCodeUnits(a.topicA, b.topicA) || byCodeUnits(a.topicB, b.topicB));
      return { topics: topics.map((t) => t.slug), pairs: pairs.map(toPair) };
    },

    /** The guide pages the considerations come from, as sources.yaml records them (no author, date or URL). */
    async guides() {
      const rows = await db.guideSource.findMany({ orderBy: { slug: "asc" } });
      return rows.map((g) => ({ slug: g.slug, title: g.title, note: g.note, role: g.role }));
    },

    /** The engineering considerations in the guide's order, with their editorial topic mapping. */
    async considerations(): Promise<Consideration[]> {
      const rows = await db.consideration.findMany({
        orderBy: { position: "asc" },
        include: { topics: { orderBy: { position: "asc" } } },
      });
      return rows.map((c) => ({
        slug: c.slug,
        name: c.name,
        position: c.position,
        summary: c.summary,
        source: c.sourceSlug,
        topics: c.topics.map((l) => ({ topic: l.topicSlug, rationale: l.rationale, editorial: true as const })),
        unmappedNote: c.unmappedNote,
      }));
    },

    async consideration(slug: string): Promise<ConsiderationDetail | null> {
      const c = (await this.considerations()).find((x) => x.slug === slug);
      if (!c) return null;
      const g = await db.guideSource.findUnique({ where: { slug: c.source } });
      if (!g) return null;
      return {
        ...c,
        guide: {
          slug: g.slug,
          kind: "guide-page",
          title: g.title,
          author: null,
          published: null,
          url: null,
          frontMatterDate: g.frontMatterDate,
          note: g.note,
          role: g.role,
        },
      };
    },

    /** The paper's conclusions, then the limits of its method, each in the order of findings.yaml. */
    async findings(): Promise<Finding[]> {
      const rows = await db.finding.findMany();
      return rows
        .map((f) => ({
          slug: f.slug,
          group: f.group === "limit" ? ("limit" as const) : ("conclusion" as const),
          position: f.position,
          title: f.title,
          section: f.section,
          summary: f.summary,
          evidence: JSON.parse(f.evidence) as string[],
          topics: JSON.parse(f.topics) as string[],
        }))
        .sort((a, b) => (a.group === b.group ? a.position - b.position : a.group === "conclusion" ? -1 : 1));
    },

    /** Every imported dataset version, newest first. */
    async versions() {
      const rows = await db.datasetVersion.findMany({
        orderBy: { importedAt: "desc" },
        select: { version: true, releasedAt: true, contentHash: true, importedAt: true, isCurrent: true },
      });
      return rows.sort((a, b) => compareVersions(b.version, a.version));
    },

    /** The content of one dataset version as it was imported, or null if unknown. */
    async snapshot(version: string): Promise<Catalogue | null> {
      const row = await db.datasetVersion.findUnique({ where: { version }, select: { snapshot: true } });
      if (!row || !row.snapshot) return null;
      return readSnapshot(JSON.parse(row.snapshot));
    },

    /** Everything search indexes (lib/domain/search/documents.ts), read in one go. */
    async searchCatalogue(): Promise<SearchCatalogue> {
      const [themes, topicRows, phases, considerations, quotes, videos, cooc] = await Promise.all([
        this.themes(),
        db.topic.findMany({ select: { slug: true, summary: true } }),
        this.phases(),
        this.considerations(),
        db.quote.findMany({ select: { videoId: true, topicSlug: true, text: true, position: true } }),
        this.videos(),
        this.cooccurrence(),
      ]);
      const summaries = new Map(topicRows.map((t) => [t.slug, t.summary]));
      const topics = (await sortedTopics()).map((t) => ({ ...t, summary: summaries.get(t.slug) ?? "" }));
      quotes.sort((a, b) => byCodeUnits(a.topicSlug, b.topicSlug) || a.position - b.position);
      return {
        themes,
        topics,
        phases,
        considerations: considerations.map((c) => ({ ...c, topics: c.topics.map((l) => l.topic) })),
        quotes: quotes.map((q) => ({ video: q.videoId, topic: q.topicSlug, text: q.text })),
        videos,
        pairs: cooc.pairs.flatMap((p) =>
          p.count === null ? [] : [{ a: p.a, b: p.b, count: p.count, kind: p.kind, evidence: p.evidence }],
        ),
      };
    },

    /** The current slug an old slug redirects to, or null. */
    async resolveAlias(kind: AliasKind, alias: string): Promise<string | null> {
      const row = await db.slugAlias.findUnique({ where: { kind_alias: { kind, alias } } });
      return row?.targetSlug ?? null;
    },
  };
}

export type CatalogueReader = ReturnType<typeof createCatalogueReader>;

/**
 * Answers of every read method, kept for `ttlMs` per method and arguments. The catalogue
 * changes only when content is seeded or assignments are imported (other processes), so a
 * few seconds of staleness buys the server from running the same queries on every request.
 * The cache is an LRU of at most `maxEntries` answers: every distinct argument (an unknown
 * slug, a filter value) is a new entry, so an unbounded cache lets any crawler fill memory.
 */
export function memoizeReader<R extends Record<string, unknown>>(
  reader: R,
  ttlMs: number,
  { maxEntries = READ_CACHE_ENTRIES, now = Date.now }: { maxEntries?: number; now?: () => number } = {},
): R {
  const cache = new LRUCache<string, { at: number; value: Promise<unknown> }>({ max: maxEntries });
  const wrapped = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(reader)) {
    if (typeof fn !== "function") continue;
    wrapped[name] = (...args: unknown[]) => {
      const key = `${name}:${JSON.stringify(args)}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = (fn as (...a: unknown[]) => Promise<unknown>).apply(wrapped, args);
      const entry = { at: now(), value };
      cache.set(key, entry);
      // A failed read is not remembered (unless a newer read has replaced it meanwhile).
      value.catch(() => cache.get(key) === entry && cache.delete(key));
      return value;
    };
  }
  return wrapped as R;
}

/** At most this many distinct reads are kept (the whole catalogue is ~120 of them). */
export const READ_CACHE_ENTRIES = 500;

let reader: CatalogueReader | undefined;
/**
 * The reader over the server's shared database client, with a short read cache (READ_CACHE_MS, in
 * server/cache-times.mjs beside the server's second clear, which waits for these reads to expire).
 */
export function catalogue(): CatalogueReader {
  reader ??= memoizeReader(createCatalogueReader(sharedDb()), READ_CACHE_MS);
  return reader;
}
