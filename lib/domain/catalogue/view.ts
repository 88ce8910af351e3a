/**
 * The one typed view of a dataset version: what every page, API read, citation file, search index, data package and
 * preview image reads, for the current version and for /v/<version>/… alike. Built from the version's catalogue
 * snapshot (as stored with its version, old values mapped by lib/domain/release/legacy.ts), answering in the API's
 * shapes (lib/schemas/api.ts). Fields a version's snapshot predates read as empty (no keywords, considerations or
 * findings before 1.1.0/1.2.0; a theme origin of "not-classified", a pair kind of null). Pure: no Prisma, no React.
 */
import type { Catalogue } from "../../content/parse";
import { buildPairRows, type PairRow } from "../heatmap/cooccurrence";
import { isPairKind } from "../paper/pair-kind";
import { isThemeOrigin } from "../paper/theme-origin";
import { compareVideoIds } from "../video-id";
import type { CitableKind } from "../entry-path";
import type { SearchCatalogue } from "../search/documents";
import type {
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  DatasetVersionInfo,
  Finding,
  Phase,
  PhaseDetail,
  Quote,
  Theme,
  ThemeDetail,
  Topic,
  TopicDetail,
  TopicPair,
  Video,
  VideoDetail,
} from "../../schemas/api";

/** Text is sorted by UTF-16 code units, the same on every database and machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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

/** Kinds whose entries have old slugs (aliases) that redirect to the current one. */
export type AliasKind = CitableKind;

function toPair(row: PairRow): TopicPair {
  return {
    a: row.topicA,
    b: row.topicB,
    count: row.count,
    provenance: row.provenance,
    evidence: row.evidence,
    note: row.note,
    kind: isPairKind(row.kind) ? row.kind : null,
    computedCount: row.computedCount,
  };
}

/**
 * The view of one version. `dataset` is the version as recorded (an assignment import records a new version and hash
 * over the same content, so it is passed in rather than read from the snapshot).
 */
