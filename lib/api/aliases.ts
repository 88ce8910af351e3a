import { NextResponse } from "next/server";
import { catalogue, type AliasKind } from "../data";
import { isSlug } from "../domain/slug";

/** A 308 to the current URL when `slug` is an old slug of a renamed entry, else null. */
export async function redirectAlias(request: Request, kind: AliasKind, slug: string): Promise<NextResponse | null> {
  if (!isSlug(slug)) return null;
  try {
    const target = await catalogue().resolveAlias(kind, slug);
    if (!target) return null;
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(new RegExp(`/${slug}$`), `/${target}`);
    return NextResponse.redirect(url, 308);
  } catch {
    return null; // the handler itself reports database trouble as a JSON error
  }
}
