/** A problem in content/, located precisely enough for an editor to fix it. */
export interface ContentIssue {
  /** Path relative to the content directory, e.g. "topics/rag-systems.md". */
  file: string;
  /** Which entry of the file: a slug, or "#3" for the fourth entry of a list without one. */
  entry?: string;
  /** Dotted path inside the entry, e.g. "quotes[2].video". */
  field?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [`content/${issue.file}`];
  if (issue.entry) where.push(`entry "${issue.entry}"`);
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(", ")}: ${issue.message}`;
}

export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `content/ has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ContentValidationError";
    this.issues = issues;
  }
}

/** Turns a zod issue path like ["quotes", 2, "video"] into "quotes[2].video". */
export function formatPath(path: readonly PropertyKey[]): string | undefined {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || undefined;
}
