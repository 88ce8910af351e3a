/**
 * npm run bench:load — the production server against nginx serving the same bytes, with wrk
 * (Debian) as the load generator, on loopback, in one run.
 *
 * First the generator's own ceiling: wrk against nginx serving a tiny file. Then, for every
 * page kind people share and the API: the server (req/s, p50/p99, errors), nginx serving the
 * same response body with the same compression (brotli_static where installed, gzip_static), and two ratios — to nginx,
 * and
 * to the prerendered topic page served by the same server (the issue's target: every shared
 * view and API read ≥ 0.5× the topic page, p99 < 50 ms, 0 errors). Reported, not asserted.
 *
 * Then the same through the nginx front (npm run serve:nginx's config, one worker like the plain
 * nginx): prerendered pages from disk, views and API reads from its proxy cache (targets: the
 * topic page ≥ 0.9× plain nginx, views and API ≥ 0.5×).
 *
 * Then links as people paste them (issue #24): each with tracking parameters, or with unique junk values (a
 * new one per request, from a wrk Lua script), against its canonical URL in the same run, on the server and
 * through the front. wrk counts a 3xx as a success (only ≥ 400 is an error): these links are answered with a
 * 308 to the canonical URL (lib/domain/views/redirect.ts). Target: every row ≥ 0.5× its canonical URL, p99
 * < 50 ms, no timeouts.
 *
 * Needs `npm run build`, Debian `wrk` and `nginx` (installed here when running as root).
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) change the run.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { get } from "node:http";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { GZIP_OPTIONS, brotliOptions } from "../server/static-pages.mjs";
import { freePort, startServer, waitFor, waitForFastPath } from "../scripts/lib/next-server";
import { findBrotliModule, writeNginxConfig } from "../scripts/nginx-config";
import { missingModulePackages } from "../server/nginx-modules.mjs";

const root = join(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Target {
  name: string;
  path: string;
  type: string;
}
const TOPIC: Target = { name: "topic page (prerendered)", path: "/topics/rag-systems", type: "text/html" };
const TARGETS: Target[] = [
  TOPIC,
  { name: "treemap view", path: "/?zoom=architecture-and-design&topic=rag-systems", type: "text/html" },
  { name: "heatmap view", path: "/cooccurrence?cell=rag-systems~evaluation&value=jaccard", type: "text/html" },
  { name: "API topics", path: "/api/v1/topics", type: "application/json" },
  { name: "API cooccurrence", path: "/api/v1/cooccurrence", type: "application/json" },
];

/** A link as pasted, and the canonical URL it stands for. `junk`: a new value per request (`{n}` in `path`). */
interface PastedLink {
  name: string;
  path: string;
  canonical: string;
  junk?: boolean;
}
export const PASTED: PastedLink[] = [
  {
    name: "treemap view + utm_source",
    path: "/?zoom=architecture-and-design&topic=rag-systems&utm_source=slack",
    canonical: "/?zoom=architecture-and-design&topic=rag-systems",
  },
  {
    name: "heatmap view + fbclid",
    path: "/cooccurrence?cell=rag-systems~evaluation&fbclid=abc",
    canonical: "/cooccurrence?cell=rag-systems~evaluation",
  },
  { name: "topic page + utm_source", path: "/topics/rag-systems?utm_source=x", canonical: "/topics/rag-systems" },
  { name: "unique junk views /?zoom=z<N>", path: "/?zoom=z{n}", canonical: "/", junk: true },
  {
    name: "unique junk plans",
    path: "/plan?topics=rag-systems,z{n}",
    canonical: "/plan?topics=rag-systems",
    junk: true,
  },
];

/** One GET on a connection of its own (no keep-alive: the server may close an idle one while wrk runs). */
function getOnce(url: string): Promise<{ status: number; location: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, bytes }));
    }).on("error", reject);
  });
}

/**
 * The baseline of a pasted link's ratio, checked before it is measured: the link answers a 308 to its canonical URL
 * (a fragment after it aside), and the canonical URL a 200 with a page. Otherwise the row would compare something
 * else (a 404 or a redirect is fast) and the run stops, saying what it got.
 */
async function checkPastedLink(base: string, path: string, canonical: string, via: string): Promise<void> {
  const pasted = await getOnce(`${base}${path}`);
  const location = pasted.location?.split("#")[0];
  if (pasted.status !== 308 || location !== canonical)
    throw new Error(`${via} ${path}: ${pasted.status} to ${location ?? "nowhere"}, not a 308 to ${canonical}`);
  const page = await getOnce(`${base}${canonical}`);
  if (page.status !== 200 || page.bytes < 1000)
    throw new Error(`${via} ${canonical}: ${page.status}, ${page.bytes} bytes, not a 200 with a page`);
}

