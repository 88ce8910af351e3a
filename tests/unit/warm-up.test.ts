import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WARM_UP_SEGMENT, warmUpUrls } from "@/server/warm-up.mjs";

describe("the URLs the server warms up with before it opens", () => {
  it("the view pages first, then one URL per route, every kind of dynamic segment filled", () => {
    expect(
      warmUpUrls([
        "/",
        "/topics/[slug]",
        "/topics/[slug]",
        "/api/[...path]",
        "/docs/[[...rest]]",
        "/v/[version]/[kind]/[slug]/[file]",
        "/api/v1/topics",
      ]),
    ).toEqual([
      "/",
      "/cooccurrence",
      "/search",
      "/plan",
      `/topics/${WARM_UP_SEGMENT}`,
      `/api/${WARM_UP_SEGMENT}`,
      `/docs/${WARM_UP_SEGMENT}`,
      `/v/${WARM_UP_SEGMENT}/${WARM_UP_SEGMENT}/${WARM_UP_SEGMENT}/${WARM_UP_SEGMENT}`,
      "/api/v1/topics",
    ]);
  });

  it("names nothing that exists: no file of the content mentions the segment's name", () => {
    const files = readdirSync("content", { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      expect(readFileSync(join(file.parentPath, file.name), "utf8"), file.name).not.toContain(WARM_UP_SEGMENT);
    }
  });
});
