/**
 * The public JSON API's shapes (/api/v1). The endpoint table (lib/api/endpoints.ts) names, per endpoint, the
 * request schemas the route handlers validate with and the response schema their results are typed by; the tests
 * validate responses with the same schemas and the OpenAPI document (lib/api/openapi.ts) is built from them.
 */
import { z } from "zod";
import {
  IsoDate,
  PairKind,
  PaperSection,
  Provenance,
  SharePercent,
  Slug,
  ThemeOrigin,
  VideoCount,
  VideoId,
} from "./common";
import { ENTRY_KINDS } from "../domain/release/compare";
import { RELATION_LABELS } from "../domain/plan/relation";

export const DatasetVersionInfo = z
  .object({
    version: z.string().meta({ example: "1.0.0" }),
    releasedAt: IsoDate,
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: "sha256 of every file in content/" }),
  })
  .meta({ id: "DatasetVersion" });
export type DatasetVersionInfo = z.infer<typeof DatasetVersionInfo>;

export const Meta = z.object({ datasetVersion: DatasetVersionInfo }).meta({ id: "Meta" });

const Figures = {
  videoCount: VideoCount,
  share: SharePercent,
  shareDenominator: z.int().positive().meta({
    description: "The number the paper divided by to get share (178, although 189 videos were analysed)",
    example: 178,
  }),
  section: PaperSection.meta({ description: "Paper section the figures come from", example: "IV-A1" }),
};

export const Theme = z
  .object({
    slug: Slug,
    name: z.string(),
    position: z.int(),
    ...Figures,
    summary: z.string(),
    topics: z.array(Slug).meta({ description: "Topic slugs, in the paper's order" }),
    origin: ThemeOrigin,
    originEvidence: z
      .string()
      .nullable()
      .meta({ description: "The paper's sentence that places the theme, verbatim; null when it does not" }),
  })
  .meta({ id: "Theme" });
export type Theme = z.infer<typeof Theme>;

export const Topic = z
  .object({
    slug: Slug,
    name: z.string(),
    theme: Slug.meta({ description: "Slug of the topic's theme" }),
    position: z.int().meta({ description: "Order within its theme" }),
    ...Figures,
    phases: z.array(Slug).meta({ description: "Lifecycle phase slugs (editorial mapping)" }),
    keywords: z.array(z.string()).meta({
      description: "Search terms for what the topic covers: some the paper's words, some ours; search matches them",
      example: ["vector database", "chunking"],
    }),
  })
  .meta({ id: "Topic" });
export type Topic = z.infer<typeof Topic>;

export const ThemeDetail = Theme.extend({
  topicSummaries: z.array(Topic).meta({ description: "The theme's topics, in the paper's order" }),
}).meta({ id: "ThemeDetail" });
export type ThemeDetail = z.infer<typeof ThemeDetail>;

export const Quote = z
  .object({
    video: VideoId,
    topic: Slug,
    text: z.string().meta({ description: "Verbatim from the paper; [..] marks the paper's own omissions" }),
  })
  .meta({ id: "Quote" });
export type Quote = z.infer<typeof Quote>;

export const PhaseLink = z
  .object({
    phase: Slug,
    topic: Slug,
    rationale: z.string(),
    editorial: z.literal(true).meta({ description: "Always true: the topic↔phase mapping is ours, not the papers'" }),
  })
  .meta({ id: "PhaseLink" });
export type PhaseLink = z.infer<typeof PhaseLink>;

export const TopicPair = z
  .object({
    a: Slug,
    b: Slug,
    count: z
      .int()
      .min(0)
      .nullable()
      .meta({ description: "Videos discussing both topics; null when unknown (never 0 for unknown)" }),
    provenance: Provenance,
    evidence: z.string().nullable().meta({ description: "The paper's sentence, for reported pairs" }),
    kind: PairKind.nullable().meta({
      description: "The paper's group for a reported pair (Section IV-B); null for pairs it does not report",
    }),
    note: z
      .string()
      .nullable()
      .meta({ description: "Set where the reported count contradicts other figures of the paper" }),
    computedCount: z
      .int()
      .min(0)
      .nullable()
      .meta({ description: "Joint videos counted from imported video→topic assignments; null when none are imported" }),
  })
  .meta({ id: "TopicPair" });
