/** topics/<slug>.md: a topic's figures, phases, keywords and quotes (front matter) and its summary (the body). */
import matter from "gray-matter";
import YAML from "yaml";
import { TopicFrontMatter, type PhaseEntry, type ThemeEntry } from "../../schemas/content";
import type { ContentFiles } from "../hash";
import type { ContentIssue } from "../issues";
import { checkShare, checkSlugMatchesName, checkUniqueSlugs, validateObject } from "../validate";

export const TOPICS_DIR = "topics/";

export interface CatalogueTopic extends TopicFrontMatter {
  slug: string;
  summary: string;
  file: string;
}

export interface TopicFiles {
  /** The topics whose file is valid on its own, in file order. */
  topics: CatalogueTopic[];
  /** Every file under topics/, valid or not. */
  files: string[];
  /** Slugs by file name, so rules elsewhere do not report a topic whose file is broken twice. */
  slugs: Set<string>;
}

export function readTopics(files: ContentFiles, issues: ContentIssue[]): TopicFiles {
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
  const slugs = new Set(topicFiles.map((f) => /^topics\/([^/]+)\.md$/.exec(f)?.[1]).filter((s) => s !== undefined));
  return { topics, files: topicFiles, slugs };
}

export function topicFileOf(topics: CatalogueTopic[]) {
  return (slug: string) => topics.find((t) => t.slug === slug)?.file ?? `${TOPICS_DIR}${slug}.md`;
}

export function checkTopicSlugs(topics: CatalogueTopic[], issues: ContentIssue[]) {
  checkUniqueSlugs(topicFileOf(topics), topics, "topic", issues);
}

/**
 * Each topic against the themes and phases: name, share, theme, count within the theme's, phases known and once
 * each, no quote twice. Returns the phases some topic maps to.
 */
export function checkTopics(
  topics: CatalogueTopic[],
  themes: ThemeEntry[],
  phases: PhaseEntry[],
  denominator: number,
  issues: ContentIssue[],
): Set<string> {
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
  return phasesWithTopics;
}

/**
 * A keyword sends a searcher to one topic: the same term (ignoring case) twice in a topic, in two topics, or
 * equal to another topic's name would make search answers ambiguous.
 */
export function checkKeywords(topics: CatalogueTopic[], issues: ContentIssue[]) {
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

/** Topics in the themes' order, then their own. */
export function sortTopics(topics: CatalogueTopic[], themes: ThemeEntry[]): CatalogueTopic[] {
  const position = (slug: string) => themes.find((t) => t.slug === slug)!.position;
  return [...topics].sort((a, b) => position(a.theme) - position(b.theme) || a.position - b.position);
}
