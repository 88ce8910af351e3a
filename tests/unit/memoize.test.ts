import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { memoizeReader } from "@/lib/data";

describe("memoizeReader", () => {
  it("answers repeated reads from memory until the TTL passes, per arguments", async () => {
    let t = 0;
    let calls = 0;
    const reader = memoizeReader(
      {
        async topic(slug: string) {
          calls++;
          return { slug, n: calls };
        },
        async failing() {
          calls++;
          throw new Error("db down");
        },
      },
      1000,
      { now: () => t },
    );
    expect(await reader.topic("a")).toEqual({ slug: "a", n: 1 });
    expect(await reader.topic("a")).toEqual({ slug: "a", n: 1 });
    expect(await reader.topic("b")).toEqual({ slug: "b", n: 2 });
    t = 1500;
    expect(await reader.topic("a")).toEqual({ slug: "a", n: 3 });
    await expect(reader.failing()).rejects.toThrow("db down");
    await expect(reader.failing()).rejects.toThrow("db down");
    expect(calls).toBe(5); // failures are retried, not cached
  });

  it("keeps at most maxEntries answers, dropping the least recently used", async () => {
    let calls = 0;
    const reader = memoizeReader(
      {
        async topic(slug: string) {
          calls++;
          return slug;
        },
      },
      60_000,
      { maxEntries: 3 },
    );
    for (const slug of ["a", "b", "c", "a", "d"]) await reader.topic(slug); // "b" is now the oldest
    expect(calls).toBe(4);
    await reader.topic("a");
    expect(calls).toBe(4); // still kept
    await reader.topic("b");
    expect(calls).toBe(5); // evicted, read again
  });

  it("keeps a settled read's value, not the request it was read in", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const requestContext = new AsyncLocalStorage<{ response: object }>();
    const reader = memoizeReader({ topic: async (slug: string) => ({ slug }) }, 60_000);
    let response: WeakRef<object> | undefined;
    const first = await requestContext.run({ response: new Uint8Array(1 << 20) }, async () => {
      response = new WeakRef(requestContext.getStore()!.response);
      return reader.topic("rag-systems");
    });
    expect(first).toEqual({ slug: "rag-systems" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(response!.deref()).toBeUndefined(); // the request's objects are gone although the read is kept
    expect(await reader.topic("rag-systems")).toBe(first); // the same value, from memory
  });
});
