/**
 * Turns the raw text of the files in content/ into a validated Catalogue, or a list of
 * every problem found. Pure: the caller reads the files (see load.ts), so tests can
 * feed broken content without touching the disk.
 */
import { createHash } from "node:crypto";
import matter from "gray-matter";
import YAML from "yaml";
import type { z } from "zod";
import { slugify } from "../domain/slug";
import { shareMatches, sharePercent } from "../domain/share";
import { compareVideoIds } from "../domain/video-id";
import { canonicalPair, pairKey } from "../domain/pairs";
import type { PairKind } from "../domain/paper/pair-kind";
import {
  ConsiderationsFile,
  FindingEntry,
  DatasetFile,
  PairsFile,
  PhasesFile,
  SourcesFile,
  ThemesFile,
  TopicFrontMatter,
  VideosFile,
  type ConsiderationEntry,
  type FindingsFile,
  type GuidePageSource,
  type PhaseEntry,
  type SourceEntry,
  type ThemeEntry,
  type TopicFrontMatter as TopicFM,
  type VideoEntry,
} from "../schemas/content";
import { ContentValidationError, formatPath, type ContentIssue } from "./issues";

export type ContentFiles = Record<string, string>;

export interface CatalogueTopic extends TopicFM {
  slug: string;
  summary: string;
  file: string;
}
export interface CataloguePair {
  a: string;
  b: string;
  count: number;
  evidence: string;
  /** The paper's group of the pair (Section IV-B); absent in snapshots of versions before 1.2.0. */
  kind?: PairKind;
  note?: string;
}
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
export const TOPICS_DIR = "topics/";

/** sha256 over every file's path and bytes, in path order: changes whenever any content changes. */
export function contentHash(files: ContentFiles): string {
  const hash = createHash("sha256");
  for (const path of Object.keys(files).sort()) {
    hash.update(path).update("\0").update(files[path]).update("\0");
  }
  return hash.digest("hex");
}

function parseYaml(file: string, text: string, issues: ContentIssue[]): unknown {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line;
      issues.push({ file, message: `invalid YAML${line ? ` at line ${line}` : ""}: ${err.message.split("\n")[0]}` });
    }
    return undefined;
  }
  return doc.toJS({ maxAliasCount: 100 });
}

/** Validates a list file entry by entry so each issue names its entry. */
function validateList<T>(file: string, raw: unknown, schema: z.ZodType<T[]>, issues: ContentIssue[]): T[] | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [index, ...rest] = issue.path;
    if (typeof index === "number") {
      const entry = Array.isArray(raw) ? entryLabel(raw[index], index) : `#${index + 1}`;
      issues.push({ file, entry, field: formatPath(rest), message: issue.message });
    } else {
      issues.push({ file, field: formatPath(issue.path), message: issue.message });
    }
  }
  return undefined;
}

/** findings.yaml: two lists, each validated entry by entry so every issue names its entry and group. */
function validateFindings(raw: unknown, issues: ContentIssue[]): FindingsFile | undefined {
  const file = "findings.yaml";
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    issues.push({ file, message: "must be a mapping with the lists `conclusions` and `limits`" });
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (key !== "conclusions" && key !== "limits")
      issues.push({ file, field: key, message: `unknown key "${key}" (known: conclusions, limits)` });
  }
  const before = issues.length;
  const group = (key: "conclusions" | "limits") => {
    const start = issues.length;
    const list = validateList(file, r[key], FindingEntry.array().min(1, "must list at least one entry"), issues);
    // Entries are named by their slug; problems with the list itself name the list.
    for (const issue of issues.slice(start))
      if (!issue.entry) issue.field = issue.field ? `${key}.${issue.field}` : key;
    return list;
  };
  const conclusions = group("conclusions");
  const limits = group("limits");
  return conclusions && limits && issues.length === before ? { conclusions, limits } : undefined;
}

function entryLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.slug === "string") return r.slug;
    if (typeof r.id === "string") return r.id;
    if (typeof r.a === "string" && typeof r.b === "string") return `${r.a} × ${r.b}`;
  }
  return `#${index + 1}`;
}

