import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

const UNIONS = ["Labor union chairperson", "Labor union bureau chief", "Labor union secretary general"];

// The e2e database is shared with the other specs, which add profiles of their own (some with
// readings such as かんごし or ろうどう…): these checks look for the demo profiles among them, in
// order. The exact rankings on the demo catalog alone are checked in lib/search/kanji-search.test.ts.

// axe on a shared 2-core machine took most of the default 30 s: give the axe tests room.
test.describe("kanji in the search box", () => {
  test("typeahead offers the registered nurse while kanji are typed, and 看護師 finds the nurses", async ({ page }) => {
    test.slow();
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search occupations" }).first();
    await box.click();
    // An IME commits kanji a word at a time: 看護, then 看護師.
    await box.pressSequentially("看護", { delay: 30 });
    const list = page.getByRole("listbox", { name: "Suggestions" }).first();
    await expect(list.getByRole("option").filter({ hasText: "Registered nurse" })).toBeVisible();
    await box.pressSequentially("師", { delay: 30 });
    const first = list.getByRole("option").filter({ hasText: "Registered nurse" });
    await expect(first).toBeVisible();
    await expect(first.locator('[lang="ja"]')).toHaveText("かんごし");
    await expect(first.locator(".romaji")).toHaveText("kangoshi");
    await expectNoAxeViolations(page);

    await box.press("Escape");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E7%9C%8B%E8%AD%B7%E5%B8%AB$/);
    const results = page.locator(".results > li");
    await expect(results.getByRole("heading")).toContainText(["Registered nurse", "Licensed practical nurse"]);
    const reading = results.filter({ has: page.getByRole("heading", { name: "Registered nurse" }) }).locator(".reading");
    await expect(reading.locator('[lang="ja"]')).toHaveText("かんごし");
    await expect(reading.locator(".romaji")).toHaveText("kangoshi");
    await expect(reading.locator(".romaji")).not.toHaveAttribute("lang", /.*/);
    await expectNoAxeViolations(page);
  });

  test("the done-when kanji and mixed queries through the API", async ({ request }) => {
    const top = async (q: string) =>
      ((await (await request.get("/api/v1/search", { params: { q } })).json()) as { results: { name: string }[] }).results.map(
        (r) => r.name,
      );
    expect((await top("書記長"))[0]).toBe("Labor union secretary general");
    expect(await top("労働組合")).toEqual(expect.arrayContaining(UNIONS));
    expect((await top("労働組合 secretary"))[0]).toBe("Labor union secretary general");
    expect((await top("薬剤師"))[0]).toBe("Pharmacist");
    expect((await top("大工"))[0]).toBe("Carpenter");
    // No profile has both words (the demo catalog has no 開発): the words that match are searched, the other named.
    const mixed = await (await request.get("/api/v1/search", { params: { q: "ソフトウェア 開発" } })).json();
    expect(mixed.results[0].name).toBe("Software engineer");
    expect(mixed.relaxed).toEqual({ q: "ソフトウェア", dropped: ["開発"] });
    // 1,000 kanji: 9 KB of URL, under Node's header limit (a longer one is refused with 431 before the app).
    for (const q of ["看".repeat(1000), "𠮷野家", "葛\u{E0100}城", "ｶﾝｺﾞｼ", "看護ｼ nurse 🙂 ١٢٣"]) {
      for (const path of ["/api/v1/search", "/api/v1/suggest", "/search"]) {
        expect((await request.get(path, { params: { q } })).status(), `${path} ${q.slice(0, 10)}`).toBe(200);
      }
    }
  });
});

test.describe("readings", () => {
  test("a profile shows its reading in kana (lang=ja) with Hepburn romaji", async ({ page }) => {
    await page.goto("/occupations/labor-union-secretary-general");
    const reading = page.locator(".profile-header .reading");
    await expect(reading.locator('[lang="ja"]')).toHaveText("ろうどうくみあいしょきちょう");
    await expect(reading.locator(".romaji")).toHaveText("rōdōkumiaishokichō");
    await expect(reading.locator(".romaji")).not.toHaveAttribute("lang", /.*/);

    // The Japanese page shows both too.
    await page.goto("/ja/occupations/labor-union-secretary-general");
    await expect(reading.locator('[lang="ja"]')).toHaveText("ろうどうくみあいしょきちょう");
    await expect(reading.locator(".romaji")).toHaveText("rōdōkumiaishokichō");
  });
});

test.describe("the gojūon index", () => {
  test("is linked from home and browse, counts each row, and ら lists the union profiles", async ({ page }) => {
    test.slow();
    await page.goto("/");
    await page.getByRole("link", { name: "Browse by reading" }).click();
    await expect(page).toHaveURL(/\/browse\/reading$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Browse by reading");
    const rows = page.getByRole("list", { name: "Gojūon rows" }).getByRole("listitem");
    await expect(rows).toHaveCount(10);
    await expect(rows.locator(".kana")).toHaveText(["あ行", "か行", "さ行", "た行", "な行", "は行", "ま行", "や行", "ら行", "わ行"]);
    await expect(rows.nth(8)).toContainText(/\d+ occupations/);
    await expect(rows.nth(9)).toContainText("0 occupations");
    await expect(rows.nth(9).getByRole("link")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await rows.nth(8).getByRole("link").click();
    await expect(page).toHaveURL(/\/browse\/reading\/(%E3%82%89|ら)$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readings in the ら row");
    await expect(page.locator(".grid h2")).toContainText(["Physical therapist", ...UNIONS]);
    await expect(page.getByRole("link", { name: /ら行/ })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);

    await page.goto("/browse");
    await expect(page.getByRole("link", { name: "Browse by reading" })).toHaveAttribute("href", "/browse/reading");
  });

  test("voiced and semi-voiced kana sit in their row, in Japanese collation order", async ({ page }) => {
    await page.goto(`/browse/reading/${encodeURIComponent("は")}`);
    await expect(page.locator(".grid h2")).toContainText([
      "Plumber",
      "Bus driver",
      "Baker",
      "Retail sales clerk",
      "Hairdresser",
      "Quality inspector",
      "Real estate agent",
      "Corporate sales representative",
      "Home care worker",
      "Insurance sales agent",
      "Hotel front desk clerk",
    ]);
  });

  test("unknown rows and pages are 404s", async ({ request }) => {
    for (const p of ["/browse/reading/x", "/browse/reading/ん", "/browse/reading/か/0", "/browse/reading/か/2", "/browse/reading/か/abc"]) {
      expect((await request.get(p)).status(), p).toBe(404);
    }
    expect((await request.get("/browse/reading/か/1")).status()).toBe(200);
  });
});
