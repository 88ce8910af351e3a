/**
 * The nginx front (`npm run nginx:config`, `npm run serve:nginx`), as pure rules: from what a
 * build holds (its prerendered pages, their CSP hashes, the static assets) and where things
 * live, the text of an nginx.conf. No IO here: scripts/nginx-config.ts reads the build,
 * precompresses the files and writes the result.
 *
 * What the config does (README, "Scale out with nginx"):
 *  - prerendered pages and /_next/static are served by nginx from disk, with the headers
 *    server.mjs sends for them: the security headers and the page's own hash CSP from the same
 *    rules the server uses (server/http-guard.mjs, lib/csp.ts, csp-hashes.json), Next.js's own
 *    Cache-Control, ETag, Vary and Content-Type rules, and precompressed bodies (brotli_static
 *    where Debian's module is installed, gzip_static always);
 *  - shared views and API reads (server/view-cache.mjs) go through proxy_cache, which keeps what
 *    the server marks public for as long as its Cache-Control says (s-maxage: a second), then
 *    revalidates with the ETag — so a new dataset version shows through the front as soon as
 *    the server has it;
 *  - a prerendered page asked for with a query string (tracking parameters: such pages define none) is
 *    answered with the server's 308 to the page itself (lib/domain/views/redirect.ts), by nginx; so are a view
 *    page's 308s (which need the catalogue) where Debian's Lua module is installed: the same rule, compiled to
 *    Lua with the build (scripts/compile-view-rules.mjs, server/lua/), with the catalogue written beside the
 *    config. What the front cannot answer exactly as the server would (non-ASCII, /search) goes to the server,
 *    as does everything without the module;
 *  - everything else is proxied, unchanged, to one or more server.mjs processes.
 * The only decisions nginx makes on its own are the ones server.mjs makes before Next.js
 * (server/static-pages.mjs fastPathPage): plain GET/HEAD, exact path, no query, no Next.js
 * client header. Anything else goes to the server, which keeps the HTTP contract (405s, 400s).
 */
import { basename, dirname } from "node:path";
import etagModule from "next/dist/server/lib/etag.js";
import cacheControlModule from "next/dist/server/lib/cache-control.js";
import routerHeaders from "next/dist/client/components/app-router-headers.js";
import nextConstants from "next/dist/lib/constants.js";
import send from "next/dist/compiled/send/index.js";
import { baseSecurityHeaders, LAYER_API_PREFIX } from "./http-guard.mjs";
import { prerenderedPageCsp } from "../lib/csp";
import { badRequestHtml, badRequestJson } from "../lib/request-guard";
import { NEXT_REQUEST_HEADERS } from "./static-pages.mjs";
import { API_READ_PREFIX, VIEW_PAGES } from "./view-cache.mjs";
import { SHARED_CACHE_CONTROL } from "./cache-times.mjs";
import { VIEW_PARAMS } from "../lib/domain/views/redirect";

export type Header = [name: string, value: string];

export interface PrerenderedPage {
  /** The URL path, e.g. "/topics/rag-systems". */
  path: string;
  /** The inline-script hashes of the page (csp-hashes.json). */
  hashes: string[];
  /** The page's HTML, as built (its ETag is computed from it). */
  html: string;
}

export interface NginxConfigInput {
  /** The build the config was written from (a comment in the file, and the proxy cache's folder). */
  buildId: string;
  /** nginx's own folder: pid file, temp files, the proxy cache. Absolute. */
  dir: string;
  /** The folder with the pages (`<path>.html`) and `_next/static/…`, each with .br/.gz beside it. Absolute. */
  staticRoot: string;
  /** What nginx listens on: a port, or address:port. */
  listen: string;
  /** The server.mjs processes, as host:port or unix:/path. */
  upstreams: string[];
  pages: PrerenderedPage[];
  /** File extensions found under _next/static (without the dot). */
  assetExtensions: string[];
  /** The brotli_static module to load (Debian's libnginx-mod-http-brotli-static), or null: gzip only. */
  brotliModule: string | null;
  /**
   * The view pages' redirect rule for nginx, or null (the server answers those 308s): the modules to load, in
   * order (Debian's libnginx-mod-http-ndk and libnginx-mod-http-lua), and the Lua module written by
   * luaViewRedirectModule (`<name>.lua`, required by that name).
   */
  viewRedirect?: { modules: string[]; script: string } | null;
  /**
   * Canonical view URLs answered without running the rule (lib/domain/views/listed.ts): it would only say
   * "no redirect" for them.
   */
  listedViews?: string[];
  /** worker_processes; "auto" (one per core) by default. */
  workers?: number | "auto";
  /** The user workers run as, when the master runs as root. */
  user?: string;
  /** Write an access log into dir/logs (off by default: it costs throughput). */
  accessLog?: boolean;
  /** Upper bound of the proxy cache on disk, in MB (256 by default). */
  cacheMaxMb?: number;
}