function validateObject<T>(
  file: string,
  entry: string | undefined,
  raw: unknown,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file, entry, field: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

/** Names must map to their slug by the one slug rule, so URLs never drift from names silently. */
function checkSlugMatchesName(file: string, slug: string, name: string, issues: ContentIssue[]) {
  const expected = slugify(name);
  if (slug !== expected) {
    issues.push({
      file,
      entry: slug,
      field: "slug",
      message:
        `slug "${slug}" does not follow from the name "${name}" (expected ` +
        `"${expected}"); keep the old slug in aliases when renaming`,
    });
  }
}

/**
 * A keyword sends a searcher to one topic: the same term (ignoring case) twice in a topic, in two topics, or
 * equal to another topic's name would make search answers ambiguous.
 */
function checkKeywords(topics: CatalogueTopic[], issues: ContentIssue[]) {
  const owner = new Map<string, string>();
  for (const t of topics) owner.set(t.name.toLowerCase(), t.slug);
  for (const t of topics) {
    const own = new Set<string>();
    t.keywords.forEach((keyword, i) => {
      const key = keyword.toLowerCase();
      const field = `keywords[${i}]`;
      if (own.has(key))
        issues.push({ file: t.file, entry: t.slug, field, message: `keyword "${keyword}" is listed twice` });
      else if (owner.has(key) && owner.get(key) !== t.slug) {
        const other = owner.get(key)!;
        issues.push({
          file: t.file,
          entry: t.slug,
          field,
          message: `keyword "${keyword}" already leads to topic "${other}"; a keyword may belong to one topic only`,
        });
      }
      own.add(key);
      if (!owner.has(key)) owner.set(key, t.slug);
    });
  }
}

/** Slugs and aliases of one kind share one namespace: no URL may point at two things. */
function checkUniqueSlugs(
  file: (slug: string) => string,
  items: Array<{ slug: string; aliases: string[] }>,
  kind: string,
  issues: ContentIssue[],
) {
  // Slugs claim their names first, so a clash with an alias is reported at the alias.
  const owner = new Map<string, string>();
  const claim = (item: { slug: string }, value: string, field: string) => {
    const prior = owner.get(value);
    if (prior !== undefined) {
      issues.push({
        file: file(item.slug),
        entry: item.slug,
        field,
        message: `duplicate ${kind} slug "${value}" (already used by ${kind} "${prior}")`,
      });
    } else owner.set(value, item.slug);
  };
  for (const item of items) claim(item, item.slug, "slug");
  for (const item of items) item.aliases.forEach((alias, i) => claim(item, alias, `aliases[${i}]`));
}

function checkShare(
  file: string,
  entry: string,
  videoCount: number,
  share: number,
  denominator: number,
  issues: ContentIssue[],
) {
  if (!shareMatches(share, videoCount, denominator)) {
    issues.push({
      file,
      entry,
      field: "share",
      message:
        `share ${share} does not match videoCount ${videoCount} / ` +
        `${denominator} = ${sharePercent(videoCount, denominator).toFixed(2)}% ` +
        `within rounding`,
    });
  }
}

export type ParseResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: ContentIssue[] };

