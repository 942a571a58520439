import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

const SG = "labor-union-secretary-general";
const CHAIR = "labor-union-chairperson";
const BUREAU = "labor-union-bureau-chief";
const THREE = `/compare?slugs=${SG},${CHAIR},${BUREAU}`;

const table = (page: Page) => page.getByRole("table", { name: /side by side/ });
const columns = (page: Page) => table(page).locator("thead tr").first().getByRole("columnheader");
const row = (page: Page, item: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${item}`) }) });

test.describe("compare", () => {
  // Full tables with axe checks; generous on a shared, busy machine.
  test.describe.configure({ timeout: 90_000 });

  test("the three labor-union profiles: what they share and where they differ", async ({ page }) => {
    const res = await page.goto(THREE);
    expect(res?.status()).toBe(200);
    await expect(columns(page)).toHaveText([
      "Occupation",
      /^Labor union secretary general/,
      /^Labor union chairperson/,
      /^Labor union bureau chief/,
    ]);
    // Shared and only-one items are marked in words, not only by colour.
    await expect(row(page, "Labor law knowledge").getByRole("rowheader")).toContainText("Shared");
    await expect(row(page, "Meeting management").getByRole("rowheader")).toContainText("Only one: Labor union secretary general");
    await expect(row(page, "Meeting management").getByRole("cell")).toHaveText(["✓ Yes", "—No", "—No"]);
    await expect(row(page, "Major").getByRole("rowheader")).toContainText("Shared");
    // Two of three: neither mark.
    await expect(row(page, "Negotiation skills").getByRole("rowheader")).toHaveText("Negotiation skills");
    // Reasons on demand.
    const stress = row(page, "Stress Tolerance");
    await expect(stress.getByText(/^Because negotiations and member expectations/)).toBeHidden();
    await stress.getByText("Why").nth(1).click();
    await expect(stress.getByText(/^Because negotiations and member expectations/)).toBeVisible();
    // Career steps show their position and link by alias.
    await expect(row(page, "Chairperson").getByRole("link", { name: "Chairperson" })).toHaveAttribute("href", `/occupations/${CHAIR}`);
    await expect(row(page, "Chairperson").getByRole("cell").first()).toHaveText("✓ Step 4");
    await expectNoAxeViolations(page);
  });

  test("unknown slugs are named and left out; too many refused; too few explained; never a 5xx", async ({ page }) => {
    let res = await page.goto(`/compare?slugs=${SG},nope,${CHAIR}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "Not found" })).toContainText("“nope”");
    await expect(columns(page)).toHaveCount(3);

    res = await page.goto(`/compare?slugs=${SG},${CHAIR},${BUREAU},baker,chef`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "at most" })).toContainText("at most 4 fit side by side");
    await expect(table(page)).toHaveCount(0);
    await page.getByRole("link", { name: "Remove chef" }).click();
    await expect(columns(page)).toHaveCount(5);

    res = await page.goto(`/compare?slugs=baker,%3Cscript%3E`);
    expect(res?.status()).toBe(200);
    await expect(page.getByText(/Only Baker is chosen/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Not found" })).toContainText("“<script>”");
    await expectNoAxeViolations(page);

    await page.goto("/compare");
    await expect(page.getByText(/Choose 2 to 4 occupations/)).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Occupation name, alias or slug" })).toBeVisible();
  });

  test("Add to compare on a profile and in search results; the selection survives navigation and is a shareable link", async ({ page }) => {
    await page.goto(`/occupations/${SG}`);
    const add = page.getByRole("button", { name: /Add to compare/ });
    await expect(add).toHaveAttribute("aria-pressed", "false");
    await add.click();
    await expect(add).toHaveAttribute("aria-pressed", "true");

    await page.goto("/search?q=baker");
    const result = page.locator(".result").filter({ has: page.getByRole("link", { name: "Baker", exact: true }) });
    await result.getByRole("button", { name: /Add to compare/ }).click();
    const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Compare/ });
    await expect(nav).toHaveText("Compare (2 chosen)");

    await page.goto("/browse");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /Compare/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?slugs=${SG},baker$`));
    await expect(columns(page)).toHaveText(["Occupation", /^Labor union secretary general/, /^Baker/]);

    // /compare without slugs shows the stored selection in the URL.
    await page.goto("/compare");
    await expect(page).toHaveURL(new RegExp(`/compare\\?slugs=${SG},baker$`));
    // A shared link shows the same comparison in a fresh browser.
    const other = await page.context().browser()!.newContext();
    const p2 = await other.newPage();
    await p2.goto(page.url());
    await expect(columns(p2)).toHaveText(["Occupation", /^Labor union secretary general/, /^Baker/]);
    await other.close();
  });

  test("reorder and remove by keyboard, focus staying with the moved column", async ({ page }) => {
    await page.goto(THREE);
    await page.getByRole("link", { name: "Move Labor union chairperson right" }).focus();
    await page.keyboard.press("Enter");
    await expect(columns(page)).toHaveText([
      "Occupation",
      /^Labor union secretary general/,
      /^Labor union bureau chief/,
      /^Labor union chairperson/,
    ]);
    await expect(page).toHaveURL(new RegExp(`slugs=${SG},${BUREAU},${CHAIR}$`));
    await expect(page.getByRole("link", { name: "Move Labor union chairperson left" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(columns(page)).toHaveText([
      "Occupation",
      /^Labor union secretary general/,
      /^Labor union chairperson/,
      /^Labor union bureau chief/,
    ]);

    await page.getByRole("link", { name: "Remove Labor union secretary general" }).focus();
    await page.keyboard.press("Enter");
    await expect(columns(page)).toHaveText(["Occupation", /^Labor union chairperson/, /^Labor union bureau chief/]);
    await expect(page.getByRole("link", { name: "Remove Labor union chairperson" })).toBeFocused();
  });

  test("works without JavaScript: the form builds the URL", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/compare");
    const input = page.getByRole("textbox", { name: "Occupation name, alias or slug" });
    await input.fill("baker");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?slugs=baker$/);
    await input.fill("Union president");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?slugs=baker,${CHAIR}$`));
    await expect(columns(page)).toHaveText(["Occupation", /^Baker/, /^Labor union chairperson/]);
    await input.fill("No such job");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByText(/No published occupation is called “No such job”/)).toBeVisible();
    await expect(columns(page)).toHaveCount(3);
    await page.getByRole("link", { name: "Move Baker right" }).click();
    await expect(columns(page)).toHaveText(["Occupation", /^Labor union chairperson/, /^Baker/]);
    // Add to compare on a profile is a link to the comparison before (and without) JavaScript.
    await page.goto(`/occupations/${SG}`);
    await page.getByRole("link", { name: "Compare with others" }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?slugs=${SG}$`));
    await context.close();
  });

  test("on a phone the columns scroll sideways while the row headers stay", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(THREE);
    const region = page.getByRole("region", { name: /side by side/ });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const header = row(page, "Labor law knowledge").getByRole("rowheader");
    const cell = row(page, "Labor law knowledge").getByRole("cell").nth(2);
    const before = { header: (await header.boundingBox())!.x, cell: (await cell.boundingBox())!.x };
    await region.evaluate((el) => el.scrollBy(300, 0));
    await expect.poll(async () => (await cell.boundingBox())!.x).toBeLessThan(before.cell - 200);
    expect((await header.boundingBox())!.x).toBe(before.header);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("GET /api/v1/compare: the same comparison as JSON; bad input is a 400 JSON", async ({ request }) => {
    const res = await request.get(`/api/v1/compare?slugs=${SG},${CHAIR},nope`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.profiles.map((p: { slug: string }) => p.slug)).toEqual([SG, CHAIR]);
    expect(body.missing).toEqual(["nope"]);
    const skills = body.sections.find((s: { key: string }) => s.key === "requiredSkills");
    expect(skills.rows.find((r: { item: string }) => r.item === "Labor law knowledge")).toMatchObject({ shared: true });
    for (const q of ["", "?slugs=a", "?slugs=a,b,c,d,e", `?slugs=${"x,".repeat(600)}`]) {
      const bad = await request.get(`/api/v1/compare${q}`);
      expect(bad.status(), q).toBe(400);
      expect((await bad.json()).error.message).toBeTruthy();
    }
  });
});

test("GET /api/v1/openapi.json: an OpenAPI 3.1 document naming every endpoint", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/occupations/{slug}", "/api/v1/compare", "/api/v1/search"]));
});