/** The URL prefix of Next.js's build assets (content-hashed names: cached for a year). */
export const ASSET_PREFIX = "/_next/static/";

/** Next.js's header for build assets (its static handler sends the same). */
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** The header nginx adds to say how it answered: `file` from disk, else the proxy cache's status. */
export const FRONT_HEADER = "x-kmap-front";

/** Responses nginx answers without the server vary by these (plus Accept-Encoding). */
const NEXT_VARY = [
  routerHeaders.RSC_HEADER,
  routerHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
  routerHeaders.NEXT_ROUTER_PREFETCH_HEADER,
  routerHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
].join(", ");

/**
 * The view pages whose 308s nginx answers with the rule in Lua. The search page's rule normalises Unicode,
 * which the Lua build leaves out: its 308s stay the server's.
 */
export const FRONT_VIEW_PAGES = [...VIEW_PAGES].filter((path) => path !== "/search").sort();

/** At most this many parameters after a listed view are matched by trackingTailPattern (longer tails: the rule). */
export const MAX_TAIL_PARAMS = 8;

/**
 * A regular expression (PCRE, for an nginx map over $request_uri) for one shape of pasted link: a view's
 * URL followed by parameters the page does not define, each with a plain name (letters, digits, _ . -, so
 * decoding leaves it as it is) and a plain ASCII value, such as `?utm_source=slack` or `&fbclid=abc` appended
 * by a chat tool. $1 is what comes before them. When $1 is a listed canonical view (lib/domain/views/listed.ts),
 * the redirect rule would drop exactly those parameters and find nothing to report (a canonical URL holds only
 * valid values), so its answer is $1: nginx sends that 308 without running the rule. Anything else (an own
 * parameter after a foreign one, an encoded name, an empty pair) does not match, or leaves a $1 that is not
 * listed, and goes to the rule. Quantifiers are bounded and possessive, so no link makes the match slow.
 */
export function trackingTailPattern(path: string, own: readonly string[]): string {
  if (!/^\/[a-z]*$/.test(path) || own.length === 0 || !own.every((n) => /^[a-z]+$/.test(n)))
    throw new NginxConfigError(`cannot write a tail pattern for ${path} (${own.join(", ")})`);
  // A value of printable ASCII without a percent-encoded byte above 0x7F: what the rule in Lua would answer too.
  const value = "(?:[!-$'-~]|%[0-7][0-9A-Fa-f])*+";
  const foreign = `(?!(?:${own.join("|")})(?:=|&|$))[A-Za-z0-9_.-]++(?:=${value})?`;
  // Lazy: the shortest prefix after which every parameter is foreign, the only one that can be a listed view.
  const query = `(?:\\?[^&]*+(?:&[^&]*+){0,${own.length - 1}}?)??`;
  return `^(${path}${query})[?&]${foreign}(?:&${foreign}){0,${MAX_TAIL_PARAMS - 1}}$`;
}

/** The themes and topics the redirect rule judges view parameters by (the API's, reduced to what it reads). */
export interface RuleCatalogue {
  themes: ReadonlyArray<{ slug: string; name: string }>;
  topics: ReadonlyArray<{ slug: string; name: string; theme: string }>;
}