export function catalogueView(snap: Catalogue, dataset: DatasetVersionInfo) {
  const denominator = snap.study.shareDenominator;
  const themePosition = new Map(snap.themes.map((t) => [t.slug, t.position]));
  const phasePosition = new Map(snap.phases.map((p) => [p.slug, p.position]));
  const assignments = snap.assignments ?? [];
  const considerationList = snap.considerations ?? [];
  const guideList = snap.guides ?? [];

  const topicRecords = [...snap.topics].sort(
    (a, b) => themePosition.get(a.theme)! - themePosition.get(b.theme)! || a.position - b.position,
  );
  const topicList: Topic[] = topicRecords.map((t) => ({
    slug: t.slug,
    name: t.name,
    theme: t.theme,
    position: t.position,
    videoCount: t.videoCount,
    share: t.share,
    shareDenominator: denominator,
    section: t.section,
    keywords: t.keywords ?? [],
    phases: [...t.phases].sort((a, b) => phasePosition.get(a.phase)! - phasePosition.get(b.phase)!).map((l) => l.phase),
  }));
  const topicOrder = topicList.map((t) => t.slug);

  const themeList: Theme[] = [...snap.themes]
    .sort((a, b) => a.position - b.position)
    .map((t) => ({
      slug: t.slug,
      name: t.name,
      position: t.position,
      videoCount: t.videoCount,
      share: t.share,
      shareDenominator: denominator,
      section: t.section,
      summary: t.summary,
      topics: snap.topics
        .filter((x) => x.theme === t.slug)
        .sort((a, b) => a.position - b.position)
        .map((x) => x.slug),
      origin: isThemeOrigin(t.origin) ? t.origin : "not-classified",
      originEvidence: t.originEvidence ?? null,
    }));

  const phaseList: Phase[] = [...snap.phases]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({
      slug: p.slug,
      name: p.name,
      position: p.position,
      summary: p.summary,
      topics: topicOrder.filter((slug) =>
        snap.topics.find((t) => t.slug === slug)!.phases.some((l) => l.phase === p.slug),
      ),
    }));

  const pairRows = buildPairRows(
    snap.topics.map((t) => t.slug),
    snap.pairs,
    assignments,
  ).map(toPair);

  /** Every quote, with its topic and its position within the topic (from 1). */
  const quotes = snap.topics.flatMap((t) =>
    t.quotes.map((q, i) => ({ video: q.video, topic: t.slug, text: q.text, position: i + 1 })),
  );
  const byTopicThenPosition = (a: { topic: string; position: number }, b: { topic: string; position: number }) =>
    byCodeUnits(a.topic, b.topic) || a.position - b.position;

  const videoEntries = new Map(snap.videos.map((v) => [v.id, v]));
  for (const a of assignments) if (!videoEntries.has(a.videoId)) videoEntries.set(a.videoId, { id: a.videoId });
  /** Topic slugs per video id, in the order met (one assignment import can hold many thousands). */
  const byVideo = (list: ReadonlyArray<{ video: string; topic: string }>) => {
    const map = new Map<string, string[]>();
    for (const x of list) map.set(x.video, [...(map.get(x.video) ?? []), x.topic]);
    return map;
  };
  const quotedFor = byVideo(quotes);
  const assignedFor = byVideo(assignments.map((a) => ({ video: a.videoId, topic: a.topicSlug })));
  const videoList: Video[] = [...videoEntries.values()]
    .map((v) => {
      const quoted = quotedFor.get(v.id) ?? [];
      const assigned = assignedFor.get(v.id) ?? [];
      return {
        id: v.id,
        title: v.title ?? null,
        url: v.url ?? null,
        channel: v.channel ?? null,
        quoteCount: quoted.length,
        topics: [...new Set([...quoted, ...assigned])].sort(),
      };
    })
    .sort((a, b) => compareVideoIds(a.id, b.id));

  const considerationViews: Consideration[] = [...considerationList]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({
      slug: c.slug,
      name: c.name,
      position: c.position,
      summary: c.summary,
      source: c.source,
      topics: c.topics.map((l) => ({ topic: l.topic, rationale: l.rationale, editorial: true as const })),
      unmappedNote: c.unmappedNote ?? null,
    }));

  const findingList: Finding[] = (["conclusions", "limits"] as const).flatMap((group) =>
    (snap.findings?.[group] ?? []).map((f, i) => ({
      slug: f.slug,
      group: group === "conclusions" ? ("conclusion" as const) : ("limit" as const),
      position: i + 1,
      title: f.title,
      section: f.section,
      summary: f.summary,
      evidence: f.evidence,
      topics: f.topics,
    })),
  );

  const aliasLists: Record<AliasKind, Array<{ slug: string; aliases?: string[] }>> = {
    theme: snap.themes,
    topic: snap.topics,
    phase: snap.phases,
  };

  const view = {
    /** What this version's snapshot records at all (older versions predate theme origins). */
    recorded: { themeOrigins: snap.themes.some((t) => t.origin !== undefined) },

    /** The version's catalogue as stored (what the data package and the changes between versions are built from). */
    snapshot: snap,
    /** The version as recorded: number, release date, content hash. */
    dataset,

    datasetVersion(): DatasetVersionInfo {
      return dataset;
    },

    sources(): SourceInfo[] {
      return [...snap.sources]
        .sort((a, b) => a.year - b.year)
        .map((s) => ({
          slug: s.slug,
          title: s.title,
          alternativeTitle: s.alternativeTitle ?? null,
          authors: s.authors,
          year: s.year,
          published: s.published,
          arxivId: s.arxivId,
          url: s.url,
          replicationDoi: s.replicationDoi ?? null,
          videosAnalysed: s.videosAnalysed ?? null,
          shareDenominator: s.shareDenominator ?? null,
          role: s.role,
        }));
    },

    /** The study the themes, topics and shares come from. */
    studySlug(): string {
      return snap.study.slug;
    },

    themes(): Theme[] {
      return themeList;
    },

    theme(slug: string): ThemeDetail | null {
      const theme = themeList.find((t) => t.slug === slug);
      return theme ? { ...theme, topicSummaries: topicList.filter((t) => t.theme === slug) } : null;
    },

    topics(filter: { theme?: string; phase?: string } = {}): Topic[] {
      return topicList.filter(
        (t) => (!filter.theme || t.theme === filter.theme) && (!filter.phase || t.phases.includes(filter.phase)),
      );
    },

    topic(slug: string): TopicDetail | null {
      const topic = topicList.find((t) => t.slug === slug);
      const record = snap.topics.find((t) => t.slug === slug);
      if (!topic || !record) return null;
      return {
        ...topic,
        summary: record.summary,
        themeName: snap.themes.find((t) => t.slug === topic.theme)!.name,
        quotes: record.quotes.map((q) => ({ video: q.video, topic: slug, text: q.text })),
        phaseLinks: [...record.phases]
          .sort((a, b) => phasePosition.get(a.phase)! - phasePosition.get(b.phase)!)
          .map((l) => ({ phase: l.phase, topic: slug, rationale: l.rationale, editorial: true as const })),
        pairs: pairRows
          .filter((p) => (p.a === slug || p.b === slug) && p.count !== null)
          .sort((x, y) => (y.count ?? 0) - (x.count ?? 0) || (x.a + x.b).localeCompare(y.a + y.b)),
      };
    },

    phases(): Phase[] {
      return phaseList;
    },

    phase(slug: string): PhaseDetail | null {
      const phase = phaseList.find((p) => p.slug === slug);
      if (!phase) return null;
      const rationale = (topic: string) =>
        snap.topics.find((t) => t.slug === topic)!.phases.find((l) => l.phase === slug)!.rationale;
      return {
        ...phase,
        links: phase.topics.map((t) => ({ phase: slug, topic: t, rationale: rationale(t), editorial: true as const })),
      };
    },

    videos(filter: { topic?: string } = {}): Video[] {
      return filter.topic ? videoList.filter((v) => v.topics.includes(filter.topic!)) : videoList;
    },

    video(id: string): VideoDetail | null {
      const video = videoList.find((v) => v.id === id);
      if (!video) return null;
      const own: Quote[] = quotes
        .filter((q) => q.video === id)
        .sort(byTopicThenPosition)
        .map((q) => ({ video: id, topic: q.topic, text: q.text }));
      return { ...video, quotes: own };
    },

    cooccurrence(): Cooccurrence {
      return {
        topics: topicOrder,
        pairs: [...pairRows].sort((x, y) => byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b)),
      };
    },

    /** The guide pages the considerations come from, as sources.yaml records them (no author, date or URL). */
    guides() {
      return [...guideList]
        .sort((a, b) => byCodeUnits(a.slug, b.slug))
        .map((g) => ({ slug: g.slug, title: g.title, note: g.note, role: g.role }));
    },

    /** The engineering considerations in the guide's order, with their editorial topic mapping. */
    considerations(): Consideration[] {
      return considerationViews;
    },

    consideration(slug: string): ConsiderationDetail | null {
      const c = considerationViews.find((x) => x.slug === slug);
      const g = c && guideList.find((x) => x.slug === c.source);
      if (!c || !g) return null;
      return {
        ...c,
        guide: {
          slug: g.slug,
          kind: "guide-page",
          title: g.title,
          author: null,
          published: null,
          url: null,
          frontMatterDate: g.frontMatterDate ?? null,
          note: g.note,
          role: g.role,
        },
      };
    },

    /** The paper's conclusions, then the limits of its method, each in the order of findings.yaml. */
    findings(): Finding[] {
      return findingList;
    },

    /** Everything search indexes (lib/domain/search/documents.ts). */
    searchCatalogue(): SearchCatalogue {
      return {
        themes: themeList,
        topics: topicList.map((t) => ({ ...t, summary: snap.topics.find((x) => x.slug === t.slug)!.summary })),
        phases: phaseList,
        considerations: considerationViews.map((c) => ({ ...c, topics: c.topics.map((l) => l.topic) })),
        quotes: [...quotes].sort(byTopicThenPosition).map((q) => ({ video: q.video, topic: q.topic, text: q.text })),
        videos: videoList,
        pairs: [...pairRows]
          .sort((x, y) => byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b))
          .flatMap((p) =>
            p.count === null ? [] : [{ a: p.a, b: p.b, count: p.count, kind: p.kind, evidence: p.evidence }],
          ),
      };
    },

    /** The current slug an old slug of this kind redirects to, or null. */
    resolveAlias(kind: AliasKind, alias: string): string | null {
      return aliasLists[kind].find((e) => e.aliases?.includes(alias))?.slug ?? null;
    },
  };
  return view;
}

export type CatalogueView = ReturnType<typeof catalogueView>;
