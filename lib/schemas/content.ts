/**
 * The shapes of the files in content/. The seed, the tests and the editor tooling all
 * validate with these; cross-file rules (unknown theme, duplicate slug, share vs count)
 * live in content/validate.ts because a single file cannot see them.
 */
import { z } from "zod";
import { IsoDate, PaperSection, SharePercent, Slug, VideoCount, VideoId } from "./common";
import { PAIR_KINDS } from "../domain/paper/pair-kind";
import { THEME_ORIGINS } from "../domain/paper/theme-origin";

const Text = z.string().trim().min(1, "must not be empty");

export const DatasetFile = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  releasedAt: IsoDate,
  title: Text,
  description: Text,
});
export type DatasetFile = z.infer<typeof DatasetFile>;

export const SourceEntry = z.strictObject({
  slug: Slug,
  title: Text,
  alternativeTitle: Text.optional(),
  authors: z.array(Text).min(1),
  year: z.int().min(1900).max(2100),
  published: IsoDate,
  arxivId: z.string().regex(/^\d{4}\.\d{4,5}$/, "must be an arXiv id like 2411.08574"),
  url: z.url(),
  replicationDoi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, "must be a DOI like 10.5281/zenodo.14753685")
    .optional(),
  videosAnalysed: z.int().positive().optional(),
  shareDenominator: z.int().positive().optional(),
  role: Text,
});
export type SourceEntry = z.infer<typeof SourceEntry>;

/**
 * A web page that names no author, date or address (the considerations guide): only what it
 * does give is recorded. `frontMatterDate` is the `date` in the copy's front matter, kept
 * verbatim; `note` says what is (not) known about it. Strict: no invented author or URL fits.
 */
export const GuidePageSource = z.strictObject({
  slug: Slug,
  kind: z.literal("guide-page"),
  title: Text.meta({ description: "The page title as the copy gives it" }),
  frontMatterDate: z.string().trim().min(1).optional(),
  note: Text,
  role: Text,
});
export type GuidePageSource = z.infer<typeof GuidePageSource>;

/** sources.yaml: papers (no `kind`, or `kind: paper`) and guide pages (`kind: guide-page`). */
export const SourcesFile = z
  .array(
    z.preprocess(
      (raw) =>
        raw && typeof raw === "object" && !Array.isArray(raw) && !("kind" in raw) ? { kind: "paper", ...raw } : raw,
      z.discriminatedUnion("kind", [SourceEntry.extend({ kind: z.literal("paper") }), GuidePageSource]),
    ),
  )
  .min(1);

export const PhaseEntry = z.strictObject({
  slug: Slug,
  name: Text,
  position: z.int().positive(),
  summary: Text,
  aliases: z.array(Slug).default([]),
});
export type PhaseEntry = z.infer<typeof PhaseEntry>;
export const PhasesFile = z.array(PhaseEntry).min(1);

export const ThemeEntry = z.strictObject({
  slug: Slug,
  name: Text,
  position: z.int().positive(),
  videoCount: VideoCount,
  share: SharePercent,
  section: PaperSection,
  summary: Text,
  aliases: z.array(Slug).default([]),
  /** Where the theme comes from, as the paper's introduction classifies it (lib/domain/paper/theme-origin.ts). */
  origin: z.enum(THEME_ORIGINS),
  /** The paper's sentence that places the theme, verbatim; required unless origin is not-classified. */
  originEvidence: Text.optional(),
});
export type ThemeEntry = z.infer<typeof ThemeEntry>;
export const ThemesFile = z.array(ThemeEntry).min(1);

export const QuoteEntry = z.strictObject({
  video: VideoId,
  text: Text,
});
export type QuoteEntry = z.infer<typeof QuoteEntry>;

export const TopicPhaseEntry = z.strictObject({
  phase: Slug,
  rationale: Text.max(300, "must be one sentence (300 characters at most)"),
});

/** Front matter of content/topics/<slug>.md; the Markdown body is the summary. */
export const TopicFrontMatter = z.strictObject({
  name: Text,
  theme: Slug,
  position: z.int().positive(),
  videoCount: VideoCount,
  share: SharePercent,
  section: PaperSection,
  aliases: z.array(Slug).default([]),
  /** Search terms for what the topic's section of the paper covers (the paper's words and ours). */
  keywords: z.array(Text.max(60, "must be a short term (60 characters at most)")).default([]),
  phases: z.array(TopicPhaseEntry).min(1, "must map the topic to at least one phase"),
  quotes: z.array(QuoteEntry).default([]),
});
export type TopicFrontMatter = z.infer<typeof TopicFrontMatter>;

export const ConsiderationTopicEntry = z.strictObject({
  topic: Slug,
  rationale: Text.max(300, "must be one sentence (300 characters at most)"),
});

/** One entry of content/considerations.yaml: an engineering consideration from a guide page. */
export const ConsiderationEntry = z.strictObject({
  slug: Slug,
  name: Text,
  position: z.int().positive(),
  /** Slug of the source in sources.yaml the consideration's name comes from. */
  source: Slug,
  /** Our own description, one paragraph. */
  summary: Text,
  /** Editorial mapping to practitioner topics; empty when the videos do not single it out. */
  topics: z.array(ConsiderationTopicEntry),
  /** Required exactly when `topics` is empty: why no topic is mapped. */
  unmappedNote: Text.optional(),
});
export type ConsiderationEntry = z.infer<typeof ConsiderationEntry>;
export const ConsiderationsFile = z.array(ConsiderationEntry).min(1);

export const PairEntry = z.strictObject({
  a: Slug,
  b: Slug,
  count: z.int().min(0),
  evidence: Text,
  /** The group of Section IV-B the paper reports the pair under (lib/domain/paper/pair-kind.ts). */
  kind: z.enum(PAIR_KINDS),
  /** Required when the reported count contradicts other figures of the paper. */
  note: Text.optional(),
});
export type PairEntry = z.infer<typeof PairEntry>;
export const PairsFile = z.array(PairEntry);

export const VideoEntry = z.strictObject({
  id: VideoId,
  title: Text.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  channel: Text.optional(),
});
export type VideoEntry = z.infer<typeof VideoEntry>;
export const VideosFile = z
  .array(VideoEntry)
  .nullable()
  .transform((v) => v ?? []);

/** One of the paper's conclusions (Section V) or limits of its method: our summary and the paper's sentences. */
export const FindingEntry = z.strictObject({
  slug: Slug,
  title: Text.max(120, "must be a short title (120 characters at most)"),
  /** The paper section the sentences come from ("Abstract" for the abstract). */
  section: z.union([PaperSection, z.literal("Abstract")]),
  /** Our own words, no firmer than the paper. */
  summary: Text,
  /** The paper's sentences, verbatim. */
  evidence: z.array(Text).min(1, "must quote at least one sentence of the paper"),
  /** Topics the finding concerns (shown on their pages). */
  topics: z.array(Slug).default([]),
});
export type FindingEntry = z.infer<typeof FindingEntry>;
export const FindingsFile = z.strictObject({
  conclusions: z.array(FindingEntry).min(1),
  limits: z.array(FindingEntry).min(1),
});
export type FindingsFile = z.infer<typeof FindingsFile>;
