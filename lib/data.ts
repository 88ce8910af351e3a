/**
 * The one data-access module: every page, API read, citation file, search index, data package and preview image
 * reads the catalogue through here. Each dataset version is one typed view (lib/domain/catalogue/view.ts) built from
 * the snapshot stored with the version; the current version is the one marked current, and the reader's methods
 * answer from its view in the API's shapes (lib/schemas/api.ts). Nothing else imports Prisma.
 */
import { LRUCache } from "lru-cache";
import type { Db } from "./db/client";
import { db as sharedDb } from "./db/client";
import type {
  Consideration,
  ConsiderationDetail,
  Cooccurrence,
  DatasetVersionInfo,
  Finding,
  Phase,
  PhaseDetail,
  Theme,
  ThemeDetail,
  Topic,
  TopicDetail,
  Video,
  VideoDetail,
} from "./schemas/api";
import type { Catalogue } from "./content/parse";
import { compareVersions } from "./domain/version";
import { readSnapshot } from "./domain/release/legacy";
import { catalogueView, type AliasKind, type CatalogueView, type SourceInfo } from "./domain/catalogue/view";
import type { SearchCatalogue } from "./domain/search/documents";
import { READ_CACHE_MS } from "../server/cache-times.mjs";

export type { CatalogueView } from "./domain/catalogue/view";
export type { AliasKind, SourceInfo } from "./domain/catalogue/view";

/**
 * The database holds no dataset (or its current version has no snapshot): the site was started before `npm run
 * db:seed`. Not a fault of the request: the API answers 503 with this message (lib/api/http.ts).
 */
export class NoDatasetError extends Error {
  override readonly name = "NoDatasetError";
}

/** Views built, by version and content hash: a version's snapshot never changes, so its view is built once. */
const views = new LRUCache<string, CatalogueView>({ max: 16 });

export function createCatalogueReader(db: Db) {
  async function versionRow(version?: string): Promise<DatasetVersionInfo | null> {
    const select = { version: true, releasedAt: true, contentHash: true } as const;
    return version === undefined
      ? db.datasetVersion.findFirst({ where: { isCurrent: true }, select })
      : db.datasetVersion.findUnique({ where: { version }, select });
  }

  async function viewOf(info: DatasetVersionInfo): Promise<CatalogueView | null> {
    const key = `${info.version}:${info.contentHash}`;
    const hit = views.get(key);
    if (hit) return hit;
    const row = await db.datasetVersion.findUnique({ where: { version: info.version }, select: { snapshot: true } });
    if (!row?.snapshot) return null;
    const view = catalogueView(readSnapshot(JSON.parse(row.snapshot)), info);
    views.set(key, view);
    return view;
  }

  /** The current version's view: what the live pages and the API read. */
  async function current(): Promise<CatalogueView> {
    const info = await versionRow();
    if (!info)
      throw new NoDatasetError("The database holds no dataset yet: its operator has to load it (npm run db:seed).");
    const view = await viewOf(info);
    if (!view)
      throw new NoDatasetError(
        `Dataset version ${info.version} has no stored snapshot: its operator has to load it again (npm run db:seed).`,
      );
    return view;
  }

  return {
    /** The typed view of one dataset version (the current one when none is named), or null if it is unknown. */
    async view(version?: string): Promise<CatalogueView | null> {
      if (version === undefined) return current();
      const info = await versionRow(version);
      return info ? viewOf(info) : null;
    },

    async datasetVersion(): Promise<DatasetVersionInfo> {
      return (await current()).datasetVersion();
    },
    async sources(): Promise<SourceInfo[]> {
      return (await current()).sources();
    },
    async themes(): Promise<Theme[]> {
      return (await current()).themes();
    },
    async theme(slug: string): Promise<ThemeDetail | null> {
      return (await current()).theme(slug);
    },
    async topics(filter: { theme?: string; phase?: string } = {}): Promise<Topic[]> {
      return (await current()).topics(filter);
    },
    async topic(slug: string): Promise<TopicDetail | null> {
      return (await current()).topic(slug);
    },
    async phases(): Promise<Phase[]> {
      return (await current()).phases();
    },
    async phase(slug: string): Promise<PhaseDetail | null> {
      return (await current()).phase(slug);
    },
    async videos(filter: { topic?: string } = {}): Promise<Video[]> {
      return (await current()).videos(filter);
    },
    async video(id: string): Promise<VideoDetail | null> {
      return (await current()).video(id);
    },
    async cooccurrence(): Promise<Cooccurrence> {
      return (await current()).cooccurrence();
    },
    async guides() {
      return (await current()).guides();
    },
    async considerations(): Promise<Consideration[]> {
      return (await current()).considerations();
    },
    async consideration(slug: string): Promise<ConsiderationDetail | null> {
      return (await current()).consideration(slug);
    },
    async findings(): Promise<Finding[]> {
      return (await current()).findings();
    },
    async searchCatalogue(): Promise<SearchCatalogue> {
      return (await current()).searchCatalogue();
    },
    /** The current slug an old slug redirects to, or null. */
    async resolveAlias(kind: AliasKind, alias: string): Promise<string | null> {
      return (await current()).resolveAlias(kind, alias);
    },

    /** Every imported dataset version, newest first. */
    async versions() {
      const rows = await db.datasetVersion.findMany({
        orderBy: { importedAt: "desc" },
        select: { version: true, releasedAt: true, contentHash: true, importedAt: true, isCurrent: true },
      });
      return rows.sort((a, b) => compareVersions(b.version, a.version));
    },

    /** The content of one dataset version as it was imported (for what changed between versions), or null. */
    async snapshot(version: string): Promise<Catalogue | null> {
      return (await this.view(version))?.snapshot ?? null;
    },
  };
}