/** A Lua literal for JSON-like data: strings escaped byte by byte outside printable ASCII. */
export function luaLiteral(value: unknown): string {
  if (typeof value === "string") {
    let out = "";
    for (const byte of Buffer.from(value, "utf8")) {
      out += byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c ? String.fromCharCode(byte) : `\\${byte}`;
    }
    return `"${out}"`;
  }
  if (Array.isArray(value)) return `{${value.map(luaLiteral).join(", ")}}`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([key, v]) => `[${luaLiteral(key)}] = ${luaLiteral(v)}`)
      .join(", ")}}`;
  throw new NginxConfigError(`no Lua literal for ${JSON.stringify(value)}`);
}

/** The name nginx requires the view pages' Lua module by (its file is `<name>.lua`). */
export const LUA_VIEW_REDIRECT_MODULE = "kmap_view_redirect";

/**
 * The Lua module nginx requires for the view pages' 308s: the rule as compiled with the build (`compiledRules`,
 * <distDir>/kmap-view-rules.lua, which returns server/lua/view-redirect.ts's exports) and the catalogue it judges
 * by. The rule's platform (URLSearchParams, encodeURIComponent) is bound as upvalues before the bundle, so
 * nothing is global. `answer(uri)` is what set_by_lua calls.
 */
export function luaViewRedirectModule(compiledRules: string, catalogue: RuleCatalogue): string {
  const reduced = {
    themes: catalogue.themes.map(({ slug, name }) => ({ slug, name })),
    topics: catalogue.topics.map(({ slug, name, theme }) => ({ slug, name, theme })),
  };
  return (
    "-- The view pages' 308s for the nginx front: written by `npm run nginx:config` (server/nginx-config.ts).\n" +
    "local URLSearchParams, encodeURIComponent\n" +
    `local rule = (function(...)\n${compiledRules}\nend)()\n` +
    "URLSearchParams = rule.URLSearchParams\n" +
    "encodeURIComponent = rule.encodeURIComponent\n" +
    `local catalogue = ${luaLiteral(reduced)}\n` +
    "local viewRedirect = rule.viewRedirect\n" +
    "return {\n" +
    "  answer = function(uri)\n" +
    "    return viewRedirect(uri, catalogue)\n" +
    "  end,\n" +
    "}\n"
  );
}

/** The file of a prerendered page under the static root. */
export function pageFile(path: string): string {
  return path === "/" ? "/index.html" : `${path}.html`;
}

/** Whether a path can be written into the config as is (the build's slugs and ids always can). */
export function isPlainPath(path: string): boolean {
  return /^\/[A-Za-z0-9._~/-]*$/.test(path) && !path.includes("..");
}

/** The value of a header in a list (case-insensitive), or undefined. */
function headerValue(headers: Header[], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** The HSTS header server.mjs adds behind TLS (server/http-guard.mjs). */
export const HSTS_VALUE = headerValue(baseSecurityHeaders("/", true), "Strict-Transport-Security")!;

/**
 * The headers server.mjs sends with a prerendered page over plain HTTP (HSTS is added over
 * HTTPS): the security headers every response starts with, the page's hash CSP in place of
 * the bare one, and what Next.js sends for a prerendered page that never revalidates. Left
 * out: Next.js's own diagnostics (x-nextjs-cache, x-nextjs-prerender, x-nextjs-stale-time)
 * and the server's x-kmap-cache, which describe caches nginx is not.
 */
export function prerenderedPageHeaders(page: PrerenderedPage): Header[] {
  const headers = baseSecurityHeaders(page.path, false).map(([name, value]): Header =>
    name === "Content-Security-Policy" ? [name, prerenderedPageCsp(page.path, page.hashes)] : [name, value],
  );
  return [
    ...headers,
    ["Cache-Control", cacheControlModule.getCacheControlHeader({ revalidate: false, expire: undefined })],
    ["Content-Type", nextConstants.HTML_CONTENT_TYPE_HEADER],
    ["ETag", etagModule.generateETag(page.html)],
    ["Vary", `${NEXT_VARY}, Accept-Encoding`],
  ];
}

/** The headers of a build asset under /_next/static (Content-Type comes from its extension). */
export function assetHeaders(): Header[] {
  return [
    ...baseSecurityHeaders(ASSET_PREFIX, false),
    ["Cache-Control", ASSET_CACHE_CONTROL],
    ["Vary", "Accept-Encoding"],
  ];
}

/** The Content-Type Next.js's static handler (send) gives a file extension, or null for none. */
export function assetContentType(extension: string): string | null {
  const mime = send.mime;
  const type = mime.lookup(`x.${extension}`);
  if (!type) return null;
  const charset = mime.charsets.lookup(type);
  return charset ? `${type}; charset=${charset}` : type;
}

/** Extensions worth precompressing (text); fonts and images are compressed already. */
export function isCompressible(extension: string): boolean {
  const type = assetContentType(extension) ?? "";
  return /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

export class NginxConfigError extends Error {}

/**
 * KMAP_UPSTREAMS: server.mjs processes separated by commas or spaces, each host:port,
 * [ipv6]:port or unix:/path.
 */
export function parseUpstreams(text: string): string[] {
  const items = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new NginxConfigError("KMAP_UPSTREAMS names no server (host:port, comma-separated)");
  for (const item of items) {
    const ok =
      /^unix:\/[A-Za-z0-9._/-]+$/.test(item) || /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):([0-9]{1,5})$/.test(item);
    const port = Number(/:([0-9]{1,5})$/.exec(item)?.[1] ?? 1);
    if (!ok || port < 1 || port > 65535)
      throw new NginxConfigError(`KMAP_UPSTREAMS: "${item}" is not host:port or unix:/path`);
  }
  return items;
}

/** A double-quoted nginx string. Values come from the build and the rules above; `$` would be a variable. */
function q(value: string): string {
  if (/[$\n\r]/.test(value)) throw new NginxConfigError(`cannot write ${JSON.stringify(value)} into the nginx config`);
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/** `add_header` lines: one literal header where every page agrees, a map variable where they differ. */
function pageHeaderPlan(pages: PrerenderedPage[]): {
  maps: string[];
  addHeaders: string[];
} {
  const perPage = pages.map((p) => ({ page: p, headers: prerenderedPageHeaders(p) }));
  // Content-Type is nginx's own header (default_type), not an added one.
  const names = [...new Set(perPage.flatMap((p) => p.headers.map(([n]) => n)))].filter((n) => n !== "Content-Type");
  const maps: string[] = [];
  const addHeaders: string[] = [];
  for (const [i, name] of names.entries()) {
    const values = perPage.map((p) => headerValue(p.headers, name) ?? "");
    if (new Set(values).size === 1 && values[0] !== "") {
      addHeaders.push(`add_header ${name} ${q(values[0])};`);
      continue;
    }
    const variable = `$kmap_page_h${i}`;
    maps.push(
      [
        `  # ${name}, page by page`,
        `  map $request_uri ${variable} {`,
        `    default "";`,
        ...perPage.map((p, j) => `    ${q(p.page.path)} ${q(values[j])};`),
        "  }",
      ].join("\n"),
    );
    addHeaders.push(`add_header ${name} ${variable};`);
  }
  return { maps, addHeaders };
}

