/**
 * What changed between two dataset versions, computed from their snapshots (any version's shape: fields a version
 * lacks count as absent, not as removed content). Per entry: added, removed, or changed with its figures old → new,
 * its texts word-diffed and its mappings added and removed. The changelog, the changes API and the banner of an
 * older version's page all read this one computation.
 */
import type { Catalogue } from "../../content/parse";
import { wordDiff, type WordPart } from "./words";

export const ENTRY_KINDS = [
  "dataset",
  "source",
  "guide",
  "theme",
  "topic",
  "phase",
  "pair",
  "consideration",
  "conclusion",
  "limit",
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface FigureChange {
  field: string;
  before: string | number | null;
  after: string | number | null;
}
export interface TextChange {
  field: string;
  diff: WordPart[];
}
export interface MappingChange {
  field: string;
  added: string[];
  removed: string[];
}
export interface EntryChange {
  kind: EntryKind;
  slug: string;
  name: string;
  status: "added" | "removed" | "changed";
  /** The name in the older version, when it differs. */
  previousName?: string;
  figures: FigureChange[];
  texts: TextChange[];
  mappings: MappingChange[];
}

type Value = string | number | null | undefined;
/** How one kind of entry is compared: its key, name, figures, texts and mapped lists. */
interface EntryShape<T> {
  kind: EntryKind;
  key: (e: T) => string;
  name: (e: T) => string;
  aliases?: (e: T) => string[];
  figures?: (e: T) => Record<string, Value>;
  texts?: (e: T) => Record<string, Value>;
  mappings?: (e: T) => Record<string, string[] | undefined>;
}

function compareLists<T>(shape: EntryShape<T>, prev: T[], next: T[]): EntryChange[] {
  const out: EntryChange[] = [];
  const prevByKey = new Map(prev.map((e) => [shape.key(e), e]));
  const matched = new Set<string>();
  for (const e of next) {
    const key = shape.key(e);
    const before = prevByKey.get(key) ?? prev.find((p) => shape.aliases?.(e).includes(shape.key(p)));
    const base = { kind: shape.kind, slug: key, name: shape.name(e), figures: [], texts: [], mappings: [] };
    if (!before) {
      out.push({ ...base, status: "added" });
      continue;
    }
    matched.add(shape.key(before));
    const change: EntryChange = { ...base, status: "changed" };
    if (shape.name(before) !== shape.name(e)) change.previousName = shape.name(before);
    const [fb, fa] = [shape.figures?.(before) ?? {}, shape.figures?.(e) ?? {}];
    for (const field of Object.keys(fa))
      if ((fb[field] ?? null) !== (fa[field] ?? null))
        change.figures.push({ field, before: fb[field] ?? null, after: fa[field] ?? null });
    const [tb, ta] = [shape.texts?.(before) ?? {}, shape.texts?.(e) ?? {}];
    for (const field of new Set([...Object.keys(tb), ...Object.keys(ta)]))
      if ((tb[field] ?? "") !== (ta[field] ?? ""))
        change.texts.push({ field, diff: wordDiff(String(tb[field] ?? ""), String(ta[field] ?? "")) });
    const [mb, ma] = [shape.mappings?.(before) ?? {}, shape.mappings?.(e) ?? {}];
    for (const field of Object.keys(ma)) {
      // A list the older version did not have at all (e.g. keywords before 1.1.0) is new data, listed as added.
      const old = mb[field] ?? [];
      const now = ma[field] ?? [];
      const added = now.filter((x) => !old.includes(x));
      const removed = old.filter((x) => !now.includes(x));
      if (added.length || removed.length) change.mappings.push({ field, added, removed });
    }
    if (change.previousName || change.figures.length || change.texts.length || change.mappings.length) out.push(change);
  }
  for (const e of prev)
    if (!matched.has(shape.key(e)))
      out.push({
        kind: shape.kind,
        slug: shape.key(e),
        name: shape.name(e),
        status: "removed",
        figures: [],
        texts: [],
        mappings: [],
      });
  return out;
}

type Snap = Pick<Catalogue, "dataset" | "sources" | "themes" | "topics" | "phases" | "pairs" | "study"> &
  Partial<Pick<Catalogue, "guides" | "considerations" | "findings">>;
type Finding = NonNullable<Catalogue["findings"]>["conclusions"][number];

const quote = (q: { video: string; text: string }) => `${q.video}: “${q.text}”`;
const rationales = (links: Array<{ rationale: string } & ({ phase: string } | { topic: string })>) =>
  Object.fromEntries(links.map((l) => [`reason for ${"phase" in l ? l.phase : l.topic}`, l.rationale]));

const FINDING = (kind: "conclusion" | "limit"): EntryShape<Finding> => ({
  kind,
  key: (f) => f.slug,
  name: (f) => f.title,
  figures: (f) => ({ section: f.section }),
  texts: (f) => ({ title: f.title, summary: f.summary }),
  mappings: (f) => ({ topics: f.topics, "paper's sentences": f.evidence }),
});

/** Every entry that differs between `prev` and `next`, in a fixed order of kinds, then as each list orders them. */
export function compareSnapshots(prev: Snap, next: Snap): EntryChange[] {
  const dataset: EntryShape<Snap["dataset"]> = {
    kind: "dataset",
    key: () => "dataset",
    name: (d) => d.title,
    texts: (d) => ({ title: d.title, description: d.description }),
  };
  return [
    ...compareLists(dataset, [prev.dataset], [next.dataset]),
    ...compareLists(
      {
        kind: "source",
        key: (s) => s.slug,
        name: (s) => s.title,
        figures: (s) => ({ videosAnalysed: s.videosAnalysed, shareDenominator: s.shareDenominator }),
        texts: (s) => ({ title: s.title, role: s.role }),
      },
      prev.sources,
      next.sources,
    ),
    ...compareLists(
      { kind: "guide", key: (g) => g.slug, name: (g) => g.title, texts: (g) => ({ note: g.note, role: g.role }) },
      prev.guides ?? [],
      next.guides ?? [],
    ),
    ...compareLists(
      {
        kind: "theme",
        key: (t) => t.slug,
        name: (t) => t.name,
        aliases: (t) => t.aliases ?? [],
        figures: (t) => ({ videos: t.videoCount, share: t.share, section: t.section, origin: t.origin }),
        texts: (t) => ({ summary: t.summary, "origin evidence": t.originEvidence }),
      },
      prev.themes,
      next.themes,
    ),
    ...compareLists(
      {
        kind: "topic",
        key: (t) => t.slug,
        name: (t) => t.name,
        aliases: (t) => t.aliases ?? [],
        figures: (t) => ({ videos: t.videoCount, share: t.share, section: t.section, theme: t.theme }),
        texts: (t) => ({ summary: t.summary, ...rationales(t.phases) }),
        mappings: (t) => ({
          phases: t.phases.map((l) => l.phase),
          quotes: t.quotes.map(quote),
          keywords: t.keywords,
        }),
      },
      prev.topics,
      next.topics,
    ),
    ...compareLists(
      {
        kind: "phase",
        key: (p) => p.slug,
        name: (p) => p.name,
        aliases: (p) => p.aliases ?? [],
        texts: (p) => ({ summary: p.summary }),
      },
      prev.phases,
      next.phases,
    ),
    ...compareLists(
      {
        kind: "pair",
        key: (p) => [p.a, p.b].sort().join("|"),
        name: (p) => `${topicName(next, p.a)} × ${topicName(next, p.b)}`,
        figures: (p) => ({ count: p.count, group: p.kind }),
        texts: (p) => ({ evidence: p.evidence, note: p.note }),
      },
      prev.pairs,
      next.pairs,
    ),
    ...compareLists(
      {
        kind: "consideration",
        key: (c) => c.slug,
        name: (c) => c.name,
        texts: (c) => ({ summary: c.summary, "unmapped note": c.unmappedNote, ...rationales(c.topics) }),
        mappings: (c) => ({ topics: c.topics.map((l) => l.topic) }),
      },
      prev.considerations ?? [],
      next.considerations ?? [],
    ),
    ...compareLists(FINDING("conclusion"), prev.findings?.conclusions ?? [], next.findings?.conclusions ?? []),
    ...compareLists(FINDING("limit"), prev.findings?.limits ?? [], next.findings?.limits ?? []),
  ];
}

function topicName(snap: Snap, slug: string): string {
  return snap.topics.find((t) => t.slug === slug)?.name ?? slug;
}

/** The changes to one entry (by kind and current slug), or undefined when it did not change. */
export function changeOf(changes: EntryChange[], kind: EntryKind, slug: string): EntryChange | undefined {
  return changes.find((c) => c.kind === kind && c.slug === slug);
}

/** One short line per change of an entry, for banners and plain-text summaries. */
export function describeChange(change: EntryChange): string[] {
  if (change.status === "added") return ["added"];
  if (change.status === "removed") return ["removed"];
  const lines: string[] = [];
  if (change.previousName) lines.push(`renamed from “${change.previousName}”`);
  for (const f of change.figures) lines.push(`${f.field}: ${f.before ?? "—"} → ${f.after ?? "—"}`);
  for (const t of change.texts) {
    const gone = t.diff.every((p) => p.op !== "same" && p.op !== "added");
    const fresh = t.diff.every((p) => p.op !== "same" && p.op !== "removed");
    lines.push(`${t.field} ${fresh ? "added" : gone ? "removed" : "reworded"}`);
  }
  for (const m of change.mappings) {
    const parts = [
      m.added.length ? `${m.added.length} added` : "",
      m.removed.length ? `${m.removed.length} removed` : "",
    ].filter(Boolean);
    lines.push(`${m.field}: ${parts.join(", ")}`);
  }
  return lines;
}
