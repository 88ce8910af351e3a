/**
 * Team layers in the database (issue #23), on SQLite or — with TEST_POSTGRES_URL — PostgreSQL:
 * every save kept, the edit token stored only hashed, and of many saves racing from the same
 * revision exactly one wins while the others are told the current revision (two clients here,
 * as two server processes would be).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LayerDocument } from "@/lib/domain/layers/format";
import { hashToken } from "@/lib/layers/secrets";
import { createLayer, deleteLayer, findLayer, listRevisions, saveLayer } from "@/lib/layers/store";
import { createWriteRate } from "@/lib/layers/write-rate";
import { createDb, freshDatabase, TEST_PROVIDER } from "../helpers/db";
import type { Db } from "@/lib/db/client";

const doc = (name: string) =>
  LayerDocument.parse({
    format: "kmap-layer",
    formatVersion: 1,
    name,
    datasetVersion: "1.3.0",
    items: [{ kind: "topic", slug: "rag-systems", status: "todo" }],
  });

let one: Db;
let two: Db;
beforeAll(async () => {
  const { url } = await freshDatabase();
  one = createDb(url);
  // Two clients stand for two server processes on PostgreSQL. A SQLite file has one server process: its
  // synchronous driver would block this one test process while the other connection holds the write lock.
  two = TEST_PROVIDER === "postgresql" ? createDb(url) : one;
}, 120_000);
afterAll(async () => {
  await one?.$disconnect();
  if (two !== one) await two?.$disconnect();
});

describe(`layers in the database (${TEST_PROVIDER})`, () => {
  it("stores the token only as its SHA-256, and every save as a revision", async () => {
    const { editToken, stored } = await createLayer(doc("v1"), one);
    const row = await one.layer.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.editTokenHash).toBe(hashToken(editToken));
    expect(JSON.stringify(row)).not.toContain(editToken);
    expect(await saveLayer(stored.id, editToken, 1, doc("v2"), two)).toMatchObject({ state: "saved" });
    const list = await listRevisions(stored.id, one);
    expect(list.state === "found" && list.revisions.map((r) => [r.revision, r.layer.name])).toEqual([
      [2, "v2"],
      [1, "v1"],
    ]);
    expect(await saveLayer(stored.id, "x".repeat(24), 2, doc("v3"), one)).toEqual({ state: "forbidden" });
  });

  it("lets exactly one of eight saves from the same revision win (through two clients on PostgreSQL)", async () => {
    const { editToken, stored } = await createLayer(doc("start"), one);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => saveLayer(stored.id, editToken, 1, doc(`editor ${i}`), i % 2 ? one : two)),
    );
    const saved = results.filter((r) => r.state === "saved");
    expect(saved).toHaveLength(1);
    const winner = saved[0].state === "saved" ? saved[0].layer.layer.name : "";
    for (const r of results.filter((x) => x.state !== "saved"))
      expect(r).toMatchObject({ state: "stale", current: { revision: 2, layer: { name: winner } } });
    const now = await findLayer(stored.id, two);
    expect(now.state === "found" && [now.layer.revision, now.layer.layer.name]).toEqual([2, winner]);
    expect(await one.layerRevision.count({ where: { layerId: stored.id } })).toBe(2);
  }, 60_000);

  it("deletes a layer with its revisions; it is gone, not missing", async () => {
    const { editToken, stored } = await createLayer(doc("bye"), one);
    expect(await deleteLayer(stored.id, editToken, null, two)).toMatchObject({ state: "saved" });
    expect(await findLayer(stored.id, one)).toEqual({ state: "gone" });
    expect(await one.layerRevision.count({ where: { layerId: stored.id } })).toBe(0);
    expect(await saveLayer(stored.id, editToken, 1, doc("again"), one)).toEqual({ state: "gone" });
  });

  it("counts writes per client once for every process: one limit, an HMAC for the key, never the address", async () => {
    const limit = { max: 3, windowMs: 60_000 };
    // two limiters, as two server processes would hold, on two clients of the same database
    const [a, b] = [createWriteRate(limit, () => one), createWriteRate(limit, () => two)];
    const start = 120_000 * 1_000_000 + 10_000; // 10 s into a window
    const waits = [];
    for (const [i, rate] of [a, b, a, b].entries()) waits.push(await rate.take("203.0.113.9", start + i));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBe(70); // the window's 3 writes leave a place 20 s into the next (⅔ of 3 = 2)
    expect(await b.take("203.0.113.10", start + 5)).toBe(0); // another client: its own count
    // the next window: the previous one's 3 writes weigh ⅔ at 20 s in (1 place), ⅓ at 40 s (2 places)
    const next = start - 10_000 + 60_000;
    expect(await a.take("203.0.113.9", next + 20_000)).toBe(0);
    expect(await b.take("203.0.113.9", next + 21_000)).toBe(19);
    expect(await b.take("203.0.113.9", next + 40_000)).toBe(0);
    const rows = await one.layerWriteRate.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113/);
    expect(JSON.stringify(await one.serverSecret.findMany())).not.toMatch(/203\.0\.113/);
  });
});