export type TopicPair = z.infer<typeof TopicPair>;

export const TopicDetail = Topic.extend({
  summary: z.string().meta({ description: "Our summary of the paper's findings (Markdown)" }),
  themeName: z.string(),
  quotes: z.array(Quote),
  phaseLinks: z.array(PhaseLink),
  pairs: z
    .array(TopicPair)
    .meta({ description: "Pairs with this topic whose count is known (reported or computed), largest first" }),
}).meta({ id: "TopicDetail" });
export type TopicDetail = z.infer<typeof TopicDetail>;

export const Phase = z
  .object({
    slug: Slug,
    name: z.string(),
    position: z.int(),
    summary: z.string(),
    topics: z.array(Slug),
  })
  .meta({ id: "Phase" });
export type Phase = z.infer<typeof Phase>;

export const PhaseDetail = Phase.extend({ links: z.array(PhaseLink) }).meta({ id: "PhaseDetail" });
export type PhaseDetail = z.infer<typeof PhaseDetail>;

export const Video = z
  .object({
    id: VideoId,
    title: z.string().nullable().meta({ description: "null: not given in the source" }),
    url: z.url().nullable().meta({ description: "null: not given in the source" }),
    channel: z.string().nullable(),
    quoteCount: z.int().min(0),
    topics: z.array(Slug).meta({ description: "Topics this video is quoted for or assigned to" }),
  })
  .meta({ id: "Video" });
export type Video = z.infer<typeof Video>;

export const VideoDetail = Video.extend({ quotes: z.array(Quote) }).meta({ id: "VideoDetail" });
export type VideoDetail = z.infer<typeof VideoDetail>;

export const Cooccurrence = z
  .object({
    topics: z.array(Slug),
    pairs: z.array(TopicPair).meta({ description: "Every unordered pair once, a < b" }),
  })
  .meta({ id: "Cooccurrence" });
export type Cooccurrence = z.infer<typeof Cooccurrence>;

export const Finding = z
  .object({
    slug: Slug,
    group: z.enum(["conclusion", "limit"]).meta({
      description: "conclusion: from the paper's Discussion (Section V); limit: a limit of its method",
    }),
    position: z.int().meta({ description: "Order within its group" }),
    title: z.string(),
    section: z.string().meta({ description: "Paper section the sentences come from", example: "V" }),
    summary: z.string().meta({ description: "Our own words, no firmer than the paper" }),
    evidence: z.array(z.string()).meta({ description: "The paper's sentences, verbatim" }),
    topics: z.array(Slug).meta({ description: "Topics the finding concerns" }),
  })
  .meta({ id: "Finding" });
export type Finding = z.infer<typeof Finding>;

export const GuideSource = z
  .object({
    slug: Slug,
    kind: z.literal("guide-page"),
    title: z.string().meta({ description: "The page title as our copy gives it" }),
    author: z.null().meta({ description: "Always null: the page names no author" }),
    published: z.null().meta({ description: "Always null: the page states no publication date" }),
    url: z.null().meta({ description: "Always null: the page gives no address" }),
    frontMatterDate: z
      .string()
      .nullable()
      .meta({ description: "The `date` in the copy's front matter, verbatim; not a publication date" }),
    note: z.string(),
    role: z.string(),
  })
  .meta({ id: "GuideSource" });
export type GuideSource = z.infer<typeof GuideSource>;

export const ConsiderationTopicLink = z
  .object({
    topic: Slug,
    rationale: z.string(),
    editorial: z
      .literal(true)
      .meta({ description: "Always true: the consideration↔topic mapping is ours, not the sources'" }),
  })
  .meta({ id: "ConsiderationTopicLink" });
export type ConsiderationTopicLink = z.infer<typeof ConsiderationTopicLink>;

export const Consideration = z
  .object({
    slug: Slug,
    name: z.string().meta({ description: "As the guide page names it" }),
    position: z.int().meta({ description: "Order on the guide page" }),
    summary: z.string().meta({ description: "Our own description" }),
    source: Slug.meta({ description: "Slug of the guide page it comes from" }),
    topics: z
      .array(ConsiderationTopicLink)
      .meta({ description: "Editorial mapping to practitioner topics; empty when the videos do not single it out" }),
    unmappedNote: z.string().nullable().meta({ description: "Why no topic is mapped (only when topics is empty)" }),
  })
  .meta({ id: "Consideration" });
