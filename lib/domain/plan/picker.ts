/**
 * What the plan's topic picker offers for a query: the topics and starting points the site's search index finds
 * (the same index and ranking as /search, so whatever search maps to a topic the picker finds too), each with the
 * line that says why it matched. Pure: the picker component runs the index and applies the answer to its list.
 */
import type { SearchHit } from "../search/engine";
import type { SearchKind } from "../search/documents";

/** The kinds of search results the picker offers. */
export const PICKER_KINDS: readonly SearchKind[] = ["topic", "preset"];
/** Enough for every topic and preset. */
export const PICKER_LIMIT = 100;

export interface PickerMatch {
  slug: string;
  /** Why it matched when not by its name ("Keyword: guardrails"), else null. */
  why: string | null;
}

export interface PickerAnswer {
  /** Matched topics, best first. */
  topics: PickerMatch[];
  /** Matched starting points, best first. */
  presets: PickerMatch[];
}

const slugOf = (id: string, kind: string) => (id.startsWith(`${kind}:`) ? id.slice(kind.length + 1) : null);

export function pickerAnswer(hits: readonly SearchHit[]): PickerAnswer {
  const answer: PickerAnswer = { topics: [], presets: [] };
  for (const hit of hits) {
    const why = hit.matchedIn === "name" ? null : hit.excerpt;
    const topic = hit.kind === "topic" ? slugOf(hit.id, "topic") : null;
    const preset = hit.kind === "preset" ? slugOf(hit.id, "preset") : null;
    if (topic) answer.topics.push({ slug: topic, why });
    if (preset) answer.presets.push({ slug: preset, why });
  }
  return answer;
}

/** Before the index has loaded (or if it cannot): the topics whose name, theme or slug contains the query. */
export function substringAnswer(query: string, topics: ReadonlyArray<{ slug: string; text: string }>): PickerAnswer {
  const q = query.trim().toLowerCase();
  return {
    topics: topics
      .filter((t) => t.text.toLowerCase().includes(q) || t.slug.includes(q))
      .map((t) => ({
        slug: t.slug,
        why: null,
      })),
    presets: [],
  };
}

/** The status line: "1 of 20 topics match “guardrails”; 1 starting point". */
export function pickerStatus(query: string, answer: PickerAnswer, total: number): string {
  const q = query.trim();
  if (!q) return "";
  const n = answer.topics.length;
  const presets = answer.presets.length;
  return (
    `${n} of ${total} topics match “${q}”` + (presets ? `; ${presets} starting point${presets === 1 ? "" : "s"}` : "")
  );
}
