/**
 * Binds a route file (app/api/v1/**\/route.ts) to its entry in the endpoint table: the query string and path
 * parameters are validated with the entry's schemas, old slugs answer 308 where the entry says so, and the
 * handler's result must have the type of the entry's response schema. A route file is one call to `route`.
 */
import type { NextResponse } from "next/server";
import type { z } from "zod";
import { catalogue } from "../data";
import { followFilterAlias, redirectAlias } from "./aliases";
import type { Endpoint } from "./endpoints";
import { notFound, parseParams, parseQuery, respond } from "./http";

type Params<P> = P extends z.ZodObject ? z.output<P> : Record<string, never>;

export interface HandlerInput<Q extends z.ZodObject, P extends z.ZodObject | undefined> {
  query: z.output<Q>;
  params: Params<P>;
}

/** The GET handler of one endpoint. */
export function route<D extends z.ZodType, Q extends z.ZodObject, P extends z.ZodObject | undefined>(
  e: Endpoint<D, Q, P>,
  handler: (input: HandlerInput<Q, P>) => Promise<z.output<D>>,
) {
  // Next.js passes no params for a path without dynamic segments.
  return async function GET(
    request: Request,
    ctx?: { params?: Promise<Record<string, string>> },
  ): Promise<NextResponse> {
    const rawParams = (await ctx?.params) ?? {};
    const pathKind = e.aliases?.path;
    const redirect = pathKind ? await redirectAlias(request, pathKind, rawParams.slug) : null;
    if (redirect) return redirect;
    return respond(async () => {
      const query = parseQuery(request.url, e.query) as z.output<Q>;
      const params = (e.params ? parseParams(rawParams, e.params) : {}) as Params<P>;
      for (const [param, kind] of Object.entries(e.aliases?.query ?? {})) {
        const value = (query as Record<string, unknown>)[param];
        if (typeof value !== "string" || (await catalogue()[kind](value))) continue;
        await followFilterAlias(request.url, param, kind, value);
        throw notFound(`No ${kind} with slug "${value}".`);
      }
      return handler({ query, params });
    });
  };
}

/** The entry a lookup found, or a 404 with `message`. */
export async function found<T>(lookup: Promise<T | null>, message: string): Promise<T> {
  const entry = await lookup;
  if (entry === null) throw notFound(message);
  return entry;
}
