import { NextResponse } from "next/server";
import { catalogue, type AliasKind } from "../data";
import { isSlug } from "../domain/slug";
import { PermanentRedirect } from "./http";

/** A 308 to the current URL when `slug` is an old slug of a renamed entry, else null. */
export async function redirectAlias(request: Request, kind: AliasKind, slug: string): Promise<NextResponse | null> {
  if (!isSlug(slug)) return null;
  try {
    const target = await catalogue().resolveAlias(kind, slug);
    if (!target) return null;
    // A relative Location: the client resolves it against the address it used, whatever
    // host, port or scheme the server behind a proxy thinks it has.
    const url = new URL(request.url);
    const location = url.pathname.replace(new RegExp(`/${slug}$`), `/${target}`) + url.search;
    return new NextResponse(null, { status: 308, headers: { Location: location } });
  } catch {
    return null; // the handler itself reports database trouble as a JSON error
  }
}

/**
 * An old slug given as a filter (`?theme=monitoring`) behaves as it does in a path: a 308 to
 * the same address with the current slug (thrown for `respond` to answer). Returns when
 * `value` is no alias, so the caller can answer its 404.
 */
export async function followFilterAlias(
  requestUrl: string,
  param: string,
  kind: AliasKind,
  value: string,
): Promise<void> {
  if (!isSlug(value)) return;
  const target = await catalogue().resolveAlias(kind, value);
  if (!target) return;
  const url = new URL(requestUrl);
  url.searchParams.set(param, target);
  throw new PermanentRedirect(url.pathname + url.search);
}
