/**
 * npm run nginx:config — writes an nginx config for the current build (server/nginx-config.ts
 * holds the rules; this reads the build and writes files):
 *   .nginx/nginx.conf           the config (nginx -p .nginx -c .nginx/nginx.conf)
 *   .nginx/root/                the prerendered pages (<path>.html) and _next/static, each
 *                               text file with .br and .gz beside it (compressed once per build)
 *   .nginx/cache/, temp/, logs/ nginx's proxy cache, temp files and logs
 *
 *   PORT (default 3000) or -p/-H: where nginx listens;
 *   KMAP_UPSTREAMS: the server.mjs processes ("127.0.0.1:3001,127.0.0.1:3002"; default 127.0.0.1:3001);
 *   KMAP_NGINX_DIR: another folder than .nginx; KMAP_NGINX_STATIC_ROOT: another folder for the
 *   pages and assets than <dir>/root (fronts of one build may share it); KMAP_NGINX_WORKERS: worker_processes (auto);
 *   KMAP_NGINX_BROTLI_MODULE: the brotli_static module to load ("" for gzip only; found by default);
 *   KMAP_NGINX_LUA_MODULE: the Lua module that answers the view pages' 308s ("" leaves them to the server;
 *   found by default), with the catalogue read from DATABASE_URL (.nginx/kmap_view_redirect.lua);
 *   KMAP_NGINX_ACCESS_LOG=1: write an access log.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { BuildContractError, LUA_VIEW_RULES_FILE, REBUILD, distDir, readBuild } from "../server/build-contract.mjs";
import { cachedCompressor, compressedBodiesDir } from "../server/compressed-bodies.mjs";
import { BROTLI_MODULES, LUA_MODULES } from "../server/nginx-modules.mjs";
import { createDb } from "../lib/db/client";
import { createCatalogueReader } from "../lib/data";
import { listedViewUrls } from "../lib/domain/views/listed";
import { immutablePages } from "../server/static-pages.mjs";
import {
  ASSET_PREFIX,
  NginxConfigError,
  isCompressible,
  nginxConfig,
  LUA_VIEW_REDIRECT_MODULE,
  luaViewRedirectModule,
  pageFile,
  parseUpstreams,
  type NginxConfigInput,
  type PrerenderedPage,
} from "../server/nginx-config";

const root = resolve(import.meta.dirname, "..");

export interface NginxSetup {
  listen: string;
  upstreams: string[];
  dir?: string;
  /** Where the pages and assets go (default dir/root); several fronts of one build may share it. */
  staticRoot?: string;
  workers?: number | "auto";
  accessLog?: boolean;
}

export interface WrittenConfig {
  dir: string;
  conf: string;
  pages: number;
  brotli: boolean;
  /** Whether nginx answers the view pages' 308s itself (the rule in Lua). */
  viewRedirects: boolean;
  buildId: string;
}

/** Environment variables, as process.env holds them. */
type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The module named by the environment variable `name` ("" turns it off), else the first of `candidates` on this
 * machine, or null. A named module must be an absolute path to a file: nginx would refuse to start otherwise.
 */
function moduleFrom(env: Environment, name: string, candidates: readonly string[]): string | null {
  const named = env[name];
  if (named === undefined) return candidates.find((m) => existsSync(m)) ?? null;
  if (named === "") return null;
  if (!named.startsWith("/") || !existsSync(named))
    throw new NginxConfigError(`${name}: "${named}" is not a module file (an absolute path; "" turns it off)`);
  return named;
}

/** The brotli_static module to load, or null (then gzip_static only). */
export function findBrotliModule(env: Environment = process.env): string | null {
  return moduleFrom(env, "KMAP_NGINX_BROTLI_MODULE", BROTLI_MODULES);
}

/**
 * The modules to load, in order, for the view pages' 308s: the Nginx Development Kit and the Lua module, or null
 * (then the server answers them). KMAP_NGINX_LUA_MODULE names the Lua module ("" turns it off); the kit is the
 * file beside it (Debian's packages put both in one folder).
 */
export function findLuaModules(env: Environment = process.env): string[] | null {
  const lua = moduleFrom(env, "KMAP_NGINX_LUA_MODULE", LUA_MODULES);
  if (lua === null) return null;
  const ndk = join(dirname(lua), "ndk_http_module.so");
  if (!existsSync(ndk))
    throw new NginxConfigError(`${lua} needs the Nginx Development Kit module beside it (libnginx-mod-http-ndk)`);
  return [ndk, lua];
}

