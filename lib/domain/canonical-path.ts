/**
 * Case variants of entry URLs and their canonical form: slugs are lower case, video ids start with a capital V.
 * /topics/RAG-Systems → /topics/rag-systems, /videos/v32 → /videos/V32 (also under /v/<version>/ and for the
 * citation files below a page). Returns null when the path is already canonical or is not an entry URL.
 */
import { CITABLE_KINDS, ENTRY_PATHS } from "./entry-path";

const SEGMENTS = CITABLE_KINDS.map((k) => ENTRY_PATHS[k]).join("|");
const ENTRY = new RegExp(`^(/v/\\d+\\.\\d+\\.\\d+)?/(${SEGMENTS})/([A-Za-z0-9-]+)(/[^/]*)?$`);
const VIDEO = /^(\/v\/\d+\.\d+\.\d+)?\/videos\/([vV])(\d+)$/;

export function canonicalEntryPath(path: string): string | null {
  const entry = ENTRY.exec(path);
  if (entry) {
    const [, prefix = "", kind, slug, rest = ""] = entry;
    const lower = slug.toLowerCase();
    return lower === slug ? null : `${prefix}/${kind}/${lower}${rest}`;
  }
  const video = VIDEO.exec(path);
  if (video && video[2] === "v") return `${video[1] ?? ""}/videos/V${video[3]}`;
  return null;
}
