/**
 * Metadata shared by the theme, topic and phase pages: canonical URL, Highwire citation
 * tags, Open Graph / Twitter previews with a rendered image of the entry.
 */
import type { Metadata } from "next";
import { catalogue, type AliasKind } from "./data";
import { findCitable, highwireTags, jsonLd, pagePath, studyFor } from "./domain/citation";

export async function entityMetadata(
  kind: AliasKind,
  slug: string,
  title: string,
  description: string,
): Promise<Metadata> {
  const reader = catalogue();
  const [entity, version] = await Promise.all([findCitable(reader, kind, slug), reader.datasetVersion()]);
  const path = pagePath({ kind, slug });
  const image = { url: `/og/${kind}/${slug}`, width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type: "article", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
    other: entity ? highwireTags(entity, version) : {},
  };
}

export async function entityJsonLd(kind: AliasKind, slug: string) {
  const reader = catalogue();
  const [entity, version, sources] = await Promise.all([
    findCitable(reader, kind, slug),
    reader.datasetVersion(),
    reader.sources(),
  ]);
  return entity ? jsonLd(entity, version, studyFor(kind, sources)) : null;
}
