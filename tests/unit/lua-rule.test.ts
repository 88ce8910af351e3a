/**
 * The nginx front answers the view pages' 308s with the server's own rule compiled to Lua (scripts/lib/lua-rule.mjs).
 * Held to the server's rule here twice: server/lua/form-params.ts (what stands in for URLSearchParams) against
 * Node's own, and the compiled Lua, run by LuaJIT with the real catalogue, against the rule as the server runs it,
 * for 3,000 pasted links and 2,000 generated ASCII queries. What the front may not answer (non-ASCII, /search) must
 * come back "" (the server answers it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalRedirect } from "@/lib/domain/views/redirect";
import { URLSearchParams as FormParams, formEncode } from "@/server/lua/form-params";
import { isAnswerable } from "@/server/lua/view-redirect";
import { LUA_VIEW_REDIRECT_MODULE, luaViewRedirectModule } from "@/server/nginx-config";
import { compileLuaRule } from "@/scripts/lib/lua-rule.mjs";
import { ROOT, realCatalogue } from "../helpers/content";
import { pastedLinks, plainAsciiLink } from "../helpers/pasted-links";
import { required } from "../helpers/requirements";

/** What nginx hands the rule: printable ASCII, with some percent escapes (valid or not) mixed in. */
const asciiQuery = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("%41", "%2B", "%7e", "%zz", "%", "+", "=", "&", "zoom=", "topics=", "cell=", "order="),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const pairs = (params: { forEach(fn: (value: string, name: string) => void): void }) => {
  const out: string[][] = [];
  params.forEach((value, name) => out.push([name, value]));
  return out;
};

describe("the rule's URLSearchParams for Lua (server/lua/form-params.ts)", () => {
  it("decodes, walks and re-encodes a query exactly as URLSearchParams does, for every URL the front answers", () => {
    fc.assert(
      fc.property(asciiQuery, (query) => {
        fc.pre(isAnswerable(`/?${query}`));
        const ours = new FormParams(query);
        const whatwg = new URLSearchParams(query);
        expect(ours.toString()).toBe(whatwg.toString());
        expect(pairs(ours)).toEqual(pairs(whatwg));
        expect(ours.getAll("zoom")).toEqual(whatwg.getAll("zoom"));
      }),
      { numRuns: 2000 },
    );
    expect(new FormParams("topics=rag-systems%2Cz1&q=a+b%21~").toString()).toBe("topics=rag-systems%2Cz1&q=a+b%21%7E");
    expect(formEncode("a b*-._~")).toBe("a+b*-._%7E");
  });

  it("answers plain ASCII without a percent-encoded byte above 0x7F, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.oneof(asciiQuery, fc.string({ maxLength: 30 }), fc.constantFrom("%C3%A9", "%e9", "%7F", "a b")),
        (q) => {
          expect(isAnswerable(`/?${q}`)).toBe(plainAsciiLink(`/?${q}`));
        },
      ),
      { numRuns: 2000 },
    );
    expect(isAnswerable("/?zoom=z1&utm_source=slack")).toBe(true);
    expect(isAnswerable("/?q=caf%C3%A9")).toBe(false);
  });
});

const LUAJIT = "/usr/bin/luajit";
const hasLuajit = required(existsSync(LUAJIT) ? true : undefined, "LuaJIT (Debian luajit2: /usr/bin/luajit)");

describe.runIf(hasLuajit)("the rule compiled to Lua, run by LuaJIT", () => {
  let answers: (links: string[]) => string[];
  let catalogue: Awaited<ReturnType<typeof realCatalogue>>;

  beforeAll(async () => {
    catalogue = await realCatalogue();
    const dir = mkdtempSync(join(tmpdir(), "kmap-lua-rule-"));
    writeFileSync(
      join(dir, `${LUA_VIEW_REDIRECT_MODULE}.lua`),
      luaViewRedirectModule(await compileLuaRule(ROOT), { themes: catalogue.themes, topics: catalogue.topics }),
    );
    // One line in, one line out: the 308's Location, or "" (then the server answers).
    const runner = join(dir, "run.lua");
    writeFileSync(
      runner,
      `package.path = ${JSON.stringify(`${dir}/?.lua;`)} .. package.path\n` +
        `local rule = require(${JSON.stringify(LUA_VIEW_REDIRECT_MODULE)})\n` +
        `for line in io.lines() do io.write(rule.answer(line), "\\n") end\n`,
    );
    answers = (links) => {
      const r = spawnSync(LUAJIT, [runner], { input: `${links.join("\n")}\n`, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`luajit: ${r.stderr}`);
      return r.stdout.split("\n").slice(0, links.length);
    };
  }, 60_000);

  /** The server's answer, as nginx may give it: its Location for what the front answers, else "". */
  const serverAnswer = (link: string) =>
    isAnswerable(link) && !link.startsWith("/search")
      ? (canonicalRedirect(link, { catalogue, prerendered: new Set() }) ?? "")
      : "";

  it("gives the server's Location for 3,000 pasted links, and leaves /search and non-ASCII to it", () => {
    const links = pastedLinks(catalogue, 3000);
    const lua = answers(links);
    links.forEach((link, i) => expect(lua[i], link).toBe(serverAnswer(link)));
    // Not a vacuous match: most links are answered, with and without a notice carried in the fragment.
    expect(lua.filter((l) => l !== "").length).toBeGreaterThan(1500);
    expect(lua.filter((l) => l.includes("#link=")).length).toBeGreaterThan(400);
    expect(
      answers(["/?zoom=z1", "/plan?topics=rag-systems,z1", "/search?q=rag&utm_source=x", "/?zoom=caf%C3%A9"]),
    ).toEqual(["/#link=zoom=z1", "/plan?topics=rag-systems#link=topics=rag-systems%2Cz1", "", ""]);
  });

  it("gives the server's Location for 2,000 generated ASCII queries on each view page", () => {
    const queries = fc.sample(asciiQuery, { numRuns: 2000, seed: 24 });
    const links = queries.map((q, i) => `${["/", "/cooccurrence", "/plan"][i % 3]}?${q}`);
    const lua = answers(links);
    links.forEach((link, i) => expect(lua[i], link).toBe(serverAnswer(link)));
  });
});
