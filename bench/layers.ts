/**
 * npm run bench:layers — team layers under load: 10,000 stored layers, then wrk (Debian) against the production
 * server, in one run and in this order: a prerendered page (the baseline: answered from memory), layer reads
 * (GET /api/v1/layers/{id}, a random id of the 10,000 per request, from a wrk Lua script) and layer writes (PUT
 * with the bearer token and If-Match, from a Lua script that takes each layer's next ETag from its last answer,
 * so writes succeed; 412s and every other status are counted and reported). Prints req/s, p50 and p99 of each,
 * their ratios to the baseline, the statuses seen (the baseline must be all 200), the CPU time wrk and the
 * server used in each run (wrk must not be the one that is saturated), the load average of the host before and
 * after, and the server's live heap after a full GC before and after the load (bounded: growth ≤
 * BENCH_LAYERS_HEAP_MB, default 16). Exit 1 when the baseline saw another status than 200, when a read or write
 * answered 5xx or timed out, or when the heap grew past the bound.
 *
 * The database: DATABASE_URL as usual. A SQLite file (the default, prisma/dev.db, migrated and seeded) is
 * copied first, and the layers go into the copy; on PostgreSQL they go into the database named, and are
 * deleted at the end. Layers are inserted 500 at a time (createMany), with their first revision.
 *
 * BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_LAYERS (default 10000).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDb, databaseProvider } from "../lib/db/client";
import { LAYER_STATUSES, type LayerDocument } from "../lib/domain/layers/format";
import { hashToken, newEditToken, newLayerId } from "../lib/layers/secrets";
import { startProbedServer } from "../scripts/lib/heap-probe";
import { waitForFastPath } from "../scripts/lib/next-server";
import { parseWrk, type WrkResult } from "./load";

const root = join(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const LAYERS = Number(process.env.BENCH_LAYERS ?? 10_000);
const HEAP_MB = Number(process.env.BENCH_LAYERS_HEAP_MB ?? 16);
const THREADS = 2;
/** Layers the write run cycles through (each thread its own share): far more than requests in flight. */
const WRITE_POOL = 2_000;
const BASELINE = "/topics/rag-systems";
const BENCH_NAME = "bench:layers";

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

/** A deterministic pseudo-random sequence (mulberry32), so every run stores the same layers. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A layer over the real catalogue: 3 to 20 items, statuses, notes and owners. */
function layerDocument(
  n: number,
  rand: () => number,
  slugs: { topics: string[]; considerations: string[] },
  datasetVersion: string,
): LayerDocument {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const candidates = [
    ...slugs.topics.map((slug) => ({ kind: "topic" as const, slug })),
    ...slugs.considerations.map((slug) => ({ kind: "consideration" as const, slug })),
  ].sort(() => rand() - 0.5);
  const count = 3 + Math.floor(rand() * 18);
  return {
    format: "kmap-layer",
    formatVersion: 1,
    name: `${BENCH_NAME} ${n}`,
    description: "A generated layer for npm run bench:layers.",
    datasetVersion,
    items: candidates.slice(0, count).map((c) => ({
      ...c,
      status: pick(LAYER_STATUSES),
      note: rand() < 0.5 ? `Reviewed in sprint ${1 + Math.floor(rand() * 30)}; see ADR-${n % 97}.` : "",
      owner: rand() < 0.5 ? pick(["Ana", "Bo", "Chen", "Dara", "Eli"]) : "",
    })),
  };
}

