/**
 * The server's one search index: built from the database (through lib/data.ts) for the current
 * dataset version, shared by the /search page, the API and the serialised copy the browser loads.
 * Only whole dataset versions are kept (at most two, while one replaces the other); nothing is
 * kept per query.
 */
import { LRUCache } from "lru-cache";
import { catalogue } from "../data";
import { buildSearchDocuments } from "../domain/search/documents";
import { buildSearchIndex, type SearchIndex } from "../domain/search/engine";
import type { DatasetVersionInfo } from "../schemas/api";

export interface BuiltSearchIndex {
  version: DatasetVersionInfo;
  index: SearchIndex;
  /** The serialised index as the browser fetches it, built once per version. */
  json: string;
}

const built = new LRUCache<string, Promise<BuiltSearchIndex>>({ max: 2 });

async function build(version: DatasetVersionInfo): Promise<BuiltSearchIndex> {
  const documents = buildSearchDocuments(await catalogue().searchCatalogue());
  const index = buildSearchIndex(documents);
  return { version, index, json: JSON.stringify({ version: version.version, index: index.toJSON() }) };
}

/** The index of the current dataset version (built on first use of a version). */
export async function currentSearchIndex(): Promise<BuiltSearchIndex> {
  const version = await catalogue().datasetVersion();
  const key = `${version.version}:${version.contentHash}`;
  let entry = built.get(key);
  if (!entry) {
    entry = build(version);
    built.set(key, entry);
    entry.catch(() => built.delete(key));
  }
  return entry;
}