export type Consideration = z.infer<typeof Consideration>;

export const ConsiderationDetail = Consideration.extend({ guide: GuideSource }).meta({ id: "ConsiderationDetail" });
export type ConsiderationDetail = z.infer<typeof ConsiderationDetail>;

export const PlanSuggestion = z
  .object({
    slug: Slug,
    name: z.string(),
    count: z
      .int()
      .min(0)
      .meta({ description: "Joint videos with the pick named in evidence.with (the strongest known pair)" }),
    provenance: z
      .enum(["reported", "computed"])
      .meta({ description: "Only known counts rank; unknown pairs are listed in notReported" }),
    kind: PairKind.nullable().meta({
      description:
        "The paper's group (Section IV-B) of the pair in evidence: architecture (Architecture-based " +
        "Co-Occurrences), alternatives (Alternative Design Choices), tools (Tools and Frameworks for Realization); " +
        "null for computed counts",
    }),
    relation: z.enum(RELATION_LABELS).meta({
      description: "How the plan words the suggestion, from kind (discussed with: computed, no kind)",
    }),
    evidence: z.object({
      with: Slug.meta({ description: "The picked topic the count is with" }),
      sentence: z.string().nullable().meta({ description: "The paper's sentence, for reported counts" }),
      note: z
        .string()
        .nullable()
        .meta({ description: "Set where the reported count contradicts the paper's other figures" }),
      inconsistent: z.boolean(),
    }),
  })
  .meta({ id: "PlanSuggestion" });

export const Plan = z
  .object({
    picks: z.array(Slug).meta({ description: "The plan's topics, in the link's order, duplicates collapsed" }),
    suggestions: z
      .array(PlanSuggestion)
      .meta({ description: "Co-occurring topics ranked by joint videos (reported or computed only)" }),
    notReported: z
      .array(Slug)
      .meta({ description: "Topics with no known count with any pick: no reported evidence either way (not zero)" }),
    phases: z.object({
      covered: z.array(
        z.object({
          slug: Slug,
          via: z.array(Slug).meta({ description: "Picked topics mapped to the phase (editorial)" }),
        }),
      ),
      uncovered: z.array(Slug),
    }),
    considerations: z
      .array(
        z.object({
          slug: Slug,
          name: z.string(),
          topics: z.array(Slug).meta({ description: "Picked topics it applies through (editorial)" }),
        }),
      )
      .meta({ description: "Engineering considerations the picks map to, in the guide's order" }),
    quotes: z.array(Quote).meta({ description: "Up to three verbatim quotes per picked topic" }),
  })
  .meta({ id: "Plan" });
export type Plan = z.infer<typeof Plan>;

