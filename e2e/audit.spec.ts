import { expectNoAxeViolations } from "./a11y";
import { ADMIN, expect, test } from "./fixtures";

test.describe("audit log", () => {
  test("shows a sign-in and a failed sign-in, filtered by user and by action", async ({ page, adminPage }) => {
    const stranger = "e2e-audit-stranger@example.test";
    await page.goto("/login");
    await page.getByLabel("Email").fill(stranger);
    await page.getByLabel("Password").fill("wrong-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".alert.error")).toHaveText("Wrong email or password.");

    await adminPage.goto("/admin/audit");
    await expect(adminPage.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expectNoAxeViolations(adminPage);

    await adminPage.getByLabel("User").selectOption(stranger);
    await adminPage.getByRole("button", { name: "Filter" }).click();
    await expect(adminPage).toHaveURL(/actor=e2e-audit-stranger/);
    const rows = adminPage.getByRole("row").filter({ hasText: stranger });
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole("cell").nth(2)).toHaveText("Failed sign-in signin.failed");

    await adminPage.getByLabel("User").selectOption(ADMIN.email);
    await adminPage.getByLabel("Action").selectOption({ label: "Signed in" });
    await adminPage.getByRole("button", { name: "Filter" }).click();
    const signins = adminPage.getByRole("row").filter({ hasText: ADMIN.email });
    await expect(signins.first()).toBeVisible();
    for (const cell of await signins.locator("td:nth-child(3)").allTextContents()) expect(cell).toBe("Signed in signin");
    await adminPage.getByRole("link", { name: "Clear filters" }).click();
    await expect(adminPage).toHaveURL(/\/admin\/audit$/);
  });
});
