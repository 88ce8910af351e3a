import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  LAYER_LIMITS,
  LAYER_SCHEMA_PATH,
  LayerDocument,
  layerJsonSchema,
  type LayerDocumentInput,
} from "@/lib/domain/layers/format";
import { layerToPlan, planToLayer, readLayer, statusCounts, type LayerCatalogue } from "@/lib/domain/layers/rules";
import { NOTE_MAX_LENGTH } from "@/lib/domain/plan/checklist";
import { realCatalogue } from "../helpers/content";

let catalogue: LayerCatalogue;
beforeAll(async () => {
  const c = await realCatalogue();
  catalogue = { topics: c.topics.map((t) => t.slug), considerations: c.considerations.map((x) => x.slug) };
});

const issueExample: LayerDocumentInput = {
  format: "kmap-layer",
  formatVersion: 1,
  name: "Support bot, Q3",
  description: "",
  datasetVersion: "1.2.0",
  items: [
    { kind: "topic", slug: "rag-systems", status: "addressed", note: "", owner: "" },
    { kind: "consideration", slug: "security-and-privacy", status: "todo" },
  ],
};

const errorsOf = (value: unknown) => {
  const r = readLayer(value, catalogue);
  if (r.ok) throw new Error("expected the layer to be refused");
  return r.errors;
};

describe("the layer format", () => {
  it("reads the issue's example, filling in the defaults", () => {
    const r = readLayer(issueExample, catalogue);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.layer.items[1]).toEqual({
      kind: "consideration",
      slug: "security-and-privacy",
      status: "todo",
      note: "",
      owner: "",
    });
    expect(statusCounts(r.layer)).toEqual({ todo: 1, addressed: 1, "accepted-risk": 0, "not-relevant": 0 });
  });

  it("names an unknown topic and an unknown consideration", () => {
    const errors = errorsOf({
      ...issueExample,
      items: [
        { kind: "topic", slug: "rag-sistems", status: "todo" },
        { kind: "consideration", slug: "rag-systems", status: "todo" },
      ],
    });
    expect(errors).toEqual([
      'items.0: unknown topic "rag-sistems" (see /api/v1/topics for the slugs)',
      'items.1: unknown consideration "rag-systems" (see /api/v1/considerations for the slugs)',
    ]);
  });

  it("refuses an item given twice, but allows a topic and a consideration of the same slug kind apart", () => {
    expect(
      errorsOf({
        ...issueExample,
        items: [...issueExample.items, { kind: "topic", slug: "rag-systems", status: "todo" }],
      }),
    ).toEqual(['items.2: topic "rag-systems" is given twice']);
  });

  it("enforces the limits: note, owner, name, item count", () => {
    const item = { kind: "topic", slug: "rag-systems", status: "todo" };
    expect(errorsOf({ ...issueExample, items: [{ ...item, note: "x".repeat(LAYER_LIMITS.noteLength + 1) }] })).toEqual([
      `items.0.note: note is longer than ${LAYER_LIMITS.noteLength} characters`,
    ]);
    expect(
      readLayer({ ...issueExample, items: [{ ...item, note: "x".repeat(LAYER_LIMITS.noteLength) }] }, catalogue).ok,
    ).toBe(true);
    expect(errorsOf({ ...issueExample, items: [{ ...item, owner: "o".repeat(101) }] })[0]).toMatch(/^items\.0\.owner/);
    expect(errorsOf({ ...issueExample, name: "   " })).toEqual(["name: name must not be empty"]);
    const many = Array.from({ length: LAYER_LIMITS.items + 1 }, () => item);
    expect(errorsOf({ ...issueExample, items: many })).toEqual([`items: at most ${LAYER_LIMITS.items} items`]);
  });

  it("refuses wrong types, unknown fields, other formats and versions, control characters", () => {
    expect(errorsOf(null)[0]).toMatch(/^the document: /);
    expect(errorsOf([])[0]).toMatch(/^the document: /);
    expect(errorsOf({ ...issueExample, extra: 1 })).toEqual(['the document: unknown field "extra"']);
    expect(errorsOf({ ...issueExample, format: "attack-navigator" })).toEqual(['format: must be "kmap-layer"']);
    expect(errorsOf({ ...issueExample, formatVersion: 2 })[0]).toMatch(/formatVersion: 2 is not supported/);
    expect(errorsOf({ ...issueExample, items: [{ kind: "topic", slug: "rag-systems", status: "done" }] })[0]).toMatch(
      /^items\.0\.status: /,
    );
    expect(errorsOf({ ...issueExample, name: "a\u0000b" })).toEqual([
      "name: name must be plain text (no control characters)",
    ]);
    // a lone surrogate is not a character; a pair (an emoji) is
    expect(errorsOf({ ...issueExample, name: "a\ud800b" })).toEqual([
      "name: name must be plain text (no lone surrogates)",
    ]);
    expect(
      errorsOf({ ...issueExample, items: [{ kind: "topic", slug: "rag-systems", status: "todo", note: "\udc00" }] }),
    ).toEqual(["items.0.note: note must be plain text (no lone surrogates)"]);
    expect(readLayer({ ...issueExample, name: "Support bot \u{1f916}" }, catalogue).ok).toBe(true);
    expect(errorsOf({ ...issueExample, datasetVersion: "latest" })[0]).toMatch(/^datasetVersion: /);
    expect(
      errorsOf({
        ...issueExample,
        items: [{ kind: "consideration", slug: "context-management", status: "todo", picked: false }],
      }),
    ).toEqual(['items.0: "picked" is for topics only']);
  });

  it("keeps a note as text, markup and all (it is never HTML)", () => {
    const note = '<img src=x onerror="alert(1)"> & “quotes”\nsecond line';
    const r = readLayer(
      { ...issueExample, items: [{ kind: "topic", slug: "rag-systems", status: "todo", note }] },
      catalogue,
    );
    expect(r.ok && r.layer.items[0].note).toBe(note);
  });
});

