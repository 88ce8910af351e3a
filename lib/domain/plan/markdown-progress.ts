/**
 * Ticks and notes put into the plan's Markdown in the browser (the page's download button), from the Markdown the
 * server writes without them (/plan.md, lib/domain/plan/markdown.ts): the button needs the plan's link, not the plan.
 */
import { considerationItem, considerationProgress, topicItem, type Progress } from "./checklist";
import { inline } from "./markdown-inline";

/** A checklist line of planMarkdown: its box, then a link to a topic or consideration page. */
const CHECKLIST_LINE = /^- \[ \] \[(?:\\.|[^\]\\])*\]\((.*)\/(topics|considerations)\/([^)/]+)\)/;

/** planMarkdown's text without progress, with `progress` put in: the same text planMarkdown writes with it. */
export function applyProgress(markdown: string, siteUrl: string, progress: Progress): string {
  const lines = markdown.split("\n");
  const considerations = lines.flatMap((line) => {
    const m = CHECKLIST_LINE.exec(line);
    return m && m[1] === siteUrl && m[2] === "considerations" ? [m[3]] : [];
  });
  const out: string[] = [];
  let pendingNote: string | null = null;
  let progressLine = false;
  const flushNote = () => {
    if (pendingNote !== null) out.push(`  - Note: ${inline(pendingNote)}`);
    pendingNote = null;
  };
  for (const line of lines) {
    // A checklist item's note goes after the item's own sub-lines ("  - …").
    if (!line.startsWith("  - ")) flushNote();
    const m = CHECKLIST_LINE.exec(line);
    if (m && m[1] === siteUrl) {
      const item = m[2] === "topics" ? topicItem(m[3]) : considerationItem(m[3]);
      out.push(progress.ticks[item] ? `- [x]${line.slice(5)}` : line);
      pendingNote = progress.notes[item] || null;
      continue;
    }
    out.push(line);
    if (!progressLine && line.startsWith("- Data: ")) {
      out.push(`- Progress: ${considerationProgress(progress, considerations).label}`);
      progressLine = true;
    }
  }
  flushNote();
  return out.join("\n");
}
