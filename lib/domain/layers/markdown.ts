/**
 * A layer as Markdown, written as a design-review record: per item the decision, the evidence
 * behind the item on this site, the owner and the note. Built by the same function on the page
 * (download) and in tests. Notes and names are the team's text: written as text, never markup.
 */
import { formatShare } from "../share";
import type { LayerDocument, LayerStatus } from "./format";
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
