/** Reads content/ from disk into the path → text map that parse.ts validates. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentFiles } from "./hash";

export const DEFAULT_CONTENT_DIR = join(process.cwd(), "content");

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (/\.(ya?ml|md)$/.test(e.name)) files.push(full);
  }
  return files;
}

export async function readContentFiles(dir: string = DEFAULT_CONTENT_DIR): Promise<ContentFiles> {
  const files: ContentFiles = {};
  for (const full of (await walk(dir)).sort()) {
    files[relative(dir, full).split(sep).join("/")] = await readFile(full, "utf8");
  }
  return files;
}
