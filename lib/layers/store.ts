/**
 * Layers in the database (Prisma): the current document and every revision. A save is a
 * compare-and-swap on the revision inside a transaction, so of two editors saving from the same
 * revision exactly one wins and the other is told the current revision — on SQLite and on
 * PostgreSQL, whichever server process handles either request.
 */
import type { LayerDocument } from "../domain/layers/format";
import { db, type Db } from "../db/client";
import { hashToken, newEditToken, newLayerId, tokenMatches } from "./secrets";

export interface StoredLayer {
  id: string;
  revision: number;
  savedAt: Date;
  layer: LayerDocument;
}

export type Lookup =
  { state: "found"; layer: StoredLayer; editTokenHash: string } | { state: "gone" } | { state: "missing" };

export type WriteResult =
  | { state: "saved"; layer: StoredLayer }
  | { state: "stale"; current: StoredLayer }
  | { state: "gone" }
  | { state: "missing" }
  | { state: "forbidden" };

export async function createLayer(layer: LayerDocument, client: Db = db()) {
  const id = newLayerId();
  const editToken = newEditToken();
  const now = new Date();
  const document = JSON.stringify(layer);
  await client.layer.create({
    data: {
      id,
      editTokenHash: hashToken(editToken),
      revision: 1,
      document,
      createdAt: now,
      updatedAt: now,
      revisions: { create: { revision: 1, document, savedAt: now } },
    },
  });
  return { editToken, stored: { id, revision: 1, savedAt: now, layer } satisfies StoredLayer };
}

export async function findLayer(id: string, client: Db = db()): Promise<Lookup> {
  const row = await client.layer.findUnique({ where: { id } });
  if (!row) return { state: "missing" };
  if (row.deletedAt) return { state: "gone" };
  return {
    state: "found",
    editTokenHash: row.editTokenHash,
    layer: { id, revision: row.revision, savedAt: row.updatedAt, layer: JSON.parse(row.document) as LayerDocument },
  };
}

/** The checks every write shares: the layer exists, is not deleted, and the token is its own. */
async function authorised(id: string, token: string, client: Db): Promise<WriteResult | StoredLayer> {
  const found = await findLayer(id, client);
  if (found.state !== "found") return { state: found.state };
  if (!tokenMatches(token, found.editTokenHash)) return { state: "forbidden" };
  return found.layer;
}

/** Saves `layer` as the next revision when the current one is `expected`. */
export async function saveLayer(
  id: string,
  token: string,
  expected: number,
  layer: LayerDocument,
  client: Db = db(),
): Promise<WriteResult> {
  const current = await authorised(id, token, client);
  if ("state" in current) return current;
  if (current.revision !== expected) return { state: "stale", current };
  const now = new Date();
  const document = JSON.stringify(layer);
  const next = { layerId_revision: { layerId: id, revision: expected + 1 } };
  const staleNow = async (): Promise<WriteResult> => {
    const after = await findLayer(id, client);
    return after.state === "found" ? { state: "stale", current: after.layer } : { state: after.state };
  };
  try {
    // The revision's primary key is the compare-and-swap: of two saves from the same revision, the second
    // insert of revision n+1 waits for the first to commit and then fails as a duplicate (SQLite and PostgreSQL
    // alike, whichever connection or server process). Write first, so no transaction reads before it writes.
    const [, swapped] = await client.$transaction([
      client.layerRevision.create({ data: { layerId: id, revision: expected + 1, document, savedAt: now } }),
      client.layer.updateMany({
        where: { id, revision: expected, deletedAt: null },
        data: { revision: expected + 1, document, updatedAt: now },
      }),
    ]);
    if (swapped.count !== 1) {
      // deleted (or moved on) between the check above and this save: take the revision back
      await client.layerRevision.deleteMany({ where: next.layerId_revision });
      return staleNow();
    }
  } catch (err) {
    if ((err as { code?: string }).code !== "P2002") throw err;
    return staleNow();
  }
  return { state: "saved", layer: { id, revision: expected + 1, savedAt: now, layer } };
}

/** Deletes a layer: its document and revisions go, its id answers 410 from then on. */
export async function deleteLayer(
  id: string,
  token: string,
  expected: number | null,
  client: Db = db(),
): Promise<WriteResult> {
  const current = await authorised(id, token, client);
  if ("state" in current) return current;
  if (expected !== null && expected !== current.revision) return { state: "stale", current };
  await client.$transaction([
    client.layerRevision.deleteMany({ where: { layerId: id } }),
    client.layer.update({ where: { id }, data: { deletedAt: new Date(), document: "" } }),
  ]);
  return { state: "saved", layer: current };
}

export async function listRevisions(id: string, client: Db = db()) {
  const found = await findLayer(id, client);
  if (found.state !== "found") return found;
  const rows = await client.layerRevision.findMany({ where: { layerId: id }, orderBy: { revision: "desc" } });
  return {
    state: "found" as const,
    current: found.layer.revision,
    revisions: rows.map((r) => ({
      revision: r.revision,
      savedAt: r.savedAt,
      layer: JSON.parse(r.document) as LayerDocument,
    })),
  };
}

export async function findRevision(id: string, revision: number, client: Db = db()) {
  const found = await findLayer(id, client);
  if (found.state !== "found") return found;
  const row = await client.layerRevision.findUnique({ where: { layerId_revision: { layerId: id, revision } } });
  if (!row) return { state: "no-revision" as const, current: found.layer.revision };
  return {
    state: "found" as const,
    layer: { id, revision: row.revision, savedAt: row.savedAt, layer: JSON.parse(row.document) as LayerDocument },
  };
}
