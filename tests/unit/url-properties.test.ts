/**
 * Properties of the URL ⇄ view-state modules, over the real catalogue's slugs: every valid state
 * survives serialise → parse unchanged and without a notice, and no link, however odd, makes a
 * parser throw or yields a state the page could not show.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEASURES } from "@/lib/domain/heatmap/matrix";
import { ORDERINGS } from "@/lib/domain/heatmap/order";
import { parseHeatmapState, serializeHeatmapState, type HeatmapState } from "@/lib/domain/heatmap/url";
import { parseTreemapState, serializeTreemapState, type TreemapState } from "@/lib/domain/treemap/url";
import { MAX_PLAN_ITEMS, parsePlanTopics, planNotice, planQuery } from "@/lib/domain/plan/url";
import { clipForNotice } from "@/lib/domain/url-params";
import { realCatalogue } from "../helpers/content";

const catalogue = await realCatalogue();
const topicSlugs = catalogue.topics.map((t) => t.slug);
const themeSlugs = catalogue.themes.map((t) => t.slug);
const known = new Set(topicSlugs);
const treemapCatalogue = { themes: catalogue.themes, topics: catalogue.topics };
const RUNS = { numRuns: 500 };

/** Text of one and two UTF-16 units (an emoji is two), long enough to be clipped in a notice. */
const mixedText = fc.string({ unit: fc.constantFrom("a", "-", "é", "😀", "👍🏽"), minLength: 30, maxLength: 80 });
/** Any text, including what a URL can carry: every code point, percent escapes, `&`, `=`, `~`, `,`. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  mixedText,
  fc.string({ unit: fc.constantFrom("&", "=", "~", ",", "%", "+", " ", "a", "-", "%7E", "%2C", "%F0%9F%98%80") }),
);
/** A value for one of a module's own keys: mostly near-misses of real values. */
const nearValue = (real: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...real),
    anyText,
    fc.tuple(fc.constantFrom(...real), fc.constantFrom(...real)).map(([a, b]) => `${a}~${b}`),
    fc.tuple(fc.constantFrom(...real), anyText).map(([a, b]) => `${a}${b}`),
  );
/** A query as a string, as URLSearchParams, or as Next's searchParams record (arrays for repeated keys). */
const anyParams = (keys: readonly string[], real: readonly string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), anyText), nearValue(real)), { maxLength: 8 }).chain((entries) =>
    fc.constantFrom<"search" | "record" | "raw">("search", "record", "raw").map((form) => {
      if (form === "search") return new URLSearchParams(entries);
      if (form === "raw") return new URLSearchParams(entries.map(([k, v]) => `${k}=${v}`).join("&"));
      const record: Record<string, string | string[]> = {};
      for (const [k, v] of entries) {
        const had = Object.hasOwn(record, k) ? record[k] : undefined;
        record[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
      }
      return record;
    }),
  );
const asSearch = (query: string) => new URLSearchParams(query.replace(/^\?/, ""));

describe("heatmap URL state", () => {
  const validState: fc.Arbitrary<HeatmapState> = fc.record({
    cell: fc.option(fc.tuple(fc.constantFrom(...topicSlugs), fc.constantFrom(...topicSlugs)), { nil: null }),
    order: fc.constantFrom(...ORDERINGS),
    value: fc.constantFrom(...MEASURES),
    view: fc.constantFrom<HeatmapState["view"]>("matrix", "table"),
  });
  const isValid = (s: HeatmapState) =>
    (s.cell === null || (s.cell.length === 2 && s.cell.every((slug) => known.has(slug)))) &&
    ORDERINGS.includes(s.order) &&
    MEASURES.includes(s.value) &&
    (s.view === "matrix" || s.view === "table");

  it("parse(serialise(state)) is the state, with no notice", () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseHeatmapState(asSearch(serializeHeatmapState(state)), known)).toEqual({ state, notices: [] });
      }),
      RUNS,
    );
  });
  it("any link parses without throwing to a valid state, which then round-trips", () => {
    fc.assert(
      fc.property(anyParams(["cell", "order", "value", "view"], [...topicSlugs, ...ORDERINGS, ...MEASURES]), (p) => {
        const { state, notices } = parseHeatmapState(p, known);
        expect(isValid(state)).toBe(true);
        for (const n of notices) expect(n.isWellFormed()).toBe(true);
        expect(parseHeatmapState(asSearch(serializeHeatmapState(state)), known).state).toEqual(state);
      }),
      RUNS,
    );
  });
});

