/**
 * npm run import:assignments -- <file.csv>
 * Validates a video_id,topic_slug CSV, replaces the stored assignments with it, recomputes
 * the co-occurrence matrix in the same transaction, and lists where the computed counts
 * disagree with the paper's reported ones. On any invalid row: every problem with its line
 * and field, exit 1, nothing written.
 */
import { readFile } from "node:fs/promises";
import { SingleBar, Presets } from "cli-progress";
import { parseAssignmentsCsv } from "../lib/import/assignments";
import { findDisagreements } from "../lib/domain/cooccurrence";
import { createDb, type Db } from "../lib/db/client";
import { replaceAssignments } from "../lib/db/assignments";

const PROGRESS_FROM = 1000;

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || file.startsWith("-")) {
    console.error("usage: npm run import:assignments -- <file.csv>   (columns: video_id,topic_slug)");
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    console.error(`import:assignments: cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  let db: Db;
  try {
    db = createDb();
  } catch (err) {
    console.error(`import:assignments: ${(err as Error).message}`); // an unsupported DATABASE_URL
    return 2;
  }
  try {
    const topics = await db.topic.findMany({ select: { slug: true, videoCount: true } });
    if (topics.length === 0) {
      console.error("import:assignments: the database has no topics; run `npm run db:seed` first.");
      return 1;
    }
    const parsed = parseAssignmentsCsv(text, new Set(topics.map((t) => t.slug)));
    if (!parsed.ok) {
      console.error(`import:assignments: ${file} is invalid; nothing was imported.`);
      for (const i of parsed.issues.slice(0, 50)) console.error(`  - ${file}:${i.line}${i.field ? `, field "${i.field}"` : ""}: ${i.message}`);
      if (parsed.issues.length > 50) console.error(`  … and ${parsed.issues.length - 50} more`);
      return 1;
    }
    const bar = parsed.assignments.length >= PROGRESS_FROM ? new SingleBar({ format: "importing [{bar}] {percentage}% | {value}/{total} rows", stream: process.stderr, noTTYOutput: true, notTTYSchedule: 500 }, Presets.shades_classic) : null;
    bar?.start(parsed.assignments.length, 0);
    const result = await replaceAssignments(db, parsed.assignments, (done) => bar?.update(done));
    bar?.stop();
    console.log(`import:assignments: ${result.assignments} assignments stored (${result.newVideos} new videos); ${result.pairs} topic pairs recomputed.`);
    const diffs = findDisagreements(topics, result.reported, parsed.assignments);
    if (diffs.length === 0) console.log("Computed counts agree with every count the paper reports.");
    else {
      console.log(`Computed counts disagree with the paper in ${diffs.length} places (reported → computed):`);
      for (const d of diffs) console.log(`  ${d.kind === "topic" ? "topic" : "pair "} ${d.label}: ${d.reported} → ${d.computed}`);
    }
    return 0;
  } catch (err) {
    console.error(`import:assignments: writing to the database failed; nothing was changed.\n  ${(err as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