describe("plan ⇄ layer", () => {
  it("turns a plan into a layer: picks in order, suggestions with a decision, every consideration", () => {
    const layer = planToLayer(
      {
        picks: ["fine-tuning", "rag-systems"],
        progress: {
          ticks: {
            "topic:rag-systems": true,
            "topic:prompt-engineering": true,
            "consideration:context-management": true,
          },
          notes: { "topic:fine-tuning": "LoRA first", "consideration:security-and-privacy": "Pen test in May" },
        },
      },
      catalogue,
      { name: "Support bot", datasetVersion: "1.3.0" },
    );
    expect(readLayer(layer, catalogue)).toEqual({ ok: true, layer });
    expect(layer.items.slice(0, 3)).toEqual([
      { kind: "topic", slug: "fine-tuning", status: "todo", note: "LoRA first", owner: "" },
      { kind: "topic", slug: "rag-systems", status: "addressed", note: "", owner: "" },
      { kind: "topic", slug: "prompt-engineering", status: "addressed", note: "", owner: "", picked: false },
    ]);
    expect(layer.items.filter((i) => i.kind === "consideration").map((i) => i.slug)).toEqual(catalogue.considerations);
    expect(layer.items.find((i) => i.slug === "security-and-privacy")).toMatchObject({
      status: "todo",
      note: "Pen test in May",
    });
  });

  it("gives back the same plan: any picks, ticks and notes survive plan → layer → plan", () => {
    const item = fc.oneof(
      fc.constantFrom(...catalogue.topics).map((s) => `topic:${s}`),
      fc.constantFrom(...catalogue.considerations).map((s) => `consideration:${s}`),
    );
    const note = fc.string({ minLength: 1, maxLength: NOTE_MAX_LENGTH }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...catalogue.topics)),
        fc.dictionary(item, fc.constant(true as const)),
        fc.dictionary(item, note),
        (picks, ticks, notes) => {
          const plan = { picks, progress: { ticks, notes } };
          const layer = planToLayer(plan, catalogue, { name: "p", datasetVersion: "1.3.0" });
          expect(layerToPlan(layer)).toEqual(plan);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps in a plan what a plan can hold from a layer: addressed ticks, notes cut to the plan's length", () => {
    const layer = LayerDocument.parse({
      ...issueExample,
      items: [
        { kind: "topic", slug: "rag-systems", status: "accepted-risk", note: "n".repeat(400), owner: "Ana" },
        { kind: "consideration", slug: "security-and-privacy", status: "addressed" },
      ],
    });
    expect(layerToPlan(layer)).toEqual({
      picks: ["rag-systems"],
      progress: {
        ticks: { "consideration:security-and-privacy": true },
        notes: { "topic:rag-systems": "n".repeat(NOTE_MAX_LENGTH) },
      },
    });
  });
});

