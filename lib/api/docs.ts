/**
 * Human-readable API reference at /api: Redoc's static page, written by Redocly CLI's `build-docs` (a devDependency,
 * the same tool that lints the document) from the OpenAPI document of /api/v1/openapi.json. The routes that serve it
 * are static, so this runs once, while `next build` prerenders them; nothing of it is installed or run at run time.
 * The page is readable without JavaScript (Redoc renders it into the HTML); its scripts, icon font and credit logo are
 * files from this origin (lib/domain/api-docs), so it runs under the site's CSP with no inline script and no eval, and
 * makes no remote call.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { NextResponse } from "next/server";
import { externaliseRedocPage, isApiDocsAsset, type ApiDocsPage } from "../domain/api-docs";
import { absoluteUrl, SITE_NAME } from "../site";
import { errorResponse } from "./http";
import { openApiDocument } from "./openapi";

const TITLE = `API reference — ${SITE_NAME}`;
const DESCRIPTION =
  `Reference of the read-only JSON API of the ${SITE_NAME}: themes, topics, phases, videos and co-occurrence, ` +
  `rendered from its OpenAPI document.`;

async function buildPage(): Promise<ApiDocsPage> {
  const root = process.cwd();
  const dir = await mkdtemp(join(tmpdir(), "kmap-api-docs-"));
  try {
    const spec = join(dir, "openapi.json");
    const out = join(dir, "api.html");
    await writeFile(spec, JSON.stringify(openApiDocument()));
    await promisify(execFile)(
      join(root, "node_modules", ".bin", "redocly"),
      [
        "build-docs",
        spec,
        "--output",
        out,
        "--inlineBundle",
        "--title",
        TITLE,
        "--config",
        join(root, "redocly.yaml"),
        // Operation addresses below /api (lib/domain/api-docs: API_DOCS_ROUTES), not at the site's root.
        "--openapi.routingBasePath=/api",
      ],
      {
        cwd: root,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((err: Error & { stderr?: string }) => {
      throw new Error(`/api: redocly build-docs failed (a devDependency; is it installed?): ${err.stderr ?? err}`);
    });
    return externaliseRedocPage(await readFile(out, "utf8"), {
      description: DESCRIPTION,
      canonical: absoluteUrl("/api"),
      icon: "/favicon.svg",
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let page: Promise<ApiDocsPage> | undefined;
const built = () => (page ??= buildPage());

export async function docsPage(): Promise<NextResponse> {
  return new NextResponse((await built()).html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

/** The operations' addresses below /api/other (app/api/other/[operation]). */
export async function docsOperations(): Promise<string[]> {
  return (await built()).operations;
}

/**
 * An operation's own address (/api/other/listthemes, as Redoc's rendered links name it): a 308 to the reference at
 * the operation (/api#/other/listthemes, where Redoc scrolls to it; the address bar keeps that form), or a JSON 404.
 */
export async function docsOperationPage(operation: string): Promise<NextResponse> {
  if (!(await built()).operations.includes(operation))
    return errorResponse(404, "not_found", `No API operation "${operation.slice(0, 60)}" in the reference at /api.`);
  return new NextResponse(null, { status: 308, headers: { Location: `/api#/other/${operation}` } });
}

export async function docsAsset(name: string): Promise<NextResponse> {
  if (!isApiDocsAsset(name)) return errorResponse(404, "not_found", `No file "${name}" under /api/docs; try /api.`);
  const { type, body } = (await built()).assets[name];
  return new NextResponse(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=300" } });
}
