/**
 * The tests' `test`: Playwright's, with a `page` whose `goto` and `reload` return once React has taken over the
 * document (a fiber on <body>), as the pages' own scripts are fetched and run after the first contentful paint
 * (server/scripts-after-paint.mjs). A click before that reaches no handler, for a person as for a test; a person
 * clicks again, a test would wait out its timeout. A page without the framework's scripts (an API document, a
 * context with JavaScript off) and `waitUntil: "commit"` return as Playwright's do.
 */
import { test as base, type Page } from "@playwright/test";

export * from "@playwright/test";

/** How long a navigation waits for React before it goes on (a test then fails on what it expected to see). */
const HYDRATION_TIMEOUT_MS = 15_000;

async function reactTookOver(page: Page) {
  await page
    .waitForFunction(
      () =>
        document.querySelector("script[data-after-first-paint], script[src*='/_next/static/']") === null ||
        Object.keys(document.body ?? {}).some((key) => key.startsWith("__reactFiber")),
      null,
      { timeout: HYDRATION_TIMEOUT_MS, polling: 20 },
    )
    .catch(() => undefined);
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      const hydrated = async <T>(response: T, options?: { waitUntil?: string }) => {
        if (options?.waitUntil !== "commit") await reactTookOver(page);
        return response;
      };
      page.goto = async (url, options) => hydrated(await goto(url, options), options);
      page.reload = async (options) => hydrated(await reload(options), options);
    }
    await provide(page);
  },
});
