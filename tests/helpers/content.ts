import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readContentFiles } from "@/lib/content/load";
import { parseContentOrThrow, type ContentFiles } from "@/lib/content/parse";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CONTENT_DIR = join(ROOT, "content");

export async function realContentFiles(): Promise<ContentFiles> {
  return readContentFiles(CONTENT_DIR);
}

export async function realCatalogue() {
  return parseContentOrThrow(await realContentFiles());
}

/** The full text of the study (../shared/seeds/002_*), when this checkout has it beside it. */
export function studyText(): string | undefined {
  const dir = join(ROOT, "..", "shared", "seeds");
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.startsWith("002_"));
  return file ? readFileSync(join(dir, file), "utf8") : undefined;
}
