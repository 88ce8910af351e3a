/**
 * What a suite needs from outside (a running server, the paper's text). Run by hand, a suite
 * whose need is missing is skipped and counted as skipped; under CI=true it fails instead,
 * so a green CI run never hides suites that did not run.
 */
export function required<T>(value: T | undefined, what: string): T | undefined {
  if (value === undefined && process.env.CI) {
    throw new Error(`${what} is missing; under CI=true this suite must run, not skip`);
  }
  return value;
}

/** The running server the API suites talk to (scripts/test.mjs sets TEST_BASE_URL). */
export const TEST_BASE_URL = required(process.env.TEST_BASE_URL || undefined, "TEST_BASE_URL (a running server)");
