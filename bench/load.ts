/**
 * npm run bench:load — the production server against nginx serving the same rendered
 * bytes as static files, on loopback, in one run. For `/`, a topic page (as served, and with a
 * query string, which server.mjs leaves to Next.js) and /api/v1/topics:
 * req/s, p50/p99 latency, errors, and the ratio to nginx. Target: topic page ≥ 0.5× nginx
 * with 0 errors at 100 connections for 30 s. Reported, not asserted.
 * Needs `npm run build` and Debian nginx (installed here when running as root).
 * BENCH_SECONDS and BENCH_CONNECTIONS shorten or widen the run.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure, warmUp } from "./lib/measure";
import { freePort, startServer, waitFor, waitForFastPath } from "../scripts/lib/next-server";

const root = join(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const TARGETS = [
  { name: "home /", path: "/", file: "home.html", type: "text/html" },
  { name: "topic /topics/rag-systems", path: "/topics/rag-systems", file: "topic.html", type: "text/html" },
  // The same page with a query string, which server.mjs leaves to Next.js: what the fast path saves.
  { name: "topic, via Next.js", path: "/topics/rag-systems?via=next", file: "topic.html", type: "text/html" },
  { name: "API /api/v1/topics", path: "/api/v1/topics", file: "topics.json", type: "application/json" },
];

function ensureNginx(): string {
  const bin = "/usr/sbin/nginx";
  if (existsSync(bin)) return bin;
  if (process.getuid?.() === 0) spawnSync("apt-get", ["install", "-y", "nginx"], { stdio: "inherit" });
  if (!existsSync(bin)) throw new Error('bench:load needs Debian "nginx" (apt-get install -y nginx)');
  return bin;
}

async function load(url: string) {
  await warmUp(url);
  return measure(url, CONNECTIONS, SECONDS);
}

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const nginxBin = ensureNginx();
  const procs: ChildProcess[] = [];
  let stopNext: (() => void) | undefined;
  try {
    const server = await startServer(root, "/api/v1/themes");
    stopNext = server.stop;
    const next = server.base;
    await waitForFastPath(next, "/topics/rag-systems");

    // nginx serves what the app renders, byte for byte.
    const dir = mkdtempSync(join(tmpdir(), "kmap-nginx-"));
    chmodSync(dir, 0o755); // nginx workers run as an unprivileged user
    const www = join(dir, "www");
    mkdirSync(www);
    for (const t of TARGETS) writeFileSync(join(www, t.file), Buffer.from(await (await fetch(`${next}${t.path}`)).arrayBuffer()));
    const nginxPort = await freePort();
    writeFileSync(
      join(dir, "nginx.conf"),
      `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; keepalive_requests 100000;
  types { text/html html; application/json json; }
  server { listen 127.0.0.1:${nginxPort}; root ${www};
    client_body_temp_path ${dir}/b; proxy_temp_path ${dir}/p; fastcgi_temp_path ${dir}/f; uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s;
  } }`,
    );
    procs.push(spawn(nginxBin, ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" }));
    const nginx = `http://127.0.0.1:${nginxPort}`;
    await waitFor(`${nginx}/${TARGETS[0].file}`);

    console.log(`bench:load — ${CONNECTIONS} connections, ${SECONDS} s per run, loopback; nginx serves the same rendered bytes\n`);
    console.log(`${"target".padEnd(28)}${"server".padEnd(8)}${"req/s".padStart(10)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"errors".padStart(8)}${"× nginx".padStart(10)}`);
    for (const t of TARGETS) {
      const app = await load(`${next}${t.path}`);
      const base = await load(`${nginx}/${t.file}`);
      const line = (server: string, r: typeof app, ratio: string) =>
        console.log(`${t.name.padEnd(28)}${server.padEnd(8)}${r.rps.toFixed(0).padStart(10)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${String(r.errors).padStart(8)}${ratio.padStart(10)}`);
      line("app", app, (app.rps / base.rps).toFixed(2));
      line("nginx", base, "1.00");
    }
    console.log(`\nTarget: topic page ≥ 0.5× nginx with 0 errors.`);
  } finally {
    stopNext?.();
    for (const p of procs) p.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(`bench:load: ${err.message}`);
  process.exit(1);
});
