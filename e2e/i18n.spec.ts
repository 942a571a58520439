import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { ADMIN, expect, signIn, test } from "./fixtures";

const SLUG = "labor-union-secretary-general";

/** A Japanese public page: <html lang="ja">, hreflang alternates to both versions, no axe violations. */
async function checkJapanesePage(page: Page, path: string, englishPath: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", new RegExp(`${escape(path.split("?")[0])}$`));
  // The English home page's absolute URL is the bare origin (Next drops the trailing slash).
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(englishPath === "/" ? ":\\d+/?$" : `${escape(englishPath)}$`),
  );
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", englishPath);
  await expectNoAxeViolations(page);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("Japanese interface", () => {
  // Many page loads and axe runs per test on a shared two-core machine.
  test.describe.configure({ timeout: 180_000 });
  test("every public page type in Japanese: lang, hreflang, switcher, axe", async ({ page }) => {
    await checkJapanesePage(page, "/ja", "/");
    await expect(page.getByRole("heading", { level: 1, name: "職業を探す" })).toBeVisible();
    await checkJapanesePage(page, "/ja/browse", "/browse");
    await expect(page.getByRole("heading", { level: 1, name: "職業分類から探す" })).toBeVisible();
    // Down the tiers by their links: Major, Middle, Minor.
    for (const level of ["大分類", "中分類", "小分類"]) {
      const link =
        level === "大分類" ? page.getByRole("list", { name: "大分類" }).getByRole("link").first() : page.locator("main h2 a").first();
      await link.click();
      await expect(page.getByText(level, { exact: true })).toBeVisible();
      const path = new URL(page.url()).pathname;
      expect(path).toMatch(/^\/ja\/browse\//);
      await checkJapanesePage(page, decodeURI(path), decodeURI(path.slice(3)));
    }
    await checkJapanesePage(page, `/ja/occupations/${SLUG}`, `/occupations/${SLUG}`);
    await expect(page.getByRole("heading", { level: 2, name: "仕事内容" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "キャリアパス" })).toBeVisible();
    // The profile's own text stays as written.
    await expect(page.getByRole("heading", { level: 1, name: "Labor union secretary general" })).toBeVisible();
    await page.goto("/ja/search?q=nurse");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "「nurse」の検索結果" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "件の職業" })).toBeVisible();
    await expectNoAxeViolations(page);
    const missing = await page.goto("/ja/occupations/no-such-profile");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expectNoAxeViolations(page);
  });

  test("the switcher goes back and forth and the choice is remembered", async ({ page }) => {
    await page.goto(`/ja/occupations/${SLUG}`);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/occupations/${SLUG}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "Description" })).toBeVisible();
    await page.getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(new RegExp(`/ja/occupations/${SLUG}$`));
    await expect(page.getByRole("heading", { level: 2, name: "仕事内容" })).toBeVisible();
    // Chose Japanese: the home page now opens in Japanese.
    await page.goto("/");
    await expect(page).toHaveURL(/\/ja$/);
    // A search keeps its query across the switch.
    await page.goto("/ja/search?q=nurse");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/search\?q=nurse$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search results for “nurse”" })).toBeVisible();
    // Chose English: no redirect any more, whatever the browser prefers.
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
  });

  test("a first visit from a Japanese browser goes to /ja; /en/… is the unprefixed English page", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "Accept-Language": "ja-JP,ja;q=0.9,en;q=0.5" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ja$/);
    await page.goto("/en/browse");
    await expect(page).toHaveURL(/\/browse$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("sitemap.xml names both languages of every page", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml).toContain(`/ja/occupations/${SLUG}</loc>`);
    expect(xml).toMatch(new RegExp(`hreflang="ja"\\s+href="[^"]*/ja/occupations/${SLUG}"`));
    expect(xml).toMatch(new RegExp(`hreflang="en"\\s+href="[^"]*/occupations/${SLUG}"`));
  });

  test("compare, public history and the gojūon index in Japanese", async ({ page }) => {
    await page.goto(`/ja/compare?slugs=labor-union-chairperson,${SLUG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "職業を比較" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "大分類" })).toBeVisible();
    await expectNoAxeViolations(page);
    // Removing a column stays in Japanese.
    await page.getByRole("link", { name: /外す/ }).first().click();
    await expect(page).toHaveURL(/\/ja\/compare\?slugs=/);
    await checkJapanesePage(page, `/ja/occupations/${SLUG}/history`, `/occupations/${SLUG}/history`);
    await expect(page.getByRole("heading", { level: 1, name: "「Labor union secretary general」の変更履歴" })).toBeVisible();
    await checkJapanesePage(page, "/ja/browse/reading", "/browse/reading");
    await expect(page.getByRole("heading", { level: 1, name: "読みから探す" })).toBeVisible();
    await page.getByRole("list", { name: "五十音の行" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/ja\/browse\/reading\//);
    await expect(page.getByRole("heading", { level: 1, name: /行の読み$/ })).toBeVisible();
  });

  // One test per admin page: on a loaded machine one loop over all of them outran any timeout.
  for (const [path, heading] of [
    ["/admin", "ダッシュボード"],
    ["/admin/occupations", "職業"],
    ["/admin/quality", "編集品質"],
    ["/admin/import", "インポートとエクスポート"],
    ["/admin/account", "アカウント"],
    ["/admin/users", "ユーザー"],
    ["/admin/classifications", "職業分類"],
    ["/admin/audit", "監査ログ"],
  ]) {
    test(`admin page ${path} in Japanese: translated heading and axe`, async ({ browser }) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "NEXT_LOCALE", value: "ja", url: test.info().project.use.baseURL! }]);
      await signIn(context, ADMIN);
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
      // The audit log names each action in Japanese, its code beside it (this sign-in is one).
      if (path === "/admin/audit") await expect(page.getByRole("cell", { name: "ログイン signin", exact: true }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test("the editor in Japanese: translated form, validation messages and axe on the edit pages", async ({ browser }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ja", url: test.info().project.use.baseURL! }]);
    const login = await context.newPage();
    await login.goto("/login");
    await expect(login.locator("html")).toHaveAttribute("lang", "ja");
    await expect(login.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
    await login.getByRole("button", { name: "ログイン" }).click();
    await expect(login.locator("#email-error")).toHaveText("入力してください");
    await expectNoAxeViolations(login);
    await signIn(context, ADMIN);
    const page = await context.newPage();
    await page.goto("/admin/occupations/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "職業を新規作成" })).toBeVisible();
    await page.getByRole("button", { name: "下書き保存" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "入力内容に問題があります。保存していません。" })).toBeVisible();
    await expect(page.locator("#f-name-error")).toHaveText("入力してください");
    await expectNoAxeViolations(page);
    await page.goto("/admin/occupations?q=labor");
    await page.getByRole("link", { name: "Labor union secretary general", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "「Labor union secretary general」を編集" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "履歴" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "「Labor union secretary general」の履歴" })).toBeVisible();
    await expectNoAxeViolations(page);
    // The switcher in the admin header goes back to English on the same page.
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "History of “Labor union secretary general”" })).toBeVisible();
    await context.close();
  });

  test("the import report in Japanese: each problem worded in Japanese at its file and line, nothing written", async ({ browser }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ja", url: test.info().project.use.baseURL! }]);
    await signIn(context, ADMIN);
    const page = await context.newPage();
    await page.goto("/admin/import");
    const brokenCard = "Import ja test\nClassification\n- Major : A\n- Middle : B\n- Minor : C\nRequired Skills\nA / B\nrequired skills\n";
    await page.getByLabel("ファイル", { exact: true }).setInputFiles([
      { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from(brokenCard) },
      { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('[\n  {"name": "", "reading": "漢字"}\n]') },
    ]);
    await page.getByRole("button", { name: "インポートをプレビュー" }).click();
    const errors = page.getByRole("table", { name: "ファイル・行ごとのエラー" });
    await expect(errors.getByRole("row").filter({ hasText: "broken.txt" }).filter({ hasText: "8" })).toContainText(
      "不明なセクション見出し「required skills」です（「Required Skills」の誤りではありませんか）",
    );
    const json = errors.getByRole("row").filter({ hasText: "broken.json" });
    await expect(json.filter({ hasText: "レコード1：職業名（name）：入力してください" })).toContainText("2");
    await expect(json.filter({ hasText: "レコード1：読み（reading）：ひらがなかカタカナだけで入力してください" })).toHaveCount(1);
    await expect(errors).not.toContainText("expected");
    await expectNoAxeViolations(page);
    await context.close();
  });
});

test("an editor's Japanese choice does not leak to another editor", async ({ editorPage: page }) => {
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
