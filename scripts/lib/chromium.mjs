import { existsSync } from "node:fs";

// Debian's chromium (apt), the one browser every test, bench and script drives: Playwright's own download cannot
// work offline. Headless, as root, and with no background traffic of its own to disturb timings or network traces.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's chromium-headless-shell: the same Chromium release and engine (Blink, V8) from the same Debian source
 * package, built as the headless-only shell, which is what Playwright itself runs for headless tests. It loads a
 * page with about half the CPU of the full browser's headless mode here, so the browser tests use it when it is
 * installed (`npm test` installs it as root). The benchmarks and screenshots keep the full browser.
 */
export const HEADLESS_SHELL_PATH = "/usr/bin/chromium-headless-shell";

/** The browser the Playwright tests drive: TEST_BROWSER_PATH, else the headless shell when installed, else chromium. */
export const TEST_BROWSER_PATH =
  process.env.TEST_BROWSER_PATH ?? (existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH);

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright's launch options for the full browser (benchmarks, screenshots). */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** Playwright's launch options for the browser tests. */
export const testBrowserLaunchOptions = () => ({ executablePath: TEST_BROWSER_PATH, args: CHROMIUM_FLAGS });
