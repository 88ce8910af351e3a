/**
 * The server's one search index: built for the current dataset version from what the catalogue reader
 * (lib/data.ts's `catalogue()`, passed in by the caller) returns, and shared by the /search page, the API and the
 * serialised copy the browser loads. Only whole dataset versions are kept (at most two, while one replaces the
 * other); nothing is kept per query. No database access of its own: it reads only through `source`.
 */
import { LRUCache } from "lru-cache";
import type { DatasetVersionInfo } from "../../schemas/api";
import { buildSearchDocuments, type SearchCatalogue } from "./documents";
import { buildSearchIndex, type SearchIndex } from "./engine";

export interface BuiltSearchIndex {
  version: DatasetVersionInfo;
  index: SearchIndex;
  /** The serialised index as the browser fetches it, built once per version. */
  json: string;
}

/** What the index is built from: the catalogue reader's two methods. */
export interface SearchIndexSource {
  datasetVersion(): Promise<DatasetVersionInfo>;
  searchCatalogue(): Promise<SearchCatalogue>;
}

/** A cache of whole indexes by dataset version (its number and content hash). */
export function searchIndexCache(max = 2) {
  const built = new LRUCache<string, Promise<BuiltSearchIndex>>({ max });

  async function build(source: SearchIndexSource, version: DatasetVersionInfo): Promise<BuiltSearchIndex> {
    const documents = buildSearchDocuments(await source.searchCatalogue());
    const index = buildSearchIndex(documents);
    return { version, index, json: JSON.stringify({ version: version.version, index: index.toJSON() }) };
  }

  /** The index of the current dataset version (built on first use of a version; a failed build is not kept). */
  return async function currentSearchIndex(source: SearchIndexSource): Promise<BuiltSearchIndex> {
    const version = await source.datasetVersion();
    const key = `${version.version}:${version.contentHash}`;
    let entry = built.get(key);
    if (!entry) {
      entry = build(source, version);
      built.set(key, entry);
      entry.catch(() => built.delete(key));
    }
    return entry;
  };
}

/** The server process's cache. */
export const currentSearchIndex = searchIndexCache();