export function parseContent(files: ContentFiles): ParseResult {
  const issues: ContentIssue[] = [];
  for (const name of REQUIRED_FILES) {
    if (files[name] === undefined) issues.push({ file: name, message: "file is missing" });
  }
  const raw = (name: string) => (files[name] === undefined ? undefined : parseYaml(name, files[name], issues));

  const dataset =
    files["dataset.yaml"] !== undefined
      ? validateObject("dataset.yaml", undefined, raw("dataset.yaml"), DatasetFile, issues)
      : undefined;
  const allSources =
    files["sources.yaml"] !== undefined
      ? validateList("sources.yaml", raw("sources.yaml"), SourcesFile, issues)
      : undefined;
  const sources: SourceEntry[] | undefined = allSources?.flatMap((s) => {
    if (s.kind !== "paper") return [];
    const { kind: _kind, ...paper } = s;
    return [paper];
  });
  const guides: GuidePageSource[] | undefined = allSources?.flatMap((s) => (s.kind === "guide-page" ? [s] : []));
  const considerations =
    files["considerations.yaml"] !== undefined
      ? validateList("considerations.yaml", raw("considerations.yaml"), ConsiderationsFile, issues)
      : undefined;
  const phases =
    files["phases.yaml"] !== undefined
      ? validateList("phases.yaml", raw("phases.yaml"), PhasesFile, issues)
      : undefined;
  const themes =
    files["themes.yaml"] !== undefined
      ? validateList("themes.yaml", raw("themes.yaml"), ThemesFile, issues)
      : undefined;
  const pairs =
    files["pairs.yaml"] !== undefined ? validateList("pairs.yaml", raw("pairs.yaml"), PairsFile, issues) : undefined;
  const findings = files["findings.yaml"] !== undefined ? validateFindings(raw("findings.yaml"), issues) : undefined;
  const videos =
    files["videos.yaml"] !== undefined ? validateList("videos.yaml", raw("videos.yaml"), VideosFile, issues) : [];

  const topics: CatalogueTopic[] = [];
  const topicFiles = Object.keys(files)
    .filter((f) => f.startsWith(TOPICS_DIR))
    .sort();
  if (topicFiles.length === 0) issues.push({ file: TOPICS_DIR, message: "no topic files found" });
  for (const file of topicFiles) {
    const match = /^topics\/([^/]+)\.md$/.exec(file);
    if (!match) {
      issues.push({ file, message: "topic files must be named <slug>.md directly inside topics/" });
      continue;
    }
    const slug = match[1];
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(files[file], { engines: { yaml: (s: string) => YAML.parse(s, { uniqueKeys: true }) as object } });
    } catch (err) {
      issues.push({ file, entry: slug, message: `invalid front matter: ${(err as Error).message.split("\n")[0]}` });
      continue;
    }
    const fm = validateObject(file, slug, parsed.data, TopicFrontMatter, issues);
    const summary = parsed.content.trim();
    if (!summary)
      issues.push({
        file,
        entry: slug,
        field: "summary",
        message: "the Markdown body (the topic summary) must not be empty",
      });
    if (fm) topics.push({ ...fm, slug, summary, file });
  }

  // Cross-file rules need the list files; they still run when some topic files are broken,
  // so one run reports as much as it can (rules that would only echo a broken file are skipped).
  if (!dataset || !sources || !guides || !considerations || !phases || !themes || !pairs || !videos || !findings) {
    return { ok: false, issues };
  }
  const someTopicsBroken = topics.length < topicFiles.length;

  const study = sources.find((s) => s.shareDenominator !== undefined && s.videosAnalysed !== undefined);
  if (!study) {
    issues.push({
      file: "sources.yaml",
      message: "one source must give videosAnalysed and shareDenominator (the study the figures come from)",
    });
    return { ok: false, issues };
  }
  const denominator = study.shareDenominator!;

  const topicFile = (slug: string) => topics.find((t) => t.slug === slug)?.file ?? `topics/${slug}.md`;
  checkUniqueSlugs(
    () => "sources.yaml",
    [...sources, ...guides].map((s) => ({ slug: s.slug, aliases: [] })),
    "source",
    issues,
  );
  checkUniqueSlugs(
    () => "considerations.yaml",
    considerations.map((c) => ({ slug: c.slug, aliases: [] })),
    "consideration",
    issues,
  );
  checkUniqueSlugs(() => "phases.yaml", phases, "phase", issues);
  checkUniqueSlugs(() => "themes.yaml", themes, "theme", issues);
  checkUniqueSlugs(topicFile, topics, "topic", issues);

  for (const p of phases) checkSlugMatchesName("phases.yaml", p.slug, p.name, issues);
  for (const t of themes) {
    checkSlugMatchesName("themes.yaml", t.slug, t.name, issues);
    checkShare("themes.yaml", t.slug, t.videoCount, t.share, denominator, issues);
    // A theme the paper places by origin says where; one it does not place quotes nothing.
    if (t.origin !== "not-classified" && !t.originEvidence) {
      issues.push({
        file: "themes.yaml",
        entry: t.slug,
        field: "originEvidence",
        message: `origin "${t.origin}" needs the paper's sentence that says so`,
      });
    }
    if (t.origin === "not-classified" && t.originEvidence) {
      issues.push({
        file: "themes.yaml",
        entry: t.slug,
        field: "originEvidence",
        message: "a theme the paper does not classify has no origin evidence",
      });
    }
  }

  const themeSlugs = new Set(themes.map((t) => t.slug));
  const phaseSlugs = new Set(phases.map((p) => p.slug));
  const phasesWithTopics = new Set<string>();
  for (const t of topics) {
    checkSlugMatchesName(t.file, t.slug, t.name, issues);
    checkShare(t.file, t.slug, t.videoCount, t.share, denominator, issues);
    if (!themeSlugs.has(t.theme)) {
      issues.push({
        file: t.file,
        entry: t.slug,
        field: "theme",
        message: `unknown theme "${t.theme}" (known: ${[...themeSlugs].join(", ")})`,
      });
    }
    const theme = themes.find((th) => th.slug === t.theme);
    if (theme && t.videoCount > theme.videoCount) {
      issues.push({
        file: t.file,
        entry: t.slug,
        field: "videoCount",
        message:
          `a topic cannot have more videos (${t.videoCount}) than its theme ` + `"${theme.slug}" (${theme.videoCount})`,
      });
    }
    const seen = new Set<string>();
    t.phases.forEach((link, i) => {
      if (!phaseSlugs.has(link.phase)) {
        issues.push({
          file: t.file,
          entry: t.slug,
          field: `phases[${i}].phase`,
          message: `unknown phase "${link.phase}" (known: ${[...phaseSlugs].join(", ")})`,
        });
      } else if (seen.has(link.phase)) {
        issues.push({
          file: t.file,
          entry: t.slug,
          field: `phases[${i}].phase`,
          message: `phase "${link.phase}" is listed twice`,
        });
      }
      seen.add(link.phase);
      phasesWithTopics.add(link.phase);
    });
    const quoteTexts = new Set<string>();
    t.quotes.forEach((q, i) => {
      const key = `${q.video}|${q.text}`;
      if (quoteTexts.has(key))
        issues.push({ file: t.file, entry: t.slug, field: `quotes[${i}]`, message: "duplicate quote" });
      quoteTexts.add(key);
    });
  }
  checkKeywords(topics, issues);
  for (const p of someTopicsBroken ? [] : phases) {
    if (!phasesWithTopics.has(p.slug)) {
      issues.push({
        file: "phases.yaml",
        entry: p.slug,
        message: "no topic maps to this phase; every phase needs at least one topic",
      });
    }
  }
  for (const [kind, list, file] of [
    ["phase", phases, "phases.yaml"],
    ["theme", themes, "themes.yaml"],
  ] as const) {
    const positions = new Set<number>();
    for (const item of list) {
      if (positions.has(item.position))
        issues.push({
          file,
          entry: item.slug,
          field: "position",
          message: `position ${item.position} is used by another ${kind}`,
        });
      positions.add(item.position);
    }
  }

  // Existence by file name, so a pair naming a topic whose file is broken is not reported twice.
  const topicSlugs = new Set(topicFiles.map((f) => /^topics\/([^/]+)\.md$/.exec(f)?.[1]).filter(Boolean));
  const pairKeys = new Set<string>();
  pairs.forEach((p, i) => {
    const entry = `${p.a} × ${p.b}`;
    for (const side of ["a", "b"] as const) {
      if (!topicSlugs.has(p[side]))
        issues.push({ file: "pairs.yaml", entry, field: side, message: `unknown topic "${p[side]}"` });
    }
    if (p.a === p.b)
      issues.push({ file: "pairs.yaml", entry, field: "b", message: "a pair needs two different topics" });
    const key = pairKey(p.a, p.b);
    if (pairKeys.has(key)) issues.push({ file: "pairs.yaml", entry, message: `pair listed twice (entry #${i + 1})` });
    pairKeys.add(key);
    const ta = topics.find((t) => t.slug === p.a);
    const tb = topics.find((t) => t.slug === p.b);
    // Joint videos cannot outnumber either topic's videos. The paper does contradict itself
    // once (RAG × Model Size & Performance: 11 > 8); such a count is kept as reported only
    // with a note that says so, which the site shows next to it.
    if (ta && tb && p.count > Math.min(ta.videoCount, tb.videoCount) && !p.note) {
      issues.push({
        file: "pairs.yaml",
        entry,
        field: "count",
        message:
          `${p.count} joint videos exceed the smaller topic's ` +
          `${Math.min(ta.videoCount, tb.videoCount)} videos; if the paper really ` +
          `says so, keep the count and explain in a note`,
      });
    }
  });

  // Findings: slugs unique across both lists; topics must exist.
  const findingSlugs = new Set<string>();
  for (const [group, list] of [
    ["conclusions", findings.conclusions],
    ["limits", findings.limits],
  ] as const) {
    list.forEach((f) => {
      if (findingSlugs.has(f.slug))
        issues.push({ file: "findings.yaml", entry: f.slug, field: "slug", message: `slug "${f.slug}" is used twice` });
      findingSlugs.add(f.slug);
      f.topics.forEach((topic, i) => {
        if (!topicSlugs.has(topic))
          issues.push({
            file: "findings.yaml",
            entry: f.slug,
            field: `${group}.topics[${i}]`,
            message: `unknown topic "${topic}"`,
          });
      });
    });
  }

  // Considerations: name the guide they come from, map only to existing topics (once each),
  // and either map to a topic or say why none fits; never both, never neither.
  const guideSlugs = new Set(guides.map((g) => g.slug));
  const considerationPositions = new Set<number>();
  for (const c of considerations) {
    const file = "considerations.yaml";
    checkSlugMatchesName(file, c.slug, c.name, issues);
    if (considerationPositions.has(c.position))
      issues.push({
        file,
        entry: c.slug,
        field: "position",
        message: `position ${c.position} is used by another consideration`,
      });
    considerationPositions.add(c.position);
    if (!guideSlugs.has(c.source)) {
      issues.push({
        file,
        entry: c.slug,
        field: "source",
        message:
          `unknown guide-page source "${c.source}" (known: ` +
          `${[...guideSlugs].join(", ") || "none"}; add it to sources.yaml with ` +
          `kind: guide-page)`,
      });
    }
    const mapped = new Set<string>();
    c.topics.forEach((link, i) => {
      if (!topicSlugs.has(link.topic))
        issues.push({ file, entry: c.slug, field: `topics[${i}].topic`, message: `unknown topic "${link.topic}"` });
      else if (mapped.has(link.topic))
        issues.push({
          file,
          entry: c.slug,
          field: `topics[${i}].topic`,
          message: `topic "${link.topic}" is listed twice`,
        });
      mapped.add(link.topic);
    });
    if (c.topics.length === 0 && !c.unmappedNote) {
      issues.push({
        file,
        entry: c.slug,
        field: "unmappedNote",
        message: "a consideration without topics must say in unmappedNote why no practitioner topic fits",
      });
    }
    if (c.topics.length > 0 && c.unmappedNote) {
      issues.push({
        file,
        entry: c.slug,
        field: "unmappedNote",
        message: "only a consideration without topics has an unmappedNote",
      });
    }
  }

  const videoIds = new Set<string>();
  videos.forEach((v) => {
    if (videoIds.has(v.id))
      issues.push({ file: "videos.yaml", entry: v.id, field: "id", message: `duplicate video "${v.id}"` });
    videoIds.add(v.id);
  });
  if (issues.length > 0) return { ok: false, issues };

  const allVideos = new Map<string, VideoEntry>(videos.map((v) => [v.id, v]));
  for (const t of topics)
    for (const q of t.quotes) if (!allVideos.has(q.video)) allVideos.set(q.video, { id: q.video });

  return {
    ok: true,
    catalogue: {
      dataset: { ...dataset, contentHash: contentHash(files) },
      sources,
      guides,
      considerations: [...considerations].sort((a, b) => a.position - b.position),
      study: study as Catalogue["study"],
      phases: [...phases].sort((a, b) => a.position - b.position),
      themes: [...themes].sort((a, b) => a.position - b.position),
      topics: topics.sort((a, b) => {
        const ta = themes.find((t) => t.slug === a.theme)!.position;
        const tb = themes.find((t) => t.slug === b.theme)!.position;
        return ta - tb || a.position - b.position;
      }),
      pairs: pairs.map((p) => {
        const [a, b] = canonicalPair(p.a, p.b);
        return { a, b, count: p.count, evidence: p.evidence, kind: p.kind, ...(p.note ? { note: p.note } : {}) };
      }),
      findings,
      videos: [...allVideos.values()].sort((a, b) => compareVideoIds(a.id, b.id)),
    },
  };
}

/** Like parseContent, but throws a ContentValidationError listing every issue. */
export function parseContentOrThrow(files: ContentFiles): Catalogue {
  const result = parseContent(files);
  if (!result.ok) throw new ContentValidationError(result.issues);
  return result.catalogue;
}
