// @ts-check
/**
 * What the production server (server/main.mjs) decides before Next.js sees a request, as pure
 * rules: which methods a path accepts, which paths can never name a page, and the security
 * headers every response starts with — so that redirects, error pages and answers made here
 * carry them too (Next.js adds its own, page-specific ones on top, e.g. the CSP of a page).
 *
 * Plain JavaScript (checked by tsc through @ts-check) because the server runs without a build.
 */

/** Every path is read-only: pages and the API answer GET and HEAD; OPTIONS says so. */
export const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS"];
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

/** The layer endpoints are the only ones that take writes; nothing under it is ever cached. */
export const LAYER_API_PREFIX = "/api/v1/layers";

/**
 * The methods a path accepts: GET, HEAD and OPTIONS everywhere, and the writes of the layer
 * endpoints (lib/api/endpoints.ts) on their own paths.
 * @param {string} pathname
 * @returns {string[]}
 */
export function allowedMethods(pathname) {
  if (pathname !== LAYER_API_PREFIX && !pathname.startsWith(`${LAYER_API_PREFIX}/`)) return ALLOWED_METHODS;
  const rest = pathname.slice(LAYER_API_PREFIX.length).split("/").slice(1);
  if (rest.length === 0) return ["POST", "OPTIONS"];
  if (rest.length === 1) return ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"];
  if (rest.length === 4 && rest[1] === "revisions" && rest[3] === "restore") return ["POST", "OPTIONS"];
  return ALLOWED_METHODS;
}

/**
 * The client a write is counted against (the layer write rate): the peer's address, or — when
 * the peer is this machine (the nginx front, which appends the address it saw) — the last
 * address of X-Forwarded-For. server/main.mjs passes it on as x-kmap-client, replacing any sent.
 * @param {string | undefined} remoteAddress
 * @param {string | string[] | undefined} forwardedFor
 */
export function clientAddress(remoteAddress, forwardedFor) {
  const peer = remoteAddress ?? "unknown";
  const loopback = peer === "127.0.0.1" || peer === "::1" || peer === "::ffff:127.0.0.1";
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const last = header.split(",").at(-1)?.trim() ?? "";
  return loopback && /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : peer;
}

/** The headers of next.config.ts `headers()`, for every path (X-Frame-Options only outside /embed). */
export const COMMON_SECURITY_HEADERS = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
];

/**
 * The policy of a response that has no page behind it (a redirect, an error made here):
 * nothing may load, nothing may frame it. Pages replace it with their own (proxy.ts).
 */
export const BARE_CSP = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Strict-Transport-Security, sent on every answer to a request that came over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** @param {string} pathname */
export function isEmbedPath(pathname) {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * The security headers every response starts with.
 * @param {string} pathname
 * @param {boolean} https  whether the request came over HTTPS (HSTS)
 * @returns {Array<[string, string]>}
 */
export function baseSecurityHeaders(pathname, https) {
  /** @type {Array<[string, string]>} */
  const headers = COMMON_SECURITY_HEADERS.map(([k, v]) => /** @type {[string, string]} */ ([k, v]));
  if (!isEmbedPath(pathname)) headers.push(["X-Frame-Options", "DENY"]);
  headers.push([
    "Content-Security-Policy",
    isEmbedPath(pathname) ? BARE_CSP.replace("frame-ancestors 'none'", "frame-ancestors *") : BARE_CSP,
  ]);
  if (https) headers.push(["Strict-Transport-Security", HSTS]);
  return headers;
}

/**
 * A path segment that is a route template's own name ("[slug]", "[...path]") once decoded:
 * no entry can have it (slugs and ids never contain brackets), and handing it to the router
 * makes it render the template itself, which fails. Such paths are unknown pages.
 * @param {string} rawPathname  the path as sent (percent-encoded)
 */
export function isTemplatePath(rawPathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return false; // undecodable paths are the proxy's 400
  }
  return decoded.split("/").some((segment) => /^\[.*\]$/.test(segment));
}

/**
 * What the API says of a path no endpoint answers (app/api/[...path], and the server's own answers below).
 * @param {string} pathname
 */
export function apiNotFoundMessage(pathname) {
  return `No API endpoint at ${pathname}. See /api/v1/openapi.json for the endpoints.`;
}

/**
 * The JSON 404 of the API for a path no endpoint answers.
 * @param {string} pathname
 */
export function apiNotFoundBody(pathname) {
  return JSON.stringify({ error: { code: "not_found", message: apiNotFoundMessage(pathname) } });
}

/**
 * What to answer a method with, or null when the request may go on.
 * @param {string | undefined} method
 * @param {string} pathname
 * @returns {null | { status: 204 | 405; contentType?: string; body?: string }}
 */
export function methodAnswer(method, pathname) {
  const allowed = allowedMethods(pathname);
  if (method === "OPTIONS") return { status: 204 };
  if (method && allowed.includes(method)) return null;
  const message = `${method} is not allowed here; this address answers ${allowed.join(", ")}.`;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return {
      status: 405,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "method_not_allowed", message } }),
    };
  }
  return { status: 405, contentType: "text/plain; charset=utf-8", body: `${message}\n` };
}

/**
 * What the server answers itself, before Next.js, or null: a method other than GET and HEAD
 * (methodAnswer), and an API path that names a route template (the API's JSON 404). A page
 * path that names a template goes on to Next.js's 404 page.
 * @param {string | undefined} method
 * @param {string} rawPathname  the path as sent
 * @returns {null | { status: number; headers: Array<[string, string]>; body?: string }}
 */
export function earlyAnswer(method, rawPathname) {
  const answer = methodAnswer(method, rawPathname);
  if (answer) {
    /** @type {Array<[string, string]>} */
    const headers = [
      ["Allow", allowedMethods(rawPathname).join(", ")],
      ["Cache-Control", "no-store"],
    ];
    if (answer.contentType) headers.push(["Content-Type", answer.contentType]);
    return { status: answer.status, headers, body: answer.body };
  }
  if (!rawPathname.startsWith("/api/") || !isTemplatePath(rawPathname)) return null;
  return {
    status: 404,
    headers: [
      ["Content-Type", "application/json"],
      ["Cache-Control", "no-store"],
    ],
    body: method === "HEAD" ? undefined : apiNotFoundBody(rawPathname),
  };
}

/**
 * The raw HTTP response to a CONNECT request, which never reaches the request handler (Node.js
 * hands it the socket): the same 405 as any other method, then the connection is closed.
 */
export function connectRefusal() {
  const early = methodAnswer("CONNECT", "/");
  const body = early?.body ?? "";
  const headers = [
    ...baseSecurityHeaders("/", false),
    ["Allow", ALLOW_HEADER],
    ["Content-Type", early?.contentType ?? "text/plain"],
    ["Content-Length", String(Buffer.byteLength(body))],
    ["Connection", "close"],
  ];
  return `HTTP/1.1 405 Method Not Allowed\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n${body}`;
}
