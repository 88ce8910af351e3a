/**
 * A bare Next.js page (one `<h1>`, no client component) built with this project's own Next.js,
 * so bench:js and bench:lighthouse can put every route next to what the framework alone costs
 * on the same host, in the same run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** Builds the bare page into `.test-output/bare-next` (ignored by git) and returns its folder. */
export function buildBareNext(): string {
  // Inside the repository, so the bundler resolves the project's own Next.js.
  const dir = join(root, ".test-output", "bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare", private: true }));
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  // A title, a description and a viewport, so Lighthouse's SEO and best-practice audits compare like for like.
  writeFileSync(
    join(dir, "app", "layout.tsx"),
    `export const metadata = { title: "Bare", description: "A bare Next.js page, the benchmarks' baseline." };
export default function L({ children }: { children: React.ReactNode }) { ` +
      'return <html lang="en"><body>{children}</body></html>; }\n',
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
