import type { Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element `locator` finds (it carries React's fiber), so a test's click reaches
 * a handler. The server's HTML shows every control before the page's scripts run (they run after its first paint:
 * server/scripts-after-paint.mjs); a click before hydration does nothing, for a person as for a test.
 */
export async function waitForHydration(locator: Locator) {
  await locator.first().waitFor();
  await locator.first().evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const hydrated = () => Object.keys(el).some((k) => k.startsWith("__reactFiber"));
        const check = () => (hydrated() ? resolve() : setTimeout(check, 20));
        check();
      }),
  );
}
