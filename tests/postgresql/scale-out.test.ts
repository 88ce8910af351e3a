/**
 * Scale-out (issue #23, "nothing lost"): two server.mjs processes on one PostgreSQL database, behind the
 * nginx front with KMAP_UPSTREAMS naming both. Server A is the one the PostgreSQL pass of `npm test`
 * started (TEST_BASE_URL); this suite starts server B on the same database (DATABASE_URL) and the front,
 * in parallel, and shows: a save through either process is read at once through the other and through the
 * front (no stale layer from a server's response store or nginx's cache); two editors from one revision
 * through different processes get exactly one 200 and one 412 naming the current revision; the write rate
 * is one limit per client across both; a restart of B loses nothing; no edit token reaches B's log.
 *
 * Runs in the PostgreSQL pass only (vitest.config.mts leaves tests/postgresql out without
 * TEST_POSTGRES_URL; scripts/test.mjs names this folder in that pass).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRateFromEnv } from "@/lib/domain/layers/http";
import { freePort, waitFor } from "@/scripts/lib/next-server";
import { ROOT } from "../helpers/content";
import { startFront } from "../helpers/front";
import { required, TEST_BASE_URL } from "../helpers/requirements";

const DATABASE_URL = process.env.DATABASE_URL ?? "";
const ready = required(
  /^postgres(ql)?:/.test(DATABASE_URL) && existsSync(join(ROOT, ".next", "BUILD_ID")) && existsSync("/usr/sbin/nginx")
    ? true
    : undefined,
  "a PostgreSQL DATABASE_URL, a production build and nginx",
);
const A = TEST_BASE_URL;

/** server.mjs on `port` with the pass's environment (same database), its output kept for the log check. */
function startServerB(port: number) {
  let log = "";
  const proc: ChildProcess = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [proc.stdout, proc.stderr]) stream?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stopped = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once("exit", () => resolve());
      proc.kill("SIGTERM");
    });
  return { ready: waitFor(`http://127.0.0.1:${port}/api/v1/themes`, 120), stop: stopped, log: () => log };
}

const layer = (name: string, status = "todo") => ({
  format: "kmap-layer",
  formatVersion: 1,
  name,
  datasetVersion: "1.3.0",
  items: [{ kind: "topic", slug: "rag-systems", status, note: `${name}: note`, owner: "Ana" }],
});

/** What the answers this suite reads hold (the record, the list of revisions, the error). */
interface Answered {
  data: { id: string; editToken: string; layer: { name: string; items: Array<Record<string, string>> } } & Array<{
    revision: number;
  }>;
  error: { code: string; message: string };
  current: { layer: { name: string } };
}

interface Sent {
  method?: string;
  body?: unknown;
  raw?: string;
  token?: string;
  ifMatch?: string;
  client?: string;
}

async function send(base: string, path: string, s: Sent = {}) {
  const headers: Record<string, string> = {};
  if (s.client) headers["X-Forwarded-For"] = s.client;
  if (s.body !== undefined || s.raw !== undefined) headers["Content-Type"] = "application/json";
  if (s.token) headers.Authorization = `Bearer ${s.token}`;
  if (s.ifMatch) headers["If-Match"] = s.ifMatch;
  const res = await fetch(`${base}${path}`, {
    method: s.method ?? "GET",
    headers,
    body: s.raw ?? (s.body === undefined ? undefined : JSON.stringify(s.body)),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text || "null") as Answered };
}

