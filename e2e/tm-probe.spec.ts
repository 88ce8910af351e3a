import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/** Opens a map URL and waits until the client has measured and taken over the chart. */
async function gotoMap(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  return response;
}

const tree = (page: Page) => page.getByTestId("treemap").getByRole("tree");
const themeTile = (page: Page, name: RegExp) =>
  tree(page).getByRole("treeitem", { name, exact: false }).and(page.locator('[data-kind="theme"]'));

test("select RAG Systems with the keyboard only, reload, and go back and forward", async ({ page }) => {
  await gotoMap(page, "/");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-kind") === "theme")) break;
  }
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus")).not.toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "rag-systems");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design&topic=rag-systems$/);
  const panel = page.getByTestId("topic-panel");
  await expect(panel.getByRole("heading", { name: "RAG Systems" })).toBeVisible();
  await expect(panel.getByTestId("panel-count")).toHaveText("72");
  await expect(panel.getByTestId("panel-share")).toHaveText("40.4%");
  await expect(panel).toContainText("Evaluation");
  await expect(panel.getByRole("link", { name: "Open the RAG Systems page" })).toHaveAttribute(
    "href",
    "/topics/rag-systems",
  );

  await page.reload();
  await page.locator('[data-testid="treemap"][data-ready="true"]').waitFor();
  await expect(page.getByTestId("topic-panel").getByTestId("panel-count")).toHaveText("72");
  await expect(page.locator('[data-kind="topic"][data-slug="rag-systems"]')).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("treemap-breadcrumb")).toContainText("Architecture & Design");

  await page.goBack();
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.getByTestId("topic-panel")).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/topic=rag-systems/);
  await expect(page.getByTestId("topic-panel").getByTestId("panel-count")).toHaveText("72");

  // Escape deselects, then zooms out.
  await page.locator('[data-kind="topic"][data-slug="rag-systems"]').focus();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\?zoom=architecture-and-design$/);
  await expect(page.getByTestId("topic-panel")).toHaveCount(0);
  const seen = [];
  for (let i = 0; i < 10; i++) { seen.push(await page.evaluate(() => (document.activeElement?.outerHTML ?? "none").slice(0, 90))); await page.waitForTimeout(100); }
  console.log("FOCUS", JSON.stringify([...new Set(seen)]));
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(":focus")).toHaveAttribute("data-slug", "architecture-and-design");
});

