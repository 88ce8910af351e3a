/**
 * The review side of team layers over HTTP (issue #23): the Markdown record of a comparison (two layers, or a
 * layer against the evidence), the compare page's 404 naming a bad id, and a layer's preview image — never kept
 * by any cache, a new URL after every save, never the edit token.
 */
import { describe, expect, it } from "vitest";
import { envelope } from "@/lib/schemas/api";
import { LayerCreated } from "@/lib/schemas/layers";
import type { LayerDocumentInput } from "@/lib/domain/layers/format";
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;
/** Its own client address, so the write-rate limit of the other layer suites is not shared. */
const CLIENT = "198.51.100.71";

const doc = (over: Partial<LayerDocumentInput> = {}): LayerDocumentInput => ({
  format: "kmap-layer",
  formatVersion: 1,
  name: "Support bot, Q3",
  datasetVersion: "1.3.0",
  items: [
    { kind: "topic", slug: "rag-systems", status: "addressed", note: "Hybrid <b>search</b>" },
    { kind: "topic", slug: "application-security", status: "not-relevant" },
  ],
  ...over,
});

async function create(layer: LayerDocumentInput) {
  const res = await fetch(`${BASE}/api/v1/layers`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-For": CLIENT },
    body: JSON.stringify(layer),
  });
  expect(res.status).toBe(201);
  return envelope(LayerCreated).parse(await res.json()).data;
}

async function write(method: "PUT" | "DELETE", id: string, token: string, revision: number, body?: unknown) {
  const res = await fetch(`${BASE}/api/v1/layers/${id}`, {
    method,
    headers: {
      "Content-Type": "application/json",
      "X-Forwarded-For": CLIENT,
      Authorization: `Bearer ${token}`,
      "If-Match": `"r${revision}"`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const get = async (path: string) => {
  const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
};

describe.runIf(BASE)("comparisons as Markdown, and the compare page's 404", () => {
  it("serves the record of two layers and of a layer against the evidence: text/markdown, never kept", async () => {
    const a = await create(doc());
    const b = await create(
      doc({ name: "Support bot, v2", items: [{ kind: "topic", slug: "rag-systems", status: "todo" }] }),
    );
    const two = await get(`/layers/compare.md?a=${a.id}&b=${b.id}`);
    expect(two.status).toBe(200);
    expect(two.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(two.headers.get("cache-control")).toBe("no-store");
    const text = two.body.toString("utf8");
    expect(text).toContain("# Design review: Support bot, Q3 compared with Support bot, v2\n");
    expect(text).toContain("## Where the decisions differ\n\n### RAG Systems\n\n- A: Addressed\n- B: To do\n");
    expect(text).toContain("  > Hybrid \\<b\\>search\\</b\\>");
    expect(text).not.toContain(a.editToken);

    const evidence = await get(`/layers/compare.md?a=${a.id}&b=evidence`);
    expect(evidence.status).toBe(200);
    expect(evidence.headers.get("cache-control")).toBe("no-store");
    const record = evidence.body.toString("utf8");
    expect(record).toContain("# Design review: Support bot, Q3 against the evidence\n");
    // Application Security: 33 videos, #5 of 20 (Mailach et al.) — set aside by this plan.
    expect(record).toContain(
      "## High evidence, set aside in the plan\n\n### Application Security\n\n- Decision: Not relevant\n" +
        "- Evidence: one of the plan’s topics · 33 videos (18.5%), #5 of 20 by videos",
    );
    // Evaluation × RAG Systems: 21 joint videos, the strongest pair with the plan's topics, left untouched.
    expect(record).toContain(
      "### Evaluation\n\n- Decision: not in it\n- Evidence: suggestion #1: 21 joint videos with RAG Systems",
    );

    // After a save the record shows the new state at once.
    await write("PUT", b.id, b.editToken, 1, doc({ name: "Support bot, v3" }));
    expect((await get(`/layers/compare.md?a=${a.id}&b=${b.id}`)).body.toString("utf8")).toContain(
      "compared with Support bot, v3\n",
    );
  });

  it("names a bad id: 404 for an unknown or malformed one, 410 for a deleted one, 400 for a missing side", async () => {
    const a = await create(doc());
    const unknown = "AAAAAAAAAAAAAAAAAAAAAAAA";
    const md = await get(`/layers/compare.md?a=${a.id}&b=${unknown}`);
    expect(md.status).toBe(404);
    expect(md.body.toString("utf8")).toBe(`Nothing to compare: b = “${unknown}” names no team plan.\n`);
    expect((await get(`/layers/compare.md?a=nope&b=evidence`)).body.toString("utf8")).toContain(
      "a = “nope” is not a team plan id",
    );
    expect((await get(`/layers/compare.md?a=${a.id}`)).status).toBe(400);
    // An empty value is a missing one, and the message names every side missing.
    const empty = await get(`/layers/compare.md?a=&b=`);
    expect(empty.status).toBe(400);
    expect(empty.body.toString("utf8")).toContain("(missing: a, b)");
    // The page answers 404 too, and its message names the id.
    const page = await get(`/layers/compare?a=${unknown}&b=evidence`);
    expect(page.status).toBe(404);
    expect(page.body.toString("utf8")).toContain(`a = “${unknown}” names no team plan`);
    await write("DELETE", a.id, a.editToken, 1);
    expect((await get(`/layers/compare.md?a=${a.id}&b=evidence`)).status).toBe(410);
  });
});

describe.runIf(BASE)("a layer's preview image", () => {
  it("is a PNG per revision, never kept; the page points at the current one; 404 and 410 otherwise", async () => {
    const a = await create(doc());
    const image = await get(`/og/layer/${a.id}?r=1`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("cache-control")).toBe("no-store");
    expect(image.body.subarray(1, 4).toString("latin1")).toBe("PNG");
    const page = (await get(`/layers/${a.id}`)).body.toString("utf8");
    expect(page).toMatch(new RegExp(`property="og:image" content="[^"]*/og/layer/${a.id}\\?r=1"`));
    expect(page).not.toContain(a.editToken);

    await write("PUT", a.id, a.editToken, 1, doc({ name: "Support bot, Q3 (reviewed)" }));
    const after = (await get(`/layers/${a.id}`)).body.toString("utf8");
    expect(after).toMatch(new RegExp(`property="og:image" content="[^"]*/og/layer/${a.id}\\?r=2"`));
    // A different drawing after the edit (the name changed).
    expect((await get(`/og/layer/${a.id}?r=2`)).body.equals(image.body)).toBe(false);

    expect((await get(`/og/layer/AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await get(`/og/layer/not-an-id`)).status).toBe(404);
    await write("DELETE", a.id, a.editToken, 2);
    expect((await get(`/og/layer/${a.id}?r=2`)).status).toBe(410);
  });
});
