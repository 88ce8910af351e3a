/**
 * npm run bench:js — first-load JavaScript per route (the scripts a first visit downloads,
 * gzip-compressed), next to a bare Next.js page built in the same run with the same Next.
 * Needs `npm run build` for the app; builds the bare page itself in a temp folder.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "../scripts/lib/next-server";

const root = join(import.meta.dirname, "..");
const ROUTES = [
  "/",
  "/topics/rag-systems",
  "/themes/costs",
  "/phases/dataset-construction",
  "/cooccurrence",
  "/about",
  "/embed/heatmap",
];

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
  writeFileSync(
    join(dir, "app", "layout.tsx"),
    `export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(join(dir, "app", "page.tsx"), `export default function P() { return <h1>Hello</h1>; }\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        jsx: "react-jsx",
        strict: true,
        module: "esnext",
        moduleResolution: "bundler",
        skipLibCheck: true,
        noEmit: true,
        esModuleInterop: true,
        isolatedModules: true,
        lib: ["dom", "esnext"],
      },
    }),
  );
  const r = spawnSync(join(root, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("building the bare Next page failed");
  return dir;
}

async function main() {
  const bareDir = bareApp();
  const stops: Array<() => void> = [];
  try {
    const bare = await startServer(bareDir);
    stops.push(bare.stop);
    const app = await startServer(root);
    stops.push(app.stop);
    const baseline = await firstLoadJs(bare.base, "/");
    const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    console.log(
      `bench:js — first-load JavaScript, gzip, per route (bare Next page built in this run: ${kb(baseline)})\n`,
    );
    console.log(`${"route".padEnd(32)}${"first-load JS".padStart(14)}${"× bare".padStart(9)}`);
    for (const path of ROUTES) {
      const bytes = await firstLoadJs(app.base, path);
      console.log(`${path.padEnd(32)}${kb(bytes).padStart(14)}${(bytes / baseline).toFixed(2).padStart(9)}`);
    }
  } finally {
    for (const stop of stops) stop();
  }
}

main().catch((err) => {
  console.error(`bench:js: ${err.message}`);
  process.exit(1);
});
