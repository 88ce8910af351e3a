/**
 * A layer as Markdown, written as a design-review record: per item the decision, the evidence
 * behind the item on this site, the owner and the note. Built by the same function on the page
 * (download) and in tests. Notes and names are the team's text: written as text, never markup.
 */
import { formatShare } from "../share";
import {
  comparisonCounts,
  evidenceCounts,
  evidenceText,
  HIGH_EVIDENCE_RANK,
  type ComparedItem,
  type EvidenceRow,
} from "./compare";
import type { LayerDocument, LayerItem, LayerStatus } from "./format";
import { statusCounts } from "./rules";

export const STATUS_LABEL: Record<LayerStatus, string> = {
  todo: "To do",
  addressed: "Addressed",
  "accepted-risk": "Accepted risk",
  "not-relevant": "Not relevant",
};

/** What the site holds for an item: its name, and for a topic its figures from the paper. */
export interface LayerEntryInfo {
  name: string;
  /** Topics: videos and share as the paper reports them. */
  videoCount?: number;
  share?: number;
}

export type LayerEntries = ReadonlyMap<string, LayerEntryInfo>;
export const entryKey = (kind: string, slug: string) => `${kind}:${slug}`;

/** Markdown-safe inline text: one line, markup characters escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1")
    .trim();
}

export function layerMarkdown(
  layer: LayerDocument,
  entries: LayerEntries,
  links: { siteUrl: string; layerPath?: string; revision?: number },
): string {
  const url = (path: string) => `${links.siteUrl}${path}`;
  const counts = statusCounts(layer);
  const lines = [`# Design review: ${inline(layer.name)}`, ""];
  if (layer.description.trim())
    lines.push(
      ...layer.description
        .trim()
        .split(/\r?\n/)
        .map((l) => `> ${inline(l)}`),
      "",
    );
  if (links.layerPath)
    lines.push(`- Team plan: ${url(links.layerPath)}${links.revision ? ` (revision ${links.revision})` : ""}`);
  lines.push(`- Made on dataset version ${layer.datasetVersion} of the LLM Engineering Knowledge Map`);
  lines.push(
    `- Decisions: ${(Object.keys(counts) as LayerStatus[])
      .map((s) => `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`)
      .join(", ")}`,
    "",
  );
  for (const [kind, heading] of [
    ["topic", "Topics"],
    ["consideration", "Engineering considerations"],
  ] as const) {
    const items = layer.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    lines.push(`## ${heading}`, "");
    for (const item of items) {
      const info = entries.get(entryKey(kind, item.slug));
      const path = `/${kind}s/${item.slug}`;
      lines.push(`### ${inline(info?.name ?? item.slug)}`, "");
      lines.push(`- Decision: ${STATUS_LABEL[item.status]}`);
      if (kind === "topic")
        lines.push(
          `- Evidence: ${url(path)}` +
            (info?.videoCount !== undefined && info.share !== undefined
              ? ` — ${info.videoCount} videos, ${formatShare(info.share)} (Mailach et al.)`
              : ""),
        );
      else lines.push(`- Evidence: ${url(path)} — the guide page and its editorial topic mapping`);
      if (kind === "topic" && item.picked === false) lines.push("- Not picked in the plan (decision kept)");
      if (item.owner.trim()) lines.push(`- Owner: ${inline(item.owner)}`);
      if (item.note.trim())
        lines.push(
          "- Note:",
          "",
          ...item.note
            .trim()
            .split(/\r?\n/)
            .map((l) => `  > ${inline(l)}`),
        );
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** One side of a comparison as the record names it. */
export interface ComparedLayer {
  layer: LayerDocument;
  path: string;
  revision: number;
}

const decision = (item: LayerItem | null) => (item ? STATUS_LABEL[item.status] : "not in it");
const noteLines = (who: string, item: LayerItem | null) =>
  item?.note.trim()
    ? [
        `- Note (${who}):`,
        "",
        ...item.note
          .trim()
          .split(/\r?\n/)
          .map((l) => `  > ${inline(l)}`),
      ]
    : [];

