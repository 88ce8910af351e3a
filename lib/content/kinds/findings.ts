/** findings.yaml: the paper's conclusions and its method's limits, our summaries with its sentences. */
import { FindingEntry, type FindingsFile } from "../../schemas/content";
import type { ContentIssue } from "../issues";
import { parseYaml, validateList } from "../validate";

export const FILE = "findings.yaml";

/** Two lists, each validated entry by entry so every issue names its entry and group. */
export function readFindings(text: string, issues: ContentIssue[]): FindingsFile | undefined {
  const raw = parseYaml(FILE, text, issues);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    issues.push({ file: FILE, message: "must be a mapping with the lists `conclusions` and `limits`" });
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (key !== "conclusions" && key !== "limits")
      issues.push({ file: FILE, field: key, message: `unknown key "${key}" (known: conclusions, limits)` });
  }
  const before = issues.length;
  const group = (key: "conclusions" | "limits") => {
    const start = issues.length;
    const list = validateList(FILE, r[key], FindingEntry.array().min(1, "must list at least one entry"), issues);
    // Entries are named by their slug; problems with the list itself name the list.
    for (const issue of issues.slice(start))
      if (!issue.entry) issue.field = issue.field ? `${key}.${issue.field}` : key;
    return list;
  };
  const conclusions = group("conclusions");
  const limits = group("limits");
  return conclusions && limits && issues.length === before ? { conclusions, limits } : undefined;
}

/** Slugs unique across both lists; topics must exist. */
export function checkFindings(findings: FindingsFile, topicSlugs: Set<string>, issues: ContentIssue[]) {
  const findingSlugs = new Set<string>();
  for (const [group, list] of [
    ["conclusions", findings.conclusions],
    ["limits", findings.limits],
  ] as const) {
    list.forEach((f) => {
      if (findingSlugs.has(f.slug))
        issues.push({ file: FILE, entry: f.slug, field: "slug", message: `slug "${f.slug}" is used twice` });
      findingSlugs.add(f.slug);
      f.topics.forEach((topic, i) => {
        if (!topicSlugs.has(topic))
          issues.push({
            file: FILE,
            entry: f.slug,
            field: `${group}.topics[${i}]`,
            message: `unknown topic "${topic}"`,
          });
      });
    });
  }
}
