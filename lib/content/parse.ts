/**
 * Turns the raw text of the files in content/ into a validated Catalogue, or a list of
 * every problem found. Pure: the caller reads the files (see load.ts), so tests can
 * feed broken content without touching the disk. Each kind of file is read and checked
 * by its own module in ./kinds/; this one runs them in order and assembles the result.
 */
import type { z } from "zod";
import type {
  ConsiderationEntry,
  DatasetFile,
  FindingsFile,
  GuidePageSource,
  PhaseEntry,
  SourceEntry,
  ThemeEntry,
  VideoEntry,
} from "../schemas/content";
import { contentHash, type ContentFiles } from "./hash";
import { ContentValidationError, type ContentIssue } from "./issues";
import { readDataset } from "./kinds/dataset";
import { checkSources, findStudy, readSources } from "./kinds/sources";
import { checkConsiderations, checkConsiderationSlugs, readConsiderations } from "./kinds/considerations";
import { checkPhaseNames, checkPhasePositions, checkPhasesMapped, checkPhaseSlugs, readPhases } from "./kinds/phases";
import { checkThemePositions, checkThemes, checkThemeSlugs, readThemes } from "./kinds/themes";
import { cataloguePairs, checkPairs, readPairs, type CataloguePair } from "./kinds/pairs";
import { checkFindings, readFindings } from "./kinds/findings";
import { allVideos, checkVideos, readVideos } from "./kinds/videos";
import {
  checkKeywords,
  checkTopics,
  checkTopicSlugs,
  readTopics,
  sortTopics,
  type CatalogueTopic,
} from "./kinds/topics";

export { contentHash, type ContentFiles } from "./hash";
export { TOPICS_DIR, type CatalogueTopic } from "./kinds/topics";
export type { CataloguePair } from "./kinds/pairs";
export type CatalogueConsideration = ConsiderationEntry;

export interface Catalogue {
  dataset: z.infer<typeof DatasetFile> & { contentHash: string };
  /** The papers (sources.yaml entries without a `kind`, or `kind: paper`). */
  sources: SourceEntry[];
  /** Guide pages without author, date or URL (sources.yaml entries with `kind: guide-page`). */
  guides: GuidePageSource[];
  /** The engineering considerations (content/considerations.yaml), in the guide's order. */
  considerations: CatalogueConsideration[];
  /** The source the themes, topics and shares come from (the one with a share denominator). */
  study: SourceEntry & { shareDenominator: number; videosAnalysed: number };
  phases: PhaseEntry[];
  themes: ThemeEntry[];
  topics: CatalogueTopic[];
  pairs: CataloguePair[];
  /** Every video the content mentions, by id order; metadata only where videos.yaml gives it. */
  videos: VideoEntry[];
  /** The paper's conclusions and its method's limits (findings.yaml); absent in snapshots before 1.2.0. */
  findings?: FindingsFile;
  /**
   * Imported video→topic assignments behind computed counts: never in content/, only in the snapshot of a version
   * made by the importer (or seeded while assignments are stored).
   */
  assignments?: Array<{ videoId: string; topicSlug: string }>;
}

export const REQUIRED_FILES = [
  "dataset.yaml",
  "sources.yaml",
  "phases.yaml",
  "themes.yaml",
  "pairs.yaml",
  "considerations.yaml",
  "findings.yaml",
] as const;
export const OPTIONAL_FILES = ["videos.yaml"] as const;

export type ParseResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: ContentIssue[] };

export function parseContent(files: ContentFiles): ParseResult {
  const issues: ContentIssue[] = [];
  for (const name of REQUIRED_FILES) {
    if (files[name] === undefined) issues.push({ file: name, message: "file is missing" });
  }
  /** Each file on its own: a missing file was reported above and reads as nothing. */
  const read = <T>(name: string, reader: (text: string, issues: ContentIssue[]) => T | undefined) =>
    files[name] === undefined ? undefined : reader(files[name], issues);

  const dataset = read("dataset.yaml", readDataset);
  const sources = read("sources.yaml", readSources);
  const considerations = read("considerations.yaml", readConsiderations);
  const phases = read("phases.yaml", readPhases);
  const themes = read("themes.yaml", readThemes);
  const pairs = read("pairs.yaml", readPairs);
  const findings = read("findings.yaml", readFindings);
  const videos = readVideos(files["videos.yaml"], issues);
  const topicFiles = readTopics(files, issues);
  const { topics, slugs: topicSlugs } = topicFiles;

  // Cross-file rules need the list files; they still run when some topic files are broken,
  // so one run reports as much as it can (rules that would only echo a broken file are skipped).
  if (!dataset || !sources || !considerations || !phases || !themes || !pairs || !videos || !findings) {
    return { ok: false, issues };
  }
  const someTopicsBroken = topics.length < topicFiles.files.length;
  const study = findStudy(sources.papers, issues);
  if (!study) return { ok: false, issues };
  const denominator = study.shareDenominator;

  checkSources(sources, issues);
  checkConsiderationSlugs(considerations, issues);
  checkPhaseSlugs(phases, issues);
  checkThemeSlugs(themes, issues);
  checkTopicSlugs(topics, issues);
  checkPhaseNames(phases, issues);
  checkThemes(themes, denominator, issues);
  const mappedPhases = checkTopics(topics, themes, phases, denominator, issues);
  checkKeywords(topics, issues);
  checkPhasesMapped(phases, someTopicsBroken ? null : mappedPhases, issues);
  checkPhasePositions(phases, issues);
  checkThemePositions(themes, issues);
  checkPairs(pairs, topics, topicSlugs, issues);
  checkFindings(findings, topicSlugs, issues);
  checkConsiderations(considerations, sources.guides, topicSlugs, issues);
  checkVideos(videos, issues);
  if (issues.length > 0) return { ok: false, issues };

  const byPosition = <T extends { position: number }>(list: T[]) => [...list].sort((a, b) => a.position - b.position);
  return {
    ok: true,
    catalogue: {
      dataset: { ...dataset, contentHash: contentHash(files) },
      sources: sources.papers,
      guides: sources.guides,
      considerations: byPosition(considerations),
      study,
      phases: byPosition(phases),
      themes: byPosition(themes),
      topics: sortTopics(topics, themes),
      pairs: cataloguePairs(pairs),
      findings,
      videos: allVideos(videos, topics),
    },
  };
}

/** Like parseContent, but throws a ContentValidationError listing every issue. */
export function parseContentOrThrow(files: ContentFiles): Catalogue {
  const result = parseContent(files);
  if (!result.ok) throw new ContentValidationError(result.issues);
  return result.catalogue;
}
