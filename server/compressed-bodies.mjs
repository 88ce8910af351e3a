// @ts-check
/**
 * Bodies compressed at the highest levels (gzip 9, brotli 11: server/static-pages.mjs), each
 * content once per build: kept on disk in the build's cache folder under the SHA-256 of the
 * body, so the server's store (at every start: ~90 pages) and the nginx front's precompressed
 * files (scripts/nginx-config.ts) compress a page once, not at every start. The cache is only a
 * shortcut: an unreadable or unwritable folder, or a file that does not inflate back to the body,
 * means the body is compressed again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gunzipSync, gzip } from "node:zlib";
import { GZIP_OPTIONS, brotliOptions } from "./static-pages.mjs";

/** @typedef {{ gzip: Buffer; br: Buffer }} CompressedBody */

/**
 * Compresses a body once, at the highest levels, off the main thread.
 * @param {Buffer} identity
 * @returns {Promise<CompressedBody>}
 */
export async function compressAll(identity) {
  const [gz, br] = await Promise.all([
    promisify(gzip)(identity, GZIP_OPTIONS),
    promisify(brotliCompress)(identity, brotliOptions(identity.length)),
  ]);
  return { gzip: gz, br };
}

/** The cache folder inside a build folder (`.next` or KMAP_DIST_DIR). @param {string} dist */
export const compressedBodiesDir = (dist) => join(dist, "cache", "kmap-compressed");

/**
 * `compressAll` with its answers kept in `dir`.
 * @param {string} dir
 * @returns {(identity: Buffer) => Promise<CompressedBody>}
 */
export function cachedCompressor(dir) {
  return async (identity) => {
    const base = join(dir, createHash("sha256").update(identity).digest("hex"));
    try {
      const cached = { gzip: readFileSync(`${base}.gz`), br: readFileSync(`${base}.br`) };
      if (gunzipSync(cached.gzip).equals(identity)) return cached;
    } catch {
      /* not kept yet, or unreadable: compress */
    }
    const body = await compressAll(identity);
    try {
      mkdirSync(dir, { recursive: true });
      // Written beside, then renamed: a reader never sees half a file.
      for (const [ext, bytes] of /** @type {const} */ ([
        ["br", body.br],
        ["gz", body.gzip],
      ])) {
        const tmp = `${base}.${ext}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, `${base}.${ext}`);
      }
    } catch {
      /* a read-only build folder: the next start compresses again */
    }
    return body;
  };
}