/** The proxy settings every proxied location shares (proxy_set_header does not merge across levels). */
function proxyLines(acceptEncoding: string): string[] {
  return [
    "proxy_pass http://kmap_servers;",
    "proxy_http_version 1.1;",
    'proxy_set_header Connection "";',
    "proxy_set_header Host $http_host;",
    "proxy_set_header X-Forwarded-Proto $kmap_proto;",
    "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    `proxy_set_header Accept-Encoding ${acceptEncoding};`,
  ];
}

/** Directives of a location whose responses the proxy cache may keep, by their Cache-Control. */
function cachedProxyLines(): string[] {
  return [
    ...proxyLines("$kmap_encoding"),
    "proxy_cache kmap_views;",
    // One entry per scheme (HSTS), encoding and raw URL — the server's own key is the raw URL.
    'proxy_cache_key "$kmap_proto|$kmap_encoding|$request_uri";',
    // Next.js client requests (RSC payloads, prefetches) are never answered from the cache.
    "proxy_cache_bypass $kmap_next_client;",
    "proxy_no_cache $kmap_next_client;",
    // The key already holds what the response varies by; Vary lists Next.js's request headers.
    "proxy_ignore_headers Vary;",
    "proxy_cache_revalidate on;",
    "proxy_cache_lock on;",
    "proxy_cache_use_stale updating error timeout http_502 http_503 http_504;",
    `add_header ${FRONT_HEADER} $upstream_cache_status always;`,
  ];
}

const indent = (lines: string[], by: string) => lines.map((l) => (l ? `${by}${l}` : l)).join("\n");

