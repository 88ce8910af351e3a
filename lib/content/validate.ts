/**
 * Shared steps of reading one content file: YAML to data, data to a schema's shape (each issue naming file, entry
 * and field), and the rules every kind of entry follows (slug from name, unique slugs, share from count).
 */
import YAML from "yaml";
import type { z } from "zod";
import { slugify } from "../domain/slug";
import { shareMatches, sharePercent } from "../domain/share";
import { formatPath, type ContentIssue } from "./issues";

export function parseYaml(file: string, text: string, issues: ContentIssue[]): unknown {
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
export function validateList<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T[]>,
  issues: ContentIssue[],
): T[] | undefined {
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

function entryLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (typeof r.slug === "string") return r.slug;
    if (typeof r.id === "string") return r.id;
    if (typeof r.a === "string" && typeof r.b === "string") return `${r.a} × ${r.b}`;
  }
  return `#${index + 1}`;
}

export function validateObject<T>(
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
export function checkSlugMatchesName(file: string, slug: string, name: string, issues: ContentIssue[]) {
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

/** Slugs and aliases of one kind share one namespace: no URL may point at two things. */
export function checkUniqueSlugs(
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

/** Positions order a list: each is used once. */
export function checkUniquePositions(
  file: string,
  kind: string,
  items: Array<{ slug: string; position: number }>,
  issues: ContentIssue[],
) {
  const positions = new Set<number>();
  for (const item of items) {
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

export function checkShare(
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
