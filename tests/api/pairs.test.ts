/**
 * Against the running server: topic pairs in search, a heatmap cell's citation files (read back by citation-js)
 * and its versioned permalink, and each dataset version's archive — downloaded, unzipped, validated as a data
 * package (tests/helpers/frictionless.ts).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { DataPackageReader, descriptorErrors } from "../helpers/frictionless";

const BASE = process.env.TEST_BASE_URL;
const get = (path: string, init?: RequestInit) => fetch(`${BASE}${path}`, { redirect: "manual", ...init });
const SENTENCE = "the highest number of co-occurring topics";

describe.runIf(BASE)("topic pairs in search", () => {
  it.each([
    ["rag evaluation", "RAG Systems × Evaluation", "/cooccurrence?cell=rag-systems~evaluation"],
    ["fine tune vs rag", "RAG Systems × Fine-Tuning", "/cooccurrence?cell=rag-systems~fine-tuning"],
    ["agents rag", "RAG Systems × Agents", "/cooccurrence?cell=rag-systems~agents"],
  ])("/api/v1/search?q=%s gives the pair first, linking to its cell", async (q, title, href) => {
    const res = await get(`/api/v1/search?${new URLSearchParams({ q })}`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Array<{ kind: string; title: string; href: string }> };
    expect(data[0]).toMatchObject({ kind: "pair", title, href });
  });

  it("kind=pair filters to pairs; the error for an unknown kind names pair", async () => {
    const { data } = (await (await get("/api/v1/search?q=rag&kind=pair")).json()) as { data: Array<{ kind: string }> };
    expect(data.length).toBeGreaterThan(5);
    expect(data.every((h) => h.kind === "pair")).toBe(true);
    const bad = await get("/api/v1/search?q=rag&kind=pairs");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("video, pair");
  });
});

describe.runIf(BASE)("a heatmap cell's citation", () => {
  it.each(["bib", "ris", "json"])(
    "cite.%s parses with citation-js and names the cell, version and sentence",
    async (ext) => {
      for (const path of ["/cooccurrence", "/v/1.2.0/cooccurrence"]) {
        const res = await get(`${path}/cite.${ext}?cell=rag-systems~evaluation`);
        expect(res.status, path).toBe(200);
        const version = path.startsWith("/v/") ? "1.2.0" : "1.3.0";
        expect(res.headers.get("content-disposition")).toContain(`rag-systems--evaluation-v${version}.`);
        const [item] = (new Cite(await res.text()) as unknown as { data: Array<Record<string, unknown>> }).data;
        expect(item.title).toBe("RAG Systems × Evaluation (topic pair)");
        expect(String(item.note)).toContain(`Dataset version ${version}.`);
        expect(String(item.note)).toContain(SENTENCE);
        expect(String(item.URL)).toMatch(
          new RegExp(`/v/${version.replace(/\./g, "\\.")}/cooccurrence\\?cell=rag-systems~evaluation$`),
        );
      }
    },
  );

  it("an unknown cell, file or version is a 404 that says what to ask for", async () => {
    const noCell = await get("/cooccurrence/cite.bib?cell=rag-systems~nope");
    expect(noCell.status).toBe(404);
    expect(await noCell.text()).toContain("?cell=<topic>~<topic>");
    expect((await get("/cooccurrence/cite.pdf?cell=rag-systems~evaluation")).status).toBe(404);
    const noVersion = await get("/v/9.9.9/cooccurrence/cite.bib?cell=rag-systems~evaluation");
    expect(noVersion.status).toBe(404);
    expect(await noVersion.text()).toContain("1.3.0, 1.2.0, 1.1.0, 1.0.0");
  });

  it("the permalink /v/<version>/cooccurrence?cell=… is titled with the pair; no such version is a 404", async () => {
    const res = await get("/v/1.3.0/cooccurrence?cell=rag-systems~evaluation");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<title>RAG Systems × Evaluation: 21 joint videos (dataset v1.3.0)");
    expect((await get("/v/9.9.9/cooccurrence")).status).toBe(404);
    const live = await (await get("/cooccurrence?cell=rag-systems~evaluation")).text();
    expect(live).toMatch(/<meta property="og:title" content="RAG Systems × Evaluation: 21 joint videos"/);
  });
});

describe.runIf(BASE)("each dataset version as one archive", () => {
  it("every version's zip downloads, unzips and validates as a data package, with a README and CITATION", async () => {
    const versions = ["1.0.0", "1.1.0", "1.2.0", "1.3.0"];
    // Every download first, then the checks: validating takes seconds, longer than the server keeps a connection.
    const downloads = [];
    for (const version of versions) {
      const res = await get(`/data/${version}/kmap-${version}.zip`);
      expect(res.status, version).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/zip");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="kmap-${version}.zip"`);
      const zip = new Uint8Array(await res.arrayBuffer());
      const descriptor = (await (await get(`/data/${version}/datapackage.json`)).json()) as Record<string, unknown>;
      downloads.push({ version, zip, descriptor });
    }
    expect((await get("/data/9.9.9/kmap-9.9.9.zip")).status).toBe(404);
    for (const { version, zip, descriptor } of downloads) {
      const files = unzipSync(zip);
      const dir = mkdtempSync(join(tmpdir(), "kmap-api-zip-"));
      for (const [name, bytes] of Object.entries(files)) {
        if (name.endsWith("/")) continue;
        mkdirSync(join(dir, dirname(name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      const root = join(dir, `kmap-${version}`);
      const pkg = DataPackageReader.load(join(root, "datapackage.json"));
      expect(descriptorErrors(pkg.descriptor), version).toEqual([]);
      expect(pkg.descriptor.version).toBe(version);
      for (const name of pkg.resourceNames().filter((n) => pkg.isTabular(n)))
        expect(() => pkg.read(name, { relations: true }), `${version} ${name}`).not.toThrow();
      expect(strFromU8(files[`kmap-${version}/CITATION.cff`])).toContain(`version: "${version}"`);
      expect(strFromU8(files[`kmap-${version}/README.md`])).toContain(`dataset version ${version}`);
      // The descriptor stays at its URL, and is the one in the archive.
      expect(descriptor).toEqual(pkg.descriptor);
    }
  });
});
