// @ts-check
/**
 * What the production server reads from a build, and the rules it holds the build to.
 * `next build` writes the prerender manifest and BUILD_ID; scripts/csp-hashes.mjs then
 * writes csp-hashes.json for the same build. The server validates both before it opens its
 * port and refuses a build that does not hold together: a missing or foreign hash file
 * would serve prerendered pages under a policy that blocks their own scripts.
 *
 * The same holds for the pages' canonical-view rule, which scripts/compile-view-rules.mjs
 * compiles into the build for the server (loadViewRules).
 *
 * Plain JavaScript (checked by tsc through @ts-check): the server and the build scripts run
 * without a build step. next.config.ts, proxy.ts and the scripts all take the dist dir from
 * here, so there is one setting.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";

/** The build's folder: `.next`, or KMAP_DIST_DIR (bench:csp builds a second variant beside it). */
export function distDir() {
  return process.env.KMAP_DIST_DIR || ".next";
}

/** "hash" is the site's design; "nonce" exists so that `npm run bench:csp` can measure the alternative. */
export function cspModeFromEnv() {
  return process.env.KMAP_CSP_MODE === "nonce" ? "nonce" : "hash";
}

export const CSP_HASHES_FILE = "csp-hashes.json";

/** lib/domain/views/canonical.ts compiled for the server, in the build folder. */
export const VIEW_RULES_FILE = "kmap-view-rules.mjs";

/**
 * The redirect rule compiled once more, to Lua for nginx's Lua module, in the build folder: the nginx front
 * answers the view pages' 308s with it (server/nginx-config.ts, server/lua/view-redirect.ts).
 */
export const LUA_VIEW_RULES_FILE = "kmap-view-rules.lua";

/** What to run when the build does not hold together. */
export const REBUILD =
  "run `npm run build` (next build, then scripts/csp-hashes.mjs and scripts/compile-view-rules.mjs)";

export const CspHashesFile = z.object({
  buildId: z.string().min(1),
  mode: z.enum(["hash", "nonce"]),
  pages: z.record(z.string().startsWith("/"), z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/]+=*'$/))),
});

export const PrerenderManifest = z.object({
  routes: z.record(
    z.string(),
    z.looseObject({
      routeType: z.string().optional(),
      initialRevalidateSeconds: z.union([z.number(), z.literal(false)]).optional(),
      initialStatus: z.number().optional(),
    }),
  ),
  /** Dynamic routes: `fallback: false` is `dynamicParams = false` (only the prerendered params exist). */
  dynamicRoutes: z
    .record(
      z.string(),
      z.looseObject({ routeRegex: z.string(), fallback: z.union([z.string(), z.literal(false), z.null()]).optional() }),
    )
    .default({}),
});

const RoutePattern = z.looseObject({ regex: z.string() });

/** routes-manifest.json: the redirects and rewrites of next.config, as regular expressions. */
export const RoutesManifest = z.looseObject({
  caseSensitive: z.boolean().optional(),
  redirects: z.array(RoutePattern),
  rewrites: z
    .union([
      z.array(RoutePattern),
      z.object({
        beforeFiles: z.array(RoutePattern),
        afterFiles: z.array(RoutePattern),
        fallback: z.array(RoutePattern),
      }),
    ])
    .optional(),
});

/** app-path-routes-manifest.json: each App Router route's file → its URL pattern ("/topics/[slug]"). */
export const AppPathRoutes = z.record(z.string(), z.string().startsWith("/"));

export class BuildContractError extends Error {}

/**
 * @param {string} file
 * @param {z.ZodType<any>} schema
 * @param {string} remedy
 */
