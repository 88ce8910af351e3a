/**
 * Old slugs → current pages, as permanent (308) redirects known at build time. Read from
 * the database the site is built from, straight through better-sqlite3: next.config runs
 * before the app, and Prisma's generated client is not needed for one small table.
 */
import Database from "better-sqlite3";

const PATHS: Record<string, string> = { topic: "topics", theme: "themes", phase: "phases" };

export function sqliteFile(databaseUrl: string | undefined): string | null {
  const url = databaseUrl ?? "file:./prisma/dev.db";
  if (!url.startsWith("file:")) return null;
  return url.slice("file:".length);
}

export function aliasRedirects(databaseUrl = process.env.DATABASE_URL): Array<{ source: string; destination: string; permanent: true }> {
  const file = sqliteFile(databaseUrl);
  if (!file) return [];
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.prepare(`SELECT kind, alias, targetSlug FROM "SlugAlias" ORDER BY kind, alias`).all() as Array<{ kind: string; alias: string; targetSlug: string }>;
    return rows
      .filter((r) => PATHS[r.kind])
      .flatMap((r) => [
        { source: `/${PATHS[r.kind]}/${r.alias}`, destination: `/${PATHS[r.kind]}/${r.targetSlug}`, permanent: true as const },
        { source: `/${PATHS[r.kind]}/${r.alias}/:file(cite(?:-study)?\\.[a-z]+)`, destination: `/${PATHS[r.kind]}/${r.targetSlug}/:file`, permanent: true as const },
      ]);
  } catch {
    return []; // no database yet (e.g. a type-check): no redirects to add
  } finally {
    db?.close();
  }
}
