/**
 * Old slugs → current pages, as permanent (308) redirects known at build time. Read from
 * the database the site is built from, straight through its driver (better-sqlite3 or pg):
 * next.config runs before the app, and Prisma's generated client is not needed for one
 * small table.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { DEFAULT_DATABASE_URL, databaseProvider } from "./db/provider";

const PATHS: Record<string, string> = { topic: "topics", theme: "themes", phase: "phases" };
const QUERY = `SELECT kind, alias, "targetSlug" FROM "SlugAlias" ORDER BY kind, alias`;

type AliasRow = { kind: string; alias: string; targetSlug: string };
export type Redirect = { source: string; destination: string; permanent: true };

export function redirectsFor(rows: AliasRow[]): Redirect[] {
  return rows
    .filter((r) => PATHS[r.kind])
    .flatMap((r) => [
      {
        source: `/${PATHS[r.kind]}/${r.alias}`,
        destination: `/${PATHS[r.kind]}/${r.targetSlug}`,
        permanent: true as const,
      },
      {
        source: `/${PATHS[r.kind]}/${r.alias}/:file(cite(?:-study)?\\.[a-z]+)`,
        destination: `/${PATHS[r.kind]}/${r.targetSlug}/:file`,
        permanent: true as const,
      },
    ]);
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
