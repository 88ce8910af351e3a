/**
 * The rules of a layer, pure: reading a document against the catalogue (the unknown slug named,
 * a topic or consideration given twice refused), and the conversion between a plan from /plan
 * (picks in the link, ticks and notes in the browser) and a layer.
 *
 * Plan → layer → plan gives back the same plan: picks in their order, every tick, every note.
 * Layer → plan keeps what a plan can hold: `addressed` becomes a tick, other statuses none,
 * owners are dropped, notes are cut to the plan's NOTE_MAX_LENGTH.
 */
import type { z } from "zod";
import { considerationItem, NOTE_MAX_LENGTH, topicItem, type Progress } from "../plan/checklist";
import { LAYER_FORMAT, LAYER_FORMAT_VERSION, LayerDocument, type LayerItem, type LayerItemKind } from "./format";

/** The slugs a layer may name, from the catalogue. */
export interface LayerCatalogue {
  topics: readonly string[];
  considerations: readonly string[];
}

export type LayerReading = { ok: true; layer: LayerDocument } | { ok: false; errors: string[] };

/** At most this many problems are named in one answer; the rest are counted. */
export const MAX_NAMED_PROBLEMS = 5;

const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join(".") : "the document";
  if (issue.code === "unrecognized_keys")
    return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys
      .slice(0, MAX_NAMED_PROBLEMS)
      .map((k) => `"${clip(k)}"`)
      .join(", ")}`;
  return `${where}: ${issue.message}`;
}

/** The problems of a layer against the catalogue: unknown slugs and duplicates, in item order. */
export function catalogueProblems(layer: LayerDocument, catalogue: LayerCatalogue): string[] {
  const known: Record<LayerItemKind, Set<string>> = {
    topic: new Set(catalogue.topics),
    consideration: new Set(catalogue.considerations),
  };
  const seen = new Set<string>();
  const problems: string[] = [];
  layer.items.forEach((item, i) => {
    const key = `${item.kind}:${item.slug}`;
    if (!known[item.kind].has(item.slug))
      problems.push(`items.${i}: unknown ${item.kind} "${item.slug}" (see /api/v1/${item.kind}s for the slugs)`);
    else if (seen.has(key)) problems.push(`items.${i}: ${item.kind} "${item.slug}" is given twice`);
    if (item.kind === "consideration" && item.picked !== undefined)
      problems.push(`items.${i}: "picked" is for topics only`);
    seen.add(key);
  });
  return problems;
}

/** Names at most MAX_NAMED_PROBLEMS problems, then counts the rest. */
export function problemMessage(problems: readonly string[]): string {
  const named = problems.slice(0, MAX_NAMED_PROBLEMS).join("; ");
  const more = problems.length - MAX_NAMED_PROBLEMS;
  return more > 0 ? `${named}; and ${more} more` : named;
}

/** Reads any value (parsed JSON) as a layer of this catalogue. */
export function readLayer(value: unknown, catalogue: LayerCatalogue): LayerReading {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.format !== undefined && v.format !== LAYER_FORMAT)
      return { ok: false, errors: [`format: must be "${LAYER_FORMAT}"`] };
    if (typeof v.formatVersion === "number" && v.formatVersion !== LAYER_FORMAT_VERSION)
      return {
        ok: false,
        errors: [`formatVersion: ${v.formatVersion} is not supported; this site reads version ${LAYER_FORMAT_VERSION}`],
      };
  }
  const parsed = LayerDocument.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const problems = catalogueProblems(parsed.data, catalogue);
  return problems.length ? { ok: false, errors: problems } : { ok: true, layer: parsed.data };
}

/** A plan as /plan keeps it: the picks of the link, and this browser's ticks and notes. */
export interface PlanState {
  picks: string[];
  progress: Progress;
}

/**
 * A plan as a layer. Items: the picks in their order, then other topics with a tick or a note
 * (`picked: false`, catalogue order), then every consideration (catalogue order). A tick is
 * `addressed`, no tick `todo`.
 */
export function planToLayer(
  plan: PlanState,
  catalogue: LayerCatalogue,
  meta: { name: string; description?: string; datasetVersion: string },
): LayerDocument {
  const { ticks, notes } = plan.progress;
  const item = (kind: LayerItemKind, slug: string, key: string, picked?: boolean): LayerItem => ({
    kind,
    slug,
    status: ticks[key] ? "addressed" : "todo",
    note: notes[key] ?? "",
    owner: "",
    ...(picked === false ? { picked } : {}),
  });
  const picked = new Set(plan.picks);
  const decided = (key: string) => ticks[key] === true || (notes[key] ?? "") !== "";
  return {
    format: LAYER_FORMAT,
    formatVersion: LAYER_FORMAT_VERSION,
    name: meta.name,
    description: meta.description ?? "",
    datasetVersion: meta.datasetVersion,
    items: [
      ...plan.picks.map((slug) => item("topic", slug, topicItem(slug))),
      ...catalogue.topics
        .filter((slug) => !picked.has(slug) && decided(topicItem(slug)))
        .map((slug) => item("topic", slug, topicItem(slug), false)),
      ...catalogue.considerations.map((slug) => item("consideration", slug, considerationItem(slug))),
    ],
  };
}

/** A layer as a plan: what the plan can hold (see the module comment). */
export function layerToPlan(layer: LayerDocument): PlanState {
  const ticks: Record<string, boolean> = {};
  const notes: Record<string, string> = {};
  for (const item of layer.items) {
    const key = item.kind === "topic" ? topicItem(item.slug) : considerationItem(item.slug);
    if (item.status === "addressed") ticks[key] = true;
    const note = item.note.slice(0, NOTE_MAX_LENGTH);
    if (note.trim()) notes[key] = note;
  }
  return {
    picks: layer.items.filter((i) => i.kind === "topic" && i.picked !== false).map((i) => i.slug),
    progress: { ticks, notes },
  };
}

/** How many items have each status, in the order of LAYER_STATUSES. */
export function statusCounts(layer: LayerDocument): Record<LayerItem["status"], number> {
  const counts = { todo: 0, addressed: 0, "accepted-risk": 0, "not-relevant": 0 };
  for (const item of layer.items) counts[item.status]++;
  return counts;
}
