/**
 * A dataset version as one download: a zip archive with the data package (datapackage.json and every file it
 * names), a README that says what is in it, and a CITATION.cff (Citation File Format 1.2.0) for the version.
 * Pure: built from the version's catalogue snapshot and its data package; no I/O. fflate writes the zip; entries are
 * dated the version's release day, so a version's archive is the same bytes on every build.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Catalogue } from "../../content/parse";
import { CONTENT_LICENCE, CONTENT_LICENCE_SCOPE, PAPER_MATERIAL } from "../licence";
import { datasetTables, type DataPackage } from "./index";
import { archiveFileName } from "./paths";

export { archiveFileName, archivePath } from "./paths";

/** The folder the archive's files sit in, so unzipping makes one directory named after the version. */
export const archiveFolder = (version: string) => `kmap-${version}`;

/** A YAML scalar: a JSON string is a valid YAML double-quoted scalar, with every character escaped as YAML needs. */
const q = (s: string) => JSON.stringify(s);

/** CITATION.cff of the version: the dataset, with the papers it is built from as references. */
export function citationCff(cat: Catalogue, opts: { siteUrl: string }): string {
  const v = cat.dataset.version;
  const lines = [
    "cff-version: 1.2.0",
    `message: ${q("If you use this dataset, please cite it as below, and the study its figures come from.")}`,
    "type: dataset",
    `title: ${q(cat.dataset.title)}`,
    `version: ${q(v)}`,
    `date-released: ${q(cat.dataset.releasedAt)}`,
    `abstract: ${q(cat.dataset.description.trim())}`,
    "authors:",
    `  - name: ${q(cat.dataset.title)}`,
    `url: ${q(`${opts.siteUrl}/data/${v}/datapackage.json`)}`,
    `repository-artifact: ${q(`${opts.siteUrl}/data/${v}/${archiveFileName(v)}`)}`,
    `license: ${q(CONTENT_LICENCE.name)}`,
    "keywords:",
    ...["LLM", "software engineering", "practitioners", "RAG", "LLMOps"].map((k) => `  - ${q(k)}`),
    "references:",
  ];
  for (const s of cat.sources) {
    const names = s.authors.map((full) => {
      const parts = full.trim().split(/\s+/);
      const family = parts.pop()!;
      return [`      - family-names: ${q(family)}`, `        given-names: ${q(parts.join(" "))}`];
    });
    lines.push(
      "  - type: article",
      `    title: ${q(s.title)}`,
      "    authors:",
      ...names.flat().map((l) => l.slice(2)),
      `    year: ${s.year}`,
      `    doi: ${q(`10.48550/arXiv.${s.arxivId}`)}`,
      `    url: ${q(s.url)}`,
      `    repository: ${q("arXiv")}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** README.md of the archive: what the version is, what each file holds, licences, sources and how to cite. */
export function archiveReadme(cat: Catalogue, opts: { siteUrl: string }): string {
  const v = cat.dataset.version;
  const tables = datasetTables(cat);
  const out = [
    `# ${cat.dataset.title} — dataset version ${v}`,
    "",
    cat.dataset.description.trim(),
    "",
    `- Version: ${v}, released ${cat.dataset.releasedAt}`,
    `- Content hash: sha256:${cat.dataset.contentHash}`,
    `- Online: ${opts.siteUrl}/data/${v}/datapackage.json`,
    "",
    "## Files",
    "",
    "`datapackage.json` describes every file below as a Frictionless Data Package " +
      "(https://specs.frictionlessdata.io/data-package/): each table's fields, types, keys and licences. " +
      "Each table is here twice, as CSV and as JSON (the same rows).",
    "",
    "| Table | Rows | What it holds |",
    "| --- | ---: | --- |",
    ...tables.map((t) => `| \`${t.name}.csv\`, \`${t.name}.json\` | ${t.rows.length} | ${t.title} |`),
    "",
    "Topic pairs whose count the paper's text does not give are `not_reported`, with an empty count: unknown, " +
      "never 0.",
    "",
    "## Licences",
    "",
    `- Our text (${CONTENT_LICENCE_SCOPE}): ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.path}).`,
    `- The ${PAPER_MATERIAL} are the papers' own, reproduced with attribution and not covered by that licence.`,
    "",
    "## Sources",
    "",
    ...cat.sources.map((s) => `- ${s.authors.join(", ")} (${s.year}). ${s.title}. arXiv:${s.arxivId}. ${s.url}`),
    "",
    "## How to cite",
    "",
    "`CITATION.cff` cites this version (Citation File Format; GitHub, Zenodo and reference managers read it), " +
      "with the papers above as references. Please cite the papers for their findings.",
    "",
  ];
  return out.join("\n");
}

/** The archive of one version: <folder>/datapackage.json, every file of the package, README.md and CITATION.cff. */
export function datasetArchive(cat: Catalogue, dp: DataPackage, opts: { siteUrl: string }): Uint8Array {
  const folder = archiveFolder(cat.dataset.version);
  const [y, m, d] = cat.dataset.releasedAt.split("-").map(Number);
  const mtime = new Date(Date.UTC(y, m - 1, d));
  const files: Zippable = {
    "datapackage.json": strToU8(JSON.stringify(dp.descriptor, null, 2) + "\n"),
    ...Object.fromEntries(Object.entries(dp.files).map(([name, text]) => [name, strToU8(text)])),
    "README.md": strToU8(archiveReadme(cat, opts)),
    "CITATION.cff": strToU8(citationCff(cat, opts)),
  };
  return zipSync({ [folder]: files }, { level: 9, mtime });
}