/** A wrk Lua script that asks for `path` with `{n}` replaced by a new number on every request. */
function junkScript(dir: string, path: string): string {
  const file = join(dir, `junk-${Math.random().toString(36).slice(2)}.lua`);
  const [before, after] = path.split("{n}");
  writeFileSync(
    file,
    `math.randomseed(os.time() + math.floor(os.clock() * 1e6))\n` +
      `request = function()\n` +
      `  local n = math.random(1, 2000000000)\n` +
      `  return wrk.format(nil, ${JSON.stringify(before)} .. n .. ${JSON.stringify(after)})\n` +
      `end\n`,
  );
  return file;
}

export interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Parses wrk's --latency report. */
export function parseWrk(out: string): WrkResult {
  const ms = (s: string | undefined) => {
    const m = /([\d.]+)(us|ms|s)/.exec(s ?? "");
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === "us" ? v / 1000 : m[2] === "s" ? v * 1000 : v;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: ms(/\n\s+50%\s+(\S+)/.exec(out)?.[1]),
    p99: ms(/\n\s+99%\s+(\S+)/.exec(out)?.[1]),
    errors: (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0),
  };
}

function ensure(bin: string, pkg: string): string {
  if (existsSync(bin)) return bin;
  if (process.getuid?.() === 0)
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], { stdio: "inherit" });
  if (!existsSync(bin)) throw new Error(`bench:load needs Debian "${pkg}" (apt-get install -y ${pkg})`);
  return bin;
}

