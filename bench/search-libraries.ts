/**
 * Which search library: MiniSearch, FlexSearch and Orama on our own catalogue — the same
 * documents, the same labelled queries (what a practitioner types → the page they want first),
 * library size in the browser (esbuild, minified, gzip) and serialised index size (gzip).
 * Run: sh scripts/with-env.sh tsx bench/search-libraries.ts
 */
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import { buildSearchDocuments, type SearchDocument } from "../lib/domain/search/documents";
import { buildSearchIndex } from "../lib/domain/search/engine";
import { searchCatalogueFromContent } from "../lib/domain/search/from-content";
import { readContentFiles } from "../lib/content/load";
import { parseContentOrThrow } from "../lib/content/parse";
import { FIELD_BOOST } from "../lib/domain/search/ranking";
import { benchTools } from "./lib/tools";

benchTools("flexsearch", "@orama/orama");
const { default: FlexSearch } = await import("flexsearch");
const { create, insertMultiple, save, search: oramaSearch } = await import("@orama/orama");

/** Query → the page a practitioner wants first. Prefixes, typos, keywords, spacing, video ids. */
export const LABELLED_QUERIES: Array<[string, string]> = [
  ["halluc", "/topics/hallucination"],
  ["halucination", "/topics/hallucination"],
  ["hallucinaton", "/topics/hallucination"],
  ["fine tuning", "/topics/fine-tuning"],
  ["finetuning", "/topics/fine-tuning"],
  ["finetune", "/topics/fine-tuning"],
  ["vector database", "/topics/rag-systems"],
  ["embeddings", "/topics/rag-systems"],
  ["chunking", "/topics/rag-systems"],
  ["retrieval augmented generation", "/topics/rag-systems"],
  ["prompt injection", "/topics/application-security"],
  ["jailbreak", "/topics/application-security"],
  ["guardrails", "/topics/output-verification"],
  ["gaurdrails", "/topics/output-verification"],
  ["kubernetes", "/topics/infrastructure-management"],
  ["quantization", "/topics/llm-optimization"],
  ["latency", "/topics/latency"],
  ["observability", "/topics/monitoring-and-observability"],
  ["context window", "/topics/context-length"],
  ["rate limits", "/topics/llms-on-premise-or-cloud"],
  ["LoRA", "/topics/fine-tuning"],
  ["V47", "/videos/V47"],
  ["v47", "/videos/V47"],
  ["evaluation", "/topics/evaluation"],
];

type Searcher = (q: string) => string[]; // hrefs, best first

function quality(searcher: Searcher) {
  let top1 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const [q, want] of LABELLED_QUERIES) {
    const hrefs = searcher(q);
    const rank = hrefs.indexOf(want);
    if (rank === 0) top1++;
    else misses.push(`${q}${rank > 0 ? ` (#${rank + 1})` : " (–)"}`);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  return { top1, mrr: rr / LABELLED_QUERIES.length, misses };
}

async function bundleGzip(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

const gz = (s: string) => gzipSync(s).length;
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;

async function main() {
  const docs: SearchDocument[] = buildSearchDocuments(
    searchCatalogueFromContent(parseContentOrThrow(await readContentFiles())),
  );
  const byId = new Map(docs.map((d) => [d.id, d]));
  const fields = ["name", "keywords", "summary", "quote"] as const;
  const rows: Array<{ name: string; top1: number; mrr: number; misses: string[]; lib: number; index: number }> = [];

  // MiniSearch as we configure it (lib/domain/search): tiers, typo tolerance by length, AND then OR.
  const ours = buildSearchIndex(docs);
  rows.push({
    name: "MiniSearch 7 (our configuration)",
    ...quality((q) => ours.search(q, { limit: 20 }).map((h) => h.href)),
    lib: await bundleGzip('export { default } from "minisearch";'),
    index: gz(JSON.stringify(ours.toJSON())),
  });

  // MiniSearch with the same boosts and its documented defaults for prefix + fuzzy (0.2).
  const plain = new MiniSearch<SearchDocument>({ fields: [...fields], storeFields: ["href"] });
  plain.addAll(docs);
  rows.push({
    name: "MiniSearch 7 (boosts, prefix, fuzzy 0.2)",
    ...quality((q) => plain.search(q, { boost: FIELD_BOOST, prefix: true, fuzzy: 0.2 }).map((r) => r.href as string)),
    lib: 0,
    index: gz(JSON.stringify(plain.toJSON())),
  });

  // FlexSearch: forward (prefix) tokenizer, its phonetic "LatinAdvanced" encoder for typos; fields merged by priority.
  const flex = new FlexSearch.Document({
    document: {
      id: "id",
      index: fields.map((f) => ({ field: f, tokenize: "forward" as const, encoder: FlexSearch.Charset.LatinAdvanced })),
    },
  });
  for (const d of docs) flex.add(d as unknown as Record<string, string>);
  const flexSearch: Searcher = (q) => {
    const out: string[] = [];
    const res = flex.search(q, { limit: 20, suggest: true }) as unknown as Array<{ field: string; result: string[] }>;
    for (const f of fields)
      for (const id of res.find((r) => r.field === f)?.result ?? [])
        if (!out.includes(byId.get(id)!.href)) out.push(byId.get(id)!.href);
    return out;
  };
  const flexExport: Record<string, string> = {};
  flex.export((key: string, data: string) => {
    flexExport[key] = data;
  });
  rows.push({
    name: "FlexSearch 0.8 (Document, forward, LatinAdvanced)",
    ...quality(flexSearch),
    lib: await bundleGzip('export { default } from "flexsearch";'),
    index: gz(JSON.stringify(flexExport)) + gz(JSON.stringify(docs)),
  });

  // Orama: its BM25 with the same boosts, typo tolerance 1 (prefix matching is built in).
  const orama = create({
    schema: {
      id: "string",
      href: "string",
      name: "string",
      keywords: "string",
      summary: "string",
      quote: "string",
    } as const,
  });
  insertMultiple(
    orama,
    docs.map((d) => ({
      id: d.id,
      href: d.href,
      name: d.name,
      keywords: d.keywords,
      summary: d.summary,
      quote: d.quote,
    })),
  );
  const oramaSearcher: Searcher = (q) => {
    const r = oramaSearch(orama, {
      term: q,
      properties: [...fields],
      boost: FIELD_BOOST,
      tolerance: 1,
      limit: 20,
    }) as unknown as { hits: Array<{ document: { href: string } }> };
    return r.hits.map((h) => h.document.href);
  };
  rows.push({
    name: "Orama 3 (boosts, tolerance 1)",
    ...quality(oramaSearcher),
    lib: await bundleGzip('export { create, search, load } from "@orama/orama";'),
    index: gz(JSON.stringify(save(orama))),
  });

  console.log(
    `search libraries on our catalogue (${docs.length} documents, ${LABELLED_QUERIES.length} labelled queries)\n`,
  );
  console.log(
    `${"library".padEnd(52)}${"top-1".padStart(8)}${"MRR".padStart(7)}` +
      `${"lib gzip".padStart(10)}${"index gzip".padStart(12)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(52)}${`${r.top1}/${LABELLED_QUERIES.length}`.padStart(8)}${r.mrr.toFixed(2).padStart(7)}` +
        `${(r.lib ? kb(r.lib) : "same").padStart(10)}${kb(r.index).padStart(12)}`,
    );
    if (r.misses.length) console.log(`  not first: ${r.misses.join(", ")}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
