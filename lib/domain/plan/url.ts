/**
 * The plan lives in the URL: `/plan?topics=rag-systems,fine-tuning`. Reading keeps the
 * order of first mention, collapses duplicates and drops unknown slugs, reporting them so
 * the page can name them (a link is never an error on the page; the API answers 400).
 */
import { clipForNotice } from "../url-params";

/** At most this many topics are read from a link (there are 20); the rest is ignored and reported. */
export const MAX_PLAN_ITEMS = 40;
/** At most this many unknown values are named in a notice; the rest are counted. */
export const MAX_NAMED_UNKNOWN = 5;

export interface ParsedPlan {
  /** Known topic slugs, in the order the link gives them, each once. */
  picks: string[];
  /** Values that are not topic slugs, each once, in order. */
  unknown: string[];
  /** How many values the link held beyond MAX_PLAN_ITEMS (ignored). */
  ignored: number;
}

/** `raw` is the `topics` parameter (comma-separated), possibly given several times. */
export function parsePlanTopics(
  raw: string | readonly string[] | null | undefined,
  known: readonly string[],
): ParsedPlan {
  const values = (typeof raw === "string" ? [raw] : (raw ?? []))
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  const knownSet = new Set(known);
  const picks: string[] = [];
  const unknown: string[] = [];
  for (const value of values.slice(0, MAX_PLAN_ITEMS)) {
    const list = knownSet.has(value) ? picks : unknown;
    if (!list.includes(value)) list.push(value);
  }
  return { picks, unknown, ignored: Math.max(0, values.length - MAX_PLAN_ITEMS) };
}

/** The sentence the page shows for a link with unknown or surplus values, or null. */
export function planNotice(parsed: ParsedPlan): string | null {
  if (parsed.unknown.length === 0 && parsed.ignored === 0) return null;
  const parts: string[] = [];
  if (parsed.unknown.length > 0) {
    const named = parsed.unknown
      .slice(0, MAX_NAMED_UNKNOWN)
      .map((v) => `“${clipForNotice(v)}”`)
      .join(", ");
    const more = parsed.unknown.length - MAX_NAMED_UNKNOWN;
    const list = more > 0 ? `${named} and ${more} more` : named;
    parts.push(
      `The link names ${parsed.unknown.length === 1 ? "a topic that does not exist" : "topics that do not exist"}: ` +
        `${list}. ${parsed.unknown.length === 1 ? "It was" : "They were"} left out of the plan.`,
    );
  }
  if (parsed.ignored > 0)
    parts.push(`Only the first ${MAX_PLAN_ITEMS} values of the link were read; ${parsed.ignored} more were ignored.`);
  return parts.join(" ");
}

/** The query string of a plan (commas kept readable), without the leading `?`; empty for no picks. */
export function planQuery(picks: readonly string[]): string {
  return picks.length === 0 ? "" : `topics=${picks.map(encodeURIComponent).join(",")}`;
}

/** `/plan?topics=…` (or `/plan` for an empty plan); `base` switches to `/plan.md` or `/og/plan`. */
export function planPath(picks: readonly string[], base = "/plan"): string {
  const query = planQuery(picks);
  return query === "" ? base : `${base}?${query}`;
}

/** The plan with `slug` added at the end (no duplicate). */
export function withTopic(picks: readonly string[], slug: string): string[] {
  return picks.includes(slug) ? [...picks] : [...picks, slug];
}

/** The plan without `slug`. */
export function withoutTopic(picks: readonly string[], slug: string): string[] {
  return picks.filter((p) => p !== slug);
}

/**
 * localStorage key of a plan's checklist. The same set of topics is the same plan whatever
 * the order in the link, so ticks survive reordering.
 */
export function planStorageKey(picks: readonly string[]): string {
  return `kmap:plan:v1:${[...picks].sort().join(",")}`;
}

/** localStorage key of the last plan opened, so "Add to plan" elsewhere extends it. */
export const LAST_PLAN_KEY = "kmap:plan:last";