/** Two team plans compared, as a design-review record: where they differ first, then where they agree. */
export function comparisonMarkdown(
  a: ComparedLayer,
  b: ComparedLayer,
  rows: readonly ComparedItem[],
  entries: LayerEntries,
  links: { siteUrl: string; comparePath: string },
): string {
  const url = (path: string) => `${links.siteUrl}${path}`;
  const counts = comparisonCounts(rows);
  const lines = [
    `# Design review: ${inline(a.layer.name)} compared with ${inline(b.layer.name)}`,
    "",
    `- A: ${inline(a.layer.name)} — ${url(a.path)} (revision ${a.revision}, dataset version ${a.layer.datasetVersion})`,
    `- B: ${inline(b.layer.name)} — ${url(b.path)} (revision ${b.revision}, dataset version ${b.layer.datasetVersion})`,
    `- Comparison: ${url(links.comparePath)}`,
    `- ${counts.differ} of ${counts.items} decisions differ; ` +
      `A addressed ${counts.addressedOnlyInA} that B left open, ` +
      `B addressed ${counts.addressedOnlyInB} that A left open`,
    "",
  ];
  for (const [heading, part] of [
    ["Where the decisions differ", rows.filter((r) => r.differs)],
    ["Where they agree", rows.filter((r) => !r.differs)],
  ] as const) {
    if (part.length === 0) continue;
    lines.push(`## ${heading}`, "");
    for (const r of part) {
      lines.push(`### ${inline(entries.get(entryKey(r.kind, r.slug))?.name ?? r.slug)}`, "");
      lines.push(`- A: ${decision(r.a)}`, `- B: ${decision(r.b)}`);
      if (r.addressedOnlyIn) lines.push(`- Addressed in ${r.addressedOnlyIn.toUpperCase()} only`);
      lines.push(`- Evidence: ${url(`/${r.kind}s/${r.slug}`)}`);
      lines.push(...noteLines("A", r.a), ...(r.a?.note.trim() && r.b?.note.trim() ? [""] : []), ...noteLines("B", r.b));
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A team plan against the evidence alone, as a design-review record: what needs a look first. */
export function evidenceMarkdown(
  a: ComparedLayer,
  rows: readonly EvidenceRow[],
  entries: LayerEntries,
  links: { siteUrl: string; comparePath: string; datasetVersion: string },
): string {
  const url = (path: string) => `${links.siteUrl}${path}`;
  const counts = evidenceCounts(rows);
  const nameOf = (slug: string) => entries.get(entryKey("topic", slug))?.name ?? slug;
  const lines = [
    `# Design review: ${inline(a.layer.name)} against the evidence`,
    "",
    `- Team plan: ${url(a.path)} (revision ${a.revision}, made on dataset version ${a.layer.datasetVersion})`,
    `- Evidence: Mailach et al., arXiv 2411.08574, as dataset version ${links.datasetVersion} of the ` +
      `LLM Engineering Knowledge Map holds it`,
    `- Comparison: ${url(links.comparePath)}`,
    `- High evidence: among the ${HIGH_EVIDENCE_RANK} topics with the most videos, or among the ` +
      `${HIGH_EVIDENCE_RANK} topics with the most joint videos with the plan’s topics`,
    `- ${counts["open-high-evidence"]} high-evidence topics left open, ${counts["set-aside-high-evidence"]} set ` +
      `aside, ${counts["addressed-lower-evidence"]} addressed with lower evidence, of ${counts.topics} topics`,
    "",
  ];
  for (const [heading, verdicts] of [
    ["High evidence, left open in the plan", ["open-high-evidence"]],
    ["High evidence, set aside in the plan", ["set-aside-high-evidence"]],
    ["Addressed in the plan, lower evidence", ["addressed-lower-evidence"]],
    ["The plan and the evidence agree", ["agree"]],
  ] as const) {
    const part = rows.filter((r) => (verdicts as readonly string[]).includes(r.verdict));
    if (part.length === 0) continue;
    lines.push(`## ${heading}`, "");
    for (const r of part) {
      lines.push(`### ${inline(r.name)}`, "");
      lines.push(`- Decision: ${decision(r.item)}`);
      lines.push(`- Evidence: ${evidenceText(r.evidence, nameOf, counts.topics)} — ${url(`/topics/${r.slug}`)}`);
      if (r.item?.owner.trim()) lines.push(`- Owner: ${inline(r.item.owner)}`);
      lines.push(...noteLines("plan", r.item), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
