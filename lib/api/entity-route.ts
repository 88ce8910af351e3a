/**
 * GET /api/v1/{themes|topics|phases}/{slug}: validate the slug, follow an old slug (308),
 * answer the entry or a JSON 404. One handler for the three kinds.
 */
import { notFound, parseParams, parseQuery, respond } from "./http";
import { redirectAlias } from "./aliases";
import type { AliasKind } from "../data";
import { EmptyQuery, SlugParams } from "../schemas/api";

export function entityRoute<T>(kind: AliasKind, find: (slug: string) => Promise<T | null>) {
  return async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
    const { slug } = await ctx.params;
    return (
      (await redirectAlias(request, kind, slug)) ??
      respond(async () => {
        parseQuery(request.url, EmptyQuery);
        const params = parseParams({ slug }, SlugParams);
        const entry = await find(params.slug);
        if (!entry) throw notFound(`No ${kind} with slug "${params.slug}".`);
        return entry;
      })
    );
  };
}
