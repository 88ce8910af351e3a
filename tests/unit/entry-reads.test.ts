import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import {
  ENTRY_READ_HEADER,
  ENTRY_READ_PARAMS,
  ENTRY_READ_ROUTE,
  entryRead,
  handOverEntryRead,
} from "@/server/entry-reads.mjs";

describe("entry reads of the API", () => {
  it("names the endpoint and parameter of an entry read with nothing to decode", () => {
    expect(entryRead("/api/v1/topics/rag-systems")).toEqual({ kind: "topics", param: "rag-systems" });
    expect(entryRead("/api/v1/videos/V3")).toEqual({ kind: "videos", param: "V3" });
    expect(entryRead("/api/v1/considerations/RAG_Systems")).toEqual({ kind: "considerations", param: "RAG_Systems" });
    for (const path of [
      "/api/v1/topics",
      "/api/v1/topics/",
      "/api/v1/topics/rag-systems/",
      "/api/v1/topics/rag%2Dsystems",
      "/api/v1/topics/a/b",
      "/api/v1/layers/abc",
      "/topics/rag-systems",
      "/api/v1/topics/[slug]",
    ])
      expect(entryRead(path), path).toBeNull();
  });

  it("knows the entry endpoints of the endpoint table, each with its parameter's name", () => {
    const entryPaths = Object.values(ENDPOINTS)
      .map((e) => e.path)
      .filter((path) => /^\/(topics|themes|phases|considerations|videos)\/\{[a-z]+\}$/.test(path));
    expect(Object.entries(ENTRY_READ_PARAMS).map(([kind, param]) => `/${kind}/{${param}}`)).toEqual(
      expect.arrayContaining(entryPaths),
    );
    expect(entryPaths).toHaveLength(Object.keys(ENTRY_READ_PARAMS).length);
  });

  it("hands a GET or HEAD to the one route with the path in a header, keeping the query", () => {
    const req = { method: "GET", url: "/api/v1/themes/monitoring?x=1", headers: {} as Record<string, string> };
    handOverEntryRead(req);
    expect(req).toEqual({
      method: "GET",
      url: `${ENTRY_READ_ROUTE}?x=1`,
      headers: { [ENTRY_READ_HEADER]: "/api/v1/themes/monitoring" },
    });
    const head = { method: "HEAD", url: "/api/v1/videos/V3", headers: {} };
    handOverEntryRead(head);
    expect(head.url).toBe(ENTRY_READ_ROUTE);
  });

  it("removes the header a client sent, and leaves every other request as it came", () => {
    for (const [method, url] of [
      ["GET", ENTRY_READ_ROUTE],
      ["POST", "/api/v1/topics/rag-systems"],
      ["GET", "/api/v1/layers/abc"],
    ]) {
      const req = { method, url, headers: { [ENTRY_READ_HEADER]: "/api/v1/topics/rag-systems" } };
      handOverEntryRead(req);
      expect(req, `${method} ${url}`).toEqual({ method, url, headers: {} });
    }
  });
});
