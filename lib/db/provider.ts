/**
 * Which database a DATABASE_URL names. Its own module, free of Prisma, because next.config
 * (alias redirects) and prisma.config read it too, before any generated client exists.
 */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** `file:` is the embedded SQLite default, `postgres://` / `postgresql://` the scale-out path. */
export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL), got "${url.split(":")[0]}:…"`,
  );
}
