import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "./fixtures";

// The journeys of issue 15: phone, dark mode, embeds, and the paper's inconsistent pair.

const inViewport = async (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

test.describe("phone, 390 × 844", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the heatmap is a ranked list of pairs; tapping one brings its details into view and announces it", async ({
    page,
  }) => {
    await page.goto("/cooccurrence");
    const list = page.getByTestId("ranked-pairs");
    await expect(list.getByRole("button").first()).toContainText("RAG Systems × Evaluation");
    await expect(list.getByRole("button").first()).toContainText("21");
    const box = (await list.getByRole("button").first().boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    await list.getByRole("button").first().tap();
    await expect(page).toHaveURL(/cell=rag-systems~evaluation/);
    await expect(page.getByTestId("heatmap-announcement")).toHaveText(
      "RAG Systems × Evaluation: Joint videos 21 — reported in the paper (architecture-based)",
    );
    await expect.poll(() => inViewport(page, "cell-panel")).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  test("the first paint, before any script runs, already shows the ranked list where it will stay", async ({
    browser,
  }) => {
    // What the server sends: container queries choose the list at this width (the matrix's controls hidden).
    const options = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const serverOnly = await browser.newContext({ ...options, javaScriptEnabled: false });
    const before = await serverOnly.newPage();
    await before.goto("/cooccurrence");
    await expect(before.getByTestId("ranked-pairs")).toBeVisible();
    await expect(before.getByTestId("heatmap")).toBeHidden();
    await expect(before.getByTestId("order-explanation")).toBeHidden();
    const firstPaint = (await before.getByTestId("ranked-pairs").getByRole("button").first().boundingBox())!;
    await serverOnly.close();
    // After hydration and measuring: the same list at the same place, so nothing shifts.
    const hydrated = await browser.newContext(options);
    const after = await hydrated.newPage();
    await after.goto("/cooccurrence");
    await expect(after.getByTestId("ranked-pairs").getByRole("button").first()).toContainText(
      "RAG Systems × Evaluation",
    );
    await expect(after.getByTestId("heatmap")).toHaveCount(0);
    const settled = (await after.getByTestId("ranked-pairs").getByRole("button").first().boundingBox())!;
    expect(settled.y).toBe(firstPaint.y);
    expect(settled.height).toBe(firstPaint.height);
    await hydrated.close();
  });

  test("the full matrix pans inside its own frame with 24 px cells and a visible hint", async ({ page }) => {
    await page.goto("/cooccurrence");
    await page.getByRole("button", { name: /Show the full 20 × 20 matrix/ }).tap();
    await expect(page.getByTestId("pan-hint")).toBeVisible();
    const frame = page.getByTestId("heatmap");
    const [scroll, client] = await frame.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    const cellBox = (await page
      .locator('[role="gridcell"][data-row="rag-systems"][data-col="agents"] rect')
      .first()
      .boundingBox())!;
    expect(cellBox.width + 1).toBeGreaterThanOrEqual(24);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  test("a single-topic theme opens its topic in one tap, and the details scroll into view", async ({ page }) => {
    await page.goto("/");
    await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
    await page.locator('[data-kind="theme"][data-slug="evaluation"]').tap();
    await expect(page).toHaveURL(/zoom=evaluation&topic=evaluation/);
    await expect(page.getByTestId("treemap-announcement")).toHaveText(/^Selected Evaluation: 50 videos, 28\.1%/);
    await expect.poll(() => inViewport(page, "topic-panel")).toBe(true);
  });

  test("tables reflow: every value of every row is on screen at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/?view=table", "/cooccurrence?view=table"]) {
      await page.goto(path);
      const cells = page.locator("table tbody td, table tbody th");
      await expect(cells.first()).toBeVisible();
      const outside = await cells.evaluateAll(
        (els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5);
          }).length,
      );
      expect(outside, path).toBe(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).toBeLessThanOrEqual(0);
    }
  });
});