function wrk(url: string, seconds = SECONDS, script?: string): WrkResult {
  const args = [
    ...(script ? ["-s", script] : []),
    "-t2",
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    "--latency",
    "--timeout",
    "5s",
    "-H",
    "Accept-Encoding: br, gzip",
    url,
  ];
  const r = spawnSync("/usr/bin/wrk", args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  return parseWrk(r.stdout);
}

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  ensure("/usr/bin/wrk", "wrk");
  const nginxBin = ensure("/usr/sbin/nginx", "nginx");
  // The front loads its modules when they are there (brotli_static; Lua for the view pages' 308s: the bench says).
  const missing = missingModulePackages();
  if (process.getuid?.() === 0 && missing.length > 0)
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit" });
  const procs: ChildProcess[] = [];
  let stopServer: (() => void) | undefined;
  try {
    const server = await startServer(root, "/api/v1/themes");
    stopServer = server.stop;
    await waitForFastPath(server.base, TOPIC.path);

    // nginx serves what the app answers, byte for byte, with the gzip'd copy beside it.
    const dir = mkdtempSync(join(tmpdir(), "kmap-nginx-"));
    chmodSync(dir, 0o755); // nginx workers run as an unprivileged user
    const www = join(dir, "www");
    mkdirSync(www);
    chmodSync(www, 0o755);
    const files = new Map<Target, string>();
    for (const [i, t] of TARGETS.entries()) {
      // Twice: the first request renders the view for the server's cache.
      await (await fetch(`${server.base}${t.path}`)).arrayBuffer();
      await new Promise((r) => setTimeout(r, 500));
      const body = Buffer.from(await (await fetch(`${server.base}${t.path}`)).arrayBuffer());
      const file = `t${i}.${t.type === "text/html" ? "html" : "json"}`;
      writeFileSync(join(www, file), body);
      writeFileSync(join(www, `${file}.gz`), gzipSync(body, GZIP_OPTIONS));
      writeFileSync(join(www, `${file}.br`), brotliCompressSync(body, brotliOptions(body.length)));
      files.set(t, file);
    }
    writeFileSync(join(www, "tiny.txt"), "ok\n");
    const nginxPort = await freePort();
    // brotli_static too where Debian's module is installed: the same encoding the server and the front send.
    const brotli = findBrotliModule();
    writeFileSync(
      join(dir, "nginx.conf"),
      `${brotli ? `load_module ${brotli};` : ""} worker_processes 1; daemon off; ` +
        `pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; sendfile on; keepalive_requests 1000000; gzip_static on; ${brotli ? "brotli_static on;" : ""}
  types { text/html html; application/json json; text/plain txt; }
  server { listen 127.0.0.1:${nginxPort}; root ${www};
    client_body_temp_path ${dir}/b; proxy_temp_path ${dir}/p; fastcgi_temp_path ${dir}/f; ` +
        `uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s;
  } }`,
    );
    procs.push(spawn(nginxBin, ["-c", join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" }));
    const nginx = `http://127.0.0.1:${nginxPort}`;
    await waitFor(`${nginx}/tiny.txt`);

    // The nginx front (scripts/nginx-config.ts) in front of the same server, one worker.
    const frontPort = await freePort();
    const written = await writeNginxConfig({
      listen: `127.0.0.1:${frontPort}`,
      upstreams: [new URL(server.base).host],
      dir: join(dir, "front"),
      staticRoot: join(root, ".nginx", "root"), // precompressed once per build, shared with serve:nginx
      workers: 1,
    });
    procs.push(spawn(nginxBin, ["-p", written.dir, "-c", written.conf, "-g", "daemon off;"], { stdio: "ignore" }));
    const front = `http://127.0.0.1:${frontPort}`;
    await waitFor(`${front}/api/v1/themes`);
    for (const t of TARGETS) {
      // Views and API reads: until nginx answers from its cache what the server kept.
      for (let i = 0; i < 80 && t !== TOPIC && !t.path.includes("?ref="); i++) {
        const res = await fetch(`${front}${t.path}`, { headers: { "accept-encoding": "br, gzip" } });
        await res.arrayBuffer();
        if (res.headers.get("x-kmap-front") === "HIT" && res.headers.get("x-kmap-cache") === "HIT") break;
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    // Warm every target (JIT, the view cache) before measuring.
    for (const t of TARGETS) {
      wrk(`${server.base}${t.path}`, 2);
      wrk(`${front}${t.path}`, 2);
    }

    console.log(
      `bench:load — wrk, ${CONNECTIONS} connections, 2 threads, ${SECONDS} s ` +
        `per run, loopback, Accept-Encoding: br, gzip`,
    );
    console.log("(2 cores shared by the server, nginx and wrk; one process at a time is loaded)\n");
    const ceiling = wrk(`${nginx}/tiny.txt`);
    console.log(
      `load generator ceiling: wrk → nginx, 3-byte file: ` +
        `${ceiling.rps.toFixed(0)} req/s, p99 ${ceiling.p99.toFixed(1)} ms\n`,
    );

    const head =
      `${"target".padEnd(30)}${"server".padEnd(8)}${"req/s".padStart(9)}` +
      `${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"errors".padStart(8)}${"× nginx".padStart(9)}${"× topic".padStart(9)}`;
    console.log(head);
    let topicRps = NaN;
    for (const t of TARGETS) {
      const app = wrk(`${server.base}${t.path}`);
      const viaFront = wrk(`${front}${t.path}`);
      const base = wrk(`${nginx}/${files.get(t)}`);
      if (t === TOPIC) topicRps = app.rps;
      const row = (who: string, r: WrkResult, vsNginx: string, vsTopic: string) =>
        console.log(
          `${(who === "app" ? t.name : "").padEnd(30)}${who.padEnd(8)}` +
            `${r.rps.toFixed(0).padStart(9)}${r.p50.toFixed(1).padStart(9)}` +
            `${r.p99.toFixed(1).padStart(9)}${String(r.errors).padStart(8)}` +
            `${vsNginx.padStart(9)}${vsTopic.padStart(9)}`,
        );
      row("app", app, (app.rps / base.rps).toFixed(2), (app.rps / topicRps).toFixed(2));
      row("front", viaFront, (viaFront.rps / base.rps).toFixed(2), "");
      row("nginx", base, "1.00", "");
    }
    console.log("\nTarget: every shared view and API read ≥ 0.5× the topic page, p99 < 50 ms, 0 errors.");
    console.log("Front (nginx in front of the server): topic page ≥ 0.9× plain nginx, views and API ≥ 0.5×.");

    // Links as pasted: each against its canonical URL, on the same server (and front), in this run.
    console.log(`\nLinks as pasted (3xx counted as success; errors = timeouts, socket errors and ≥ 400)`);
    console.log(
      `front: the view pages' 308s by ` +
        `${written.viewRedirects ? "nginx (Lua module and listed views)" : "the server (no Lua module)"}\n`,
    );
    console.log(
      `${"link".padEnd(32)}${"via".padEnd(8)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
        `${"errors".padStart(8)}${"canon.".padStart(9)}${"c. p99".padStart(9)}${"× canon.".padStart(10)}`,
    );
    for (const link of PASTED) {
      const script = link.junk ? junkScript(dir, link.path) : undefined;
      const path = link.junk ? link.path.split("{n}").join("0") : link.path;
      for (const [via, base] of [
        ["app", server.base],
        ["front", front],
      ] as const) {
        await checkPastedLink(base, path, link.canonical, via);
        wrk(`${base}${path}`, 2, script); // warm
        const canonical = wrk(`${base}${link.canonical}`);
        const pasted = wrk(`${base}${path}`, SECONDS, script);
        console.log(
          `${(via === "app" ? link.name : "").padEnd(32)}${via.padEnd(8)}${pasted.rps.toFixed(0).padStart(9)}` +
            `${pasted.p50.toFixed(1).padStart(9)}${pasted.p99.toFixed(1).padStart(9)}` +
            `${String(pasted.errors).padStart(8)}${canonical.rps.toFixed(0).padStart(9)}` +
            `${canonical.p99.toFixed(1).padStart(9)}${(pasted.rps / canonical.rps).toFixed(2).padStart(10)}`,
        );
      }
    }
    console.log("\nTarget: every pasted link ≥ 0.5× its canonical URL, p99 < 50 ms, no timeouts (app and front).");
  } finally {
    stopServer?.();
    for (const p of procs) p.kill("SIGTERM");
  }
}

if (process.argv[1]?.endsWith("load.ts")) {
  main().catch((err) => {
    console.error(`bench:load: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
