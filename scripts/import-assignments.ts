/**
 * npm run import:assignments -- <file.csv> --version <x.y.z>
 * Validates a video_id,topic_slug CSV, replaces the stored assignments with it, recomputes
 * the co-occurrence matrix and records the new dataset version in the same transaction, and
 * lists where the computed counts disagree with the paper's reported ones. On any invalid
 * row: every problem with its line and field, exit 1, nothing written. Without a version
 * higher than the current one: exit 2, nothing written. A running server notices the new
 * version within seconds (its views and API reads follow); prerendered pages need
 * `npm run build` and a restart.
 */
import { readFile } from "node:fs/promises";
import { SingleBar, Presets } from "cli-progress";
import { parseAssignmentsCsv } from "../lib/import/assignments";
import { findDisagreements } from "../lib/domain/heatmap/cooccurrence";
import { createDb, type Db } from "../lib/db/client";
import { ImportVersionError, replaceAssignments } from "../lib/db/assignments";

const USAGE =
  "usage: npm run import:assignments -- <file.csv> --version <x.y.z>   " +
  "(columns: video_id,topic_slug; the new dataset version)";

const PROGRESS_FROM = 1000;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const versionAt = args.indexOf("--version");
  const version = versionAt >= 0 ? args[versionAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("-") && (versionAt < 0 || i !== versionAt + 1));
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  if (!version || version.startsWith("-")) {
    console.error(
      "import:assignments: an import changes computed counts, so it is a new " +
        "dataset version: give it with --version <x.y.z>",
    );
    console.error(USAGE);
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
      for (const i of parsed.issues.slice(0, 50))
        console.error(`  - ${file}:${i.line}${i.field ? `, field "${i.field}"` : ""}: ${i.message}`);
      if (parsed.issues.length > 50) console.error(`  … and ${parsed.issues.length - 50} more`);
      return 1;
    }
    const bar =
      parsed.assignments.length >= PROGRESS_FROM
        ? new SingleBar(
            {
              format: "importing [{bar}] {percentage}% | {value}/{total} rows",
              stream: process.stderr,
              noTTYOutput: true,
              notTTYSchedule: 500,
            },
            Presets.shades_classic,
          )
        : null;
    bar?.start(parsed.assignments.length, 0);
    const releasedAt = new Date().toISOString().slice(0, 10);
    let result;
    try {
      result = await replaceAssignments(db, parsed.assignments, { version, releasedAt }, (done) => bar?.update(done));
    } catch (err) {
      bar?.stop();
      if (!(err instanceof ImportVersionError)) throw err;
      console.error(`import:assignments: ${err.message}; nothing was imported.`);
      return 2;
    }
    bar?.stop();
    console.log(
      `import:assignments: ${result.assignments} assignments stored ` +
        `(${result.newVideos} new videos); ${result.pairs} topic pairs ` +
        `recomputed.`,
    );
    console.log(
      `Dataset version ${result.version} (was ${result.previousVersion}). ` +
        `Rebuild and restart for prerendered pages: npm run build && npm ` +
        `start.`,
    );
    const diffs = findDisagreements(topics, result.reported, parsed.assignments);
    if (diffs.length === 0) console.log("Computed counts agree with every count the paper reports.");
    else {
      console.log(`Computed counts disagree with the paper in ${diffs.length} places (reported → computed):`);
      for (const d of diffs)
        console.log(`  ${d.kind === "topic" ? "topic" : "pair "} ${d.label}: ${d.reported} → ${d.computed}`);
    }
    return 0;
  } catch (err) {
    console.error(
      `import:assignments: writing to the database failed; nothing was changed.\n  ${(err as Error).message}`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