describe(`the published JSON Schema (${LAYER_SCHEMA_PATH})`, () => {
  const schema = layerJsonSchema("https://example.org");
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it("is identified by its address and validates an exported layer, as ajv reads it", () => {
    expect(schema.$id).toBe(`https://example.org${LAYER_SCHEMA_PATH}`);
    const exported = planToLayer(
      { picks: ["rag-systems"], progress: { ticks: { "topic:rag-systems": true }, notes: {} } },
      catalogue,
      { name: "Exported", datasetVersion: "1.3.0" },
    );
    expect(validate(JSON.parse(JSON.stringify(exported))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(issueExample), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses what zod refuses for the format's own rules", () => {
    for (const bad of [
      { ...issueExample, formatVersion: 2 },
      { ...issueExample, extra: true },
      { ...issueExample, items: [{ kind: "topic", slug: "Not A Slug", status: "todo" }] },
      { ...issueExample, items: [{ kind: "topic", slug: "rag-systems", status: "done" }] },
      { ...issueExample, items: [{ kind: "topic", slug: "rag-systems", status: "todo", note: "x".repeat(1001) }] },
      { ...issueExample, name: undefined },
    ]) {
      expect(validate(bad), JSON.stringify(bad).slice(0, 80)).toBe(false);
      expect(LayerDocument.safeParse(bad).success).toBe(false);
    }
  });
});

describe("the design-review record (Markdown)", () => {
  it("gives per item the decision, the evidence, the owner and the note, as text", async () => {
    const { layerMarkdown, entryKey } = await import("@/lib/domain/layers/markdown");
    const layer = LayerDocument.parse({
      ...issueExample,
      items: [
        {
          kind: "topic",
          slug: "rag-systems",
          status: "accepted-risk",
          note: "Stale index <b>risk</b>\nreviewed",
          owner: "Ana",
        },
        { kind: "consideration", slug: "security-and-privacy", status: "todo" },
      ],
    });
    const md = layerMarkdown(
      layer,
      new Map([
        [entryKey("topic", "rag-systems"), { name: "RAG Systems", videoCount: 72, share: 40.4 }],
        [entryKey("consideration", "security-and-privacy"), { name: "Security and Privacy" }],
      ]),
      { siteUrl: "https://example.org", layerPath: "/layers/abc", revision: 3 },
    );
    expect(md).toContain("# Design review: Support bot, Q3\n");
    expect(md).toContain("- Team plan: https://example.org/layers/abc (revision 3)");
    expect(md).toContain("- Decisions: 1 to do, 0 addressed, 1 accepted risk, 0 not relevant");
    expect(md).toContain(
      "### RAG Systems\n\n- Decision: Accepted risk\n" +
        "- Evidence: https://example.org/topics/rag-systems — 72 videos, 40.4% (Mailach et al.)\n" +
        "- Owner: Ana\n- Note:\n\n  > Stale index \\<b\\>risk\\</b\\>\n  > reviewed\n",
    );
    expect(md).toContain(
      "### Security and Privacy\n\n- Decision: To do\n- Evidence: https://example.org/considerations/",
    );
  });
});

describe("the layer endpoints' HTTP rules", () => {
  it("reads If-Match and the bearer token strictly", async () => {
    const { bearerToken, ifMatchRevision, layerEtag } = await import("@/lib/domain/layers/http");
    expect(layerEtag(3)).toBe('"r3"');
    expect(ifMatchRevision('"r3"')).toBe(3);
    for (const h of [null, "*", 'W/"r3"', '"r3", "r4"', '"3"', '"r0"', '"r01"']) expect(ifMatchRevision(h)).toBeNull();
    expect(bearerToken("Bearer Vt3xq0Wm7l1P2cQv9yJr4s8A")).toBe("Vt3xq0Wm7l1P2cQv9yJr4s8A");
    for (const h of [null, "Basic abc", "Bearer", "Bearer short", "Bearer a b"]) expect(bearerToken(h)).toBeNull();
  });

  it("limits writes per client in a sliding window made of two fixed ones, with the seconds to wait", async () => {
    const { currentCapacity, rateWindow, retryAfterSeconds } = await import("@/lib/domain/layers/http");
    const limit = { max: 60, windowMs: 60_000 };
    expect(rateWindow(125_500, 60_000)).toEqual({ bucket: 2, elapsed: 5_500 });
    // a fresh client: the whole limit; the previous window weighs less as the current one ages
    expect(currentCapacity(limit, 0, 0)).toBe(60);
    expect(currentCapacity(limit, 60, 0)).toBe(0);
    expect(currentCapacity(limit, 60, 30_000)).toBe(30);
    expect(currentCapacity(limit, 40, 45_000)).toBe(50);
    expect(currentCapacity(limit, 60, 59_999)).toBe(59);
    // full with 30 + 60 × ½ at 30 s: one place frees when the previous window weighs 29, at 31 s
    expect(retryAfterSeconds(limit, 60, 30, 30_000)).toBe(1);
    expect(retryAfterSeconds(limit, 60, 20, 10_000)).toBe(11); // 20 + 60 × (1 − t/60) ≤ 59 from t = 21 s
    // the current window full by itself: into the next one, until its 60 weigh at most 59 (1 s in)
    expect(retryAfterSeconds(limit, 0, 60, 15_000)).toBe(46);
    expect(retryAfterSeconds(limit, 0, 60, 59_999)).toBe(2);
    expect(retryAfterSeconds(limit, 5, 60, 60_000 - 1)).toBeGreaterThanOrEqual(1);
    // whatever the counts, the wait is a whole number of seconds, at least 1, at most two windows
    for (const [p, c, e] of [
      [0, 60, 0],
      [60, 0, 0],
      [59, 1, 1],
      [100, 100, 30_000],
    ]) {
      const wait = retryAfterSeconds(limit, p, c, e);
      expect(Number.isInteger(wait) && wait >= 1 && wait <= 120, `${p} ${c} ${e}: ${wait}`).toBe(true);
    }
  });
});

describe("comparing two layers", () => {
  it("pairs every item, marks differences and what one side addressed while the other left it open", async () => {
    const { compareLayers, comparisonCounts } = await import("@/lib/domain/layers/compare");
    const a = LayerDocument.parse({
      ...issueExample,
      items: [
        { kind: "topic", slug: "rag-systems", status: "addressed" },
        { kind: "topic", slug: "fine-tuning", status: "accepted-risk" },
        { kind: "consideration", slug: "security-and-privacy", status: "addressed" },
      ],
    });
    const b = LayerDocument.parse({
      ...issueExample,
      items: [
        { kind: "topic", slug: "rag-systems", status: "todo" },
        { kind: "topic", slug: "fine-tuning", status: "accepted-risk" },
        { kind: "consideration", slug: "context-management", status: "addressed" },
      ],
    });
    const rows = compareLayers(a, b);
    expect(rows.map((r) => [r.slug, r.a?.status ?? null, r.b?.status ?? null, r.differs, r.addressedOnlyIn])).toEqual([
      ["rag-systems", "addressed", "todo", true, "a"],
      ["fine-tuning", "accepted-risk", "accepted-risk", false, null],
      ["security-and-privacy", "addressed", null, true, "a"],
      ["context-management", null, "addressed", true, "b"],
    ]);
    expect(comparisonCounts(rows)).toEqual({ items: 4, differ: 3, addressedOnlyInA: 2, addressedOnlyInB: 1 });
  });
});
