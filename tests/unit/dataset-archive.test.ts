/**
 * Each dataset version as one zip: unzipped (fflate) into a folder, it is a data package that validates
 * (tests/helpers/frictionless.ts: Frictionless's profiles through ajv, then every CSV row cast by its Table Schema),
 * with a README and a CITATION.cff that a YAML parser reads and that names the version. Every committed release.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { buildDataPackage } from "@/lib/domain/datapackage";
import { archiveFolder, datasetArchive } from "@/lib/domain/datapackage/archive";
import type { Catalogue } from "@/lib/content/parse";
import { DataPackageReader, descriptorErrors } from "../helpers/frictionless";
import { ROOT } from "../helpers/content";

const SITE = "https://map.example";
const releases = readdirSync(join(ROOT, "releases"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(ROOT, "releases", f), "utf8")) as { version: string; catalogue: Catalogue });

function unzipTo(zip: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "kmap-zip-"));
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    if (name.endsWith("/")) continue;
    mkdirSync(join(dir, dirname(name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

describe.each(releases.map((r) => [r.version, r] as const))("the archive of dataset version %s", (version, r) => {
  const dp = buildDataPackage(r.catalogue, { siteUrl: SITE });
  const zip = datasetArchive(r.catalogue, dp, { siteUrl: SITE });

  it("unzips into one folder holding the data package, its files, a README and a CITATION.cff", () => {
    const names = Object.keys(unzipSync(zip))
      .filter((n) => !n.endsWith("/"))
      .sort();
    const folder = archiveFolder(version);
    expect(names).toEqual(
      ["datapackage.json", ...Object.keys(dp.files), "README.md", "CITATION.cff"].map((n) => `${folder}/${n}`).sort(),
    );
  });

  it("validates as a data package, every row of every table", () => {
    const dir = join(unzipTo(zip), archiveFolder(version));
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as Record<string, unknown>;
    expect(descriptorErrors(descriptor)).toEqual([]);
    expect(descriptor.version).toBe(version);
    const pkg = DataPackageReader.load(join(dir, "datapackage.json"));
    const tabular = pkg.resourceNames().filter((n) => pkg.isTabular(n));
    expect(tabular.length).toBeGreaterThanOrEqual(7);
    for (const name of tabular) expect(() => pkg.read(name, { relations: true }), name).not.toThrow();
    expect(pkg.read("pairs")).toHaveLength(190);
  });

  it("cites the version in CITATION.cff and says what is inside in the README", () => {
    const files = unzipSync(zip);
    const cff = parseYaml(strFromU8(files[`${archiveFolder(version)}/CITATION.cff`])) as Record<string, unknown>;
    expect(cff).toMatchObject({
      "cff-version": "1.2.0",
      type: "dataset",
      version,
      "date-released": r.catalogue.dataset.releasedAt,
      license: "CC-BY-4.0",
    });
    expect(cff.message).toEqual(expect.any(String));
    expect(cff.authors).toEqual([{ name: r.catalogue.dataset.title }]);
    const refs = cff.references as Array<{ doi: string; authors: Array<{ "family-names": string }> }>;
    expect(refs[0]).toMatchObject({ doi: "10.48550/arXiv.2411.08574" });
    expect(refs[0].authors.map((a) => a["family-names"])).toEqual(["Mailach", "Simon", "Dorn", "Siegmund"]);
    const readme = strFromU8(files[`${archiveFolder(version)}/README.md`]);
    expect(readme).toContain(`dataset version ${version}`);
    expect(readme).toContain("| `pairs.csv`, `pairs.json` | 190 |");
  });

  it("is the same bytes every time it is built", () => {
    expect(Buffer.from(datasetArchive(r.catalogue, dp, { siteUrl: SITE })).equals(Buffer.from(zip))).toBe(true);
  });
});
