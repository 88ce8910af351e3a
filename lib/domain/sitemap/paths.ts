/**
 * The pages a search engine should know: every entry page and every index page of the
 * current dataset version. Version permalinks (/v/<version>/…) are left out on purpose:
 * they repeat the current pages' content under frozen URLs, and each names its live page as
 * canonical. Search results and plans are views of other pages, not pages of their own.
 */
import { entryPath } from "../entry-path";

export interface SitemapCatalogue {
  themes: Array<{ slug: string }>;
  topics: Array<{ slug: string }>;
  phases: Array<{ slug: string }>;
  videos: Array<{ id: string }>;
  considerations?: Array<{ slug: string }>;
}

export const SITE_INDEX_PATHS = [
  "/",
  "/cooccurrence",
  "/themes",
  "/topics",
  "/phases",
  "/considerations",
  "/videos",
  "/about",
  "/changelog",
  "/api",
];

export function sitemapPaths(catalogue: SitemapCatalogue): string[] {
  return [
    ...SITE_INDEX_PATHS,
    ...catalogue.themes.map((t) => entryPath("theme", t.slug)),
    ...catalogue.topics.map((t) => entryPath("topic", t.slug)),
    ...catalogue.phases.map((p) => entryPath("phase", p.slug)),
    ...catalogue.videos.map((v) => entryPath("video", v.id)),
    ...(catalogue.considerations ?? []).map((c) => entryPath("consideration", c.slug)),
  ];
}
