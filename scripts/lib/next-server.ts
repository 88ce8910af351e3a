/**
 * Starting the production server on a free loopback port, for the fuzz run and the
 * benchmarks (scripts/test.mjs has its own copy: it runs before tsx is available).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers below 500; throws after about 50 s. */
export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answers at ${url}`);
}

/** `next start` for the app in `cwd` (default: this project), ready when `readyPath` answers. */
export async function startNext(cwd = root, readyPath = "/", env: NodeJS.ProcessEnv = process.env): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const proc = spawn(join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd, stdio: "ignore", env });
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
