/**
 * GET /{topics|themes|phases}/{slug}/cite.{bib|ris|json|txt} (the page) and cite-study.{…} (the study it
 * summarises), as downloads with the right content types, at the current version or below /v/<version>.
 */
import { NextResponse } from "next/server";
import { catalogue, type SourceInfo } from "../data";
import { CITABLE_KINDS, ENTRY_PATHS, entryPath, kindOfSegment, type CitableKind } from "../domain/entry-path";
import { isOneOf } from "../domain/one-of";
import { unexpectedFailure } from "./http";
import { isSlug } from "../domain/slug";
import { VERSION_PATTERN } from "../domain/version";
import {
  CITATION_FILES,
  cellCsl,
  citationItems,
  findCitable,
  formatCitation,
  parseCitationFile,
  studyCsl,
  studyFor,
  todayIso,
  type CitableEntity,
  type CslItem,
} from "../domain/citation";
import { snapshotCooccurrence } from "../domain/heatmap/snapshot";
import { parseHeatmapState } from "../domain/heatmap/url";
import { canonicalPair, cellHref } from "../domain/pairs";
import { absoluteUrl } from "../site";
import type { DatasetVersionInfo } from "../schemas/api";

function notFoundText(message: string) {
  return new NextResponse(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const NO_SUCH_FILE = (file: string) =>
  notFoundText(
    `No such citation file "${file}". Try cite.bib, cite.ris, cite.json or ` +
      `cite.txt (cite-study.* for the original study).`,
  );

/** The citation file of a page or its study, as a download named after the entry (and version). */
function citationFile(
  wanted: NonNullable<ReturnType<typeof parseCitationFile>>,
  entity: CitableEntity,
  version: DatasetVersionInfo,
  sources: SourceInfo[],
): NextResponse {
  const items = citationItems(entity, version, sources, todayIso());
  const body = formatCitation(wanted.target === "page" ? items.page : items.study, wanted.format);
  const spec = CITATION_FILES[wanted.format];
  const filename =
    `${wanted.target === "page" ? `${entity.slug}-v${version.version}` : `${entity.slug}-study`}` +
    `.${spec.extension}`;
  return new NextResponse(body, {
    headers: {
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

function failed(err: unknown): NextResponse {
  const failure = unexpectedFailure(err, "citation", "The citation could not be produced.");
  return new NextResponse(`${failure.message}\n`, {
    status: failure.status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

type CitationParams = { version?: string; segment: string; slug: string; file: string };

function download(item: CslItem, format: NonNullable<ReturnType<typeof parseCitationFile>>["format"], name: string) {
  const spec = CITATION_FILES[format];
  return new NextResponse(formatCitation(item, format), {
    headers: {
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${name}.${spec.extension}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** How a cell's note names the paper: "Mailach et al. (arXiv:2411.08574)". */
const studyName = (s: SourceInfo) =>
  `${s.authors[0]?.trim().split(/\s+/).pop() ?? s.title} et al. (arXiv:${s.arxivId})`;

/**
 * GET /cooccurrence/cite.{bib|ris|json|txt}?cell=<row>~<column> (the current dataset version) and
 * /v/<version>/cooccurrence/cite.*?cell=… (that version): the citation of one heatmap cell as the version's snapshot
 * holds it, with the paper's sentence in the note; cite-study.* is the paper the counts come from.
 */
export async function cellCitationGET(
  request: Request,
  ctx: { params: Promise<{ file: string; version?: string }> },
): Promise<NextResponse> {
  const { file, version: asked } = await ctx.params;
  const wanted = parseCitationFile(file);
  if (!wanted) return NO_SUCH_FILE(file);
  if (asked !== undefined && !VERSION_PATTERN.test(asked)) return notFoundText(`No dataset version "${asked}".`);
  try {
    const view = await catalogue().view(asked);
    if (!view) {
      const versions = (await catalogue().versions()).map((v) => v.version).join(", ");
      return notFoundText(`No dataset version "${asked}". Dataset versions that exist: ${versions}.`);
    }
    const { snapshot: snap } = view;
    const version = view.datasetVersion().version;
    const params = new URL(request.url).searchParams;
    const topic = new Map(snap.topics.map((t) => [t.slug, t]));
    const { state } = parseHeatmapState(params, new Set(topic.keys()));
    if (!state.cell) {
      return notFoundText(
        `Name a cell of dataset version ${version} as ?cell=<topic>~<topic>, e.g. ?cell=rag-systems~evaluation` +
          (params.get("cell") ? ` ("${params.get("cell")!.slice(0, 80)}" is not one).` : "."),
      );
    }
    const [row, column] = state.cell.map((slug) => topic.get(slug)!);
    const sources = view.sources();
    const study = studyFor("topic", sources);
    if (wanted.target === "study") return download(studyCsl(study), wanted.format, `${study.slug}-study`);
    const [a, b] = canonicalPair(row.slug, column.slug);
    const pair = row.slug === column.slug ? null : snapshotCooccurrence(snap).pairs.find((p) => p.a === a && p.b === b);
    const item = cellCsl({
      row,
      column,
      pair: pair ?? null,
      study: studyName(study),
      url: absoluteUrl(cellHref(row.slug, column.slug, version)),
      version,
      releasedAt: snap.dataset.releasedAt,
      accessed: todayIso(),
    });
    return download(item, wanted.format, `${row.slug}--${column.slug}-v${version}`);
  } catch (err) {
    return failed(err);
  }
}

/**
 * The one citation handler: a page's citation files at the current version (/topics/<slug>/cite.bib, old slugs
 * answer 308 with the current one) and at one dataset version (/v/<version>/topics/<slug>/cite.bib), both read from
 * that version's view of the catalogue.
 */
async function citationGET(request: Request, { version, segment, slug, file }: CitationParams): Promise<NextResponse> {
  const wanted = parseCitationFile(file);
  if (!wanted) return NO_SUCH_FILE(file);
  const kind = kindOfSegment(segment);
  const citable = isOneOf(CITABLE_KINDS, kind) ? kind : null;
  const inVersion = version === undefined ? "" : ` in dataset version ${version}`;
  if (!citable || !isSlug(slug) || (version !== undefined && !VERSION_PATTERN.test(version)))
    return notFoundText(`No ${citable ?? segment} "${slug}"${inVersion}.`);
  try {
    const view = await catalogue().view(version);
    if (!view) {
      const versions = (await catalogue().versions()).map((v) => v.version).join(", ");
      return notFoundText(`No dataset version "${version}". Dataset versions that exist: ${versions}.`);
    }
    const entity = await findCitable(view, citable, slug);
    if (!entity) {
      const target = version === undefined ? view.resolveAlias(citable, slug) : null;
      if (target) return NextResponse.redirect(new URL(`${entryPath(citable, target)}/${file}`, request.url), 308);
      return notFoundText(`No ${citable} "${slug}"${inVersion}.`);
    }
    return citationFile(wanted, entity, view.datasetVersion(), view.sources());
  } catch (err) {
    return failed(err);
  }
}

/** GET /{topics|themes|phases}/<slug>/cite.{bib|ris|json|txt} and cite-study.*, at the current version. */
export function citationRoute(kind: CitableKind) {
  return async function GET(request: Request, ctx: { params: Promise<{ slug: string; file: string }> }) {
    return citationGET(request, { ...(await ctx.params), segment: ENTRY_PATHS[kind] });
  };
}

/** GET /v/<version>/{topics|themes|phases}/<slug>/cite.{bib|ris|json|txt} and cite-study.*: as that version had it. */
export async function versionedCitationGET(
  request: Request,
  ctx: { params: Promise<{ version: string; kind: string; slug: string; file: string }> },
) {
  const { version, kind, slug, file } = await ctx.params;
  return citationGET(request, { version, segment: kind, slug, file });
}