export type CatalogueReader = ReturnType<typeof createCatalogueReader>;

/**
 * Answers of every read method, kept for `ttlMs` per method and arguments. The catalogue
 * changes only when content is seeded or assignments are imported (other processes), so a
 * few seconds of staleness buys the server from running the same queries on every request.
 * The cache is an LRU of at most `maxEntries` answers: every distinct argument (an unknown
 * slug, a filter value) is a new entry, so an unbounded cache lets any crawler fill memory.
 */
export function memoizeReader<R extends Record<string, unknown>>(
  reader: R,
  ttlMs: number,
  { maxEntries = READ_CACHE_ENTRIES, now = Date.now }: { maxEntries?: number; now?: () => number } = {},
): R {
  // A read under way is shared as its promise; once it has settled, only its value is kept. The promise was made
  // inside a request, and Node.js ties every promise to the async context it was made in (Next.js's request
  // store: the request, the response and its compression stream): kept, it would keep that request alive until
  // the entry is evicted, tens of kilobytes per entry (heap snapshots of bench:memory: 251 requests kept so).
  type Entry = { at: number; pending?: Promise<unknown>; value?: unknown };
  const cache = new LRUCache<string, Entry>({ max: maxEntries });
  const wrapped = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(reader)) {
    if (typeof fn !== "function") continue;
    wrapped[name] = (...args: unknown[]) => {
      const key = `${name}:${JSON.stringify(args)}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.pending ?? Promise.resolve(hit.value);
      const pending = (fn as (...a: unknown[]) => Promise<unknown>).apply(wrapped, args);
      const entry: Entry = { at: now(), pending };
      cache.set(key, entry);
      pending.then(
        (value) => {
          entry.value = value;
          entry.pending = undefined;
        },
        // A failed read is not remembered (unless a newer read has replaced it meanwhile).
        () => cache.get(key) === entry && cache.delete(key),
      );
      return pending;
    };
  }
  return wrapped as R;
}

/** At most this many distinct reads are kept (the whole catalogue is ~120 of them). */
export const READ_CACHE_ENTRIES = 500;

let reader: CatalogueReader | undefined;
/**
 * The reader over the server's shared database client, with a short read cache (READ_CACHE_MS, in
 * server/cache-times.mjs beside the server's second clear, which waits for these reads to expire).
 */
export function catalogue(): CatalogueReader {
  reader ??= memoizeReader(createCatalogueReader(sharedDb()), READ_CACHE_MS);
  return reader;
}
