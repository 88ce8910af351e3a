import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readContentFiles } from "@/lib/content/load";
import { parseContentOrThrow, type ContentFiles } from "@/lib/content/parse";
import { required } from "./requirements";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CONTENT_DIR = join(ROOT, "content");

export async function realContentFiles(): Promise<ContentFiles> {
  return readContentFiles(CONTENT_DIR);
}

export async function realCatalogue() {
  return parseContentOrThrow(await realContentFiles());
}

/** The full text of the study (../shared/seeds/002_*), when this checkout has it beside it (always under CI). */
export function studyText(): string | undefined {
  const dir = join(ROOT, "..", "shared", "seeds");
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith("002_")) : undefined;
  return required(file ? readFileSync(join(dir, file), "utf8") : undefined, "the paper's text (../shared/seeds/002_*)");
}
