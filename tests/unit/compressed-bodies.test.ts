import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cachedCompressor, compressAll } from "@/server/compressed-bodies.mjs";

const page = Buffer.from(`<!DOCTYPE html><title>RAG Systems</title>${"<p>72 videos, 40.4%</p>".repeat(200)}`);

describe("compressed bodies kept on disk", () => {
  it("compresses once, then answers the same bytes from the folder", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "kmap-bodies-")), "cache");
    const compress = cachedCompressor(dir);
    const first = await compress(page);
    expect(gunzipSync(first.gzip).equals(page)).toBe(true);
    expect(brotliDecompressSync(first.br).equals(page)).toBe(true);
    expect(readdirSync(dir).sort()).toHaveLength(2);
    const again = await compress(page);
    expect(again.gzip.equals(first.gzip)).toBe(true);
    expect(again.br.equals(first.br)).toBe(true);
    expect(first).toEqual(await compressAll(page));
  });

  it("compresses again when a kept file does not inflate back to the body", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kmap-bodies-"));
    const compress = cachedCompressor(dir);
    await compress(page);
    const gz = readdirSync(dir).find((f) => f.endsWith(".gz"))!;
    writeFileSync(join(dir, gz), gzipSync("something else"));
    const body = await compress(page);
    expect(gunzipSync(body.gzip).equals(page)).toBe(true);
  });

  it("still compresses when the folder cannot be written", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kmap-bodies-")), "not-a-folder");
    writeFileSync(file, "");
    const body = await cachedCompressor(join(file, "cache"))(page);
    expect(brotliDecompressSync(body.br).equals(page)).toBe(true);
  });
});
