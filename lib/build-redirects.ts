/**
 * Old slugs → current pages, as permanent (308) redirects known at build time. Read from
 * the database the site is built from, straight through its driver (better-sqlite3 or pg):
 * next.config runs before the app, and Prisma's generated client is not needed for one
 * small table.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { DEFAULT_DATABASE_URL, databaseProvider } from "./db/provider";
import { CITABLE_KINDS, ENTRY_PATHS } from "./domain/entry-path";
import { isOneOf } from "./domain/one-of";

const QUERY = `SELECT kind, alias, "targetSlug" FROM "SlugAlias" ORDER BY kind, alias`;

type AliasRow = { kind: string; alias: string; targetSlug: string };
export type Redirect = { source: string; destination: string; permanent: true };

export function redirectsFor(rows: AliasRow[]): Redirect[] {
  return rows.flatMap((r) => {
    if (!isOneOf(CITABLE_KINDS, r.kind)) return [];
    const path = ENTRY_PATHS[r.kind];
    return [
      { source: `/${path}/${r.alias}`, destination: `/${path}/${r.targetSlug}`, permanent: true as const },
      {
        source: `/${path}/${r.alias}/:file(cite(?:-study)?\\.[a-z]+)`,
        destination: `/${path}/${r.targetSlug}/:file`,
        permanent: true as const,
      },
    ];
  });
}

async function readAliases(url: string): Promise<AliasRow[]> {
  if (databaseProvider(url) === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return (await client.query<AliasRow>(QUERY)).rows;
    } finally {
      await client.end().catch(() => {});
    }
  }
  const db = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(QUERY).all() as AliasRow[];
  } finally {
    db.close();
  }
}

export async function aliasRedirects(
  databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
): Promise<Redirect[]> {
  try {
    return redirectsFor(await readAliases(databaseUrl));
  } catch {
    return []; // no database yet (e.g. a type-check): no redirects to add
  }
}
