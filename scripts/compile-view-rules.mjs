#!/usr/bin/env node
// @ts-check
/**
 * After `next build` (npm run build): the pages' canonical-view rule (lib/domain/views/canonical.ts,
 * TypeScript, compiled by Next.js into the pages) and the redirect rule built on it
 * (lib/domain/views/redirect.ts) and the entry paths' case rule (lib/domain/canonical-path.ts) compiled once
 * more, for the production server, which runs with plain Node.js. Writes <distDir>/kmap-view-rules.mjs,
 * stamped with the build id: the server keeps a view only when this rule says its URL is canonical, and refuses a rule
 * compiled for another build (server/build-contract.mjs, loadViewRules).
 *
 * And the redirect rule a third time, for the nginx front: bundled, lowered to ES5 by TypeScript (njs 0.7 has no
 * classes, for…of, spread or destructuring) and put after server/njs-runtime.js, which gives it what njs lacks.
 * Writes <distDir>/kmap-view-rules.njs.js; scripts/nginx-config.ts adds the catalogue. The search page's rule
 * (Unicode normalisation, which njs lacks) is left out: nginx hands /search to the server.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import ts from "typescript";
import {
  BuildContractError,
  NJS_VIEW_RULES_FILE,
  VIEW_RULES_FILE,
  distDir,
  readBuildId,
} from "../server/build-contract.mjs";

const root = join(import.meta.dirname, "..");
let buildId;
try {
  buildId = readBuildId(root);
} catch (err) {
  if (!(err instanceof BuildContractError)) throw err;
  console.error(`compile-view-rules: ${err.message}`);
  process.exit(2);
}
await build({
  stdin: {
    contents:
      `export { canonicalViewUrl } from "./lib/domain/views/canonical";\n` +
      `export { canonicalRedirect } from "./lib/domain/views/redirect";\n` +
      `export { canonicalEntryPath } from "./lib/domain/canonical-path";\n` +
      `export const BUILD_ID = ${JSON.stringify(buildId)};\n`,
    resolveDir: root,
    sourcefile: "view-rules.ts",
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile: join(root, distDir(), VIEW_RULES_FILE),
  logLevel: "warning",
});
console.log(`compile-view-rules: ${join(distDir(), VIEW_RULES_FILE)} for build ${buildId}`);

/** The search page's query rule, which njs cannot run: the njs rule never reaches it (kmapViewRedirect). */
const searchLeftOut = {
  name: "search-left-out",
  /** @param {import("esbuild").PluginBuild} b */
  setup(b) {
    b.onResolve({ filter: /\/search\/query$/ }, () => ({ path: "search-left-out", namespace: "njs" }));
    b.onLoad({ filter: /.*/, namespace: "njs" }, () => ({
      contents: `export function normaliseQuery() { throw new Error("the search page's rule is the server's"); }`,
      loader: "js",
    }));
  },
};
const bundled = await build({
  stdin: {
    contents:
      `import { canonicalRedirect } from "./lib/domain/views/redirect";\n` +
      `kmapRule.canonicalRedirect = canonicalRedirect;\n`,
    resolveDir: root,
    sourcefile: "njs-view-rules.ts",
    loader: "ts",
  },
  bundle: true,
  format: "iife",
  platform: "neutral",
  target: "es2020",
  write: false,
  plugins: [searchLeftOut],
  logLevel: "warning",
});
const es5 = ts.transpileModule(bundled.outputFiles[0].text, {
  compilerOptions: { target: ts.ScriptTarget.ES5, downlevelIteration: true, module: ts.ModuleKind.None },
}).outputText;
const runtime = readFileSync(join(root, "server", "njs-runtime.js"), "utf8");
writeFileSync(
  join(root, distDir(), NJS_VIEW_RULES_FILE),
  `// The view pages' redirect rule for nginx (njs), build ${buildId}: scripts/compile-view-rules.mjs.\n` +
    `${runtime}\nvar kmapRule = {};\n${es5}\n`,
);
console.log(`compile-view-rules: ${join(distDir(), NJS_VIEW_RULES_FILE)} for build ${buildId}`);
