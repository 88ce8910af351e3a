/**
 * The shape of a committed release file (releases/<version>.json, lib/domain/release/format.ts) and of the catalogue
 * snapshot inside it. The snapshot schema is every version's shape at once: fields that later versions added
 * (guides and considerations from 1.1.0, keywords from 1.1.0, pair kinds, theme origins and findings from 1.2.0)
 * are optional, and objects keep fields this schema does not name, so reading never changes a release.
 */
import { z } from "zod";
import { IsoDate } from "./common";

const Hash = z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 hex digest");
const Entry = { slug: z.string(), name: z.string() };

export const SnapshotTopic = z.looseObject({
  ...Entry,
  theme: z.string(),
  position: z.number(),
  videoCount: z.number(),
  share: z.number(),
  section: z.string(),
  summary: z.string(),
  aliases: z.array(z.string()).default([]),
  keywords: z.array(z.string()).optional(),
  phases: z.array(z.looseObject({ phase: z.string(), rationale: z.string() })),
  quotes: z.array(z.looseObject({ video: z.string(), text: z.string() })),
});

export const SnapshotCatalogue = z.looseObject({
  dataset: z.looseObject({
    version: z.string(),
    releasedAt: IsoDate,
    title: z.string(),
    description: z.string(),
    contentHash: Hash,
  }),
  sources: z.array(z.looseObject({ slug: z.string(), title: z.string() })),
  guides: z.array(z.looseObject({ slug: z.string(), title: z.string(), note: z.string() })).optional(),
  considerations: z
    .array(
      z.looseObject({
        ...Entry,
        position: z.number(),
        summary: z.string(),
        topics: z.array(z.looseObject({ topic: z.string(), rationale: z.string() })),
        unmappedNote: z.string().optional(),
      }),
    )
    .optional(),
  study: z.looseObject({ slug: z.string(), shareDenominator: z.number(), videosAnalysed: z.number() }),
  phases: z.array(z.looseObject({ ...Entry, position: z.number(), summary: z.string() })),
  themes: z.array(
    z.looseObject({
      ...Entry,
      position: z.number(),
      videoCount: z.number(),
      share: z.number(),
      section: z.string(),
      summary: z.string(),
      origin: z.string().optional(),
      originEvidence: z.string().optional(),
    }),
  ),
  topics: z.array(SnapshotTopic),
  pairs: z.array(
    z.looseObject({
      a: z.string(),
      b: z.string(),
      count: z.number(),
      evidence: z.string(),
      kind: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  videos: z.array(z.looseObject({ id: z.string() })),
  findings: z
    .looseObject({
      conclusions: z.array(z.looseObject({ slug: z.string(), title: z.string(), summary: z.string() })),
      limits: z.array(z.looseObject({ slug: z.string(), title: z.string(), summary: z.string() })),
    })
    .optional(),
});

export const ReleaseFileSchema = z.strictObject({
  format: z.literal(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.3.0"),
  releasedAt: IsoDate,
  contentHash: Hash,
  checksum: Hash,
  origin: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("release-command") }),
    z.strictObject({ kind: z.literal("recovered"), commit: z.string().regex(/^[0-9a-f]{40}$/) }),
  ]),
  notes: z.array(z.string().min(1)),
  files: z.record(z.string(), z.string()),
  catalogue: z.unknown(),
});
