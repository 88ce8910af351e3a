import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS, OPENAPI_DOCUMENT, type Endpoint } from "@/lib/api/endpoints";
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
    const tablePaths = [...new Set(Object.values(ENDPOINTS).map((e) => e.path)), OPENAPI_DOCUMENT.path].sort();
    expect([...routeFiles().keys()].sort()).toEqual(tablePaths);
    // one entry per path and method
    const operations = Object.values(ENDPOINTS).map((e: Endpoint) => `${e.method ?? "get"} ${e.path}`);
    expect(new Set(operations).size).toBe(operations.length);
  });

  it("is what each route file binds: the entry of its own path", () => {
    const files = routeFiles();
    for (const [key, e] of Object.entries(ENDPOINTS)) {
      const source = readFileSync(files.get(e.path)!, "utf8");
      const method = ((e as Endpoint).method ?? "get").toUpperCase();
      // the reads bind with route(), the layer endpoints (issue #23) with layerRoute(), under their method
      expect(source, e.path).toContain(
        (e as Endpoint).answers
          ? `export const ${method} = layerRoute(ENDPOINTS.${key},`
          : `export const GET = route(ENDPOINTS.${key},`,
      );
      expect(key).toBe(e.operationId);
    }
  });

  it("is what the OpenAPI document lists, 308 where old slugs redirect, 503 on a database with no dataset", () => {
    const paths = openApiDocument().paths ?? {};
    expect(Object.keys(paths)).toEqual([
      ...new Set(Object.values(ENDPOINTS).map((e) => e.path)),
      OPENAPI_DOCUMENT.path,
    ]);
    for (const e of Object.values(ENDPOINTS) as Endpoint[]) {
      const op = paths[e.path]?.[e.method ?? "get"];
      expect(op?.operationId).toBe(e.operationId);
      if (e.answers) {
        const statuses = [e.answers.success, ...e.answers.errors, 405, 503].map(String);
        expect(Object.keys(op?.responses ?? {}).filter((s) => s !== "304")).toEqual(statuses.sort());
        continue;
      }
      expect(Object.keys(op?.responses ?? {})).toEqual(
        e.aliases ? ["200", "308", "400", "404", "405", "503"] : ["200", "400", "404", "405", "503"],
      );
    }
    expect(Object.keys(paths["/topics/{slug}"]?.get?.responses ?? {})).toContain("308");
    expect(Object.keys(paths["/videos"]?.get?.responses ?? {})).toContain("308");
  });

  it("documents the layer writes: bearer token, If-Match, 201 with Location, 412 on a stale revision", () => {
    const doc = openApiDocument();
    const layer = doc.paths?.["/layers/{id}"];
    expect(Object.keys(layer ?? {})).toEqual(["get", "put", "delete"]);
    expect(layer?.put?.security).toEqual([{ editToken: [] }]);
    expect(layer?.put?.parameters?.map((p) => ("name" in p ? p.name : ""))).toEqual(["id", "If-Match"]);
    expect(Object.keys(layer?.put?.responses ?? {})).toContain("412");
    expect(Object.keys(layer?.get?.responses?.["200"]?.headers ?? {})).toEqual(["ETag"]);
    expect(doc.paths?.["/layers"]?.post?.responses?.["201"]?.headers).toHaveProperty("Location");
    expect(doc.components?.securitySchemes?.editToken).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
