import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import etagModule from "next/dist/server/lib/etag.js";
import {
  HSTS_VALUE,
  NginxConfigError,
  assetContentType,
  FRONT_VIEW_PAGES,
  isCompressible,
  luaLiteral,
  luaViewRedirectModule,
  nginxConfig,
  pageFile,
  parseUpstreams,
  prerenderedPageHeaders,
  trackingTailPattern,
  type NginxConfigInput,
} from "@/server/nginx-config";
import { BARE_CSP, baseSecurityHeaders } from "@/server/http-guard.mjs";
import { VIEW_PAGES } from "@/server/view-cache.mjs";
import { SHARED_CACHE_CONTROL } from "@/server/cache-times.mjs";
import { required } from "../helpers/requirements";
import { realCatalogue } from "../helpers/content";
import { listedViewUrls } from "@/lib/domain/views/listed";
import { findBrotliModule, findLuaModules } from "@/scripts/nginx-config";

const HTML = "<html><body><script>self.__next_f=[]</script><p>RAG Systems</p></body></html>";
const HASH = "'sha256-AI5dARA8ovYytvFTH+yPgaWT/2vfs8611QAN/XXk0sk='";
const page = (path: string, hashes = [HASH], html = HTML) => ({ path, hashes, html });
const header = (headers: Array<[string, string]>, name: string) =>
  headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

const input = (extra: Partial<NginxConfigInput> = {}): NginxConfigInput => ({
  buildId: "build-1",
  dir: "/srv/kmap/.nginx",
  staticRoot: "/srv/kmap/.nginx/root",
  listen: "127.0.0.1:3000",
  upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"],
  pages: [page("/topics/rag-systems"), page("/about", ["'sha256-b2Q='"])],
  assetExtensions: ["js", "css", "woff2", "js"],
  brotliModule: "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
  ...extra,
});