function readValidated(file, schema, remedy) {
  if (!existsSync(file)) throw new BuildContractError(`${file} is missing: ${remedy}`);
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new BuildContractError(`${file} is not valid JSON: ${remedy}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildContractError(
      `${file} does not hold what it should (${issue.path.join(".") || "(root)"}: ${issue.message}): ${remedy}`,
    );
  }
  return parsed.data;
}

/**
 * The build in `root/distDir`, validated: its id, the prerender manifest and the CSP hashes
 * written for exactly this build. Throws BuildContractError with one line saying what is
 * wrong and what to run.
 * @param {string} root
 * @param {string} dir
 * @returns {{
 *   buildId: string;
 *   manifest: z.infer<typeof PrerenderManifest>;
 *   hashes: z.infer<typeof CspHashesFile>;
 *   routes: string[];
 *   routing: { caseSensitive: boolean; redirectAndRewritePatterns: string[] };
 * }}
 */
export function readBuild(root, dir = distDir()) {
  const buildId = readBuildId(root, dir);
  const manifest = readValidated(join(root, dir, "prerender-manifest.json"), PrerenderManifest, REBUILD);
  const hashes = readValidated(join(root, dir, CSP_HASHES_FILE), CspHashesFile, REBUILD);
  if (hashes.buildId !== buildId) {
    throw new BuildContractError(
      `${join(dir, CSP_HASHES_FILE)} was written for build ` +
        `${hashes.buildId}, but ${dir}/ holds build ${buildId}: ${REBUILD}`,
    );
  }
  const routes = Object.values(readValidated(join(root, dir, "app-path-routes-manifest.json"), AppPathRoutes, REBUILD));
  const routesManifest = readValidated(join(root, dir, "routes-manifest.json"), RoutesManifest, REBUILD);
  const rewrites = routesManifest.rewrites ?? [];
  const routing = {
    caseSensitive: routesManifest.caseSensitive ?? false,
    redirectAndRewritePatterns: [
      ...routesManifest.redirects,
      ...(Array.isArray(rewrites) ? rewrites : [...rewrites.beforeFiles, ...rewrites.afterFiles, ...rewrites.fallback]),
    ].map((r) => r.regex),
  };
  return { buildId, manifest, hashes, routes, routing };
}

/**
 * The id of the build in `root/dir`; throws BuildContractError when there is none.
 * @param {string} root
 * @param {string} dir
 */
export function readBuildId(root, dir = distDir()) {
  const idFile = join(root, dir, "BUILD_ID");
  if (!existsSync(idFile)) throw new BuildContractError(`no production build in ${dir}/: ${REBUILD}`);
  return readFileSync(idFile, "utf8").trim();
}

/**
 * @typedef {{
 *   canonicalViewUrl: typeof import("../lib/domain/views/canonical").canonicalViewUrl;
 *   canonicalRedirect: typeof import("../lib/domain/views/redirect").canonicalRedirect;
 *   canonicalEntryPath: typeof import("../lib/domain/canonical-path").canonicalEntryPath;
 * }} ViewRules
 */

/**
 * The pages' canonical-view rule and the redirect rule as compiled for build `buildId`
 * (scripts/compile-view-rules.mjs).
 * Throws BuildContractError when it is missing or was compiled for another build.
 * @param {string} root
 * @param {string} buildId
 * @param {string} dir
 * @returns {Promise<ViewRules>}
 */
export async function loadViewRules(root, buildId, dir = distDir()) {
  const file = join(root, dir, VIEW_RULES_FILE);
  if (!existsSync(file)) throw new BuildContractError(`${join(dir, VIEW_RULES_FILE)} is missing: ${REBUILD}`);
  const rules = await import(pathToFileURL(file).href);
  if (rules.BUILD_ID !== buildId) {
    throw new BuildContractError(
      `${join(dir, VIEW_RULES_FILE)} was compiled for build ${rules.BUILD_ID}, ` +
        `but ${dir}/ holds build ${buildId}: ${REBUILD}`,
    );
  }
  for (const name of ["canonicalViewUrl", "canonicalRedirect", "canonicalEntryPath"]) {
    if (typeof rules[name] !== "function")
      throw new BuildContractError(`${join(dir, VIEW_RULES_FILE)} does not export ${name}: ${REBUILD}`);
  }
  return rules;
}
