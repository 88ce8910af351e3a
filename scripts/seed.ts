/**
 * npm run db:seed [-- --content <dir>]
 * Validates content/ and the committed releases (releases/*.json) and writes them to DATABASE_URL in one
 * transaction: content/ as the current version, every release as the version it records. On invalid content or
 * a changed release it prints every problem (file, entry, field) and exits 1 without writing.
 */
import { readContentFiles, DEFAULT_CONTENT_DIR } from "../lib/content/load";
import { parseContent } from "../lib/content/parse";
import { formatIssue } from "../lib/content/issues";
import { readReleases, ReleaseError } from "../lib/content/releases";
import { createDb, type Db } from "../lib/db/client";
import { DatasetVersionConflict, ReleaseConflict, seedCatalogue } from "../lib/db/seed";

/** The content folder from `--content <dir>`, the default without it, or null when the flag has no value. */
function contentDirFromArgs(argv: string[]): string | null {
  const i = argv.indexOf("--content");
  if (i === -1) return DEFAULT_CONTENT_DIR;
  const dir = argv[i + 1];
  return dir && !dir.startsWith("-") ? dir : null;
}

async function main(): Promise<number> {
  const dir = contentDirFromArgs(process.argv.slice(2));
  if (dir === null) {
    console.error("db:seed: --content needs a directory, e.g. npm run db:seed -- --content ./content");
    return 2;
  }
  let files;
  try {
    files = await readContentFiles(dir);
  } catch (err) {
    console.error(`db:seed: cannot read content directory ${dir}: ${(err as Error).message}`);
    return 1;
  }
  const result = parseContent(files);
  if (!result.ok) {
    console.error(`db:seed: content is invalid; the database was not changed.`);
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue)}`);
    return 1;
  }
  let releases;
  try {
    releases = await readReleases();
  } catch (err) {
    console.error(`db:seed: a committed release is invalid; the database was not changed.`);
    const problems = err instanceof ReleaseError ? err.problems : [(err as Error).message];
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  let db: Db;
  try {
    db = createDb();
  } catch (err) {
    console.error(`db:seed: ${(err as Error).message}`); // an unsupported DATABASE_URL
    return 2;
  }
  try {
    const s = await seedCatalogue(db, result.catalogue, new Date(), releases);
    console.log(
      `db:seed: dataset ${s.version} (${s.contentHash.slice(0, 12)}): ` +
        `${s.phases} phases, ${s.themes} themes, ${s.topics} topics, ` +
        (`${s.quotes} quotes, ${s.videos} videos, ${s.considerations} ` +
          `considerations, ${s.findings} findings, pairs ${s.pairs.reported} ` +
          `reported / ${s.pairs.computed} computed / ${s.pairs.not_reported} not ` +
          `reported`),
    );
    console.log(
      `db:seed: ${s.releases.committed} committed releases, ${s.releases.added} added to the database this time`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ReleaseConflict) {
      console.error(`db:seed: ${err.message} The database was not changed.`);
      return 1;
    }
    if (err instanceof DatasetVersionConflict) {
      console.error(`db:seed: content/dataset.yaml, field "version": ${err.message} The database was not changed.`);
      return 1;
    }
    console.error(
      `db:seed: writing to the database failed; nothing was changed (the ` +
        `import runs in one transaction).\n  ${(err as Error).message}`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
