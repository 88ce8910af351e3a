/** The content hash: the one rule for "did content/ change", shown by the site and recorded in every release. */
import { createHash } from "node:crypto";

/** Path (inside content/) → text of every content file. */
export type ContentFiles = Record<string, string>;

/** sha256 over every file's path and bytes, in path order: changes whenever any content changes. */
export function contentHash(files: ContentFiles): string {
  const hash = createHash("sha256");
  for (const path of Object.keys(files).sort()) {
    hash.update(path).update("\0").update(files[path]).update("\0");
  }
  return hash.digest("hex");
}
