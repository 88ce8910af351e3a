/**
 * npm run bench:js — first-load JavaScript per route (the scripts a first visit downloads,
 * gzip-compressed), next to a bare Next.js page built in the same run with the same Next.
 * Needs `npm run build` for the app; builds the bare page itself in a temp folder.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(import.meta.dirname, "..");
const ROUTES = ["/", "/topics/rag-systems", "/themes/costs", "/phases/dataset-construction", "/cooccurrence", "/about", "/embed/heatmap"];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function start(dir: string): Promise<{ base: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, stdio: "ignore", env: process.env });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(base)).status < 500) return { base, proc };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no server at ${base}`);
}

/** gzip bytes of every script a first visit of `path` loads (inline scripts included). */
async function firstLoadJs(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (/application\/ld\+json/.test(m[1]) || /noModule/i.test(m[1])) continue;
    const body = src ? Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()) : Buffer.from(m[2]);
    bytes += gzipSync(body).length;
  }
  return bytes;
}

function bareApp(): string {
  // Inside the repository (ignored by git), so the bundler resolves the project's own Next.js.
  const dir = join(root, ".test-output", "bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare", private: true }));
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(join(dir, "app", "layout.tsx"), `export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n`);
  writeFileSync(join(dir, "app", "page.tsx"), `export default function P() { return <h1>Hello</h1>; }\n`);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true, module: "esnext", moduleResolution: "bundler", skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, lib: ["dom", "esnext"] } }));
  const r = spawnSync(join(root, "node_modules/.bin/next"), ["build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("building the bare Next page failed");
  return dir;
}

async function main() {
  const bareDir = bareApp();
  const procs: ChildProcess[] = [];
  try {
    const bare = await start(bareDir);
    procs.push(bare.proc);
    const app = await start(root);
    procs.push(app.proc);
    const baseline = await firstLoadJs(bare.base, "/");
    const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    console.log(`bench:js — first-load JavaScript, gzip, per route (bare Next page built in this run: ${kb(baseline)})\n`);
    console.log(`${"route".padEnd(32)}${"first-load JS".padStart(14)}${"× bare".padStart(9)}`);
    for (const path of ROUTES) {
      const bytes = await firstLoadJs(app.base, path);
      console.log(`${path.padEnd(32)}${kb(bytes).padStart(14)}${(bytes / baseline).toFixed(2).padStart(9)}`);
    }
  } finally {
    for (const p of procs) p.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(`bench:js: ${err.message}`);
  process.exit(1);
});
