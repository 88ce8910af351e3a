/**
 * The layer file format, defined once: a team's decisions over the map. The API
 * validates request bodies with `LayerDocument`, the pages import and export it, and the JSON
 * Schema published at /schemas/kmap-layer-1.json is generated from it (`layerJsonSchema`).
 *
 * Objects are strict: an unknown field is an error, so a typo never passes for data. Fields of
 * our own beyond the sketch: `picked` on a topic item (false: a topic the plan did not
 * pick but whose decision was kept, e.g. a suggestion ticked as considered).
 */
import { z } from "zod";
import { SLUG_PATTERN } from "../slug";

export const LAYER_FORMAT = "kmap-layer";
export const LAYER_FORMAT_VERSION = 1;
export const LAYER_SCHEMA_PATH = "/schemas/kmap-layer-1.json";

/** The limits of a layer; the API answers 400 past any of them, 413 past MAX_LAYER_BODY_BYTES. */
export const LAYER_LIMITS = {
  nameLength: 120,
  descriptionLength: 2_000,
  noteLength: 1_000,
  ownerLength: 100,
  items: 100,
  slugLength: 100,
} as const;

/** The largest request body a layer write may have (bytes, UTF-8): 100 items of full notes fit. */
export const MAX_LAYER_BODY_BYTES = 512 * 1024;

export const LAYER_STATUSES = ["todo", "addressed", "accepted-risk", "not-relevant"] as const;
export type LayerStatus = (typeof LAYER_STATUSES)[number];

export const LAYER_ITEM_KINDS = ["topic", "consideration"] as const;
export type LayerItemKind = (typeof LAYER_ITEM_KINDS)[number];

/** Plain text: any character but the C0/C1 controls other than tab and line breaks. */
const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;
/** A lone surrogate (`"\ud800"` in JSON): not a character, so not text. */
const LONE_SURROGATE = /\p{Cs}/u;
const plainText = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} is longer than ${max} characters`)
    .regex(PLAIN_TEXT, `${what} must be plain text (no control characters)`)
    .refine((s) => !LONE_SURROGATE.test(s), `${what} must be plain text (no lone surrogates)`);

export const LayerItem = z
  .strictObject({
    kind: z.enum(LAYER_ITEM_KINDS).meta({ description: "What the slug names" }),
    slug: z
      .string()
      .max(LAYER_LIMITS.slugLength)
      .regex(SLUG_PATTERN, "must be a kebab-case slug (a-z, 0-9 and single hyphens)")
      .meta({ description: "A topic's or consideration's slug in the catalogue", examples: ["rag-systems"] }),
    status: z.enum(LAYER_STATUSES).meta({ description: "The team's decision" }),
    note: plainText(LAYER_LIMITS.noteLength, "note")
      .default("")
      .meta({ description: `Plain text, at most ${LAYER_LIMITS.noteLength} characters; shown as text, never HTML` }),
    owner: plainText(LAYER_LIMITS.ownerLength, "owner")
      .default("")
      .meta({ description: "Who owns the decision (free text)" }),
    picked: z
      .boolean()
      .optional()
      .meta({ description: "Topics only: false for a topic kept for its decision but not picked in the plan" }),
  })
  .meta({ id: "LayerItem" });
export type LayerItem = z.output<typeof LayerItem>;

export const LayerDocument = z
  .strictObject({
    format: z.literal(LAYER_FORMAT),
    formatVersion: z.literal(LAYER_FORMAT_VERSION),
    name: plainText(LAYER_LIMITS.nameLength, "name")
      .refine((s) => s.trim() !== "", "name must not be empty")
      .meta({ examples: ["Support bot, Q3"] }),
    description: plainText(LAYER_LIMITS.descriptionLength, "description").default(""),
    datasetVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, "must be a dataset version like 1.3.0")
      .meta({ description: "The dataset version the layer was made on", examples: ["1.3.0"] }),
    items: LayerItem.array().max(LAYER_LIMITS.items, `at most ${LAYER_LIMITS.items} items`),
  })
  .meta({ id: "KmapLayer", title: "Knowledge map layer, format version 1" });
/** A layer as validated (defaults filled in). */
export type LayerDocument = z.output<typeof LayerDocument>;
/** A layer as it may be written (note, owner and description may be left out). */
export type LayerDocumentInput = z.input<typeof LayerDocument>;

/** The published JSON Schema (draft 2020-12) of a layer file, as written by people: defaults are optional. */
export function layerJsonSchema(siteUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(LayerDocument, { io: "input", target: "draft-2020-12", reused: "inline" });
  return { ...schema, $id: `${siteUrl.replace(/\/$/, "")}${LAYER_SCHEMA_PATH}` };
}
