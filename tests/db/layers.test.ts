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
});
