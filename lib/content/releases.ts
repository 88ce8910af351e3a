/**
 * Reads and writes the committed releases (releases/<version>.json). Every file is checked when read: its shape
 * (lib/schemas/release.ts), its checksum, its content hash against its files, and its snapshot against the shape
 * every version shares; a problem names the file and the field.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compareVersions } from "../domain/version";
import { releaseProblems, serializeRelease, type ReleaseFile } from "../domain/release/format";
import { ReleaseFileSchema, SnapshotCatalogue } from "../schemas/release";
import { formatPath } from "./issues";

export const DEFAULT_RELEASES_DIR = join(process.cwd(), "releases");

export class ReleaseError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Checks one release file's text; returns the release or the problems found. */
export function checkRelease(file: string, text: string): { release: ReleaseFile } | { problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problems: [`${file}: not valid JSON: ${(err as Error).message}`] };
  }
  const shape = ReleaseFileSchema.safeParse(raw);
  if (!shape.success)
    return {
      problems: shape.error.issues.map((i) => `${file}: field "${formatPath(i.path) ?? "(top level)"}": ${i.message}`),
    };
  const release = shape.data as ReleaseFile;
  const problems = releaseProblems(file, release);
  const snapshot = SnapshotCatalogue.safeParse(release.catalogue);
  if (!snapshot.success)
    problems.push(
      ...snapshot.error.issues.map(
        (i) => `${file}: field "catalogue${formatPath(i.path) ? "." + formatPath(i.path) : ""}": ${i.message}`,
      ),
    );
  return problems.length > 0 ? { problems } : { release };
}

/** Every release in `dir`, oldest first; throws a ReleaseError naming every problem in any of them. */
export async function readReleases(dir: string = DEFAULT_RELEASES_DIR): Promise<ReleaseFile[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json"));
  const releases: ReleaseFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const checked = checkRelease(`releases/${name}`, await readFile(join(dir, name), "utf8"));
    if ("problems" in checked) problems.push(...checked.problems);
    else releases.push(checked.release);
  }
  if (problems.length > 0) throw new ReleaseError(problems);
  return releases.sort((a, b) => compareVersions(a.version, b.version));
}

export async function writeRelease(release: ReleaseFile, dir: string = DEFAULT_RELEASES_DIR): Promise<string> {
  const path = join(dir, `${release.version}.json`);
  await writeFile(path, serializeRelease(release), { flag: "wx" });
  return path;
}
