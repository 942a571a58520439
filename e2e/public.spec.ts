import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

const SEED = "/occupations/labor-union-secretary-general";

test.describe("public catalog", () => {
  test("profile page shows every section of the seed card", async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole("heading", { level: 1, name: "Labor union secretary general" })).toBeVisible();
    await expect(page.getByText("ろうどうくみあいしょきちょう")).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "Managerial Occupations" })).toHaveAttribute("href", "/browse/managerial-occupations");
    // The profile is the current page; its Minor tier is a link like the tiers above it.
    await expect(crumbs.getByRole("link", { name: "Other Corporate and Organizational Executives" })).toHaveAttribute(
      "href",
      "/browse/managerial-occupations/corporate-and-organizational-executives/other-corporate-and-organizational-executives",
    );
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Labor union secretary general");
    await expect(crumbs.getByRole("link")).toHaveCount(4);
    await expect(page.getByText(/^Serves as secretary general in a labor union/)).toBeVisible();
    for (const h of ["Description", "Future outlook", "Personality traits", "Career path", "Required skills", "Aptitudes: strengths preferred", "Aptitudes: weaknesses acceptable", "Also known as", "Related jobs"]) {
      await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
    }
    // Empty sections of the seed (Work Style, Recommended Skills) are left out.
    await expect(page.getByRole("heading", { name: "Work style" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Recommended skills" })).toHaveCount(0);
    await expect(page.getByText("Strong sense of responsibility")).toBeVisible();
    const steps = page.locator("#career-path ~ ol li");
    await expect(steps).toHaveText(["Union secretary", "Deputy secretary general", "Secretary general", "Chairperson", "Bureau chief"]);
    // Short forms resolve through the other profiles' aliases.
    await expect(steps.getByRole("link", { name: "Chairperson" })).toHaveAttribute("href", "/occupations/labor-union-chairperson");
    await expect(steps.getByRole("link", { name: "Bureau chief" })).toHaveAttribute("href", "/occupations/labor-union-bureau-chief");
    // The header's search box is the way to search; no second "Search" link beside it.
    const header = page.getByRole("banner");
    await expect(header.getByRole("search", { name: "Search occupations" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Search", exact: true })).toHaveCount(0);
    const strengths = page.getByRole("table", { name: "Strengths preferred for this work" });
    await expect(strengths.getByRole("columnheader")).toHaveText(["Item", "Why"]);
    await expect(strengths.getByRole("row")).toHaveCount(8);
    await expect(strengths.getByRole("rowheader", { name: "Stress Tolerance" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Weaknesses that are acceptable in this work" })).toContainText("mainly desk work");
    await expect(page.locator("#aliases ~ ul").getByText("Union secretary general", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Labor union chairperson" })).toHaveAttribute("href", /\/occupations\/labor-union-chairperson$/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "Occupation", name: "Labor union secretary general", alternateName: expect.arrayContaining(["Union secretary general"]) });
    await expect(page).toHaveTitle(/Labor union secretary general/);
    await expectNoAxeViolations(page);
  });

  test("related job links lead to their profiles", async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole("link", { name: "Labor union chairperson" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Labor union chairperson" })).toBeVisible();
  });

  test("browse shows tiers with counts down to the occupations", async ({ page }) => {
    await page.goto("/browse");
    await expect(page.getByRole("heading", { level: 1, name: "Browse by classification" })).toBeVisible();
    const majors = page.getByRole("list", { name: "Major groups" }).getByRole("listitem");
    expect(await majors.count()).toBeGreaterThanOrEqual(5);
    const managerial = majors.filter({ hasText: "Managerial Occupations" });
    const majorCount = Number((await managerial.locator(".count").textContent())?.match(/\d+/)?.[0]);
    expect(majorCount).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);

    await managerial.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Managerial Occupations" })).toBeVisible();
    await expect(page.getByText(`${majorCount} occupations`, { exact: true })).toBeVisible();
    // Each Middle group is a section with its count; together they make up the Major's count.
    const middleCounts = await page.getByRole("heading", { level: 2 }).locator(".count").allTextContents();
    expect(middleCounts.reduce((n, c) => n + Number(c.match(/\d+/)?.[0]), 0)).toBe(majorCount);
    await expect(page.getByRole("list", { name: "Minor groups in Corporate and Organizational Executives" })).toContainText("Other Corporate and Organizational Executives");
    await expectNoAxeViolations(page);

    // A Middle group shows its Minor groups with their first occupations.
    await page.getByRole("heading", { level: 2 }).getByRole("link", { name: "Corporate and Organizational Executives" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Corporate and Organizational Executives" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Labor union secretary general" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("heading", { level: 2 }).getByRole("link", { name: "Other Corporate and Organizational Executives" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Other Corporate and Organizational Executives" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Labor union secretary general" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("home page offers search, browse and recent updates", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("search").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recently updated" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Major groups" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("unknown slugs and tiers are real 404 pages", async ({ page }) => {
    for (const url of ["/occupations/no-such-job", "/browse/no-such-tier", "/browse/managerial-occupations/nope/nope"]) {
      const res = await page.goto(url);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
});

test.describe("JSON API", () => {
  test("GET occupation as JSON with an ETag, and as card text", async ({ request }) => {
    const res = await request.get(`/api/v1${SEED}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["etag"]).toMatch(/^"\d+"$/);
    const body = await res.json();
    expect(body).toMatchObject({
      slug: "labor-union-secretary-general",
      name: "Labor union secretary general",
      classification: { major: "Managerial Occupations" },
      status: "published",
      aliases: ["Union secretary general"],
      relatedJobs: expect.arrayContaining([{ name: "Labor union chairperson", slug: "labor-union-chairperson" }]),
    });
    expect(typeof body.version).toBe("number");

    const card = await request.get(`/api/v1${SEED}?format=card`);
    expect(card.headers()["content-type"]).toMatch(/^text\/plain/);
    const text = await card.text();
    expect(text.split("\n").slice(0, 4)).toEqual(["Labor union secretary general", "ろうどうくみあいしょきちょう", "Industry & Occupation", "Classification"]);
  });

  test("unknown slug answers 404 JSON", async ({ request }) => {
    const res = await request.get("/api/v1/occupations/no-such-job");
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual({ error: { message: expect.any(String) } });
  });

  test("sitemap and robots list published profiles", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/occupations/labor-union-secretary-general</loc>");
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
    expect((await request.get("/api/health")).status()).toBe(200);
  });
});
