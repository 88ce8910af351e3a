/**
 * server/njs-runtime.js stands in for what Debian's njs 0.7 lacks when nginx runs the view pages' redirect rule.
 * Its form decoding and encoding must be the WHATWG ones for every URL it answers, and it must answer only what it
 * can answer exactly (plain ASCII, no percent-encoded byte above 0x7F). Run here in a fresh V8 context, against
 * Node's own URLSearchParams.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/content";
import { plainAsciiLink } from "../helpers/pasted-links";

interface NjsParams {
  toString(): string;
  forEach(fn: (value: string, name: string) => void): void;
  get(name: string): string | null;
}
interface NjsRuntime {
  URLSearchParams: new (init?: string) => NjsParams;
  isAnswerable(uri: string): boolean;
}
const runtime = runInNewContext(`${readFileSync(join(ROOT, "server/njs-runtime.js"), "utf8")}\nkmapNjs`, {
  encodeURIComponent,
}) as NjsRuntime;

/** What nginx hands the rule: printable ASCII, with some percent escapes (valid or not) mixed in. */
const asciiQuery = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("%41", "%2B", "%7e", "%zz", "%", "+", "=", "&"),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("the njs runtime", () => {
  it("decodes, walks and re-encodes a query exactly as URLSearchParams does, for every URL it answers", () => {
    fc.assert(
      fc.property(asciiQuery, (query) => {
        fc.pre(runtime.isAnswerable(`/?${query}`));
        const ours = new runtime.URLSearchParams(query);
        const whatwg = new URLSearchParams(query);
        expect(ours.toString()).toBe(whatwg.toString());
        const pairs = (params: NjsParams | URLSearchParams) => {
          const out: string[][] = [];
          params.forEach((value, name) => out.push([name, value]));
          return out;
        };
        expect(pairs(ours)).toEqual(pairs(whatwg));
      }),
      { numRuns: 2000 },
    );
    expect(new runtime.URLSearchParams("topics=rag-systems%2Cz1&q=a+b%21~").toString()).toBe(
      "topics=rag-systems%2Cz1&q=a+b%21%7E",
    );
  });

  it("answers plain ASCII without a percent-encoded byte above 0x7F, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.oneof(asciiQuery, fc.string({ maxLength: 30 }), fc.constantFrom("%C3%A9", "%e9", "%7F", "a b")),
        (q) => {
          expect(runtime.isAnswerable(`/?${q}`)).toBe(plainAsciiLink(`/?${q}`));
        },
      ),
      { numRuns: 2000 },
    );
    expect(runtime.isAnswerable("/?zoom=z1&utm_source=slack")).toBe(true);
    expect(runtime.isAnswerable("/?q=caf%C3%A9")).toBe(false);
  });
});
