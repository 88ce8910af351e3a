/**
 * npm run serve:nginx — the site behind nginx, locally, on an existing build (`npm run build`):
 * server.mjs on a private loopback port, nginx in front on PORT (default 3000; or -p/-H), both
 * in the foreground; SIGTERM or SIGINT stops both. With KMAP_UPSTREAMS set, no server is
 * started: nginx goes in front of the servers named there (scripts/test.mjs does that).
 * nginx runs from .nginx/ (KMAP_NGINX_DIR): config, pid file, temp files, cache — no root needed.
 * Debian's nginx (and its brotli_static and Lua modules) is installed with apt-get when run as root.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BuildContractError, readBuild } from "../server/build-contract.mjs";
import { NginxConfigError, parseUpstreams } from "../server/nginx-config";
import { MODULE_PACKAGES } from "../server/nginx-modules.mjs";
import { freePort, waitFor } from "./lib/next-server";
import { listenFrom, workersFrom, writeNginxConfig } from "./nginx-config";

const root = join(import.meta.dirname, "..");
const NGINX = process.env.KMAP_NGINX_BIN ?? "/usr/sbin/nginx";

/** Whether apt knows a package (its candidate is not "(none)"). */
function aptHas(pkg: string): boolean {
  const r = spawnSync("apt-cache", ["policy", pkg], { encoding: "utf8" });
  return r.status === 0 && /Candidate: (?!\(none\))\S+/.test(r.stdout);
}

/** Debian's nginx, installed when running as root; otherwise a clear error naming the package. */
export function ensureNginx(): string {
  if (existsSync(NGINX)) return NGINX;
  if (process.getuid?.() === 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    const pkgs = ["nginx", ...MODULE_PACKAGES.map((p) => p.name).filter(aptHas)];
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...pkgs], { stdio: "inherit" });
    if (existsSync(NGINX)) return NGINX;
  }
  throw new NginxConfigError(
    `needs Debian's "nginx" package at ${NGINX} ` +
      `(apt-get install -y nginx ${MODULE_PACKAGES.map((p) => p.name).join(" ")})`,
  );
}

async function main() {
  try {
    readBuild(root);
  } catch (err) {
    if (err instanceof BuildContractError) throw new BuildContractError(`${err.message} first`);
    throw err;
  }
  const nginx = ensureNginx();
  const listen = listenFrom(process.argv.slice(2));
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const exit = () => {
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code);
    };
    for (const child of children) child.once("exit", exit);
    exit();
    setTimeout(() => process.exit(code), 12_000).unref();
  };
  process.on("SIGTERM", () => stopAll(0));
  process.on("SIGINT", () => stopAll(0));

  let upstreams: string[];
  if (process.env.KMAP_UPSTREAMS) upstreams = parseUpstreams(process.env.KMAP_UPSTREAMS);
  else {
    const port = await freePort();
    const server = spawn(process.execPath, ["server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    });
    children.push(server);
    server.once("exit", (code) => {
      if (!stopping) console.error(`serve:nginx: server.mjs exited (${code}); stopping nginx`);
      stopAll(code || 1);
    });
    upstreams = [`127.0.0.1:${port}`];
    await waitFor(`http://${upstreams[0]}/api/v1/themes`, 240);
  }
  if (stopping) return;
  const written = await writeNginxConfig({ listen, upstreams, workers: workersFrom() });
  const front = spawn(nginx, ["-p", written.dir, "-c", written.conf, "-g", "daemon off;"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(front);
  front.once("exit", (code, signal) => {
    if (!stopping) console.error(`serve:nginx: nginx exited (${code ?? signal}); stopping`);
    stopAll(code || (stopping ? 0 : 1));
  });
  const host = listen.includes(":") ? listen : `localhost:${listen}`;
  await waitFor(`http://${host}/api/v1/themes`, 60);
  console.log(
    `serve:nginx: http://${host} — nginx (${written.pages} prerendered pages and /_next/static from disk, ` +
      (`${written.brotli ? "brotli and gzip" : "gzip"}; views and API cached; ` +
        `view pages' 308s by ${written.viewRedirects ? "nginx (Lua)" : "the server"}) ` +
        `in front of server.mjs at ${upstreams.join(", ")}`),
  );
}

main().catch((err) => {
  const known = err instanceof BuildContractError || err instanceof NginxConfigError;
  console.error(`serve:nginx: ${known ? err.message : err instanceof Error ? err.stack : err}`);
  process.exit(known ? 2 : 1);
});
