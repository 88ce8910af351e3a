/**
 * Team layers over HTTP alone (issue #23): create, read with a strong ETag, save with If-Match,
 * refuse a stale save, list and restore revisions, delete (410), the limits, and a small fuzz of
 * the write endpoints where every case is a 4xx and nothing is written.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, envelope } from "@/lib/schemas/api";
import { LayerCreated, LayerRecord, LayerRevisionSummary } from "@/lib/schemas/layers";
import { LAYER_LIMITS, MAX_LAYER_BODY_BYTES, type LayerDocumentInput } from "@/lib/domain/layers/format";
import { createDb } from "@/lib/db/client";
import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

/** Each block writes as its own client (the server trusts X-Forwarded-For from loopback only), so the
 * write-rate test cannot starve the others. */
const clientIp = (n: number) => `198.51.100.${n}`;

const layer = (over: Partial<LayerDocumentInput> = {}): LayerDocumentInput => ({
  format: "kmap-layer",
  formatVersion: 1,
  name: "Support bot, Q3",
  description: "Design review, week 3",
  datasetVersion: "1.3.0",
  items: [
    { kind: "topic", slug: "rag-systems", status: "addressed", note: "Hybrid search; see ADR-7", owner: "Ana" },
    { kind: "consideration", slug: "security-and-privacy", status: "todo" },
  ],
  ...over,
});

interface Call {
  method?: string;
  body?: unknown;
  raw?: string | Uint8Array<ArrayBuffer>;
  token?: string;
  ifMatch?: string;
  client?: number;
  headers?: Record<string, string>;
}

