/**
 * The shapes the layer endpoints answer with (the `data` of the envelope). The layer document
 * itself is lib/domain/layers/format.ts, the one definition of the file format.
 */
import { z } from "zod";
import { LayerDocument, LAYER_LIMITS } from "../domain/layers/format";

export const LayerId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{24}$/, "must be a layer id (24 characters of base64url)")
  .meta({ description: "A layer's id: 144 random bits, base64url", example: "Vt3xq0Wm7l1P2cQv9yJr4s8A" });
export const LayerParams = z.strictObject({ id: LayerId });
export const RevisionNumber = z.coerce
  .number()
  .int("must be a whole number")
  .min(1)
  .max(1e9)
  .meta({ description: "A revision of the layer (1 is its creation)", example: 1 });
export const LayerRevisionParams = z.strictObject({ id: LayerId, revision: RevisionNumber });

const Revision = z.int().min(1).meta({ description: "The revision: 1 on creation, +1 on every save or restore" });

export const LayerRecord = z
  .object({
    id: LayerId,
    revision: Revision,
    savedAt: z.iso.datetime().meta({ description: "When this revision was saved" }),
    layer: LayerDocument,
  })
  .meta({ id: "LayerRecord" });
export type LayerRecord = z.infer<typeof LayerRecord>;

export const LayerCreated = LayerRecord.extend({
  editToken: z.string().meta({
    description:
      "The edit token, shown this once and stored only as a hash: send it as `Authorization: Bearer <token>`. " +
      "Keep it out of read links (the edit link carries it in the URL fragment, which browsers never send).",
  }),
  readUrl: z.string().meta({ description: "The page of the layer (read-only)" }),
  editUrl: z.string().meta({ description: "The edit page, with the token in the fragment (#token=…)" }),
}).meta({ id: "LayerCreated" });

export const LayerRevisionSummary = z
  .object({
    revision: Revision,
    savedAt: z.iso.datetime(),
    name: z.string(),
    items: z.int().min(0).max(LAYER_LIMITS.items),
    current: z.boolean(),
  })
  .meta({ id: "LayerRevisionSummary" });

export const LayerDeleted = z.object({ id: LayerId, deleted: z.literal(true) }).meta({ id: "LayerDeleted" });