/**
 * The front's part of the view pages' 308s: dir/kmap_view_redirect.lua, the rule compiled for nginx with this build
 * and the current dataset version's themes and topics (the server reads the same from the API), run by the Lua
 * `modules`; and the canonical views listed from the same catalogue. Themes and topics change only with the content,
 * which means a new build and so a new config.
 */
async function viewRedirectSetup(
  dir: string,
  dist: string,
  buildId: string,
  modules: string[],
): Promise<Required<Pick<NginxConfigInput, "viewRedirect" | "listedViews">>> {
  const rulesFile = join(dist, LUA_VIEW_RULES_FILE);
  const rules = existsSync(rulesFile) ? readFileSync(rulesFile, "utf8") : "";
  if (!rules.split("\n", 1)[0].includes(`build ${buildId}:`))
    throw new BuildContractError(
      `${join(distDir(), LUA_VIEW_RULES_FILE)} is missing or from another build: ${REBUILD}`,
    );
  const db = createDb();
  try {
    const reader = createCatalogueReader(db);
    const [themes, topics] = await Promise.all([reader.themes(), reader.topics()]).catch((err: unknown) => {
      const cause = (err instanceof Error ? err.message : String(err)).trim().split("\n").at(-1)?.replace(/\.+$/, "");
      throw new NginxConfigError(
        `could not read the themes and topics the view pages' 308s need from DATABASE_URL ` +
          `(${process.env.DATABASE_URL ?? "prisma/dev.db"}): ${cause}. Run npm run db:migrate && npm run db:seed, ` +
          `or set KMAP_NGINX_LUA_MODULE="" to leave those 308s to the server`,
      );
    });
    const script = join(dir, `${LUA_VIEW_REDIRECT_MODULE}.lua`);
    writeFileSync(script, luaViewRedirectModule(rules, { themes, topics }));
    return { viewRedirect: { modules, script }, listedViews: listedViewUrls({ themes, topics }) };
  } finally {
    await db.$disconnect();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The name of the user owning `path`, for `user` when nginx runs as root (its workers must read the build). */
function ownerName(path: string): string {
  const uid = statSync(path).uid;
  if (uid === 0) return "root";
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.split(":")[2] === String(uid));
  return line?.split(":")[0] ?? "nobody";
}

/** Copies the pages and assets into `staticRoot` with .br and .gz beside every text file, once per build. */
async function prepareStaticRoot(finalRoot: string, dist: string, pages: PrerenderedPage[], buildId: string) {
  const stamp = join(finalRoot, ".kmap-build-id");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === buildId) return;
  // Written beside it, then swapped in: a running nginx never sees half a folder.
  const staticRoot = `${finalRoot}.${process.pid}.tmp`;
  rmSync(staticRoot, { recursive: true, force: true });
  const compress = cachedCompressor(compressedBodiesDir(dist));
  const jobs: Array<{ from?: string; body?: Buffer; to: string; compress: boolean }> = [];
  for (const page of pages)
    jobs.push({ body: Buffer.from(page.html, "utf8"), to: pageFile(page.path), compress: true });
  const assets = join(dist, "static");
  for (const file of filesUnder(assets)) {
    jobs.push({
      from: file,
      to: `${ASSET_PREFIX}${relative(assets, file).split("\\").join("/")}`,
      compress: isCompressible(extname(file).slice(1)),
    });
  }
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const target = join(staticRoot, job.to);
      mkdirSync(dirname(target), { recursive: true });
      const body = job.body ?? readFileSync(job.from!);
      if (job.from) copyFileSync(job.from, target);
      else writeFileSync(target, body);
      if (!job.compress) continue;
      // The server's compressor and its cache: the same bytes whichever of the two answers, and
      // pages the server has stored already are not compressed again.
      const { gzip: gz, br } = await compress(body);
      writeFileSync(`${target}.gz`, gz);
      writeFileSync(`${target}.br`, br);
    }
  };
  await Promise.all([worker(), worker()]);
  writeFileSync(join(staticRoot, ".kmap-build-id"), buildId);
  rmSync(finalRoot, { recursive: true, force: true });
  renameSync(staticRoot, finalRoot);
}

