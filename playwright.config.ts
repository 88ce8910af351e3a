import { defineConfig } from "@playwright/test";
import { testBrowserLaunchOptions } from "./scripts/lib/chromium.mjs";

// Drives Debian's chromium-headless-shell, or chromium (apt; scripts/lib/chromium.mjs): Playwright's own browser
// download cannot work offline.
export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  // One retry on CI, where two workers share two cores with the server; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    launchOptions: testBrowserLaunchOptions(),
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 900 } } },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      testMatch: /responsive\.spec\.ts/,
    },
  ],
});
