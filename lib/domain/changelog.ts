/**
 * What changed between two dataset versions, in words a reader of the changelog needs:
 * entries added, removed or renamed, figures that moved, quotes and pairs added or removed.
 */
import { PAIR_KIND, PAIR_KINDS, type PairKind } from "./paper/pair-kind";
import { THEME_ORIGIN, type ThemeOrigin } from "./paper/theme-origin";

export interface SnapshotLike {
  themes: Array<{
    slug: string;
    name: string;
    videoCount: number;
    share: number;
    aliases?: string[];
    /** Absent before dataset 1.2.0. */
    origin?: ThemeOrigin;
  }>;
  topics: Array<{
    slug: string;
    name: string;
    videoCount: number;
    share: number;
    aliases?: string[];
    quotes: Array<{ video: string; text: string }>;
  }>;
  phases: Array<{ slug: string; name: string; aliases?: string[] }>;
  /** `kind` is absent before dataset 1.2.0. */
  pairs: Array<{ a: string; b: string; count: number; kind?: PairKind }>;
  /** The paper's conclusions and its method's limits; absent before dataset 1.2.0. */
  findings?: {
    conclusions: Array<{ slug: string; title: string }>;
    limits: Array<{ slug: string; title: string }>;
  };
  /** Absent in snapshots taken before considerations existed (dataset 1.0.0). */
  considerations?: Array<{ slug: string; name: string; topics: Array<{ topic: string }> }>;
}

type Named = { slug: string; name: string; aliases?: string[] };

function entryChanges(kind: string, prev: Named[], next: Named[]): string[] {
  const out: string[] = [];
  const prevBySlug = new Map(prev.map((e) => [e.slug, e]));
  const nextBySlug = new Map(next.map((e) => [e.slug, e]));
  for (const e of next) {
    const before = prevBySlug.get(e.slug) ?? prev.find((p) => e.aliases?.includes(p.slug));
    if (!before) out.push(`Added ${kind} “${e.name}”.`);
    else if (before.slug !== e.slug || before.name !== e.name)
      out.push(
        `Renamed ${kind} “${before.name}” to “${e.name}”${before.slug !== e.slug ? ` (old links redirect)` : ""}.`,
      );
  }
  for (const e of prev) {
    if (!nextBySlug.has(e.slug) && !next.some((n) => n.aliases?.includes(e.slug)))
      out.push(`Removed ${kind} “${e.name}”.`);
  }
  return out;
}

export function diffSnapshots(prev: SnapshotLike, next: SnapshotLike): string[] {
  const out = [
    ...entryChanges("theme", prev.themes, next.themes),
    ...entryChanges("topic", prev.topics, next.topics),
    ...entryChanges("phase", prev.phases, next.phases),
  ];
  for (const [kind, list, before] of [
    ["theme", next.themes, prev.themes],
    ["topic", next.topics, prev.topics],
  ] as const) {
    for (const e of list) {
      const b = (before as SnapshotLike["topics"]).find((x) => x.slug === e.slug);
      if (b && (b.videoCount !== e.videoCount || b.share !== e.share))
        out.push(
          `${kind === "theme" ? "Theme" : "Topic"} “${e.name}”: ${b.videoCount} ` +
            `videos (${b.share}%) → ${e.videoCount} videos (${e.share}%).`,
        );
    }
  }
  for (const t of next.topics) {
    const b = prev.topics.find((x) => x.slug === t.slug);
    if (!b) continue;
    const key = (q: { video: string; text: string }) => `${q.video}|${q.text}`;
    const added = t.quotes.filter((q) => !b.quotes.some((p) => key(p) === key(q))).length;
    const removed = b.quotes.filter((q) => !t.quotes.some((p) => key(p) === key(q))).length;
    if (added || removed)
      out.push(`Topic “${t.name}”: ${added} quote${added === 1 ? "" : "s"} added, ${removed} removed.`);
  }
  const pk = (p: { a: string; b: string }) => [p.a, p.b].sort().join("|");
  const prevPairs = new Map(prev.pairs.map((p) => [pk(p), p.count]));
  const nextPairs = new Map(next.pairs.map((p) => [pk(p), p.count]));
  const pairName = (k: string) => k.replace("|", " × ");
  for (const [k, c] of nextPairs) {
    if (!prevPairs.has(k)) out.push(`Reported pair ${pairName(k)} added (${c}).`);
    else if (prevPairs.get(k) !== c) out.push(`Reported pair ${pairName(k)}: ${prevPairs.get(k)} → ${c}.`);
  }
  for (const k of prevPairs.keys()) if (!nextPairs.has(k)) out.push(`Reported pair ${pairName(k)} removed.`);
  const prevConsiderations = prev.considerations ?? [];
  const nextConsiderations = next.considerations ?? [];
  out.push(...entryChanges("consideration", prevConsiderations, nextConsiderations));
  for (const c of nextConsiderations) {
    const b = prevConsiderations.find((x) => x.slug === c.slug);
    if (!b) continue;
    const added = c.topics.filter((t) => !b.topics.some((x) => x.topic === t.topic)).map((t) => t.topic);
    const removed = b.topics.filter((t) => !c.topics.some((x) => x.topic === t.topic)).map((t) => t.topic);
    if (added.length || removed.length) {
      const parts = [
        added.length ? `now mapped to ${added.join(", ")}` : "",
        removed.length ? `no longer to ${removed.join(", ")}` : "",
      ];
      out.push(`Consideration “${c.name}”: ${parts.filter(Boolean).join("; ")} (editorial).`);
    }
  }
  out.push(...paperStructureChanges(prev, next));
  return out;
}

