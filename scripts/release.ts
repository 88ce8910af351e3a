/**
 * npm run release -- <version> [--date YYYY-MM-DD] [--note "text"]…
 * Cuts a dataset release from content/: sets `version` and `releasedAt` in content/dataset.yaml (comments kept),
 * validates the content, and writes releases/<version>.json (the files, their content hash, the validated
 * catalogue, the notes and a checksum). A release never changes: the command refuses an existing or lower
 * version, and content that has not changed since the latest release.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import YAML from "yaml";
import { DEFAULT_CONTENT_DIR, readContentFiles } from "../lib/content/load";
import { formatIssue } from "../lib/content/issues";
import { parseContent } from "../lib/content/parse";
import { DEFAULT_RELEASES_DIR, readReleases, ReleaseError, writeRelease } from "../lib/content/releases";
import { changedFiles, sealRelease } from "../lib/domain/release/format";
import { compareVersions, VERSION_PATTERN } from "../lib/domain/version";

const USAGE = 'usage: npm run release -- <version> [--date YYYY-MM-DD] [--note "text"]…';

interface Args {
  version: string;
  date: string;
  notes: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { version: "", date: new Date().toISOString().slice(0, 10), notes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--date" || a === "--note") {
      const value = argv[++i];
      if (!value) return `${a} needs a value`;
      if (a === "--date") args.date = value;
      else args.notes.push(value);
    } else if (!args.version && !a.startsWith("-")) args.version = a;
    else return `unexpected argument "${a}"`;
  }
  if (!args.version) return "give the version to release";
  if (!VERSION_PATTERN.test(args.version)) return `version "${args.version}" is not like 1.3.0`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) return `--date "${args.date}" is not like 2026-12-02`;
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`release: ${args}\n${USAGE}`);
    return 2;
  }
  let releases;
  try {
    releases = await readReleases(DEFAULT_RELEASES_DIR);
  } catch (err) {
    const problems = err instanceof ReleaseError ? err.problems : [(err as Error).message];
    console.error(`release: a committed release is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  const latest = releases.at(-1);
  if (releases.some((r) => r.version === args.version)) {
    console.error(`release: releases/${args.version}.json exists, and a published release never changes.`);
    return 1;
  }
  if (latest && compareVersions(args.version, latest.version) <= 0) {
    console.error(`release: ${args.version} is not above the latest release, ${latest.version}.`);
    return 1;
  }

  const files = await readContentFiles(DEFAULT_CONTENT_DIR);
  const datasetPath = join(DEFAULT_CONTENT_DIR, "dataset.yaml");
  // Only the two lines change; the rest of the file (comments, line breaks) stays as written.
  const datasetText = await readFile(datasetPath, "utf8");
  const withVersion = datasetText
    .replace(/^version: .*$/m, `version: "${args.version}"`)
    .replace(/^releasedAt: .*$/m, `releasedAt: "${args.date}"`);
  const written = YAML.parse(withVersion) as { version?: unknown; releasedAt?: unknown };
  if (written.version !== args.version || written.releasedAt !== args.date) {
    console.error('release: content/dataset.yaml needs top-level lines "version: …" and "releasedAt: …".');
    return 1;
  }
  files["dataset.yaml"] = withVersion;

  const changed = latest ? changedFiles(latest.files, files).filter((f) => f !== "dataset.yaml") : ["(first)"];
  if (changed.length === 0) {
    console.error(`release: content/ has not changed since ${latest!.version}; there is nothing to release.`);
    return 1;
  }
  const result = parseContent(files);
  if (!result.ok) {
    console.error("release: content is invalid; nothing was written.");
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue)}`);
    return 1;
  }
  const { catalogue } = result;
  const release = sealRelease({
    format: 1,
    version: args.version,
    releasedAt: args.date,
    contentHash: catalogue.dataset.contentHash,
    origin: { kind: "release-command" },
    notes: args.notes,
    files,
    catalogue: JSON.parse(JSON.stringify(catalogue)),
  });
  await writeFile(datasetPath, files["dataset.yaml"]);
  const path = await writeRelease(release, DEFAULT_RELEASES_DIR);
  console.log(
    `release: ${args.version} (${args.date}), content hash ${release.contentHash.slice(0, 12)}, ` +
      `${changed.length} file${changed.length === 1 ? "" : "s"} changed since ${latest?.version ?? "nothing"}; ` +
      `wrote ${path} and content/dataset.yaml. Commit both.`,
  );
  return 0;
}

main().then((code) => process.exit(code));
