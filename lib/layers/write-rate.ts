/**
 * The layer write rate, counted in the database so that every server process behind the front applies one
 * limit per client (lib/domain/layers/http.ts holds the rule). A client is its address as server/main.mjs
 * determined it, stored only as an HMAC-SHA256 under a key the processes share through the database (made
 * once, by whichever process needs it first): the table never holds an address. A write is counted by one
 * conditional upsert, so two processes cannot both take the last place in a window.
 */
import { createHmac, randomBytes } from "node:crypto";
import { currentCapacity, rateWindow, retryAfterSeconds, type RateLimit } from "../domain/layers/http";
import { db as sharedDb, type Db } from "../db/client";

const KEY_NAME = "layer-write-rate";

export interface WriteRate {
  /** 0 when the client may write now (the write is counted), else the seconds to wait (Retry-After). */
  take(client: string, now: number): Promise<number>;
}

export function createWriteRate(limit: RateLimit, database: () => Db = sharedDb): WriteRate {
  let key: Promise<Buffer> | undefined;
  let lastSweep = Number.NEGATIVE_INFINITY;

  const hmacKey = (d: Db) => {
    key ??= (async () => {
      const candidate = randomBytes(32).toString("hex");
      await d.$executeRaw`INSERT INTO "ServerSecret" ("name", "value") VALUES (${KEY_NAME}, ${candidate})
        ON CONFLICT ("name") DO NOTHING`;
      const row = await d.serverSecret.findUniqueOrThrow({ where: { name: KEY_NAME } });
      return Buffer.from(row.value, "hex");
    })().catch((err: unknown) => {
      key = undefined; // try again on the next write
      throw err;
    });
    return key;
  };

  return {
    async take(client, now) {
      const d = database();
      const clientKey = createHmac("sha256", await hmacKey(d))
        .update(client, "utf8")
        .digest("base64url");
      const { bucket, elapsed } = rateWindow(now, limit.windowMs);
      const count = async (b: number) =>
        (await d.layerWriteRate.findUnique({ where: { clientKey_bucket: { clientKey, bucket: b } } }))?.count ?? 0;
      const previous = await count(bucket - 1);
      const capacity = currentCapacity(limit, previous, elapsed);
      const counted =
        capacity < 1
          ? []
          : await d.$queryRaw<Array<{ count: number }>>`INSERT INTO "LayerWriteRate" ("clientKey", "bucket", "count")
              VALUES (${clientKey}, ${bucket}, 1)
              ON CONFLICT ("clientKey", "bucket") DO UPDATE SET "count" = "LayerWriteRate"."count" + 1
              WHERE "LayerWriteRate"."count" < ${capacity}
              RETURNING "count"`;
      if (now - lastSweep >= limit.windowMs) {
        // Windows before the previous one weigh nothing any more: at most once a window per process.
        lastSweep = now;
        await d.layerWriteRate.deleteMany({ where: { bucket: { lt: bucket - 1 } } });
      }
      if (counted.length > 0) return 0;
      return retryAfterSeconds(limit, previous, await count(bucket), elapsed);
    },
  };
}