describe.runIf(ready && A)("two server processes behind the nginx front on one PostgreSQL database", () => {
  let B: string;
  let FRONT: string;
  let portB: number;
  let serverB: ReturnType<typeof startServerB>;
  let front: Awaited<ReturnType<typeof startFront>> | undefined;
  const tokens: string[] = [];

  beforeAll(async () => {
    portB = await freePort();
    B = `http://127.0.0.1:${portB}`;
    serverB = startServerB(portB);
    // nginx needs one upstream up to answer its readiness check: A is; B starts meanwhile
    const frontStarting = startFront(
      `${new URL(A!).host},127.0.0.1:${portB}`,
      mkdtempSync(join(tmpdir(), "kmap-scale-out-nginx-")),
    );
    [, front] = await Promise.all([serverB.ready, frontStarting]);
    FRONT = front.base;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([front?.stop(), serverB?.stop()]);
  });

  /** Reads the layer through A, B and (twice, so both upstreams answer) the front: every one at `name`. */
  async function expectEverywhere(id: string, revision: number, name: string) {
    for (const base of [A!, B, FRONT, FRONT]) {
      const r = await send(base, `/api/v1/layers/${id}`);
      expect([base, r.status, r.headers.get("etag"), r.json.data.layer.name]).toEqual([
        base,
        200,
        `"r${revision}"`,
        name,
      ]);
      expect(r.headers.get("x-kmap-cache")).toBeNull(); // not from a server's response store
      expect(r.headers.get("x-kmap-front")).toBeNull(); // nor from nginx's proxy cache
    }
  }

  it("sees a save through either process at once through the other and through the front", async () => {
    const created = await send(A!, "/api/v1/layers", { method: "POST", body: layer("made on A"), client: "192.0.2.1" });
    expect(created.status).toBe(201);
    const { id, editToken } = created.json.data;
    tokens.push(editToken);
    await expectEverywhere(id, 1, "made on A");
    // edits alternate between the processes and the front; each is read everywhere at once
    for (const [revision, base] of [
      [1, A!],
      [2, B],
      [3, FRONT],
    ] as const) {
      const name = `edit ${revision + 1}`;
      const put = await send(base, `/api/v1/layers/${id}`, {
        method: "PUT",
        body: layer(name),
        token: editToken,
        ifMatch: `"r${revision}"`,
        client: "192.0.2.1",
      });
      expect([put.status, put.headers.get("etag")]).toEqual([200, `"r${revision + 1}"`]);
      await expectEverywhere(id, revision + 1, name);
    }
    const madeOnB = await send(B, "/api/v1/layers", { method: "POST", body: layer("made on B"), client: "192.0.2.1" });
    tokens.push(madeOnB.json.data.editToken);
    await expectEverywhere(madeOnB.json.data.id, 1, "made on B");
  });

  it("lets exactly one of two editors from the same revision win, through different processes", async () => {
    const created = await send(B, "/api/v1/layers", { method: "POST", body: layer("start"), client: "192.0.2.2" });
    const { id, editToken } = created.json.data;
    tokens.push(editToken);
    for (let round = 1; round <= 3; round++) {
      const put = (base: string, name: string) =>
        send(base, `/api/v1/layers/${id}`, {
          method: "PUT",
          body: layer(name),
          token: editToken,
          ifMatch: `"r${round}"`,
          client: "192.0.2.2",
        });
      const [onA, onB] = await Promise.all([put(A!, `A${round}`), put(B, `B${round}`)]);
      expect([onA.status, onB.status].sort()).toEqual([200, 412]);
      const [won, lost] = onA.status === 200 ? [onA, onB] : [onB, onA];
      const winner = won === onA ? `A${round}` : `B${round}`;
      expect(lost.json.error.code).toBe("precondition_failed");
      expect(lost.json.error.message).toMatch(new RegExp(`^The layer is at revision ${round + 1}:`));
      expect(lost.headers.get("etag")).toBe(`"r${round + 1}"`);
      expect(lost.json.current.layer.name).toBe(winner);
      await expectEverywhere(id, round + 1, winner);
    }
    const revisions = await send(FRONT, `/api/v1/layers/${id}/revisions`);
    expect(revisions.json.data.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    // and the front opens no write to another site either: no CORS allowance on a preflight through it
    const preflight = await fetch(`${FRONT}/api/v1/layers/${id}`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "PUT" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("applies one write limit per client across both processes: 429 with Retry-After from either", async () => {
    const { max } = writeRateFromEnv(process.env);
    // a new client on every run: a run within the last minute would still weigh on a fixed one
    const newClient = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    const client = newClient();
    const startedIn = Math.floor(Date.now() / 60_000);
    let allowed = 0;
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    // malformed bodies: each counts as a write (the limit comes first), and none writes anything
    for (let i = 0; i < max * 2 && !refused; i++) {
      const r = await send(i % 2 ? B : A!, "/api/v1/layers", { method: "POST", raw: "{", client });
      if (r.status === 429) refused = r;
      else {
        expect(r.status).toBe(400);
        allowed += 1;
      }
    }
    // per process, 2 × max would pass; one window boundary crossed can let one more through
    if (Math.floor(Date.now() / 60_000) === startedIn) expect(allowed).toBe(max);
    else expect(allowed === max || allowed === max + 1, `${allowed} writes allowed`).toBe(true);
    for (const base of [A!, B]) {
      const r = await send(base, "/api/v1/layers", { method: "POST", raw: "{", client });
      expect([base, r.status, r.json.error.code]).toEqual([base, 429, "too_many_requests"]);
      const wait = Number(r.headers.get("retry-after"));
      expect(wait >= 1 && wait <= 120, `Retry-After ${wait}`).toBe(true);
    }
    expect((await send(B, "/api/v1/layers", { method: "POST", raw: "{", client: newClient() })).status).toBe(400);
  });

  it("loses nothing when a server restarts, and never logs an edit token", async () => {
    const created = await send(B, "/api/v1/layers", { method: "POST", body: layer("before"), client: "192.0.2.5" });
    const { id, editToken } = created.json.data;
    tokens.push(editToken);
    const saved = await send(B, `/api/v1/layers/${id}`, {
      method: "PUT",
      body: layer("saved just before the restart", "addressed"),
      token: editToken,
      ifMatch: '"r1"',
      client: "192.0.2.5",
    });
    expect(saved.status).toBe(200);
    const logBefore = serverB.log();
    await serverB.stop();
    serverB = startServerB(portB);
    await serverB.ready;
    await expectEverywhere(id, 2, "saved just before the restart");
    const after = await send(B, `/api/v1/layers/${id}`);
    expect(after.json.data.layer.items[0]).toMatchObject({ status: "addressed", owner: "Ana" });
    const revisions = await send(B, `/api/v1/layers/${id}/revisions`);
    expect(revisions.json.data.map((r) => r.revision)).toEqual([2, 1]);
    // the same token still edits after the restart
    const next = await send(B, `/api/v1/layers/${id}`, {
      method: "PUT",
      body: layer("after"),
      token: editToken,
      ifMatch: '"r2"',
      client: "192.0.2.5",
    });
    expect(next.status).toBe(200);
    for (const log of [logBefore, serverB.log()]) {
      expect(log).toContain("listening on");
      for (const token of tokens) expect(log).not.toContain(token);
    }
  }, 180_000);
});