describe("treemap URL state", () => {
  const themeOf = new Map(catalogue.topics.map((t) => [t.slug, t.theme]));
  // A topic, when a theme is zoomed, is one of that theme's (the parser unzooms otherwise, with a notice).
  const validState: fc.Arbitrary<TreemapState> = fc
    .record({
      zoom: fc.option(fc.constantFrom(...themeSlugs), { nil: null }),
      topic: fc.option(fc.constantFrom(...topicSlugs), { nil: null }),
      color: fc.constantFrom<TreemapState["color"]>("theme", "phase"),
      view: fc.constantFrom<TreemapState["view"]>("chart", "table"),
    })
    .filter((s) => s.zoom === null || s.topic === null || themeOf.get(s.topic) === s.zoom);
  const isValid = (s: TreemapState) =>
    (s.zoom === null || themeSlugs.includes(s.zoom)) &&
    (s.topic === null || known.has(s.topic)) &&
    (s.zoom === null || s.topic === null || themeOf.get(s.topic) === s.zoom) &&
    (s.color === "theme" || s.color === "phase") &&
    (s.view === "chart" || s.view === "table");

  it("parse(serialise(state)) is the state, with no notice", () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseTreemapState(asSearch(serializeTreemapState(state)), treemapCatalogue)).toEqual({
          state,
          notices: [],
        });
      }),
      RUNS,
    );
  });
  it("any link parses without throwing to a valid state, which then round-trips", () => {
    fc.assert(
      fc.property(
        anyParams(["zoom", "topic", "color", "view"], [...themeSlugs, ...topicSlugs, "theme", "phase", "table"]),
        (p) => {
          const { state, notices } = parseTreemapState(p, treemapCatalogue);
          expect(isValid(state)).toBe(true);
          for (const n of notices) expect(n.isWellFormed()).toBe(true);
          expect(parseTreemapState(asSearch(serializeTreemapState(state)), treemapCatalogue).state).toEqual(state);
        },
      ),
      RUNS,
    );
  });
});

describe("plan URL state", () => {
  const validPicks = fc.uniqueArray(fc.constantFrom(...topicSlugs), { maxLength: topicSlugs.length });
  const parseQuery = (query: string) => parsePlanTopics(new URLSearchParams(query).getAll("topics"), topicSlugs);

  it("parse(serialise(picks)) is the picks, in their order, with nothing unknown or ignored", () => {
    fc.assert(
      fc.property(validPicks, (picks) => {
        expect(parseQuery(planQuery(picks))).toEqual({ picks, unknown: [], ignored: 0 });
      }),
      RUNS,
    );
  });
  it("any link parses without throwing to known, distinct picks and a notice for the rest", () => {
    const raw = fc.oneof(
      fc.constant(null),
      nearValue(topicSlugs),
      fc.array(nearValue(topicSlugs), { maxLength: 6 }),
      fc.array(fc.constantFrom(...topicSlugs, "nope", " ", ""), { maxLength: 60 }).map((v) => v.join(",")),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const parsed = parsePlanTopics(value, topicSlugs);
        expect(parsed.picks.every((p) => known.has(p))).toBe(true);
        expect(new Set(parsed.picks).size).toBe(parsed.picks.length);
        expect(new Set(parsed.unknown).size).toBe(parsed.unknown.length);
        for (const u of parsed.unknown) expect(known.has(u) || u === "" || u.includes(",")).toBe(false);
        expect(parsed.picks.length + parsed.unknown.length).toBeLessThanOrEqual(MAX_PLAN_ITEMS);
        expect(parsed.ignored).toBeGreaterThanOrEqual(0);
        const notice = planNotice(parsed);
        expect(notice === null).toBe(parsed.unknown.length === 0 && parsed.ignored === 0);
        expect(notice?.isWellFormed() ?? true).toBe(true);
        expect(parseQuery(planQuery(parsed.picks)).picks).toEqual(parsed.picks);
      }),
      RUNS,
    );
  });
});

describe("a URL value quoted in a notice", () => {
  it("is cut at 60 characters without splitting one in two", () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: "grapheme", maxLength: 120 })), (value) => {
        const clipped = clipForNotice(value);
        expect(clipped.isWellFormed()).toBe(true);
        expect(clipped === value || (clipped.endsWith("…") && value.startsWith(clipped.slice(0, -1)))).toBe(true);
        expect(clipped.length).toBeLessThanOrEqual(61);
      }),
      RUNS,
    );
  });
  it("an emoji straddling the cut is left out whole", () => {
    expect(clipForNotice(`${"a".repeat(59)}😀tail`)).toBe(`${"a".repeat(59)}…`);
  });
});