/** The paper's grouping of pairs, the origin of themes, its conclusions and limits (from dataset 1.2.0 on). */
function paperStructureChanges(prev: SnapshotLike, next: SnapshotLike): string[] {
  const out: string[] = [];
  const pk = (p: { a: string; b: string }) => [p.a, p.b].sort().join("|");
  const prevKinds = new Map(prev.pairs.map((p) => [pk(p), p.kind]));
  const newlyGrouped = next.pairs.filter((p) => p.kind && prevKinds.has(pk(p)) && !prevKinds.get(pk(p)));
  if (newlyGrouped.length > 0) {
    const counts = PAIR_KINDS.map((k) => [k, newlyGrouped.filter((p) => p.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${PAIR_KIND[k].label.toLowerCase()}`);
    out.push(`Reported pairs now carry the paper's grouping (§IV-B): ${counts.join(", ")}.`);
  }
  for (const p of next.pairs) {
    const before = prevKinds.get(pk(p));
    if (before && p.kind && before !== p.kind)
      out.push(`Reported pair ${pk(p).replace("|", " × ")}: ${PAIR_KIND[before].label} → ${PAIR_KIND[p.kind].label}.`);
  }
  const prevOrigin = new Map(prev.themes.map((t) => [t.slug, t.origin]));
  const newlyPlaced = next.themes.filter((t) => t.origin && prevOrigin.has(t.slug) && !prevOrigin.get(t.slug));
  if (newlyPlaced.length > 0) {
    const placed = newlyPlaced.filter((t) => t.origin !== "not-classified").length;
    out.push(
      `Themes say where they come from, as the paper's introduction classifies them: ${placed} placed, ` +
        `${newlyPlaced.length - placed} not classified by the paper.`,
    );
  }
  for (const t of next.themes) {
    const before = prevOrigin.get(t.slug);
    if (before && t.origin && before !== t.origin)
      out.push(`Theme “${t.name}”: ${THEME_ORIGIN[before].label} → ${THEME_ORIGIN[t.origin].label}.`);
  }
  const named = (list: Array<{ slug: string; title: string }> | undefined) =>
    (list ?? []).map((f) => ({ slug: f.slug, name: f.title }));
  out.push(
    ...entryChanges("conclusion of the paper", named(prev.findings?.conclusions), named(next.findings?.conclusions)),
  );
  out.push(...entryChanges("limit of the method", named(prev.findings?.limits), named(next.findings?.limits)));
  return out;
}
