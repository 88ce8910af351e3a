/**
 * The nginx front (scripts/serve-nginx.ts) in front of a running server.mjs, for the front
 * suites, and the comparison rules they share.
 */
import { spawn } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { freePort, waitFor } from "@/scripts/lib/next-server";
import { ROOT } from "./content";

export const NGINX_BIN = "/usr/sbin/nginx";

/** nginx (serve:nginx with KMAP_UPSTREAMS) in front of `upstream` (host:port), from its own folder. */
export async function startFront(
  upstream: string,
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const proc = spawn(
    join(ROOT, "node_modules/.bin/tsx"),
    ["scripts/serve-nginx.ts", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: {
        ...env,
        KMAP_UPSTREAMS: upstream,
        KMAP_NGINX_DIR: dir,
        // One precompressed copy of the build for every front the tests start.
        KMAP_NGINX_STATIC_ROOT: join(ROOT, ".test-output", "nginx-root"),
        KMAP_NGINX_WORKERS: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  /** SIGTERM, then wait until serve:nginx has stopped nginx and exited. */
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once("exit", () => resolve());
      proc.kill("SIGTERM");
    });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/v1/themes`, 240);
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, stop };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw HTTP (fetch would decompress and hide Content-Encoding). */
export function rawGet(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Headers that differ between any two servers or describe who answered: the connection, the
 * date, nginx's Server, how the body was framed, and the caches' own markers (the server's
 * x-kmap-cache, nginx's x-kmap-front, Next.js's x-nextjs-*).
 */
const NOT_COMPARED = /^(date|connection|keep-alive|server|transfer-encoding|x-kmap-cache|x-kmap-front|x-nextjs-.*)$/;

/** The headers worth comparing, with a per-request nonce made comparable. */
export function comparableHeaders(res: RawResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (NOT_COMPARED.test(name) || value === undefined) continue;
    out[name] = String(value).replace(/'nonce-[^']+'/g, "'nonce-…'");
  }
  return out;
}

/** The dataset version a page shows in its footer, or an API read in its meta. */
export function shownVersion(body: string): string | undefined {
  if (body.startsWith("{")) return JSON.parse(body).meta?.datasetVersion?.version;
  return /data-testid="dataset-version">Version <span[^>]*>([^<]+)</.exec(body)?.[1];
}
