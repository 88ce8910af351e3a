// @ts-check
/**
 * The view pages' redirect rule compiled to Lua, for the nginx front's Lua module (LuaJIT): the server's own rule
 * (lib/domain/views/redirect.ts) entered by server/lua/view-redirect.ts, with server/lua/form-params.ts as the
 * URLSearchParams and encodeURIComponent Lua lacks. TypeScriptToLua compiles the typed sources (how it translates
 * a method call depends on the receiver's type), so the rule is not written twice. Used by
 * scripts/compile-view-rules.mjs with every build, and by tests/unit/lua-rule.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import ts from "typescript";
import * as tstl from "typescript-to-lua";

export class LuaRuleError extends Error {}

/**
 * The search page's query rule (Unicode normalisation) stays the server's: nginx hands /search to it
 * (server/lua/view-redirect.ts), so the Lua build takes a stub in its place.
 */
const SEARCH_QUERY = /\/lib\/domain\/search\/query\.ts$/;
const SEARCH_LEFT_OUT =
  "export function normaliseQuery(_query: string): string {\n" +
  `  throw new Error("the search page's rule is the server's");\n}\n`;

/**
 * One Lua chunk (a TypeScriptToLua bundle, with its lualib) that returns server/lua/view-redirect.ts's exports.
 * Throws LuaRuleError naming file and line for anything TypeScriptToLua cannot translate.
 * @param {string} root  the project folder
 * @returns {Promise<string>}
 */
export async function compileLuaRule(root) {
  const entry = join(root, "server", "lua", "view-redirect.ts");
  // The rule's source files: the entry's imports, as esbuild resolves them.
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    outfile: "view-redirect.js",
    logLevel: "warning",
  });
  /** @type {Record<string, string>} */
  const sources = {};
  for (const input of Object.keys(metafile.inputs)) {
    const file = join(root, input);
    sources[file] = SEARCH_QUERY.test(file) ? SEARCH_LEFT_OUT : readFileSync(file, "utf8");
  }
  const result = tstl.transpileVirtualProject(sources, {
    luaTarget: tstl.LuaTarget.LuaJIT,
    luaLibImport: tstl.LuaLibImportKind.Require,
    luaBundle: "kmap-view-rules.lua",
    luaBundleEntry: entry,
    // A function takes no Lua `self` unless its type says so (form-params.ts's `this: unknown`).
    noImplicitSelf: true,
    rootDir: root,
    outDir: join(root, ".lua-out"),
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  // Warnings (such as TypeScriptToLua's note on lualib in bundles) aside, any diagnostic is an error.
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0)
    throw new LuaRuleError(
      errors
        .map((d) => {
          const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
          const file = d.file ? `${d.file.fileName.slice(root.length + 1)}${where ? `:${where}` : ""}: ` : "";
          return `${file}${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
        })
        .join("\n"),
    );
  const lua = result.transpiledFiles.find((f) => f.lua)?.lua;
  if (!lua) throw new LuaRuleError("TypeScriptToLua wrote no bundle");
  return lua;
}