/** The database the layers go into: a copy of a SQLite file, or the PostgreSQL database named. */
function benchDatabase(url: string): { url: string; cleanup: () => void } {
  if (databaseProvider(url) === "postgresql") return { url, cleanup: () => {} };
  const file = resolve(root, url.replace(/^file:/, ""));
  if (!existsSync(file)) throw new Error(`no database at ${file}: run npm run db:migrate && npm run db:seed first`);
  const dir = mkdtempSync(join(tmpdir(), "kmap-bench-layers-"));
  copyFileSync(file, join(dir, "bench.db"));
  return { url: `file:${join(dir, "bench.db")}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The CPU time (user + system, seconds) of a process so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second on Linux)
}

/** Lua shared by every run: a count of answers by status, printed by `done` as one STATUS line. */
const STATUS_LUA = `
counts = {}
local threads = {}
local thread_count = 0
setup = function(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end
count = function(status) counts[status] = (counts[status] or 0) + 1 end
done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do total[k] = (total[k] or 0) + v end
  end
  io.write("STATUS")
  for k, v in pairs(total) do io.write(" " .. k .. "=" .. v) end
  io.write("\\n")
end
`;

const luaList = (items: string[]) => `{\n${items.map((s) => `  ${JSON.stringify(s)},`).join("\n")}\n}`;

function scripts(
  dir: string,
  ids: string[],
  writable: Array<{ id: string; token: string }>,
  warmWritable: Array<{ id: string; token: string }>,
  body: string,
) {
  const baseline = join(dir, "baseline.lua");
  writeFileSync(baseline, `${STATUS_LUA}\nresponse = function(status) count(status) end\n`);
  const reads = join(dir, "reads.lua");
  writeFileSync(
    reads,
    `${STATUS_LUA}
local ids = ${luaList(ids)}
init = function(args) math.randomseed(os.time() + tid * 7919) end
request = function() return wrk.format("GET", "/api/v1/layers/" .. ids[math.random(#ids)]) end
response = function(status) count(status) end
`,
  );
  const writesLua = (pool: Array<{ id: string; token: string }>) => `${STATUS_LUA}
local pool = ${luaList(pool.map((w) => `${w.id}:${w.token}`))}
local doc = ${JSON.stringify(body)}
local mine = {}
local revision = {}
local i = 0
init = function(args)
  for k = 1, #pool do
    if (k - 1) % ${THREADS} == tid then
      local id, token = string.match(pool[k], "^([%w_-]+):([%w_-]+)$")
      table.insert(mine, { id = id, token = token })
    end
  end
end
request = function()
  i = i % #mine + 1
  local layer = mine[i]
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. layer.token,
    ["If-Match"] = '"r' .. (revision[layer.id] or 1) .. '"',
  }
  return wrk.format("PUT", "/api/v1/layers/" .. layer.id, headers, doc)
end
-- the answer (200, or 412 with the current record) names the layer and its revision: the next If-Match
response = function(status, headers, body)
  count(status)
  local etag = headers["etag"] or headers["ETag"]
  local id = body and string.match(body, '"id":"([%w_-]+)"')
  if etag and id then revision[id] = tonumber(string.match(etag, "r(%d+)")) end
end
`;
  // the warm-up writes to layers of their own: the measured run's layers all start at revision 1
  const [writes, warmWrites] = [join(dir, "writes.lua"), join(dir, "warm-writes.lua")];
  writeFileSync(writes, writesLua(writable));
  writeFileSync(warmWrites, writesLua(warmWritable));
  return { baseline, reads, writes, warmWrites };
}

interface Run extends WrkResult {
  statuses: Record<string, number>;
  wrkCpu: number;
  serverCpu: number;
  wall: number;
}

function wrk(url: string, script: string, serverPid: number, seconds = SECONDS): Run {
  const before = cpuSeconds(serverPid);
  const args = ["-s", script, `-t${THREADS}`, `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "--timeout", "5s", url];
  // GNU time's "%U %S %e" on the last line of stderr: wrk's own CPU time and wall time
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %U %S %e", "/usr/bin/wrk", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const serverCpu = cpuSeconds(serverPid) - before;
  const [user, system, wall] = (/TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr) ?? []).slice(1).map(Number);
  const statuses = Object.fromEntries(
    [...(/STATUS(.*)/.exec(r.stdout)?.[1] ?? "").matchAll(/(\d+)=(\d+)/g)].map((m) => [m[1], Number(m[2])]),
  );
  const socket = /timeout (\d+)/.exec(r.stdout);
  return {
    ...parseWrk(r.stdout),
    errors: socket ? Number(socket[1]) : 0,
    statuses,
    wrkCpu: user + system,
    serverCpu,
    wall,
  };
}

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  if (!existsSync("/usr/bin/wrk")) {
    if (process.getuid?.() === 0)
      spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "wrk"], { stdio: "inherit" });
    if (!existsSync("/usr/bin/wrk")) throw new Error('needs Debian "wrk" (apt-get install -y wrk)');
  }
  const database = benchDatabase(process.env.DATABASE_URL ?? "file:./prisma/dev.db");
  const db = createDb(database.url);
  const dir = mkdtempSync(join(tmpdir(), "kmap-bench-layers-lua-"));
  const ids: string[] = [];
  let server: Awaited<ReturnType<typeof startProbedServer>> | undefined;
  try {
    const provider = databaseProvider(database.url);
    console.log(`${BENCH_NAME}: load average before: ${load()} (${process.env.BENCH_HOST ?? "this host"})`);
    // 1. the layers, 500 per statement, each with its first revision
    const [topics, considerations, version] = await Promise.all([
      db.topic.findMany({ select: { slug: true } }),
      db.consideration.findMany({ select: { slug: true } }),
      db.datasetVersion.findFirst({ where: { isCurrent: true } }),
    ]);
    if (topics.length === 0) throw new Error("the database holds no topics: run npm run db:seed first");
    const slugs = { topics: topics.map((t) => t.slug), considerations: considerations.map((c) => c.slug) };
    const rand = random(20261202);
    const writable: Array<{ id: string; token: string }> = [];
    const warmWritable: Array<{ id: string; token: string }> = [];
    const seeding = Date.now();
    const now = new Date();
    for (let start = 0; start < LAYERS; start += 500) {
      const rows = Array.from({ length: Math.min(500, LAYERS - start) }, (_, k) => {
        const id = newLayerId();
        const token = newEditToken();
        ids.push(id);
        if (writable.length < WRITE_POOL) writable.push({ id, token });
        else if (warmWritable.length < WRITE_POOL) warmWritable.push({ id, token });
        const document = JSON.stringify(layerDocument(start + k, rand, slugs, version?.version ?? "1.3.0"));
        return { id, editTokenHash: hashToken(token), revision: 1, document, createdAt: now, updatedAt: now };
      });
      await db.layer.createMany({ data: rows });
      await db.layerRevision.createMany({
        data: rows.map((r) => ({ layerId: r.id, revision: 1, document: r.document, savedAt: now })),
      });
    }
    console.log(
      `stored ${LAYERS} layers (${provider}) in ${((Date.now() - seeding) / 1000).toFixed(1)} s; ` +
        `${await db.layer.count()} layers in the database`,
    );
    const body = JSON.stringify(layerDocument(0, random(7), slugs, version?.version ?? "1.3.0"));
    const lua = scripts(dir, ids, writable, warmWritable, body);

    // 2. the server, writes unlimited for the run (one client: wrk on loopback)
    server = await startProbedServer(256, {
      ...process.env,
      DATABASE_URL: database.url,
      KMAP_LAYER_WRITES_PER_MINUTE: "1000000000",
    });
    await waitForFastPath(server.base, BASELINE);
    // warm-up (the JIT, the connection pool), then the live heap before the measured runs
    wrk(`${server.base}${BASELINE}`, lua.baseline, server.pid, 2);
    wrk(`${server.base}/`, lua.reads, server.pid, 2);
    wrk(`${server.base}/`, lua.warmWrites, server.pid, 2);
    const heapBefore = await server.liveHeap();

    // 3. the measured runs, one after the other in the same run
    console.log(
      `wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${SECONDS} s each; the server's heap capped at 256 MB`,
    );
    const runs: Array<[string, Run]> = [
      [
        `baseline: GET ${BASELINE} (prerendered, from memory)`,
        wrk(`${server.base}${BASELINE}`, lua.baseline, server.pid),
      ],
      [`read: GET /api/v1/layers/{id}, ${ids.length} ids`, wrk(`${server.base}/`, lua.reads, server.pid)],
      [
        `write: PUT /api/v1/layers/{id}, If-Match, ${writable.length} layers`,
        wrk(`${server.base}/`, lua.writes, server.pid),
      ],
    ];
    const heapAfter = await server.liveHeap();
    const base = runs[0][1];
    const f = (n: number) => n.toFixed(1);
    console.log(
      "\n| run | req/s | p50 ms | p99 ms | req/s ÷ baseline | p99 ÷ baseline | statuses | wrk CPU | server CPU |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
    for (const [name, r] of runs) {
      const statuses = Object.entries(r.statuses)
        .map(([s, n]) => `${s}: ${n}`)
        .join(", ");
      const cpu = (s: number) => `${Math.round((100 * s) / r.wall)} %`;
      console.log(
        `| ${name} | ${Math.round(r.rps)} | ${f(r.p50)} | ${f(r.p99)} | ${(r.rps / base.rps).toFixed(2)} | ` +
          `${(r.p99 / base.p99).toFixed(1)} | ${statuses}${r.errors ? `, ${r.errors} timeouts` : ""} | ` +
          `${cpu(r.wrkCpu)} | ${cpu(r.serverCpu)} |`,
      );
    }
    const writes = runs[2][1].statuses;
    const written = writes["200"] ?? 0;
    const stale = writes["412"] ?? 0;
    console.log(
      `\nwrites: ${written} saved (200), ${stale} refused as stale (412)` +
        (stale ? " — the Lua script's If-Match lagged a save still in flight" : ""),
    );
    console.log(`CPU in % of one core over each run's wall time (2 cores, shared with whatever else runs here)`);
    console.log(
      `live heap after full GC: ${mb(heapBefore)} MB before the measured runs, ${mb(heapAfter)} MB after ` +
        `(${heapAfter >= heapBefore ? "+" : ""}${mb(heapAfter - heapBefore)} MB)`,
    );
    console.log(`load average after: ${load()}`);
    const checks: Array<[string, boolean]> = [
      [`the baseline answered 200 only`, Object.keys(base.statuses).join() === "200" && base.errors === 0],
      [
        "no 5xx and no timeouts on layer reads and writes",
        runs.slice(1).every(([, r]) => r.errors === 0 && Object.keys(r.statuses).every((s) => Number(s) < 500)),
      ],
      ["every layer read answered 200", Object.keys(runs[1][1].statuses).join() === "200"],
      [`live heap growth ≤ ${HEAP_MB} MB`, heapAfter - heapBefore <= HEAP_MB * 2 ** 20],
    ];
    for (const [text, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}: ${text}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (databaseProvider(database.url) === "postgresql") {
      let gone = 0;
      for (let start = 0; start < ids.length; start += 500)
        gone += (await db.layer.deleteMany({ where: { id: { in: ids.slice(start, start + 500) } } })).count;
      console.log(`deleted the ${gone} layers of this run`);
    }
    await db.$disconnect();
    database.cleanup();
  }
}

main().catch((err) => {
  console.error(`${BENCH_NAME}: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
