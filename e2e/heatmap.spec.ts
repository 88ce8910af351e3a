import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { waitForHydration } from "./hydration";

const cell = (page: Page, row: string, col: string) =>
  page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);

async function gotoHeatmap(page: Page, url = "/cooccurrence") {
  const response = await page.goto(url);
  await waitForHydration(page.getByTestId("heatmap").locator('[role="grid"]'));
  return response;
}

test("RAG Systems × Evaluation reads 21, reported, with the paper's sentence", async ({ page }) => {
  await gotoHeatmap(page);
  await expect(page.locator('[role="gridcell"]')).toHaveCount(400);
  const c = cell(page, "rag-systems", "evaluation");
  await expect(c).toHaveAttribute("data-provenance", "reported");
  await expect(c.locator("text")).toHaveText("21");
  await expect(c).toHaveAttribute("aria-label", /RAG Systems × Evaluation: Joint videos 21 — reported in the paper/);
  await expect(cell(page, "evaluation", "rag-systems").locator("text")).toHaveText("21"); // symmetric
  await expect(cell(page, "rag-systems", "rag-systems").locator("text")).toHaveText("72"); // diagonal
  await c.click();
  await expect(page).toHaveURL(/\?cell=rag-systems~evaluation$/);
  const panel = page.getByTestId("cell-panel");
  await expect(panel.getByTestId("cell-value")).toContainText("21 joint videos");
  await expect(panel.getByTestId("cell-provenance")).toContainText("reported in the paper");
  await expect(panel.getByTestId("cell-evidence")).toContainText("the highest number of co-occurring topics");
  await expect(panel).toContainText("there’s like a million things");
  await page.reload();
  await expect(page.getByTestId("cell-panel").getByTestId("cell-value")).toContainText("21 joint videos");
  await expect(cell(page, "rag-systems", "evaluation")).toHaveAttribute("aria-selected", "true");
});

test("a not-reported cell is hatched and never shown as 0", async ({ page }) => {
  await gotoHeatmap(page);
  const c = cell(page, "pricing", "memory");
  await expect(c).toHaveAttribute("data-provenance", "not_reported");
  await expect(c.locator("text")).toHaveCount(0);
  expect(
    await c
      .locator("rect")
      .first()
      .evaluate((e) => getComputedStyle(e).fill),
  ).toContain("#hm-hatch");
  await expect(c).toHaveAttribute("aria-label", /no count — not reported/);
  await c.click();
  await expect(page.getByTestId("cell-value")).toContainText("not reported");
  await expect(page.getByTestId("cell-value")).not.toContainText("0");
  await expect(page.getByTestId("cooc-intro")).toContainText("The other 172 are not reported");
});

test("keyboard: arrows move across cells, Enter selects, Escape clears", async ({ page }) => {
  await gotoHeatmap(page);
  await page.locator('[role="gridcell"][tabindex="0"]').focus();
  await expect(page.locator(":focus")).toHaveAttribute("data-row", "rag-systems");
  await expect(page.locator(":focus")).toHaveAttribute("data-col", "agents");
  for (let k = 0; k < 12; k++) await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus")).toHaveAttribute("data-col", "evaluation");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(":focus")).toHaveAttribute("data-row", "agents");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?cell=rag-systems~evaluation$/);
  await expect(page.getByTestId("cell-provenance")).toContainText("reported");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/cooccurrence$/);
});

test("ordering and value type live in the URL and never refetch", async ({ page }) => {
  let apiCalls = 0;
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/cooccurrence")) apiCalls++;
  });
  await gotoHeatmap(page);
  await page.getByText("Clustered", { exact: true }).click();
  await expect(page).toHaveURL(/\?order=cluster$/);
  await expect(page.getByTestId("order-explanation")).toContainText("optimal leaf ordering");
  await page.getByText("Jaccard index", { exact: true }).click();
  await expect(page).toHaveURL(/\?order=cluster&value=jaccard$/);
  await expect(cell(page, "rag-systems", "evaluation")).toHaveAttribute("aria-label", /Jaccard index 20\.8%/);
  await page.getByText("P(column | row)", { exact: true }).click();
  await expect(cell(page, "rag-systems", "evaluation")).toHaveAttribute("aria-label", /29\.2%/);
  await expect(cell(page, "evaluation", "rag-systems")).toHaveAttribute("aria-label", /42\.0%/);
  await page.getByText("Alphabetical", { exact: true }).click();
  await expect(page.locator('[role="rowheader"]').first()).toHaveAttribute("aria-label", "Agents");
  expect(apiCalls).toBe(0);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Alphabetical" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "P(column | row)" })).toBeChecked();
});

test("the table alternative lists all 190 pairs and sorts", async ({ page }) => {
  await gotoHeatmap(page);
  await page.getByRole("button", { name: "Show as table" }).click();
  const rows = page.getByTestId("pair-table").locator("tbody tr");
  await expect(rows).toHaveCount(190);
  await expect(rows.first()).toContainText("RAG Systems × Evaluation");
  await expect(rows.first()).toContainText("21");
  await expect(rows.first()).toContainText("reported");
  await expect(rows.last()).toContainText("not reported");
  await expect(rows.last()).toContainText("—");
});

test("CSV export carries the provenance column; SVG export is valid", async ({ page }) => {
  await gotoHeatmap(page);
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV", exact: true }).click(),
  ]);
  const allLines = readFileSync((await csvDownload.path())!, "utf8")
    .trim()
    .split("\r\n");
  expect(allLines.slice(0, 4).every((l) => l.startsWith("# "))).toBe(true);
  expect(allLines[1]).toBe("# View: Ordered by theme · value: Joint videos");
  expect(allLines[3]).toContain("CC BY 4.0");
  const lines = allLines.slice(4);
  expect(lines[0]).toBe("topic_a,topic_b,joint_videos,value_count,provenance,evidence,note,paper_group");
  expect(lines).toHaveLength(191);
  expect(lines.find((l) => l.startsWith("evaluation,rag-systems,") || l.startsWith("rag-systems,evaluation,"))).toMatch(
    /,21,21,reported,"Hence, we observe.*,architecture$/,
  );
  expect(lines.filter((l) => /,alternatives$/.test(l))).toHaveLength(3);
  expect(lines.filter((l) => /,not_reported,/.test(l))).toHaveLength(172);
  expect(
    lines.filter((l) => /,not_reported,/.test(l)).every((l) => /^[a-z-]+,[a-z-]+,,,not_reported,,,$/.test(l)),
  ).toBe(true);

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "SVG", exact: true }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, "utf8");
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      texts: [...doc.querySelectorAll("text")].map((x) => x.textContent ?? ""),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.texts.join("\n")).toContain("Which practitioner topics come up together");
  expect(parsed.texts.join("\n")).toContain("Not reported (never 0)");
  expect(parsed.texts.join("\n")).toMatch(/dataset v\d/);
  // Drawn in the light scheme, whatever the page: no light-dark() paints in the file.
  expect(svg).not.toContain("light-dark(");
});

test("unknown URL values fall back with a notice", async ({ page }) => {
  const response = await gotoHeatmap(page, "/cooccurrence?cell=rag-systems~nope&order=random&value=pmi");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("url-notice")).toContainText("“rag-systems~nope”");
  await expect(page.getByRole("radio", { name: "By theme" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Joint videos" })).toBeChecked();
});
