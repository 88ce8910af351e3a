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
    const ids = Object.values(doc.paths ?? {}).map((item) => item.get?.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of Object.values(doc.paths ?? {})) expect(item.get?.responses?.["405"]).toBeDefined();
  });
});
