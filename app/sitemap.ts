import type { MetadataRoute } from "next";
import { catalogue } from "@/lib/data";
import { sitemapPaths } from "@/lib/domain/sitemap/paths";
import { absoluteUrl } from "@/lib/site";

/** /sitemap.xml, built with the site (entry pages are prerendered from the same data). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const reader = catalogue();
  const [themes, topics, phases, videos, version, considerations] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.videos(),
    reader.datasetVersion(),
    reader.considerations(),
  ]);
  return sitemapPaths({ themes, topics, phases, videos, considerations }).map((path) => ({
    url: absoluteUrl(path),
    lastModified: version.releasedAt,
  }));
}
