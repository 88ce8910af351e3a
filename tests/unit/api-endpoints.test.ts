import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS, OPENAPI_DOCUMENT } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { ROOT } from "../helpers/content";

const API_DIR = join(ROOT, "app/api/v1");

/** app/api/v1/topics/[slug]/route.ts → /topics/{slug} */
function routeFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(API_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const dir = relative(API_DIR, entry.parentPath).split(sep).join("/");
    files.set(`/${dir.replace(/\[([a-z]+)\]/g, "{$1}")}`, join(entry.parentPath, entry.name));
  }
  return files;
}

describe("the endpoint table (lib/api/endpoints.ts)", () => {
  it("has one entry per route file under app/api/v1, and one route file per entry", () => {
    const tablePaths = [...Object.values(ENDPOINTS).map((e) => e.path), OPENAPI_DOCUMENT.path].sort();
    expect([...routeFiles().keys()].sort()).toEqual(tablePaths);
    expect(new Set(tablePaths).size).toBe(tablePaths.length);
  });

  it("is what each route file binds: the entry of its own path", () => {
    const files = routeFiles();
    for (const [key, e] of Object.entries(ENDPOINTS)) {
      const source = readFileSync(files.get(e.path)!, "utf8");
      expect(source, e.path).toContain(`route(ENDPOINTS.${key},`);
      expect(key).toBe(e.operationId);
    }
  });

  it("is what the OpenAPI document lists, 308 where old slugs redirect", () => {
    const paths = openApiDocument().paths ?? {};
    expect(Object.keys(paths)).toEqual([...Object.values(ENDPOINTS).map((e) => e.path), OPENAPI_DOCUMENT.path]);
    for (const e of Object.values(ENDPOINTS)) {
      const op = paths[e.path]?.get;
      expect(op?.operationId).toBe(e.operationId);
      expect(Object.keys(op?.responses ?? {})).toEqual(
        e.aliases ? ["200", "308", "400", "404", "405"] : ["200", "400", "404", "405"],
      );
    }
    expect(Object.keys(paths["/topics/{slug}"]?.get?.responses ?? {})).toContain("308");
    expect(Object.keys(paths["/videos"]?.get?.responses ?? {})).toContain("308");
  });
});
