import { describe, expect, it } from "vitest";
import { checkPath, runFuzz } from "../../fuzz/cases";

import { TEST_BASE_URL } from "../helpers/requirements";

const BASE = TEST_BASE_URL;

describe.runIf(BASE)("fuzzing the running server (small run; `npm run fuzz` for 10,000 cases)", () => {
  it("answers known-nasty inputs without a 5xx", async () => {
    for (const path of [
      "/topics/%E0%A4%A",
      "/topics/..%2F..%2Fetc%2Fpasswd",
      "/api/v1/topics/%3Cscript%3E",
      "/api/v1/videos/V0",
      "/v/%27%20OR%201%3D1/topics/rag-systems",
      "/og/topic/%00",
      `/api/v1/topics/${"a".repeat(3000)}`,
      "/cooccurrence?cell=%E0%A4%A",
      "/?zoom=__proto__&topic=constructor",
    ]) {
      expect(await checkPath(BASE!, path), path).toBeNull();
    }
  });

  it("holds for 150 generated requests", async () => {
    const { tried, failures } = await runFuzz(BASE!, 150, 20261125);
    expect(tried).toBe(150);
    expect(failures).toEqual([]);
  }, 180_000);
});
