import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../../scripts/pg-schema.mjs";
import { databaseProvider } from "@/lib/db/client";
import { ROOT } from "../helpers/content";

const migrations = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe("one set of models on SQLite and PostgreSQL", () => {
  it("the committed PostgreSQL schema is the one derived from prisma/schema.prisma", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("differs only in provider and client output", () => {
    const pg: string = readFileSync(POSTGRES_SCHEMA, "utf8");
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain("generated/prisma-postgresql");
    expect(pg).not.toContain('"sqlite"');
  });

  it("every SQLite migration has its PostgreSQL twin of the same name", () => {
    const sqlite = migrations("prisma/migrations");
    expect(sqlite.length).toBeGreaterThanOrEqual(3);
    expect(migrations("prisma/postgresql/migrations")).toEqual(sqlite);
    for (const name of sqlite) {
      const sql = readFileSync(join(ROOT, "prisma/postgresql/migrations", name, "migration.sql"), "utf8");
      expect(sql, name).not.toMatch(/DATETIME|PRAGMA/); // SQLite-only syntax
    }
  });

  it("DATABASE_URL's scheme picks the database, and anything else is refused with a clear message", () => {
    expect(databaseProvider("file:./prisma/dev.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://u@db.example.com:5432/kmap?sslmode=require")).toBe("postgresql");
    expect(databaseProvider("postgres://u@127.0.0.1/kmap")).toBe("postgresql");
    expect(() => databaseProvider("mysql://u@h/db")).toThrow(/must start with "file:" \(SQLite\) or "postgresql:\/\/"/);
  });
});