/** Reads the build, prepares the static root and writes nginx.conf. Throws BuildContractError or NginxConfigError. */
export async function writeNginxConfig(setup: NginxSetup, env = process.env): Promise<WrittenConfig> {
  const { buildId, manifest, hashes } = readBuild(root);
  const dist = join(root, distDir());
  const dir = resolve(root, setup.dir ?? env.KMAP_NGINX_DIR ?? ".nginx");
  const pages: PrerenderedPage[] = [];
  // Named modules are checked before anything is written.
  const brotliModule = findBrotliModule(env);
  const luaModules = findLuaModules(env);
  for (const path of immutablePages(manifest)) {
    const file = join(dist, "server", "app", pageFile(path));
    const pageHashes = hashes.pages[path];
    // A page without its HTML file or hashes is left to the server, which asks Next.js for it.
    if (!existsSync(file) || !pageHashes) continue;
    pages.push({ path, hashes: pageHashes, html: readFileSync(file, "utf8") });
  }
  for (const sub of ["temp", "cache", "logs"]) mkdirSync(join(dir, sub), { recursive: true });
  // The proxy cache is kept per build (nginx.conf names cache/<build id>): earlier builds' entries go.
  for (const old of readdirSync(join(dir, "cache"))) {
    if (old !== buildId) rmSync(join(dir, "cache", old), { recursive: true, force: true });
  }
  const staticRoot = resolve(root, setup.staticRoot ?? env.KMAP_NGINX_STATIC_ROOT ?? join(dir, "root"));
  await prepareStaticRoot(staticRoot, dist, pages, buildId);
  const luaSetup = luaModules ? await viewRedirectSetup(dir, dist, buildId, luaModules) : {};
  const text = nginxConfig({
    buildId,
    dir,
    staticRoot,
    listen: setup.listen,
    upstreams: setup.upstreams,
    pages,
    assetExtensions: filesUnder(join(dist, "static")).map((f) => extname(f).slice(1)),
    brotliModule,
    ...luaSetup,
    workers: setup.workers,
    user: process.getuid?.() === 0 ? ownerName(root) : undefined,
    accessLog: setup.accessLog,
  });
  const conf = join(dir, "nginx.conf");
  writeFileSync(conf, text);
  return { dir, conf, pages: pages.length, brotli: brotliModule !== null, viewRedirects: luaModules !== null, buildId };
}

/** -p/-H like server.mjs, else PORT (default 3000) on every interface. */
export function listenFrom(args: string[], env = process.env): string {
  const arg = (names: string[]) => {
    const i = args.findIndex((a) => names.includes(a));
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(arg(["-p", "--port"]) ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new NginxConfigError(`invalid port "${arg(["-p", "--port"]) ?? env.PORT}"`);
  const host = arg(["-H", "--hostname"]);
  return host ? `${host.includes(":") ? `[${host}]` : host}:${port}` : String(port);
}

export function workersFrom(env = process.env): number | "auto" {
  const w = env.KMAP_NGINX_WORKERS;
  if (!w || w === "auto") return "auto";
  if (!/^[1-9][0-9]*$/.test(w)) throw new NginxConfigError(`KMAP_NGINX_WORKERS must be a number or "auto", not "${w}"`);
  return Number(w);
}

async function main() {
  const setup = {
    listen: listenFrom(process.argv.slice(2)),
    upstreams: parseUpstreams(process.env.KMAP_UPSTREAMS ?? "127.0.0.1:3001"),
    workers: workersFrom(),
    accessLog: process.env.KMAP_NGINX_ACCESS_LOG === "1",
  };
  const written = await writeNginxConfig(setup);
  console.log(
    `nginx:config: ${relative(process.cwd(), written.conf)} for build ` +
      `${written.buildId}: ${written.pages} prerendered pages ` +
      `and /_next/static from disk (${written.brotli ? "brotli and gzip" : "gzip"}), ` +
      `the view pages' 308s ${written.viewRedirects ? "by nginx (Lua)" : "by the server"}, ` +
      `listening on ${setup.listen}, ` +
      `in front of ${setup.upstreams.join(", ")}. Run: nginx -p ${written.dir} -c ${written.conf} -g "daemon off;"`,
  );
}

if (process.argv[1]?.endsWith("nginx-config.ts")) {
  main().catch((err) => {
    if (err instanceof BuildContractError || err instanceof NginxConfigError) {
      console.error(`nginx:config: ${err.message}`);
      process.exit(2);
    }
    throw err;
  });
}
