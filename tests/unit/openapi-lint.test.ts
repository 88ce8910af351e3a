import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { ROOT } from "../helpers/content";

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended-strict lint (a third-party linter)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kmap-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(openApiDocument()));
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/redocly"),
      ["lint", file, "--config", join(ROOT, "redocly.yaml"), "--format=stylish"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    expect(`${r.stdout}\n${r.stderr}`).toContain("Your API description is valid");
    expect(r.status).toBe(0);
  });

  it("has an operationId, a licence and a 405 on every operation, and lists itself", () => {
    const doc = openApiDocument();
    expect(doc.info.license?.identifier).toBe("CC-BY-4.0");
    expect(Object.keys(doc.paths ?? {})).toContain("/openapi.json");
    // every method of every path (POST /layers has no GET: the layer endpoints, issue #23)
    const ops = Object.values(doc.paths ?? {}).flatMap((item) =>
      (["get", "put", "post", "delete"] as const).flatMap((m) => (item[m] ? [item[m]] : [])),
    );
    expect(ops.length).toBeGreaterThanOrEqual(Object.keys(doc.paths ?? {}).length);
    const ids = ops.map((op) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) expect(op.responses?.["405"]).toBeDefined();
  });
});
