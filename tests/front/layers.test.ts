/**
 * Team layers through the nginx front (issue #23): writes reach the server, and a layer read is never
 * answered from the front's proxy cache — an edit shows on the very next read, through either address.
 */
import { describe, expect, it } from "vitest";
import { required, TEST_BASE_URL } from "../helpers/requirements";

const FRONT = required(process.env.FRONT_BASE_URL || undefined, "FRONT_BASE_URL (nginx in front of the test server)");
const SERVER = TEST_BASE_URL;

const layer = (name: string) => ({
  format: "kmap-layer",
  formatVersion: 1,
  name,
  datasetVersion: "1.3.0",
  items: [{ kind: "topic", slug: "rag-systems", status: "todo" }],
});

describe.runIf(FRONT && SERVER)("team layers behind nginx", () => {
  it("creates through the front, and every edit shows at once through the front and the server", async () => {
    const headers = { "Content-Type": "application/json", "X-Forwarded-For": "198.51.100.90" };
    const res = await fetch(`${FRONT}/api/v1/layers`, { method: "POST", headers, body: JSON.stringify(layer("r1")) });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { id: string; editToken: string } };
    const read = async (base: string) => {
      const r = await fetch(`${base}/api/v1/layers/${data.id}`);
      expect(r.headers.get("x-kmap-front")).toBeNull(); // not from the proxy cache, not even a MISS
      const body = (await r.json()) as { data: { layer: { name: string } } };
      return { etag: r.headers.get("etag"), name: body.data.layer.name };
    };
    for (let revision = 1; revision <= 3; revision++) {
      // read twice through the front (a cache would keep the first), then save the next revision
      for (let i = 0; i < 2; i++) expect(await read(FRONT!)).toEqual({ etag: `"r${revision}"`, name: `r${revision}` });
      expect(await read(SERVER!)).toEqual({ etag: `"r${revision}"`, name: `r${revision}` });
      const put = await fetch(`${revision % 2 ? FRONT : SERVER}/api/v1/layers/${data.id}`, {
        method: "PUT",
        headers: { ...headers, Authorization: `Bearer ${data.editToken}`, "If-Match": `"r${revision}"` },
        body: JSON.stringify(layer(`r${revision + 1}`)),
      });
      expect(put.status).toBe(200);
    }
    const page = await fetch(`${FRONT}/layers/${data.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/>r4<\/h1>/);
  });
});
