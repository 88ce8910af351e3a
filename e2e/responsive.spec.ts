import { expect, test } from "./fixtures";

// Runs in the "phone" project (360 px wide) and the desktop one.
for (const path of [
  "/",
  "/topics/rag-systems",
  "/about",
  "/cooccurrence",
  "/videos/V105",
  "/plan?topics=rag-systems,fine-tuning",
  "/considerations/integration-and-api-development",
]) {
  test(`${path} fits the viewport without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("follows the system's dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe("rgb(255, 255, 255)");
  expect(dark).not.toBe(light);
});
