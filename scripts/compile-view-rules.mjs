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
 * And the redirect rule a third time, for the nginx front: compiled to Lua (LuaJIT) by TypeScriptToLua, with
 * server/lua/form-params.ts as its URLSearchParams, entered by server/lua/view-redirect.ts. Writes
 * <distDir>/kmap-view-rules.lua; scripts/nginx-config.ts adds the catalogue. The search page's rule (Unicode
 * normalisation) is left out: nginx hands /search to the server.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import {
  BuildContractError,
  LUA_VIEW_RULES_FILE,
  VIEW_RULES_FILE,
  distDir,
  readBuildId,
} from "../server/build-contract.mjs";
import { LuaRuleError, compileLuaRule } from "./lib/lua-rule.mjs";

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

let lua;
try {
  lua = await compileLuaRule(root);
} catch (err) {
  if (!(err instanceof LuaRuleError)) throw err;
  console.error(`compile-view-rules: ${err.message}`);
  process.exit(2);
}
writeFileSync(
  join(root, distDir(), LUA_VIEW_RULES_FILE),
  `-- The view pages' redirect rule for nginx (Lua), build ${buildId}: scripts/compile-view-rules.mjs.\n${lua}\n`,
);
console.log(`compile-view-rules: ${join(distDir(), LUA_VIEW_RULES_FILE)} for build ${buildId}`);