async function call(path: string, c: Call = {}) {
  const headers: Record<string, string> = { "X-Forwarded-For": clientIp(c.client ?? 1), ...c.headers };
  if (c.body !== undefined || c.raw !== undefined) headers["Content-Type"] ??= "application/json";
  if (c.token) headers.Authorization = `Bearer ${c.token}`;
  if (c.ifMatch) headers["If-Match"] = c.ifMatch;
  const res = await fetch(`${BASE}${path}`, {
    method: c.method ?? "GET",
    headers,
    body: c.raw ?? (c.body === undefined ? undefined : JSON.stringify(c.body)),
    redirect: "manual",
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

async function create(doc: LayerDocumentInput = layer(), client = 1) {
  const r = await call("/api/v1/layers", { method: "POST", body: doc, client });
  expect(r.status, r.text).toBe(201);
  return { ...envelope(LayerCreated).parse(r.json).data, headers: r.headers };
}

const errorOf = (r: { json: unknown }) => ApiError.parse(r.json).error;

describe.runIf(BASE)("team layers through the HTTP API", () => {
  it("creates a layer: 201, Location, id, edit token, revision 1, no cache", async () => {
    const created = await create();
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(created.editToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(created.revision).toBe(1);
    expect(created.headers.get("location")).toBe(`/api/v1/layers/${created.id}`);
    expect(created.headers.get("etag")).toBe('"r1"');
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.readUrl).toBe(`/layers/${created.id}`);
    expect(created.editUrl).toBe(`/layers/${created.id}/edit#token=${created.editToken}`);
    expect(created.layer.items[1]).toEqual({
      kind: "consideration",
      slug: "security-and-privacy",
      status: "todo",
      note: "",
      owner: "",
    });
  });

  it("reads it with a strong ETag, never the token, 304 on If-None-Match", async () => {
    const { id, editToken } = await create();
    const r = await call(`/api/v1/layers/${id}`);
    expect(r.status).toBe(200);
    expect(r.headers.get("etag")).toBe('"r1"');
    expect(r.headers.get("cache-control")).toBe("private, no-cache");
    expect(r.text).not.toContain(editToken);
    const data = envelope(LayerRecord).parse(r.json).data;
    expect(data).toMatchObject({ id, revision: 1, layer: { name: "Support bot, Q3" } });
    const again = await fetch(`${BASE}/api/v1/layers/${id}`, { headers: { "If-None-Match": '"r1"' } });
    expect(again.status).toBe(304);
  });

  it("saves with the token and If-Match: 200 and the next ETag; the read shows it at once", async () => {
    const { id, editToken } = await create();
    const edited = layer({ name: "Support bot, Q3 (reviewed)" });
    const r = await call(`/api/v1/layers/${id}`, { method: "PUT", body: edited, token: editToken, ifMatch: '"r1"' });
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get("etag")).toBe('"r2"');
    const read = await call(`/api/v1/layers/${id}`);
    expect(read.headers.get("etag")).toBe('"r2"');
    expect(envelope(LayerRecord).parse(read.json).data.layer.name).toBe("Support bot, Q3 (reviewed)");
  });

  it("two editors from the same revision: the first saves, the second gets 412 with the first's change", async () => {
    const { id, editToken } = await create();
    const first = layer({ name: "First editor" });
    const second = layer({ name: "Second editor" });
    const [a, b] = await Promise.all([
      call(`/api/v1/layers/${id}`, { method: "PUT", body: first, token: editToken, ifMatch: '"r1"' }),
      call(`/api/v1/layers/${id}`, { method: "PUT", body: second, token: editToken, ifMatch: '"r1"' }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 412]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const winnerName = a.status === 200 ? "First editor" : "Second editor";
    expect(errorOf(lost)).toMatchObject({ code: "precondition_failed" });
    expect(errorOf(lost).message).toMatch(/^The layer is at revision 2:/);
    expect(lost.headers.get("etag")).toBe('"r2"');
    expect((lost.json as { current: { layer: { name: string } } }).current.layer.name).toBe(winnerName);
    expect(won.headers.get("etag")).toBe('"r2"');
    // nothing overwritten silently: the layer holds the winner's change, at revision 2
    const read = envelope(LayerRecord).parse((await call(`/api/v1/layers/${id}`)).json).data;
    expect(read).toMatchObject({ revision: 2, layer: { name: winnerName } });
  });

  it("refuses a write without a token (401), with another layer's token (403), without If-Match (428)", async () => {
    const one = await create();
    const other = await create();
    const path = `/api/v1/layers/${one.id}`;
    const none = await call(path, { method: "PUT", body: layer(), ifMatch: '"r1"' });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await call(path, { method: "PUT", body: layer(), token: other.editToken, ifMatch: '"r1"' });
    expect([wrong.status, errorOf(wrong).code]).toEqual([403, "forbidden"]);
    const noMatch = await call(path, { method: "PUT", body: layer(), token: one.editToken });
    expect([noMatch.status, errorOf(noMatch).code]).toEqual([428, "precondition_required"]);
    const del = await call(path, { method: "DELETE", token: other.editToken });
    expect(del.status).toBe(403);
    expect((await call(path)).headers.get("etag")).toBe('"r1"');
  });

  it("lists every revision and restores one as the newest", async () => {
    const { id, editToken } = await create(layer({ name: "v1" }));
    for (const [i, name] of ["v2", "v3"].entries()) {
      const r = await call(`/api/v1/layers/${id}`, {
        method: "PUT",
        body: layer({ name }),
        token: editToken,
        ifMatch: `"r${i + 1}"`,
      });
      expect(r.status, r.text).toBe(200);
    }
    const list = envelope(LayerRevisionSummary.array()).parse((await call(`/api/v1/layers/${id}/revisions`)).json);
    expect(list.data.map((r) => [r.revision, r.name, r.current])).toEqual([
      [3, "v3", true],
      [2, "v2", false],
      [1, "v1", false],
    ]);
    const one = envelope(LayerRecord).parse((await call(`/api/v1/layers/${id}/revisions/1`)).json).data;
    expect(one).toMatchObject({ revision: 1, layer: { name: "v1" } });
    const stale = await call(`/api/v1/layers/${id}/revisions/1/restore`, {
      method: "POST",
      token: editToken,
      ifMatch: '"r2"',
    });
    expect(stale.status).toBe(412);
    const restored = await call(`/api/v1/layers/${id}/revisions/1/restore`, {
      method: "POST",
      token: editToken,
      ifMatch: '"r3"',
    });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.headers.get("etag")).toBe('"r4"');
    const now = envelope(LayerRecord).parse((await call(`/api/v1/layers/${id}`)).json).data;
    expect(now).toMatchObject({ revision: 4, layer: { name: "v1" } });
    expect((await call(`/api/v1/layers/${id}/revisions/9`)).status).toBe(404);
  });

  it("deletes with the token: reads, revisions and writes answer 410 from then on", async () => {
    const { id, editToken } = await create();
    const r = await call(`/api/v1/layers/${id}`, { method: "DELETE", token: editToken });
    expect(r.status, r.text).toBe(200);
    expect(r.json).toMatchObject({ data: { id, deleted: true } });
    for (const path of [`/api/v1/layers/${id}`, `/api/v1/layers/${id}/revisions`, `/api/v1/layers/${id}/revisions/1`]) {
      const gone = await call(path);
      expect([path, gone.status, errorOf(gone).code]).toEqual([path, 410, "gone"]);
    }
    const put = await call(`/api/v1/layers/${id}`, { method: "PUT", body: layer(), token: editToken, ifMatch: '"r1"' });
    expect(put.status).toBe(410);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await call("/api/v1/layers/AAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    const bad = await call("/api/v1/layers/short");
    expect([bad.status, errorOf(bad).code]).toEqual([400, "bad_request"]);
  });

  it("enforces the limits with clear errors: unknown slug named, note length, item count, body size", async () => {
    const unknown = await call("/api/v1/layers", {
      method: "POST",
      body: layer({ items: [{ kind: "topic", slug: "rag-sistems", status: "todo" }] }),
    });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown).message).toContain('unknown topic "rag-sistems"');
    const note = await call("/api/v1/layers", {
      method: "POST",
      body: layer({
        items: [{ kind: "topic", slug: "rag-systems", status: "todo", note: "x".repeat(LAYER_LIMITS.noteLength + 1) }],
      }),
    });
    expect(errorOf(note).message).toContain(`note is longer than ${LAYER_LIMITS.noteLength} characters`);
    const many = await call("/api/v1/layers", {
      method: "POST",
      body: layer({
        items: Array.from({ length: LAYER_LIMITS.items + 1 }, () => ({
          kind: "topic" as const,
          slug: "rag-systems",
          status: "todo" as const,
        })),
      }),
    });
    expect(errorOf(many).message).toContain(`at most ${LAYER_LIMITS.items} items`);
    const huge = await call("/api/v1/layers", { method: "POST", raw: " ".repeat(MAX_LAYER_BODY_BYTES + 1) });
    expect([huge.status, errorOf(huge).code]).toEqual([413, "payload_too_large"]);
    const form = await call("/api/v1/layers", {
      method: "POST",
      raw: "name=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect([form.status, errorOf(form).code]).toEqual([415, "unsupported_media_type"]);
  });

  it("limits writes per client: 429 with Retry-After, other clients unaffected", async () => {
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 200 && !limited; i++) {
      const r = await call("/api/v1/layers", { method: "POST", raw: "{", client: 77 });
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(400);
    }
    expect(limited, "no 429 within 200 writes").toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(errorOf(limited!).code).toBe("too_many_requests");
    expect((await call("/api/v1/layers", { method: "POST", raw: "{", client: 78 })).status).toBe(400);
  });

  it("does not open writes to other sites: no CORS allowance on any write's preflight or answer", async () => {
    const { id } = await create(layer(), 50);
    for (const [path, method] of [
      ["/api/v1/layers", "POST"],
      [`/api/v1/layers/${id}`, "PUT"],
      [`/api/v1/layers/${id}`, "DELETE"],
      [`/api/v1/layers/${id}/revisions/1/restore`, "POST"],
    ]) {
      const res = await fetch(`${BASE}${path}`, {
        method: "OPTIONS",
        headers: {
          Origin: "https://evil.example",
          "Access-Control-Request-Method": method,
          "Access-Control-Request-Headers": "authorization, content-type, if-match",
        },
      });
      for (const header of ["allow-origin", "allow-headers", "allow-methods", "allow-credentials"])
        expect([path, method, header, res.headers.get(`access-control-${header}`)]).toEqual([
          path,
          method,
          header,
          null,
        ]);
    }
    // So a browser never sends another site's PUT, DELETE or JSON POST (the API's answers carry
    // `Access-Control-Allow-Origin: *` for reading, which opens no write: the preflight is the gate), and the
    // writes a page may send without one (forms) are refused: the next test. The layer is untouched.
    const read = envelope(LayerRecord).parse((await call(`/api/v1/layers/${id}`)).json).data;
    expect(read.revision).toBe(1);
  });

  it("cannot be written by a cross-site form: text/plain, urlencoded or multipart bodies, no bearer", async () => {
    const { id } = await create(layer({ name: "kept" }), 51);
    const url = process.env.DATABASE_URL;
    const database = url ? createDb(url) : undefined;
    const marker = `forged-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const forged = async () =>
      database && [
        await database.layer.count({ where: { document: { contains: marker } } }),
        await database.layerRevision.count({ where: { layerId: id } }),
      ];
    const before = await forged();
    // what an HTML form can send: these three types, no Authorization header, no PUT or DELETE
    const json = JSON.stringify(layer({ name: marker }));
    for (const [path, type, raw, expected] of [
      ["/api/v1/layers", "text/plain", json, 415],
      ["/api/v1/layers", "text/plain;charset=UTF-8", json, 415],
      ["/api/v1/layers", "application/x-www-form-urlencoded", `${json}=`, 415],
      ["/api/v1/layers", "multipart/form-data; boundary=x", `--x\r\n\r\n${json}\r\n--x--`, 415],
      [`/api/v1/layers/${id}/revisions/1/restore`, "application/x-www-form-urlencoded", "", 401],
      [`/api/v1/layers/${id}/revisions/1/restore`, "text/plain", "", 401],
    ] as const) {
      const r = await call(path, {
        method: "POST",
        raw,
        client: 51,
        headers: { "Content-Type": type, Origin: "https://evil.example" },
      });
      expect([path, type, r.status]).toEqual([path, type, expected]);
    }
    const read = envelope(LayerRecord).parse((await call(`/api/v1/layers/${id}`)).json).data;
    expect([read.revision, read.layer.name]).toEqual([1, "kept"]);
    if (database) {
      expect(before).toEqual([0, 1]);
      expect(await forged()).toEqual(before);
      await database.$disconnect();
    }
  });
});

describe.runIf(BASE)("fuzzing the layer endpoints: every case a 4xx, nothing written", () => {
  const url = process.env.DATABASE_URL;
  const database = url ? createDb(url) : undefined;
  afterAll(() => database?.$disconnect());

  it("answers malformed JSON, wrong types, huge or deep bodies, unicode and duplicates with a 4xx", async () => {
    const target = await create(layer(), 40);
    // Rows this run could write, whatever other suites write to the same database meanwhile: layers holding
    // this run's marker (every body below keeps it in the name or the description), and the target's revisions.
    const marker = `fuzz-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const counts = async () =>
      database && [
        await database.layer.count({ where: { document: { contains: marker } } }),
        await database.layerRevision.count({ where: { layerId: target.id } }),
      ];
    const before = await counts();
    if (database) expect(before).toEqual([0, 1]);
    const valid = layer({ name: `Fuzz ${marker}`, description: marker });
    const bodies: Array<[string, string]> = [
      ["empty", ""],
      ["not JSON", "{"],
      ["null", "null"],
      ["a number", "42"],
      ["an array", "[]"],
      ["a string", JSON.stringify("kmap-layer")],
      ["nested arrays", `${"[".repeat(50_000)}${"]".repeat(50_000)}`],
      ["nested objects", `${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`],
      ["wrong format", JSON.stringify({ ...valid, format: "navigator" })],
      ["version 2", JSON.stringify({ ...valid, formatVersion: 2 })],
      ["version as text", JSON.stringify({ ...valid, formatVersion: "1" })],
      ["items an object", JSON.stringify({ ...valid, items: {} })],
      ["item null", JSON.stringify({ ...valid, items: [null] })],
      ["status number", JSON.stringify({ ...valid, items: [{ kind: "topic", slug: "rag-systems", status: 1 }] })],
      ["unknown kind", JSON.stringify({ ...valid, items: [{ kind: "theme", slug: "rag-systems", status: "todo" }] })],
      ["duplicate item", JSON.stringify({ ...valid, items: [valid.items[0], valid.items[0]] })],
      ["unicode slug", JSON.stringify({ ...valid, items: [{ kind: "topic", slug: "rág-systems", status: "todo" }] })],
      ["RTL override name", JSON.stringify({ ...valid, name: "\u0000\u202e" })],
      ["truncated", `{"format":"kmap-layer","formatVersion":1,"name":"\\ud800","datasetVersion":"1.3.0","items":[`],
      ["lone surrogate", JSON.stringify({ ...valid, name: "x" }).replace('"name":"x"', '"name":"\\ud800"')],
      ["lone surrogate note", JSON.stringify({ ...valid, items: [{ ...valid.items[0], note: "\ud83d" }] })],
      [
        "emoji slug",
        JSON.stringify({ ...valid, items: [{ kind: "topic", slug: "rag-systems\u{1f600}", status: "todo" }] }),
      ],
      ["deep item", JSON.stringify({ ...valid, items: [{ ...valid.items[0], note: { a: [[[[{}]]]] } }] })],
      ["10,000 items", JSON.stringify({ ...valid, items: Array.from({ length: 10_000 }, () => valid.items[0]) })],
      ["invalid UTF-8", "\u00ff"],
      ["__proto__", JSON.stringify({ ...valid, ["__proto__"]: { admin: true } })],
      ["extra field", JSON.stringify({ ...valid, owner: "x" })],
      ["empty name", JSON.stringify({ ...valid, name: "" })],
      ["huge note", JSON.stringify({ ...valid, items: [{ ...valid.items[0], note: "é".repeat(5_000) }] })],
      ["too large", JSON.stringify({ ...valid, description: "x".repeat(MAX_LAYER_BODY_BYTES) })],
    ];
    const failures: string[] = [];
    for (const [what, raw] of bodies) {
      const body = what === "invalid UTF-8" ? new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) : raw;
      for (const [path, method, auth] of [
        ["/api/v1/layers", "POST", {}],
        [`/api/v1/layers/${target.id}`, "PUT", { token: target.editToken, ifMatch: '"r1"' }],
      ] as const) {
        const r = await call(path, { method, raw: body, client: method === "POST" ? 41 : 42, ...auth });
        if (r.status < 400 || r.status >= 500 || !ApiError.safeParse(r.json).success)
          failures.push(`${method} ${what}: ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    // nothing was written: the target is still at revision 1 with one revision row, and no layer holds the marker
    const read = envelope(LayerRecord).parse((await call(`/api/v1/layers/${target.id}`)).json).data;
    expect(read.revision).toBe(1);
    if (database) expect(await counts()).toEqual(before);
  }, 120_000);
});
