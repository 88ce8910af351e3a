/**
 * Human-readable API reference at /api: Scalar (@scalar/api-reference, its standalone browser bundle) renders the
 * OpenAPI document at /api/v1/openapi.json. Everything is served from this origin and started from an external
 * script, so it runs under the site's CSP with no inline script; Scalar's remote fonts, telemetry, AI agent and
 * "open in client" features are switched off (they would reach other origins).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { NextResponse } from "next/server";
import { absoluteUrl, SITE_NAME } from "../site";

const SCALAR_BUNDLE = join(
  process.cwd(),
  "node_modules",
  "@scalar",
  "api-reference",
  "dist",
  "browser",
  "standalone.js",
);

/**
 * Scalar's options (https://github.com/scalar/scalar, configuration): no remote calls. The mount element is not
 * `#api-reference`: the standalone bundle would start a second, empty instance of its own there (with remote fonts).
 */
const INIT_SCRIPT = `// Starts Scalar on /api (an external file: the CSP allows no inline script).
Scalar.createApiReference("#kmap-api-reference", {
  url: "/api/v1/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  documentDownloadType: "json",
  hideClientButton: true,
  hideTestRequestButton: true,
  showDeveloperTools: "never",
  darkMode: window.matchMedia("(prefers-color-scheme: dark)").matches,
  hideDarkModeToggle: false,
  metaData: { title: "API reference — ${SITE_NAME}" },
});
`;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function docsPage(): NextResponse {
  const html =
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference — ${escapeHtml(SITE_NAME)}</title>
<meta name="description" content="Reference of the read-only JSON API of the ${escapeHtml(SITE_NAME)}: ` +
    `themes, topics, phases, videos and co-occurrence, rendered from its OpenAPI document.">
<link rel="canonical" href="${escapeHtml(absoluteUrl("/api"))}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="/favicon.svg">
</head>
<body>
<noscript><p>This reference needs JavaScript. The API is described by its OpenAPI document: ` +
    `<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></noscript>
<div id="kmap-api-reference"></div>
<script src="/api/docs/scalar.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;
  return new NextResponse(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

let bundle: Promise<string> | undefined;

export async function docsAsset(name: string): Promise<NextResponse> {
  const js = { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" };
  if (name === "init.js") return new NextResponse(INIT_SCRIPT, { headers: js });
  if (name === "scalar.js") {
    bundle ??= readFile(SCALAR_BUNDLE, "utf8");
    return new NextResponse(await bundle, { headers: js });
  }
  return NextResponse.json(
    { error: { code: "not_found", message: `no file "${name}" under /api/docs; try /api` } },
    { status: 404 },
  );
}