/** The whole nginx.conf. Throws NginxConfigError on input it cannot write safely. */
export function nginxConfig(input: NginxConfigInput): string {
  if (input.upstreams.length === 0) throw new NginxConfigError("no upstream server.mjs to proxy to");
  if (!/^[A-Za-z0-9_-]+$/.test(input.buildId)) throw new NginxConfigError(`build id ${JSON.stringify(input.buildId)}`);
  for (const page of input.pages) {
    if (!isPlainPath(page.path)) throw new NginxConfigError(`prerendered page path ${JSON.stringify(page.path)}`);
    if (VIEW_PAGES.has(page.path))
      throw new NginxConfigError(
        `${page.path} is both a prerendered page and a view page: the build is not this site's`,
      );
  }
  const { dir, staticRoot } = input;
  const { maps, addHeaders } = pageHeaderPlan(input.pages);
  const nextClientVars = NEXT_REQUEST_HEADERS.map((h) => `$http_${h.replaceAll("-", "_")}`).join("");
  const types = [...new Set(input.assetExtensions)].sort().flatMap((ext) => {
    const type = assetContentType(ext);
    return type && /^[A-Za-z0-9]+$/.test(ext) ? [`${q(type)} ${ext};`] : [];
  });
  const precompressed = input.brotliModule ? ["brotli_static on;", "gzip_static on;"] : ["gzip_static on;"];
  const hsts = `add_header Strict-Transport-Security $kmap_hsts;`;
  const viewRedirect = input.viewRedirect ?? null;
  if (viewRedirect && ![...viewRedirect.modules, viewRedirect.script].every((path) => path.startsWith("/")))
    throw new NginxConfigError("the Lua modules and script must be absolute paths");
  if (viewRedirect && basename(viewRedirect.script) !== `${LUA_VIEW_REDIRECT_MODULE}.lua`)
    throw new NginxConfigError(`the Lua script must be named ${LUA_VIEW_REDIRECT_MODULE}.lua`);
  // The 308 nginx answers: a prerendered page's, else (with the rule in Lua) a view page's.
  const redirectVariable = viewRedirect ? "$kmap_redirect" : "$kmap_page_redirect";
  const viewRedirectMaps = viewRedirect
    ? [
        "  # A view page with a query string: the server's redirect rule (lib/domain/views/redirect.ts), compiled",
        "  # to Lua with the build, run with the catalogue (set_by_lua in the server); an empty answer leaves the",
        "  # request to the server.",
        `  lua_package_path ${q(`${dirname(viewRedirect.script)}/?.lua;;`)};`,
        `  init_by_lua_block { require("${LUA_VIEW_REDIRECT_MODULE}") }`,
        "  # A listed view followed by parameters the page does not define: $kmap_tail_base is that view",
        "  # (trackingTailPattern), and it is the 308's Location when it is listed.",
        "  map $request_uri $kmap_tail_base {",
        `    default "";`,
        ...FRONT_VIEW_PAGES.map((path) => `    "~${trackingTailPattern(path, VIEW_PARAMS[path])}" $1;`),
        "  }",
        "  map $kmap_tail_base $kmap_uri_base {",
        `    "" $request_uri;`,
        "    default $kmap_tail_base;",
        "  }",
        "  # Canonical views links name most (lib/domain/views/listed.ts): the rule would not redirect them.",
        "  map $kmap_uri_base $kmap_listed_view {",
        "    default 0;",
        ...(input.listedViews ?? []).map((url) => `    ${q(url)} 1;`),
        "  }",
        "  map $kmap_listed_view $kmap_view_answer {",
        "    default $kmap_view_rule;",
        "    1 $kmap_tail_base;",
        "  }",
        "  # Only plain reads of a view page with a query string get that far: nothing above runs for other requests.",
        `  map "$kmap_plain_read$kmap_query_path" $kmap_view_query {`,
        "    default 0;",
        ...FRONT_VIEW_PAGES.map((path) => `    ${q(`1${path}`)} 1;`),
        "  }",
        "  # The rule runs (set_by_lua in the server) only for those, and only when the view is not a listed one.",
        "  map $kmap_listed_view $kmap_view_unlisted {",
        "    default 1;",
        "    1 0;",
        "  }",
        "  map $kmap_view_query $kmap_view_rule_needed {",
        "    default 0;",
        "    1 $kmap_view_unlisted;",
        "  }",
        "  map $kmap_view_query $kmap_view_redirect {",
        `    default "";`,
        "    1 $kmap_view_answer;",
        "  }",
        "  map $kmap_page_redirect $kmap_redirect {",
        "    default $kmap_page_redirect;",
        `    "" $kmap_view_redirect;`,
        "  }",
      ]
    : [];

  return (
    `# nginx in front of server.mjs — written by \`npm run nginx:config\` from build ${input.buildId}.
# Do not edit: rerun the script after every build (README, "Scale out with nginx").
${input.brotliModule ? `load_module ${input.brotliModule};\n` : ""}${
      viewRedirect ? viewRedirect.modules.map((module) => `load_module ${module};\n`).join("") : ""
    }${input.user ? `user ${input.user};\n` : ""}` +
    `worker_processes ${input.workers ?? "auto"};
# The maps' regular expressions (a pasted link's tracking tail, the page and view tables) compiled by PCRE's JIT,
# not interpreted on every request.
pcre_jit on;
pid ${dir}/nginx.pid;
error_log stderr warn;

events {
  worker_connections 4096;
}

http {
  server_tokens off;
  ${input.accessLog ? `access_log ${dir}/logs/access.log combined buffer=64k flush=1s;` : "access_log off;"}
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  keepalive_timeout 60s;
  open_file_cache max=4096 inactive=60s;
  open_file_cache_valid 3600s;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  map_hash_bucket_size 512;
  map_hash_max_size 65536;
  types_hash_bucket_size 128;
  # Precompressed files are used whatever proxy the request came through (a CDN sends Via).
  gzip_proxied any;

  upstream kmap_servers {
${indent(
  input.upstreams.map((u) => `server ${u};`),
  "    ",
)}
    keepalive 64;
  }

  # Shared views and API reads, kept as long as the server's Cache-Control says; a folder per build, so
  # nothing kept from another build (whose headers may differ for the same body and ETag) is ever revalidated.
  proxy_cache_path ${dir}/cache/${input.buildId} levels=1:2 keys_zone=kmap_views:16m ` +
    `max_size=${input.cacheMaxMb ?? 256}m inactive=10m use_temp_path=off;

  # The scheme the client used: a TLS proxy in front says so, as it does to server.mjs.
  map $http_x_forwarded_proto $kmap_proto {
    default $http_x_forwarded_proto;
    "" $scheme;
  }
  map $kmap_proto $kmap_hsts {
    default "";
    https ${q(HSTS_VALUE)};
  }
  # One encoding per cache entry: brotli if accepted, else gzip, else none (server.mjs prefers them in that order).
  map $http_accept_encoding $kmap_encoding {
    default identity;
    "~*(^|[\\s,])br(?!\\s*;\\s*q=0(\\.0*)?\\s*(,|$))(\\s*(;|,|$))" br;
    "~*(^|[\\s,])gzip(?!\\s*;\\s*q=0(\\.0*)?\\s*(,|$))(\\s*(;|,|$))" gzip;
  }
  # A Next.js client request (RSC payload, prefetch, server action): always the server's.
  map "${nextClientVars}" $kmap_next_client {
    "" 0;
    default 1;
  }
  # What server.mjs answers from memory (server/static-pages.mjs fastPathPage) nginx answers from disk.
  map "$request_method:$kmap_next_client" $kmap_plain_read {
    default 0;
    "GET:0" 1;
    "HEAD:0" 1;
  }
  map "$kmap_plain_read$request_uri" $kmap_page_file {
    default /.kmap-not-a-page;
${indent(
  input.pages.map((p) => `${q(`1${p.path}`)} ${q(pageFile(p.path))};`),
  "    ",
)}
  }
  # If-None-Match with the page's own ETag: 304.
  map "$kmap_plain_read$request_uri $http_if_none_match" $kmap_page_not_modified {
    default 0;
${indent(
  input.pages.map((p) => `${q(`1${p.path} ${etagModule.generateETag(p.html)}`)} 1;`),
  "    ",
)}
  }
  # A prerendered page with a query string (it defines no parameter): a 308 to the page itself, as the server does.
  map $request_uri $kmap_query_path {
    default "";
    "~^([^?]*)\\?" $1;
  }
  map "$kmap_plain_read$kmap_query_path" $kmap_page_redirect {
    default "";
${indent(
  input.pages.map((p) => `${q(`1${p.path}`)} ${q(p.path)};`),
  "    ",
)}
  }
${viewRedirectMaps.join("\n")}${viewRedirectMaps.length ? "\n" : ""}  # The 400 page for a request nginx
  # could not parse: the API's JSON under /api/ ($request_uri is not set then; the request line, $request, is).
  map $request $kmap_bad_request {
    default /.kmap-bad-request;
    "~^[A-Z]+ /api/" /.kmap-bad-request.json;
  }
  map $request_method $kmap_asset_file {
    default /.kmap-not-an-asset;
    GET $uri;
    HEAD $uri;
  }
${maps.join("\n")}

  server {
    listen ${input.listen};
    root ${staticRoot};
    etag off;
    max_ranges 0;
    # Methods nginx refuses before any location (TRACE, CONNECT): the server's 405 with Allow, not nginx's page.
    error_page 405 = @server;
    # Requests nginx rejects while parsing them (an undecodable path such as /%zz) never reach the server:
    # the server's own 400 (its page, or the API's JSON error under /api/) and security headers, written here.
    error_page 400 $kmap_bad_request;
    location = /.kmap-bad-request {
      internal;
      default_type ${q("text/html; charset=utf-8")};
${indent(
  [...baseSecurityHeaders("/", false), ["Cache-Control", "no-store"]].map(
    ([name, value]) => `add_header ${name} ${q(value)} always;`,
  ),
  "      ",
)}
      return 400 ${q(badRequestHtml())};
    }
    location = /.kmap-bad-request.json {
      internal;
      default_type application/json;
${indent(
  [...baseSecurityHeaders(API_READ_PREFIX, false), ["Cache-Control", "no-store"]].map(
    ([name, value]) => `add_header ${name} ${q(value)} always;`,
  ),
  "      ",
)}
      return 400 ${q(badRequestJson())};
    }

${
  viewRedirect
    ? `    # The view pages' rule in Lua, for the requests that need it (the maps above).
    set $kmap_view_rule "";
    if ($kmap_view_rule_needed) {
      set_by_lua_block $kmap_view_rule { return require("${LUA_VIEW_REDIRECT_MODULE}").answer(ngx.var.request_uri) }
    }
`
    : ""
}    if (${redirectVariable}) {
      rewrite ^ /.kmap-page-redirect last;
    }
    location = /.kmap-page-redirect {
      internal;
      absolute_redirect off;
${indent(
  [...baseSecurityHeaders("/", false), ["Cache-Control", SHARED_CACHE_CONTROL]].map(
    ([name, value]) => `add_header ${name} ${q(value)} always;`,
  ),
  "      ",
)}
      ${hsts}
      add_header ${FRONT_HEADER} redirect;
      return 308 ${redirectVariable};
    }

    # Prerendered pages from disk; every other path goes to the server.
    location / {
      try_files $kmap_page_file @server;
      types {}
      default_type ${q(nextConstants.HTML_CONTENT_TYPE_HEADER)};
${indent(precompressed, "      ")}
      # The ETag is the page's own (Next.js's); nginx's modification date is not sent.
      add_header Last-Modified "";
${indent([...addHeaders, hsts, `add_header ${FRONT_HEADER} file;`], "      ")}
      if ($kmap_page_not_modified) {
        return 304;
      }
    }

    # Build assets from disk (content-hashed names).
    location ${ASSET_PREFIX} {
      try_files $kmap_asset_file @server;
      etag on;
      max_ranges 1;
      types {
${indent(types, "        ")}
      }
      default_type application/octet-stream;
${indent(precompressed, "      ")}
${indent(
  [...assetHeaders().map(([n, v]) => `add_header ${n} ${q(v)};`), hsts, `add_header ${FRONT_HEADER} file;`],
  "      ",
)}
    }

    # Shared views (server/view-cache.mjs VIEW_PAGES) and API reads: the proxy cache.
${[...VIEW_PAGES]
  .sort()
  .map((path) => `    location = ${path} {\n${indent(cachedProxyLines(), "      ")}\n    }`)
  .join("\n")}
    location ${API_READ_PREFIX} {
${indent(cachedProxyLines(), "      ")}
    }
    # Layers: writes, and reads that change with every save — never from the proxy cache.
    location ${LAYER_API_PREFIX} {
${indent([...proxyLines("$http_accept_encoding"), "client_max_body_size 1m;"], "      ")}
    }

    # Everything else: the server, unchanged.
    location @server {
${indent(proxyLines("$http_accept_encoding"), "      ")}
    }
  }
}
`
  );
}
