import { expect, test } from "./fixtures";
import { waitForHydration } from "./hydration";

/**
 * Server markup that needs no script is sent once (components/StaticMarkup.tsx, server/static-markup.mjs): in the
 * page's HTML and not again in its inline payload, and React keeps it as it is. Its links still navigate
 * client-side, going back shows it again, and a closed "Change topics" on the plan still opens with its content.
 */

const occurrences = (text: string, part: string) => text.split(part).length - 1;

test("a topic page sends each quote once, and the page still shows all of them", async ({ page, request }) => {
  const topic = (await (await request.get("/api/v1/topics/rag-systems")).json()).data;
  expect(topic.quotes.length).toBeGreaterThan(3);
  // The first words of each quote, before any character the HTML or the payload would escape.
  const openings = topic.quotes.map((q: { text: string }) => q.text.split(/["&<>'’“”]/)[0].slice(0, 40));
  const html = await (await request.get("/topics/rag-systems")).text();
  for (const opening of openings.filter((o: string) => o.length >= 20)) expect(occurrences(html, opening)).toBe(1);

  await page.goto("/topics/rag-systems");
  await expect(page.getByTestId("quotes").locator("li")).toHaveCount(topic.quotes.length);
  await expect(page.getByText("72 videos").first()).toBeVisible();
});

test("links in sent-once markup navigate client-side, and going back shows the markup again", async ({ page }) => {
  await page.goto("/topics/rag-systems");
  const quotes = page.getByTestId("quotes").locator("li");
  const count = await quotes.count();
  await waitForHydration(page.getByRole("button", { name: "Copy link" }));
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.getByTestId("pair-cell-link").first().click();
  await page.waitForURL(/\/cooccurrence\?cell=/);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  await page.goBack();
  await page.waitForURL(/\/topics\/rag-systems$/);
  await expect(quotes).toHaveCount(count);
  await expect(page.getByTestId("pairs").locator("li").first()).toContainText("joint videos");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // A footer link (sent once on every page) too.
  await page.getByRole("contentinfo").getByRole("link", { name: "Changelog" }).click();
  await page.waitForURL(/\/changelog$/);
  await expect(page.getByTestId("versions").locator("> li").first()).toContainText("Version");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("a plan's closed 'Change topics' opens with its presets and topics, and filtering works", async ({ page }) => {
  await page.goto("/plan?topics=rag-systems,agents");
  const details = page.locator("details", { hasText: "Change topics, or start from a kind of project" });
  await waitForHydration(details);
  await details.locator("> summary").click();
  await expect(details.getByTestId("plan-preset")).toHaveCount(3);
  await expect(details.getByTestId("plan-preset").first()).toContainText("RAG support chatbot");
  const boxes = details.locator("#plan-topic-list input[type=checkbox]");
  await expect(boxes).toHaveCount(20);
  await expect(details.locator('#plan-topic-list input[value="rag-systems"]')).toBeChecked();
  await details.getByRole("searchbox").fill("latency");
  await expect(details.locator("#plan-topic-list li:visible")).not.toHaveCount(20);
  await expect(details.locator("#plan-topic-list li:visible").first()).toContainText("Latency");
});