test("table views drop chart-only controls", async ({ page }) => {
  await page.goto("/cooccurrence?view=table");
  await expect(page.getByRole("group", { name: "Order" })).toHaveCount(0);
  await expect(page.getByTestId("heatmap-legend")).toHaveCount(0);
  await expect(page.getByText("Keyboard: Tab into the matrix")).toHaveCount(0);
  await page.goto("/?view=table");
  await expect(page.getByRole("group", { name: "Colour by" })).toHaveCount(0);
  await expect(page.getByTestId("treemap-legend")).toHaveCount(0);
});

test("P(column | row) of the inconsistent pair says why instead of 137.5%", async ({ page }) => {
  await page.goto("/cooccurrence?cell=model-size-and-performance~rag-systems&value=conditional");
  const panel = page.getByTestId("cell-panel");
  await expect(panel.getByTestId("cell-not-computable")).toContainText(
    "the paper reports 11 joint videos, but Model Size & Performance has only 8",
  );
  await expect(page.locator("body")).not.toContainText("137.5");
  await expect(
    page.locator('[role="gridcell"][data-row="model-size-and-performance"][data-col="rag-systems"]'),
  ).toHaveAttribute("aria-label", /not computable/);
});

test("after zooming, the empty panel says what to do next", async ({ page }) => {
  await page.goto("/?zoom=costs");
  await expect(page.getByTestId("topic-panel-hint")).toHaveText(/^Click a topic in Costs/);
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("the strongest pair is the lightest cell and not-reported cells stay close to the page", async ({ page }) => {
    await page.goto("/cooccurrence");
    const fillOf = (row: string, col: string) =>
      page
        .locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"] rect`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const strongest = lum(await fillOf("rag-systems", "evaluation")); // 21
    const weak = lum(await fillOf("rag-systems", "memory")); // 9
    expect(strongest).toBeGreaterThan(weak);
    expect(await fillOf("pricing", "memory")).toContain("hm-hatch");
  });
});

test.describe("embeds", () => {
  test("?theme=dark draws the embed dark whatever the reader's system says; the attribution is in view", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/embed/heatmap?theme=dark");
    await expect(page.getByTestId("embed-frame")).toHaveAttribute("data-theme", "dark");
    const darkBg = await page.getByTestId("embed-frame").evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(page.getByTestId("embed-attribution")).toBeInViewport();
    // And ?theme=light is white even when the reader's system is dark.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed/heatmap?theme=light");
    const lightBg = await page.getByTestId("embed-frame").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(lightBg).toBe("rgb(255, 255, 255)");
    expect(darkBg).not.toBe(lightBg);
  });

  test("links open in a new tab, never the whole site inside the host's frame", async ({ page, context }) => {
    await page.goto("/embed/heatmap?cell=rag-systems~evaluation");
    const [popup] = await Promise.all([
      context.waitForEvent("page"),
      page.getByTestId("cell-panel").getByRole("link", { name: "RAG Systems", exact: true }).click(),
    ]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe("/topics/rag-systems");
    expect(new URL(page.url()).pathname).toBe("/embed/heatmap");
  });

  test("the host snippet sizes the frame from the embed's height messages", async ({ page }) => {
    await page.goto("/cooccurrence");
    await page.getByRole("button", { name: "Embed" }).click();
    const snippet = (await page.getByTestId("embed-snippet").locator("code").first().textContent())!;
    expect(snippet).toContain('height="1250"');
    expect(snippet).toContain("kmap:embed-height");
    // A host page on another origin (its own little server on loopback) with exactly that snippet.
    const server = createServer((_, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(`<!doctype html><body style="margin:0">${snippet}</body>`),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = await page.context().newPage();
    await host.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await expect
      .poll(async () => host.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).style.height), {
        timeout: 20_000,
      })
      .toMatch(/^\d+px$/);
    const height = parseInt(await host.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).style.height));
    expect(height).toBeGreaterThan(600);
    server.close();
  });
});
