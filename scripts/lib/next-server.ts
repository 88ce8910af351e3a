/**
 * Starting the production server on a free loopback port, for the fuzz run and the
 * benchmarks. freePort is plain JavaScript (./free-port.mjs), shared with scripts/test.mjs, which runs before tsx.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";

export { freePort };

const root = join(import.meta.dirname, "..", "..");

/**
 * Waits until `url` answers below 500; throws after `seconds` (50 by default), saying what it last got: nothing,
 * or a 5xx — which is what a server on a database that was never migrated and seeded answers.
 */
export async function waitFor(url: string, seconds = 50): Promise<void> {
  let last: string | undefined;
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
      const body = await res.text();
      last = res.headers.get("content-type")?.includes("json")
        ? `${res.status} ${body.slice(0, 160)}`
        : `${res.status}`;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!last) throw new Error(`nothing answers at ${url}`);
  throw new Error(
    `${url} answered ${last} for ${seconds} s. Is the database at DATABASE_URL ` +
      `(${process.env.DATABASE_URL ?? "prisma/dev.db"}) migrated and seeded? npm run db:migrate && npm run db:seed`,
  );
}

/**
 * The production server on a free loopback port, ready when `readyPath` answers: this
 * project's server.mjs by default, or plain `next start` for another app in `cwd`.
 */
export async function startServer(
  cwd = root,
  readyPath = "/",
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const listen = ["-p", String(port), "-H", "127.0.0.1"];
  const proc =
    cwd === root
      ? spawn(process.execPath, ["server.mjs", ...listen], { cwd, stdio: "ignore", env })
      : spawn(join(root, "node_modules/.bin/next"), ["start", ...listen], { cwd, stdio: "ignore", env });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (proc.exitCode === null) proc.kill("SIGTERM");
  };
  try {
    await waitFor(`${base}${readyPath}`);
  } catch (err) {
    stop();
    throw err;
  }
  return { base, stop };
}

/**
 * Waits until server.mjs answers `path` from memory, so a benchmark measures the steady
 * state and a test the fast path. Throws after about 30 s.
 */
export async function waitForFastPath(base: string, path: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${base}${path}`);
    await res.arrayBuffer();
    if (res.headers.get("x-kmap-cache") === "HIT") return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} is not answered from memory after 30 s`);
}
