/**
 * Parsing a video→topic assignment file (the shape a replication package would have):
 *   video_id,topic_slug
 *   V12,rag-systems
 * Every row is checked; any problem is reported with its line and field, and nothing is
 * imported unless the whole file is valid.
 */
import { parse } from "csv-parse/sync";
import { isVideoId } from "../domain/video-id";
import type { Assignment } from "../domain/heatmap/cooccurrence";

export interface ImportIssue {
  line: number;
  field?: string;
  message: string;
}

export const ASSIGNMENT_COLUMNS = ["video_id", "topic_slug"] as const;

export function parseAssignmentsCsv(
  text: string,
  topicSlugs: ReadonlySet<string>,
): { ok: true; assignments: Assignment[] } | { ok: false; issues: ImportIssue[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { ok: false, issues: [{ line: e.lines ?? 1, message: `not valid CSV: ${e.message}` }] };
  }
  if (records.length === 0)
    return {
      ok: false,
      issues: [{ line: 1, message: `the file is empty; expected a header "${ASSIGNMENT_COLUMNS.join(",")}"` }],
    };

  const header = records[0].record.map((h) => h.toLowerCase());
  if (header.length !== 2 || header[0] !== ASSIGNMENT_COLUMNS[0] || header[1] !== ASSIGNMENT_COLUMNS[1]) {
    return {
      ok: false,
      issues: [
        {
          line: records[0].info.lines,
          message: `the header must be "${ASSIGNMENT_COLUMNS.join(",")}", found "${records[0].record.join(",")}"`,
        },
      ],
    };
  }

  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  const assignments: Assignment[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== 2) {
      issues.push({ line, message: `expected 2 fields (video_id,topic_slug), found ${record.length}` });
      continue;
    }
    const [videoId, topicSlug] = record;
    let ok = true;
    if (!isVideoId(videoId)) {
      issues.push({ line, field: "video_id", message: `"${videoId}" is not a video id like V72` });
      ok = false;
    }
    if (!topicSlugs.has(topicSlug)) {
      issues.push({ line, field: "topic_slug", message: `unknown topic "${topicSlug}"` });
      ok = false;
    }
    if (!ok) continue;
    const key = `${videoId}|${topicSlug}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ line, message: `duplicate of line ${first} (${videoId},${topicSlug})` });
      continue;
    }
    seen.set(key, line);
    assignments.push({ videoId, topicSlug });
  }
  return issues.length ? { ok: false, issues } : { ok: true, assignments };
}
