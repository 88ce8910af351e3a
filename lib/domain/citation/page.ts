/**
 * What a theme, topic or phase page offers to cite: the page itself (at the current
 * dataset version) and the study it summarises. Also its Highwire meta tags and JSON-LD,
 * and the citation of a consideration page. The catalogue is passed in (lib/data.ts's reader or a version's view).
 */
import type { CatalogueView, SourceInfo } from "../catalogue/view";
import { entryPath, versionBase, type CitableKind } from "../entry-path";
import { describeGuide } from "../considerations";
import { formatCitation, pageCsl, studyCsl, type CslItem } from "./format";
import { absoluteUrl, SITE_NAME } from "../../site";
import type { DatasetVersionInfo } from "../../schemas/api";

export interface CitableEntity {
  kind: CitableKind;
  slug: string;
  name: string;
  description: string;
}

/** Phases come from Rao et al.; themes and topics from the study with the share figures. */
export function studyFor(kind: CitableKind, sources: SourceInfo[]): SourceInfo {
  const study = sources.find((s) => (kind === "phase" ? s.shareDenominator === null : s.shareDenominator !== null));
  return study ?? sources[0];
}

type MaybePromise<T> = T | Promise<T>;
type EntryReader = { [K in "topic" | "theme" | "phase"]: (slug: string) => MaybePromise<ReturnType<CatalogueView[K]>> };

/** The entry a page cites, from the catalogue reader or one version's view. */
export async function findCitable(reader: EntryReader, kind: CitableKind, slug: string): Promise<CitableEntity | null> {
  if (kind === "topic") {
    const t = await reader.topic(slug);
    return t && { kind, slug: t.slug, name: t.name, description: t.summary.split(/\n\s*\n/)[0] };
  }
  if (kind === "theme") {
    const t = await reader.theme(slug);
    return t && { kind, slug: t.slug, name: t.name, description: t.summary };
  }
  const p = await reader.phase(slug);
  return p && { kind, slug: p.slug, name: p.name, description: p.summary };
}

export function pagePath(e: { kind: CitableKind; slug: string }): string {
  return entryPath(e.kind, e.slug);
}

/** Citations name a version, so they point at that version's permalink. */
export function versionedPagePath(e: { kind: CitableKind; slug: string }, version: string): string {
  return entryPath(e.kind, e.slug, versionBase(version));
}

export function citationItems(
  e: CitableEntity,
  version: DatasetVersionInfo,
  sources: SourceInfo[],
  accessed: string,
): { page: CslItem; study: CslItem } {
  return {
    page: pageCsl({
      kind: e.kind,
      slug: e.slug,
      name: e.name,
      url: absoluteUrl(versionedPagePath(e, version.version)),
      version: version.version,
      releasedAt: version.releasedAt,
      accessed,
    }),
    study: studyCsl(studyFor(e.kind, sources)),
  };
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Highwire Press tags, read by Zotero, Google Scholar and other reference managers. */
export function highwireTags(e: CitableEntity, version: DatasetVersionInfo): Record<string, string | string[]> {
  return {
    citation_title: `${e.name} — ${SITE_NAME}`,
    citation_author: SITE_NAME,
    citation_publisher: SITE_NAME,
    citation_publication_date: version.releasedAt.replace(/-/g, "/"),
    citation_public_url: absoluteUrl(versionedPagePath(e, version.version)),
    citation_abstract_html_url: absoluteUrl(pagePath(e)),
    citation_language: "en",
    citation_technical_report_number: `Dataset version ${version.version}`,
  };
}

/** schema.org JSON-LD: the page as a DefinedTerm (topics, themes) or CreativeWork (phases) in the catalogue Dataset. */
export function jsonLd(e: CitableEntity, version: DatasetVersionInfo, study: SourceInfo): Record<string, unknown> {
  const dataset = {
    "@type": "Dataset",
    name: SITE_NAME,
    url: absoluteUrl("/"),
    version: version.version,
    datePublished: version.releasedAt,
    isBasedOn: {
      "@type": "ScholarlyArticle",
      name: study.title,
      url: study.url,
      author: study.authors.map((name) => ({ "@type": "Person", name })),
    },
  };
  return {
    "@context": "https://schema.org",
    "@type": e.kind === "phase" ? "CreativeWork" : "DefinedTerm",
    name: e.name,
    description: e.description,
    url: absoluteUrl(pagePath(e)),
    ...(e.kind === "phase" ? { isPartOf: dataset } : { inDefinedTermSet: dataset }),
    isBasedOn: { "@type": "ScholarlyArticle", name: study.title, url: study.url },
    version: version.version,
  };
}

/**
 * The citation of a consideration page: the page at a dataset version in APA (the same CSL item and formatter as
 * every other page, without an access date since the page is prerendered), then its source as it is.
 */
export function considerationCitation(c: {
  slug: string;
  name: string;
  url: string;
  version: DatasetVersionInfo;
  guide: { title: string };
}): string {
  const page = pageCsl({
    kind: "consideration",
    slug: c.slug,
    name: c.name,
    url: c.url,
    version: c.version.version,
    releasedAt: c.version.releasedAt,
  });
  return `${formatCitation(page, "apa").trim()} Source: ${describeGuide(c.guide)}.`;
}
