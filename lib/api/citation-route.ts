/**
 * GET /{topics|themes|phases}/{slug}/cite.{bib|ris|json|txt} (the page) and
 * cite-study.{…} (the study it summarises), as downloads with the right content types.
 */
import { NextResponse } from "next/server";
import { catalogue, type AliasKind } from "../data";
import { isSlug } from "../domain/slug";
import { CITATION_FILES, formatCitation, parseCitationFile } from "../cite";
import { citationItems, findCitable, KIND_PATH, todayIso } from "../citations";

function notFoundText(message: string) {
  return new NextResponse(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function citationRoute(kind: AliasKind) {
  return async function GET(request: Request, ctx: { params: Promise<{ slug: string; file: string }> }) {
    const { slug, file } = await ctx.params;
    const wanted = parseCitationFile(file);
    if (!wanted) return notFoundText(`No such citation file "${file}". Try cite.bib, cite.ris, cite.json or cite.txt (cite-study.* for the original study).`);
    if (!isSlug(slug)) return notFoundText(`No ${kind} "${slug}".`);
    try {
      const reader = catalogue();
      const entity = await findCitable(kind, slug);
      if (!entity) {
        const target = await reader.resolveAlias(kind, slug);
        if (target) return NextResponse.redirect(new URL(`/${KIND_PATH[kind]}/${target}/${file}`, request.url), 308);
        return notFoundText(`No ${kind} "${slug}".`);
      }
      const [version, sources] = await Promise.all([reader.datasetVersion(), reader.sources()]);
      const items = citationItems(entity, version, sources, todayIso());
      const body = formatCitation(wanted.target === "page" ? items.page : items.study, wanted.format);
      const spec = CITATION_FILES[wanted.format];
      const filename = `${wanted.target === "page" ? `${entity.slug}-v${version.version}` : `${entity.slug}-study`}.${spec.extension}`;
      return new NextResponse(body, {
        headers: { "Content-Type": spec.contentType, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
      });
    } catch (err) {
      console.error("citation failed:", err);
      return new NextResponse("The citation could not be produced. Please try again later.\n", { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
  };
}
