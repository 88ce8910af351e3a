import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "@/scripts/lib/next-server";
import { ROOT } from "../helpers/content";
import { freshDatabase } from "../helpers/db";
import { required } from "../helpers/requirements";

/**
 * A server started on a migrated database before `npm run db:seed`: what reads the dataset answers 503 with what is
 * missing and who mends it (never a 500, never a stack trace), and pages built with the site still open.
 */
const ready = required(existsSync(join(ROOT, ".next", "BUILD_ID")) ? true : undefined, "a production build");

describe.runIf(ready && !process.env.TEST_POSTGRES_URL)("a server on a database that holds no dataset", () => {
  let server: { base: string; stop: () => void };
  beforeAll(async () => {
    const { url } = await freshDatabase();
    server = await startServer(ROOT, "/about", { ...process.env, DATABASE_URL: url });
  }, 120_000);
  afterAll(() => server?.stop());

  it("answers the API's reads and writes with 503 and what is missing", async () => {
    const requests: Array<[string, RequestInit?]> = [
      ["/api/v1/topics"],
      ["/api/v1/topics/rag-systems"],
      ["/api/v1/cooccurrence"],
      ["/api/v1/plan?topics=rag-systems"],
      [
        "/api/v1/layers",
        { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Ours" }) },
      ],
    ];
    for (const [path, init] of requests) {
      const res = await fetch(`${server.base}${path}`, init);
      const body = await res.json();
      expect({ path, status: res.status, body }).toEqual({
        path,
        status: 503,
        body: {
          error: {
            code: "unavailable",
            message: "The database holds no dataset yet: its operator has to load it (npm run db:seed).",
          },
        },
      });
    }
  });

  it("answers the search index and citation files with 503 too, and a built page with 200", async () => {
    const index = await fetch(`${server.base}/search-index/1.0.0.json`);
    expect(index.status).toBe(503);
    expect((await index.json()).error.code).toBe("unavailable");
    const citation = await fetch(`${server.base}/topics/rag-systems/cite.bib`);
    expect(citation.status).toBe(503);
    expect(await citation.text()).toContain("no dataset yet");
    const page = await fetch(`${server.base}/topics/rag-systems`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("RAG Systems");
  });
});
