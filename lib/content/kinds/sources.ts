/** sources.yaml: the papers and the guide pages the catalogue draws on. */
import { SourcesFile, type GuidePageSource, type SourceEntry } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { checkUniqueSlugs, parseYaml, validateList } from "../validate";

export const FILE = "sources.yaml";

export interface Sources {
  /** Entries without a `kind`, or `kind: paper`. */
  papers: SourceEntry[];
  /** Entries with `kind: guide-page`. */
  guides: GuidePageSource[];
}

export function readSources(text: string, issues: ContentIssue[]): Sources | undefined {
  const all = validateList(FILE, parseYaml(FILE, text, issues), SourcesFile, issues);
  if (!all) return undefined;
  const papers = all.flatMap((s) => {
    if (s.kind !== "paper") return [];
    const { kind: _kind, ...paper } = s;
    return [paper];
  });
  return { papers, guides: all.flatMap((s) => (s.kind === "guide-page" ? [s] : [])) };
}

/** The source the themes, topics and shares come from: the one with a share denominator. */
export function findStudy(papers: SourceEntry[], issues: ContentIssue[]) {
  const study = papers.find((s) => s.shareDenominator !== undefined && s.videosAnalysed !== undefined);
  if (!study)
    issues.push({
      file: FILE,
      message: "one source must give videosAnalysed and shareDenominator (the study the figures come from)",
    });
  return study as (SourceEntry & { shareDenominator: number; videosAnalysed: number }) | undefined;
}

export function checkSources({ papers, guides }: Sources, issues: ContentIssue[]) {
  const items = [...papers, ...guides].map((s) => ({ slug: s.slug, aliases: [] }));
  checkUniqueSlugs(() => FILE, items, "source", issues);
}
