import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

const SEED = "Labor union secretary general";

test.describe("search", () => {
  test("a romaji query finds a profile by its kana reading, with the reading marked", async ({ page }) => {
    await page.goto("/search?q=roudou+kumiai");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results for “roudou kumiai”");
    const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: SEED }) });
    await expect(result).toBeVisible();
    await expect(result.locator("mark")).toHaveText("ろうどうくみあい");
    await expectNoAxeViolations(page);
  });

  test("a tier facet narrows the results and the counts, and back undoes it", async ({ page }) => {
    await page.goto("/search?q=skills");
    const status = page.getByRole("status").filter({ hasText: /occupation/ });
    const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
    const facets = page.getByRole("navigation", { name: "Filter by classification" });
    const majors = facets.getByRole("region", { name: "Major group" }).getByRole("listitem");
    expect(await majors.count()).toBeGreaterThan(1);
    const counts = (await majors.locator(".count").allTextContents()).map((c) => Number(c.match(/\d+/)?.[0]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    const managerial = majors.filter({ hasText: "Managerial Occupations" });
    const managerialCount = Number((await managerial.locator(".count").textContent())?.match(/\d+/)?.[0]);
    expect(managerialCount).toBeLessThan(total);

    await managerial.getByRole("link").click();
    await expect(page).toHaveURL(/major=Managerial\+Occupations/);
    await expect(status).toHaveText(new RegExp(`^${managerialCount} occupations? in Managerial Occupations`));
    await expect(page.locator(".results > li")).toHaveCount(managerialCount);
    await expect(page.locator(".results .tiers")).toHaveText(Array(managerialCount).fill(/^Managerial Occupations ›/));
    const middles = facets.getByRole("region", { name: "Middle group" }).locator(".count");
    const middleSum = (await middles.allTextContents()).reduce((n, c) => n + Number(c.match(/\d+/)?.[0]), 0);
    expect(middleSum).toBe(managerialCount);
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect(status).toHaveText(new RegExp(`^${total} occupations`));
  });

  test("typeahead suggests names and aliases and works by keyboard", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search occupations" }).first();
    await box.click();
    await box.pressSequentially("union secretary", { delay: 30 });
    const list = page.getByRole("listbox", { name: "Suggestions" }).first();
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(list.getByRole("option").first()).toContainText(SEED);
    await box.press("ArrowDown");
    await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
    await expect(page.getByRole("listbox", { name: "Suggestions" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("union secretary");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: SEED })).toBeVisible();
  });

  test("Enter without a chosen suggestion submits the search", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search occupations" }).first();
    await box.fill("secretary");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=secretary$/);
    await expect(page.getByRole("link", { name: SEED, exact: true })).toBeVisible();
  });

  test("an empty result suggests close names", async ({ page }) => {
    await page.goto("/search?q=secretery");
    await expect(page.getByText("No occupations found")).toBeVisible();
    await page.getByRole("link", { name: "secretary" }).click();
    await expect(page.getByRole("link", { name: SEED })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the search form works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search occupations" }).first().fill("ロウドウクミアイ");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page.getByRole("link", { name: SEED, exact: true })).toBeVisible();
    await context.close();
  });
});

test.describe("search API", () => {
  test("answers the done-when queries with the seed near the top", async ({ request }) => {
    for (const q of ["secretary", "ろうどうくみあい", "ロウドウクミアイ", "roudou kumiai", "rōdō kumiai", "Union secretary general"]) {
      const res = await request.get("/api/v1/search", { params: { q } });
      expect(res.status(), q).toBe(200);
      const body = await res.json();
      expect(
        body.results.slice(0, 3).map((r: { slug: string }) => r.slug),
        q,
      ).toContain("labor-union-secretary-general");
    }
  });

  test("hostile q values never give a 5xx", async ({ request }) => {
    const hostile = [
      '"',
      '"secretary',
      "secretary*",
      "*",
      "(",
      ")",
      "AND",
      "OR",
      "NOT",
      "NEAR(a b)",
      "name:secretary",
      "-secretary",
      "'; DROP TABLE occupations; --",
      "%",
      "_",
      "\\",
      "😀",
      "x".repeat(5000),
      "a OR b NOT c",
    ];
    for (const q of hostile) {
      for (const path of ["/api/v1/search", "/api/v1/suggest", "/search"]) {
        const res = await request.get(path, { params: { q } });
        expect(res.status(), `${path} ${q.slice(0, 30)}`).toBe(200);
      }
    }
    const bad: Record<string, string>[] = [{ page: "0" }, { page: "abc" }, { pageSize: "1000" }, { pageSize: "-1" }, { page: "1.5" }];
    for (const params of bad) {
      const res = await request.get("/api/v1/search", { params: { q: "union", ...params } });
      expect(res.status()).toBe(400);
      expect((await res.json()).error.message).toBeTruthy();
    }
    expect((await request.get("/search", { params: { q: "union", page: "abc" } })).status()).toBe(200);
  });

  test("suggest and classifications answer their JSON shapes", async ({ request }) => {
    const s = await (await request.get("/api/v1/suggest", { params: { q: "labor" } })).json();
    expect(s.suggestions.length).toBeGreaterThan(0);
    expect(s.suggestions.length).toBeLessThanOrEqual(10);
    expect(s.suggestions[0]).toEqual({
      slug: expect.any(String),
      name: expect.any(String),
      reading: expect.any(String),
      romaji: expect.any(String),
      matched: expect.any(String),
    });
    const c = await (await request.get("/api/v1/classifications")).json();
    expect(c.tiers[0]).toMatchObject({
      name: expect.any(String),
      slug: expect.any(String),
      count: expect.any(Number),
      children: expect.any(Array),
    });
  });
});