export const ApiError = z
  .object({
    error: z.object({
      code: z.enum([
        "bad_request",
        "not_found",
        "method_not_allowed",
        "internal_error",
        // the database holds no dataset yet (503)
        "unavailable",
        // the layer endpoints' writes
        "unauthorized",
        "forbidden",
        "gone",
        "precondition_failed",
        "precondition_required",
        "payload_too_large",
        "unsupported_media_type",
        "too_many_requests",
      ]),
      message: z.string(),
    }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof ApiError>;

/** `{ data, meta }`: every successful response. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({ data, meta: Meta });
}

// ---- Requests --------------------------------------------------------------

export const TopicsQuery = z.strictObject({
  theme: Slug.optional().meta({ description: "Only topics of this theme", example: "risks-and-ethics" }),
  phase: Slug.optional().meta({
    description: "Only topics mapped to this phase",
    example: "deployment-and-operations",
  }),
});
export const VideosQuery = z.strictObject({
  topic: Slug.optional().meta({
    description: "Only videos quoted for or assigned to this topic",
    example: "rag-systems",
  }),
});
export const EmptyQuery = z.strictObject({});
export const PlanQuery = z.strictObject({
  topics: z.string().max(2000).optional().meta({
    description: "Comma-separated topic slugs; an unknown slug is a 400; none gives the empty plan",
    example: "rag-systems,fine-tuning",
  }),
});
/** The `{slug}` path parameter; the same rule for every kind, with an example of that kind that exists. */
export const slugParams = (example: string) => z.strictObject({ slug: Slug.meta({ ...Slug.meta(), example }) });
export const SlugParams = slugParams("rag-systems");
export const VideoParams = z.strictObject({ id: VideoId });

// ---- Search ----------------------------------------------------------------

export const SearchKind = z
  .enum(["topic", "preset", "theme", "phase", "consideration", "quote", "video", "pair"])
  .meta({ id: "SearchKind" });

export const SearchHit = z
  .object({
    kind: SearchKind,
    id: z.string().meta({ example: "topic:hallucination" }),
    href: z.string().meta({ description: "Path of the entry's page", example: "/topics/hallucination" }),
    title: z.string(),
    detail: z.string().meta({ description: "What the entry is: a topic's theme and count, a quote's video and topic" }),
    matchedIn: z
      .enum(["name", "keywords", "summary", "quote"])
      .meta({ description: "The best field a query word matched in" }),
    excerpt: z
      .string()
      .nullable()
      .meta({ description: "Why it matched when not by name: the keyword, or the words around the match" }),
    terms: z.array(z.string()).meta({ description: "Indexed words that matched (lower case), for highlighting" }),
    score: z.number(),
  })
  .meta({ id: "SearchHit" });
export type SearchHitShape = z.infer<typeof SearchHit>;

const KIND_ERROR = `must be one or more of ${SearchKind.options.join(", ")}, comma-separated`;
const LIMIT_ERROR = "must be a whole number from 1 to 100";

export const SearchQuery = z.strictObject({
  q: z.string({ error: "is required (the words to look for)" }).meta({
    description: "What to look for: words, a misspelling, a video id (V47). Cut to 200 characters.",
    example: "vector database",
  }),
  kind: z
    .string()
    .transform((s) => s.split(",").map((k) => k.trim()))
    .pipe(z.array(z.enum(SearchKind.options, { error: KIND_ERROR })))
    .optional()
    .meta({
      description: `Only these kinds, comma-separated: ${SearchKind.options.join(", ")}`,
      example: "topic,quote",
    }),
  limit: z.coerce
    .number({ error: LIMIT_ERROR })
    .pipe(z.int({ error: LIMIT_ERROR }).min(1, LIMIT_ERROR).max(100, LIMIT_ERROR))
    .optional()
    .meta({ description: "At most this many results (1–100, default 20)", example: 5 }),
});

// ---- Changes between dataset versions ----------------------------------------

const VersionParam = (description: string, example: string) =>
  z
    .string({ error: "is required (a dataset version like 1.2.0)" })
    .regex(/^\d+\.\d+\.\d+$/, "must be a dataset version like 1.2.0")
    .meta({ description, example });

export const ChangesQuery = z.strictObject({
  from: VersionParam("The version to compare from (usually the older one)", "1.2.0"),
  to: VersionParam("The version to compare to", "1.3.0"),
});

const WordPart = z
  .object({ op: z.enum(["same", "added", "removed"]), text: z.string() })
  .meta({ id: "WordPart", description: "A run of words the two texts share, or that one of them adds or drops" });

export const EntryChange = z
  .object({
    kind: z.enum(ENTRY_KINDS),
    slug: z.string().meta({ description: "The entry's slug in `to` (a pair: its two topic slugs joined by |)" }),
    name: z.string(),
    status: z.enum(["added", "removed", "changed"]),
    previousName: z.string().optional().meta({ description: "The name in `from`, when it differs" }),
    figures: z
      .array(
        z.object({
          field: z.string(),
          before: z.union([z.string(), z.number(), z.null()]),
          after: z.union([z.string(), z.number(), z.null()]),
        }),
      )
      .meta({ description: "Figures and values old → new (null: the version has none)" }),
    texts: z
      .array(z.object({ field: z.string(), diff: z.array(WordPart) }))
      .meta({ description: "Texts that differ, as a word-level diff" }),
    mappings: z.array(z.object({ field: z.string(), added: z.array(z.string()), removed: z.array(z.string()) })).meta({
      description: "Lists (phases, topics, quotes, keywords, the paper's sentences) with what was added and removed",
    }),
  })
  .meta({ id: "EntryChange" });

export const Changes = z
  .object({
    from: z.string(),
    to: z.string(),
    changes: z.array(EntryChange),
  })
  .meta({ id: "Changes" });
