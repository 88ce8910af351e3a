/**
 * The view pages' 308s as the nginx front answers them: the server's own redirect rule
 * (lib/domain/views/redirect.ts), compiled to Lua with the build (scripts/compile-view-rules.mjs) and run by
 * nginx's Lua module with the catalogue written beside the config (server/nginx-config.ts, luaViewRedirectModule).
 *
 * nginx answers only what it can answer exactly as the server would: a URL of plain ASCII (0x21–0x7E) without a
 * percent-encoded byte above 0x7F, so that decoding never meets UTF-8 (server/lua/form-params.ts), and not the
 * search page, whose rule normalises Unicode. For anything else, and should the rule throw, the answer is "" and
 * nginx hands the request to the server, as it does without the module.
 */
import { canonicalRedirect, type RedirectContext } from "../../lib/domain/views/redirect";
import type { ViewCatalogue } from "../../lib/domain/views/canonical";
import { isHexDigit } from "./form-params";

/** The front's view pages are not prerendered pages (nginx answers those itself, before this rule). */
const NO_PAGES: ReadonlySet<string> = new Set();

/** Whether nginx can answer `uri` exactly as the server would: see the file's comment. */
export function isAnswerable(uri: string): boolean {
  for (let i = 0; i < uri.length; i++) {
    const c = uri.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
    // %8X–%FX: a byte above 0x7F once decoded.
    if (c === 37 && isHexDigit(uri.charCodeAt(i + 2))) {
      const high = uri.charCodeAt(i + 1);
      if ((high >= 56 && high <= 57) || (high >= 65 && high <= 70) || (high >= 97 && high <= 102)) return false;
    }
  }
  return true;
}

/**
 * The 308's Location for a view page's URL (path and query, as sent), or "" when there is none or when the
 * server must decide.
 */
export function viewRedirect(uri: string, catalogue: ViewCatalogue): string {
  if (!isAnswerable(uri) || uri === "/search" || uri.startsWith("/search?")) return "";
  const context: RedirectContext = { catalogue, prerendered: NO_PAGES };
  try {
    return canonicalRedirect(uri, context) ?? "";
  } catch {
    return "";
  }
}

// The rule's platform in Lua: nginx's module sets these as globals before the rule runs (luaViewRedirectModule).
export { URLSearchParams, encodeURIComponent } from "./form-params";
