import { expectNoAxeViolations } from "./a11y";
import { EDITOR, expect, test } from "./fixtures";

test.describe("sign-in", () => {
  test("anonymous visitors are sent to /login", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a wrong password is refused with a message, the right one signs in", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".alert.error")).toHaveText("Wrong email or password.");
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByText(`${EDITOR.email} (editor)`)).toBeVisible();
  });

  test("empty fields show field errors", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("an editor cannot open admin-only pages", async ({ editorPage }) => {
    for (const url of ["/admin/users", "/admin/classifications", "/admin/audit"]) {
      const res = await editorPage.goto(url);
      expect(res?.status(), url).toBe(403);
      await expect(editorPage.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
});
