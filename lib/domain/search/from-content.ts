/**
 * The search input straight from validated content/ (no database): for unit tests and the
 * benchmark, which must index exactly what the seed would store. The server reads the same
 * shape from the database (lib/data.ts, searchCatalogue).
 */
import type { Catalogue } from "../../content/parse";
import type { SearchCatalogue } from "./documents";

export function searchCatalogueFromContent(c: Catalogue): SearchCatalogue {
  const quotes = c.topics.flatMap((t) => t.quotes.map((q) => ({ video: q.video, topic: t.slug, text: q.text })));
  const videoTopics = new Map<string, Set<string>>();
  for (const q of quotes) videoTopics.set(q.video, (videoTopics.get(q.video) ?? new Set()).add(q.topic));
  return {
    themes: c.themes.map((t) => ({ ...t, topics: c.topics.filter((x) => x.theme === t.slug).map((x) => x.slug) })),
    topics: c.topics.map((t) => ({ ...t, keywords: t.keywords })),
    phases: c.phases.map((p) => ({
      ...p,
      topics: c.topics.filter((t) => t.phases.some((l) => l.phase === p.slug)).map((t) => t.slug),
    })),
    considerations: c.considerations.map((x) => ({ ...x, topics: x.topics.map((l) => l.topic) })),
    quotes,
    videos: c.videos.map((v) => ({
      id: v.id,
      title: v.title ?? null,
      quoteCount: quotes.filter((q) => q.video === v.id).length,
      topics: [...(videoTopics.get(v.id) ?? [])].sort(),
    })),
    pairs: c.pairs.map((p) => ({ a: p.a, b: p.b, count: p.count, kind: p.kind ?? null, evidence: p.evidence })),
  };
}
