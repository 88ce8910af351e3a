/** considerations.yaml: the guide's engineering considerations and our mapping of them to topics. */
import { ConsiderationsFile, type ConsiderationEntry, type GuidePageSource } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { checkSlugMatchesName, checkUniqueSlugs, parseYaml, validateList } from "../validate";

export const FILE = "considerations.yaml";

export function readConsiderations(text: string, issues: ContentIssue[]): ConsiderationEntry[] | undefined {
  return validateList(FILE, parseYaml(FILE, text, issues), ConsiderationsFile, issues);
}

export function checkConsiderationSlugs(considerations: ConsiderationEntry[], issues: ContentIssue[]) {
  const items = considerations.map((c) => ({ slug: c.slug, aliases: [] }));
  checkUniqueSlugs(() => FILE, items, "consideration", issues);
}

/**
 * Considerations name the guide they come from, map only to existing topics (once each), and either map to a topic
 * or say why none fits; never both, never neither.
 */
export function checkConsiderations(
  considerations: ConsiderationEntry[],
  guides: GuidePageSource[],
  topicSlugs: Set<string>,
  issues: ContentIssue[],
) {
  const guideSlugs = new Set(guides.map((g) => g.slug));
  const positions = new Set<number>();
  for (const c of considerations) {
    checkSlugMatchesName(FILE, c.slug, c.name, issues);
    if (positions.has(c.position))
      issues.push({
        file: FILE,
        entry: c.slug,
        field: "position",
        message: `position ${c.position} is used by another consideration`,
      });
    positions.add(c.position);
    if (!guideSlugs.has(c.source)) {
      issues.push({
        file: FILE,
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
        issues.push({
          file: FILE,
          entry: c.slug,
          field: `topics[${i}].topic`,
          message: `unknown topic "${link.topic}"`,
        });
      else if (mapped.has(link.topic))
        issues.push({
          file: FILE,
          entry: c.slug,
          field: `topics[${i}].topic`,
          message: `topic "${link.topic}" is listed twice`,
        });
      mapped.add(link.topic);
    });
    if (c.topics.length === 0 && !c.unmappedNote) {
      issues.push({
        file: FILE,
        entry: c.slug,
        field: "unmappedNote",
        message: "a consideration without topics must say in unmappedNote why no practitioner topic fits",
      });
    }
    if (c.topics.length > 0 && c.unmappedNote) {
      issues.push({
        file: FILE,
        entry: c.slug,
        field: "unmappedNote",
        message: "only a consideration without topics has an unmappedNote",
      });
    }
  }
}