describe("the headers nginx sends with a prerendered page", () => {
  it("are the server's: security headers, the page's own hash CSP, Next.js's cache, ETag and Vary", () => {
    const headers = prerenderedPageHeaders(page("/topics/rag-systems"));
    for (const [name, value] of baseSecurityHeaders("/topics/rag-systems", false)) {
      if (name !== "Content-Security-Policy") expect(header(headers, name), name).toBe(value);
    }
    const csp = header(headers, "Content-Security-Policy")!;
    expect(csp).toContain(`script-src 'self' ${HASH};`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toBe(BARE_CSP);
    expect(header(headers, "Cache-Control")).toBe("s-maxage=31536000");
    expect(header(headers, "Content-Type")).toBe("text/html; charset=utf-8");
    expect(header(headers, "ETag")).toBe(etagModule.generateETag(HTML));
    expect(header(headers, "Vary")).toBe(
      "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
    );
    expect(header(headers, "Strict-Transport-Security")).toBeUndefined();
    expect(HSTS_VALUE).toBe("max-age=63072000; includeSubDomains");
  });

  it("let embed pages be framed, like the server", () => {
    const headers = prerenderedPageHeaders(page("/embed/treemap"));
    expect(header(headers, "X-Frame-Options")).toBeUndefined();
    expect(header(headers, "Content-Security-Policy")).toContain("frame-ancestors *");
  });

  it("give build assets Next.js's content types, and precompress only text", () => {
    expect(assetContentType("js")).toBe("application/javascript; charset=UTF-8");
    expect(assetContentType("css")).toBe("text/css; charset=UTF-8");
    expect(assetContentType("woff2")).toBe("font/woff2");
    expect(isCompressible("js")).toBe(true);
    expect(isCompressible("woff2")).toBe(false);
    expect(pageFile("/")).toBe("/index.html");
    expect(pageFile("/topics/rag-systems")).toBe("/topics/rag-systems.html");
  });
});

describe("the upstream list (KMAP_UPSTREAMS)", () => {
  it("takes host:port, [ipv6]:port and unix sockets, comma- or space-separated", () => {
    expect(parseUpstreams("127.0.0.1:3001, 10.0.0.2:3001 [::1]:3003,unix:/run/kmap.sock")).toEqual([
      "127.0.0.1:3001",
      "10.0.0.2:3001",
      "[::1]:3003",
      "unix:/run/kmap.sock",
    ]);
  });
  it("names what it cannot use", () => {
    expect(() => parseUpstreams("")).toThrow(/names no server/);
    expect(() => parseUpstreams("127.0.0.1:3001,localhost")).toThrow('"localhost" is not host:port');
    expect(() => parseUpstreams("host:99999")).toThrow(NginxConfigError);
    expect(() => parseUpstreams("a;b:1")).toThrow(NginxConfigError);
  });
});

describe("the nginx config", () => {
  const text = nginxConfig(input());

  it("listens where asked and proxies to every upstream", () => {
    expect(text).toContain("listen 127.0.0.1:3000;");
    expect(text).toMatch(/upstream kmap_servers \{\s+server 127\.0\.0\.1:3001;\s+server 127\.0\.0\.1:3002;/);
    expect(text).toContain("from build build-1");
  });

  it("serves exactly the prerendered pages from disk, for plain reads only, with their own CSP and ETag", () => {
    expect(text).toContain('"1/topics/rag-systems" "/topics/rag-systems.html";');
    expect(text).toContain('"1/about" "/about.html";');
    expect(text).toMatch(/"GET:0" 1;\s+"HEAD:0" 1;/);
    expect(text).toContain("try_files $kmap_page_file @server;");
    expect(text).toContain("error_page 405 = @server;");
    expect(text).toContain(`"/topics/rag-systems" "default-src 'self'; script-src 'self' ${HASH};`);
    expect(text).toContain(`"/about" "default-src 'self'; script-src 'self' 'sha256-b2Q=';`);
    const etag = etagModule.generateETag(HTML).replaceAll('"', '\\"');
    expect(text).toContain(`"1/topics/rag-systems ${etag}" 1;`);
    expect(text).toContain('add_header Cache-Control "s-maxage=31536000";');
    expect(text).toContain('default_type "text/html; charset=utf-8";');
    expect(text).not.toMatch(/add_header Content-Type/);
  });

  it("answers a prerendered page with a query string with the server's 308 to the page itself", () => {
    expect(text).toContain('"~^([^?]*)\\?" $1;');
    expect(text).toContain('"1/topics/rag-systems" "/topics/rag-systems";');
    expect(text).toMatch(/if \(\$kmap_page_redirect\) \{\s+rewrite \^ \/\.kmap-page-redirect last;/);
    expect(text).toMatch(/location = \/\.kmap-page-redirect \{\s+internal;\s+absolute_redirect off;/);
    expect(text).toContain(`add_header Cache-Control "${SHARED_CACHE_CONTROL}" always;`);
    expect(text).toContain("return 308 $kmap_page_redirect;");
  });

  it("answers a view page's 308s with the rule in Lua with the module, and leaves /search to the server", () => {
    const modules = ["/usr/lib/nginx/modules/ndk_http_module.so", "/usr/lib/nginx/modules/ngx_http_lua_module.so"];
    const withLua = nginxConfig(
      input({
        viewRedirect: { modules, script: "/srv/kmap/.nginx/kmap_view_redirect.lua" },
        listedViews: ["/?zoom=evaluation", "/plan?topics=rag-systems,agents"],
      }),
    );
    expect(FRONT_VIEW_PAGES).toEqual(["/", "/cooccurrence", "/plan"]);
    // The kit first: the Lua module needs it loaded.
    expect(withLua).toContain(`load_module ${modules[0]};\nload_module ${modules[1]};`);
    expect(withLua).toContain('lua_package_path "/srv/kmap/.nginx/?.lua;;";');
    expect(withLua).toContain('init_by_lua_block { require("kmap_view_redirect") }');
    // Only plain reads of the three view pages, with a query string and not a listed canonical view, reach it.
    const lines = (pattern: RegExp) =>
      pattern
        .exec(withLua)?.[1]
        .trim()
        .split(/\s*\n\s*/);
    expect(lines(/map \$kmap_uri_base \$kmap_listed_view \{([^}]*)\}/)).toEqual([
      "default 0;",
      '"/?zoom=evaluation" 1;',
      '"/plan?topics=rag-systems,agents" 1;',
    ]);
    expect(lines(/map \$kmap_listed_view \$kmap_view_answer \{([^}]*)\}/)).toEqual([
      "default $kmap_view_rule;",
      "1 $kmap_tail_base;",
    ]);
    expect(lines(/map "\$kmap_plain_read\$kmap_query_path" \$kmap_view_query \{([^}]*)\}/)).toEqual([
      "default 0;",
      '"1/" 1;',
      '"1/cooccurrence" 1;',
      '"1/plan" 1;',
    ]);
    expect(lines(/map \$kmap_view_query \$kmap_view_rule_needed \{([^}]*)\}/)).toEqual([
      "default 0;",
      "1 $kmap_view_unlisted;",
    ]);
    expect(lines(/map \$kmap_listed_view \$kmap_view_unlisted \{([^}]*)\}/)).toEqual(["default 1;", "1 0;"]);
    expect(withLua).not.toContain('"1/search"');
    // The rule runs in the server's rewrite phase, only when needed, before the 308 is decided.
    const runRule =
      "set_by_lua_block $kmap_view_rule " + '{ return require("kmap_view_redirect").answer(ngx.var.request_uri) }';
    const at = withLua.indexOf(runRule);
    expect(withLua.slice(withLua.lastIndexOf("set $kmap_view_rule", at), at)).toMatch(
      /^set \$kmap_view_rule "";\s+if \(\$kmap_view_rule_needed\) \{\s+$/,
    );
    expect(withLua.slice(at + runRule.length)).toMatch(/^\s+\}\s+if \(\$kmap_redirect\) \{/);
    // A listed view followed by foreign parameters: that view, without the rule (trackingTailPattern).
    expect(withLua).toContain(`"~${trackingTailPattern("/plan", ["topics"])}" $1;`);
    expect(withLua).toMatch(/map \$kmap_tail_base \$kmap_uri_base \{\s+"" \$request_uri;\s+default \$kmap_tail_base;/);
    // A prerendered page's 308 first; else the view rule's; one location sends either.
    expect(withLua).toMatch(
      /map \$kmap_page_redirect \$kmap_redirect \{\s+default \$kmap_page_redirect;\s+"" \$kmap_view_redirect;/,
    );
    expect(withLua).toContain("return 308 $kmap_redirect;");
    expect(text).not.toContain("lua");
    expect(() => nginxConfig(input({ viewRedirect: { modules, script: "kmap_view_redirect.lua" } }))).toThrow(
      /absolute/,
    );
    expect(() => nginxConfig(input({ viewRedirect: { modules, script: "/srv/kmap/rule.lua" } }))).toThrow(
      /kmap_view_redirect\.lua/,
    );
  });

  it("matches a view followed by foreign parameters with plain names and ASCII values, bounded", () => {
    expect(trackingTailPattern("/plan", ["topics"])).toBe(
      "^(/plan(?:\\?[^&]*+(?:&[^&]*+){0,0}?)??)[?&]" +
        "(?!(?:topics)(?:=|&|$))[A-Za-z0-9_.-]++(?:=(?:[!-$'-~]|%[0-7][0-9A-Fa-f])*+)?" +
        "(?:&(?!(?:topics)(?:=|&|$))[A-Za-z0-9_.-]++(?:=(?:[!-$'-~]|%[0-7][0-9A-Fa-f])*+)?){0,7}$",
    );
    expect(trackingTailPattern("/", ["zoom", "topic", "color", "view"])).toContain("{0,3}?");
    expect(() => trackingTailPattern("/plan", ["top|ics"])).toThrow(NginxConfigError);
    expect(() => trackingTailPattern("/a b", ["q"])).toThrow(NginxConfigError);
  });

  it('takes a module named in the environment only as an existing absolute file, and "" as none', () => {
    expect(findLuaModules({ KMAP_NGINX_LUA_MODULE: "" })).toBeNull();
    expect(findBrotliModule({ KMAP_NGINX_BROTLI_MODULE: "" })).toBeNull();
    expect(() => findLuaModules({ KMAP_NGINX_LUA_MODULE: "/nonexistent/ngx_http_lua_module.so" })).toThrow(
      'KMAP_NGINX_LUA_MODULE: "/nonexistent/ngx_http_lua_module.so" is not a module file',
    );
    expect(() => findBrotliModule({ KMAP_NGINX_BROTLI_MODULE: "brotli.so" })).toThrow(NginxConfigError);
    // The Lua module with the development kit beside it: both, the kit first.
    const dir = mkdtempSync(join(tmpdir(), "kmap-modules-"));
    const lua = join(dir, "ngx_http_lua_module.so");
    writeFileSync(lua, "");
    writeFileSync(join(dir, "ndk_http_module.so"), "");
    expect(findLuaModules({ KMAP_NGINX_LUA_MODULE: lua })).toEqual([join(dir, "ndk_http_module.so"), lua]);
  });

  it("gives the rule in Lua the catalogue, reduced to what the rule reads, with nothing global", () => {
    const script = luaViewRedirectModule("return { viewRedirect = function() return '' end }", {
      themes: [{ slug: "evaluation", name: "Evaluation", extra: 1 } as { slug: string; name: string }],
      topics: [{ slug: "rag-systems", name: "RAG Systems", theme: "architecture-and-design" }],
    });
    expect(script).toContain("local URLSearchParams, encodeURIComponent\nlocal rule = (function(...)\n");
    expect(script).toContain(
      'local catalogue = {["themes"] = {{["slug"] = "evaluation", ["name"] = "Evaluation"}}, ' +
        '["topics"] = {{["slug"] = "rag-systems", ["name"] = "RAG Systems", ["theme"] = "architecture-and-design"}}}',
    );
    expect(script).toMatch(/answer = function\(uri\)\s+return viewRedirect\(uri, catalogue\)/);
  });

  it("writes Lua string literals byte by byte outside printable ASCII", () => {
    expect(luaLiteral('Tools & "Infra" \\ Évaluation\n')).toBe('"Tools & \\34Infra\\34 \\92 \\195\\137valuation\\10"');
    expect(luaLiteral(["a", { b: "c" }])).toBe('{"a", {["b"] = "c"}}');
    expect(() => luaLiteral(1)).toThrow(NginxConfigError);
  });

  it("precompressed files: brotli_static with the module, gzip_static always", () => {
    expect(text).toContain("load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;");
    expect(text).toContain("brotli_static on;");
    const gzipOnly = nginxConfig(input({ brotliModule: null }));
    expect(gzipOnly).not.toContain("brotli_static");
    expect(gzipOnly).not.toContain("load_module");
    expect(gzipOnly).toContain("gzip_static on;");
  });

  it("caches views and API reads by their Cache-Control, revalidating, never for Next.js client requests", () => {
    for (const path of VIEW_PAGES) expect(text).toContain(`location = ${path} {`);
    expect(text).toContain("location /api/v1/ {");
    expect(text).toContain('proxy_cache_key "$kmap_proto|$kmap_encoding|$request_uri";');
    expect(text).toContain("proxy_cache_revalidate on;");
    expect(text).toContain("proxy_cache_bypass $kmap_next_client;");
    expect(text).toContain("$http_rsc$http_next_router_state_tree");
    expect(text).not.toMatch(/proxy_cache_valid|proxy_ignore_headers[^;]*Cache-Control/); // the server's header decides
  });

  it("sends every layer request (issue #23) to the server, never through the proxy cache", () => {
    const block = /location \/api\/v1\/layers \{([^}]*)\}/.exec(text)?.[1] ?? "";
    expect(block).toContain("proxy_pass http://kmap_servers;");
    expect(block).not.toContain("proxy_cache");
    expect(block).toContain("client_max_body_size 1m;");
  });

  it("keeps nginx's files in its own folder, and adds HSTS behind TLS only", () => {
    expect(text).toContain("pid /srv/kmap/.nginx/nginx.pid;");
    expect(text).toContain("proxy_temp_path /srv/kmap/.nginx/temp/proxy;");
    expect(text).toContain("proxy_cache_path /srv/kmap/.nginx/cache/build-1 "); // a fresh cache per build
    expect(text).toContain(`https "${HSTS_VALUE}";`);
    expect(text).not.toContain("user ");
    expect(nginxConfig(input({ user: "kmap" }))).toContain("user kmap;");
  });

  it("refuses what it cannot write safely", () => {
    expect(() => nginxConfig(input({ pages: [page("/topics/a b")] }))).toThrow(NginxConfigError);
    expect(() => nginxConfig(input({ pages: [page("/search")] }))).toThrow(/both a prerendered page and a view/);
    expect(() => nginxConfig(input({ pages: [page("/x", ["'sha256-$x'"])] }))).toThrow(/cannot write/);
    expect(() => nginxConfig(input({ upstreams: [] }))).toThrow(/no upstream/);
    expect(() => nginxConfig(input({ buildId: "../x" }))).toThrow(/build id/);
  });

  const nginx = "/usr/sbin/nginx";
  const hasNginx = required(existsSync(nginx) ? true : undefined, "Debian nginx (/usr/sbin/nginx)");
  it.runIf(hasNginx)("is accepted by nginx -t, without a warning for the 10,221 listed views", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kmap-nginx-t-"));
    for (const sub of ["temp", "cache", "root"]) mkdirSync(join(dir, sub));
    const brotli = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
    const modules = findLuaModules();
    const script = join(dir, "kmap_view_redirect.lua");
    // nginx -t runs init_by_lua, so the module is loaded: a stand-in for the rule (tests/unit/lua-rule.test.ts).
    const catalogue = await realCatalogue();
    writeFileSync(script, luaViewRedirectModule("return { viewRedirect = function() return '' end }", catalogue));
    const conf = join(dir, "nginx.conf");
    writeFileSync(
      conf,
      nginxConfig(
        input({
          dir,
          staticRoot: join(dir, "root"),
          brotliModule: existsSync(brotli) ? brotli : null,
          viewRedirect: modules ? { modules, script } : null,
          listedViews: listedViewUrls(catalogue),
        }),
      ),
    );
    const r = spawnSync(nginx, ["-t", "-p", dir, "-c", conf], { encoding: "utf8" });
    expect(r.stderr).toContain("test is successful");
    expect(r.stderr).not.toContain("[warn]");
    expect(r.status).toBe(0);
  });
});
