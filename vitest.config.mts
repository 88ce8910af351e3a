import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { fileURLToPath } from "node:url";

/**
 * Suites that start their own servers or CLI processes, longest first: they run from the start,
 * beside the quick ones, instead of closing the run alone (a fresh clone has no timing cache for
 * vitest to order by).
 */
const LONG_FIRST = [
  /tests\/server\/memory\./,
  /tests\/postgresql\//,
  /tests\/db\//,
  /tests\/front\//,
  /tests\/server\//,
  /tests\/api\/fuzz\./,
];

class LongFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONG_FIRST.findIndex((pattern) => pattern.test(f.moduleId));
      return i < 0 ? LONG_FIRST.length : i;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // tests/postgresql needs the PostgreSQL pass of `npm test` (scripts/test.mjs names it there).
    exclude: [...configDefaults.exclude, ...(process.env.TEST_POSTGRES_URL ? [] : ["tests/postgresql/**"])],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most suites wait on a server or a child process rather than compute: three files at a
    // time on two cores (vitest's default here is one).
    maxWorkers: 3,
    sequence: { sequencer: LongFirstSequencer },
  },
});
