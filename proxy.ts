import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { badRequestResponse, undecodablePath } from "./lib/request-guard";
import { buildCsp, cspMode, isEmbedPath, nonceSources, prerenderedPageCsp } from "./lib/csp";
import { canonicalEntryPath } from "./lib/domain/canonical-path";
import { COMPARE_QUERY_HEADER } from "./lib/domain/layers/http";
import { CSP_HASHES_FILE, CspHashesFile, distDir } from "./server/build-contract.mjs";

/**
 * Inline-script hashes of the prerendered pages, written after the build. server.mjs refuses
 * to start without a valid file for this build; under `next dev` there is none and every
 * page gets a nonce.
 */
function loadHashes(): Record<string, string[]> {
  try {
    return CspHashesFile.parse(JSON.parse(readFileSync(join(process.cwd(), distDir(), CSP_HASHES_FILE), "utf8"))).pages;
  } catch {
    return {};
  }
}
const staticHashes = cspMode() === "hash" ? loadHashes() : {};

/**
 * Runs before routing:
 *  - malformed paths become a 400 instead of a framework 500;
 *  - every response gets the Content-Security-Policy (hashes for prerendered pages, a
 *    per-request nonce otherwise) and, over HTTPS, HSTS.
 */
export function proxy(request: NextRequest) {
  // The raw path, as sent: request.nextUrl may already be normalised.
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").split(/[?#]/)[0];
  if (undecodablePath(raw)) return badRequestResponse(raw);

  const path = request.nextUrl.pathname;
  // /topics/RAG-Systems → /topics/rag-systems, /videos/v32 → /videos/V32: one URL per entry.
  const canonical = canonicalEntryPath(path);
  if (canonical) {
    const target = request.nextUrl.clone();
    target.pathname = canonical;
    return NextResponse.redirect(target, 308);
  }
  const embeddable = isEmbedPath(path);
  const hashes = staticHashes[path.replace(/\/$/, "") || "/"];
  let response: NextResponse;
  let csp: string;
  if (hashes) {
    csp = prerenderedPageCsp(path, hashes);
    response = NextResponse.next();
  } else {
    const nonce = btoa(crypto.randomUUID());
    // The prerendered 404 page may answer any unknown path: its hashes are allowed too.
    csp = buildCsp({ scripts: [...nonceSources(nonce), ...(staticHashes["/_not-found"] ?? [])], embeddable });
    // Next.js reads the nonce from the request's CSP header and puts it on its scripts.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    headers.set("x-nonce", nonce);
    // The compare page's 404 names the bad ids; a not-found page sees no query, so it gets it here.
    headers.delete(COMPARE_QUERY_HEADER);
    if (path === "/layers/compare") headers.set(COMPARE_QUERY_HEADER, request.nextUrl.search);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  // HSTS only means something over HTTPS (directly or behind a TLS-terminating proxy).
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (proto === "https") response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
