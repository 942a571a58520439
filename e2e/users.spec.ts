import { expectNoAxeViolations } from "./a11y";
import { apiToken } from "./api-helpers";
import { catalogCli, expect, signIn, test } from "./fixtures";

test.describe("users", () => {
  test("an admin creates a user, changes the role and deactivates; the user's session ends at once", async ({ adminPage, browser }) => {
    const user = { email: "e2e-new-user@example.test", password: "new-user-pass-e2e-7", role: "editor" as const };
    await adminPage.goto("/admin/users");
    await expect(adminPage.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectNoAxeViolations(adminPage);

    const form = adminPage.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Email").fill(user.email);
    await form.getByLabel("Name").fill("New User");
    await form.getByLabel("Initial password").fill("password123");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("This password is too common; choose another")).toBeVisible();
    await form.getByLabel("Initial password").fill(user.password);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toHaveText(`Created editor ${user.email}.`);
    const row = adminPage.getByRole("row").filter({ hasText: user.email });
    await expect(row.getByRole("cell").nth(2)).toHaveText("editor");

    await form.getByLabel("Email").fill(user.email);
    await form.getByLabel("Initial password").fill(user.password);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("A user with this email already exists")).toBeVisible();

    // the new user signs in elsewhere
    const context = await browser.newContext();
    await signIn(context, user);
    const userPage = await context.newPage();
    await userPage.goto("/admin");
    await expect(userPage.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    const token = apiToken(user);

    // role change ends the session
    await row.getByLabel(`Role for ${user.email}`).selectOption("admin");
    await row.getByRole("button", { name: `Change role of ${user.email}` }).click();
    await expect(row.getByRole("status")).toHaveText("Role changed to admin.");
    await expect(row.getByRole("cell").nth(2)).toHaveText("admin");
    await userPage.goto("/admin");
    await expect(userPage).toHaveURL(/\/login/);

    // signed in again, as admin now; deactivation ends that session and the API token too
    await signIn(context, user);
    await userPage.goto("/admin/users");
    await expect(userPage.getByRole("heading", { name: "Users" })).toBeVisible();
    expect(
      (await context.request.get("/api/v1/occupations/baker?draft=1", { headers: { Authorization: `Bearer ${token}` } })).status(),
    ).toBe(200);
    await row.getByRole("button", { name: `Deactivate ${user.email}` }).click();
    await expect(row.getByText("deactivated", { exact: true })).toBeVisible();
    await userPage.goto("/admin/users");
    await expect(userPage).toHaveURL(/\/login/);
    expect(
      (await context.request.get("/api/v1/occupations/baker?draft=1", { headers: { Authorization: `Bearer ${token}` } })).status(),
    ).toBe(401);
    // a deactivated account cannot sign in
    await context.clearCookies();
    const csrf = await (await context.request.get("/api/auth/csrf")).json();
    await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, json: "true" },
    });
    expect((await (await context.request.get("/api/auth/session")).json())?.user).toBeUndefined();

    await row.getByRole("button", { name: `Reactivate ${user.email}` }).click();
    await expect(row.getByText("active", { exact: true })).toBeVisible();
    await signIn(context, user);
    await context.close();
  });

  test("an admin resets a password; the old one stops working", async ({ adminPage, browser }) => {
    const user = { email: "e2e-reset@example.test", password: "reset-me-pass-e2e-1", role: "editor" as const };
    catalogCli(["user", "add", "--email", user.email, "--role", "editor", "--password", user.password]);
    await adminPage.goto("/admin/users");
    const row = adminPage.getByRole("row").filter({ hasText: user.email });
    await row.getByText("Reset password").click();
    await row.getByLabel(`New password for ${user.email}`).fill("short");
    await row.getByRole("button", { name: "Set password" }).click();
    await expect(row.getByRole("alert")).toHaveText(/at least 10 characters/);
    await row.getByLabel(`New password for ${user.email}`).fill("fresh-pass-after-reset-9");
    await row.getByRole("button", { name: "Set password" }).click();
    await expect(row.getByRole("status")).toHaveText("Password reset; their sessions ended.");
    const context = await browser.newContext();
    await signIn(context, { ...user, password: "fresh-pass-after-reset-9" });
    await context.close();
  });

  test("every user can change their own password, then signs in again", async ({ browser }) => {
    const user = { email: "e2e-self@example.test", password: "self-pass-e2e-1234", role: "editor" as const };
    catalogCli(["user", "add", "--email", user.email, "--role", "editor", "--password", user.password]);
    const context = await browser.newContext();
    await signIn(context, user);
    const page = await context.newPage();
    await page.goto("/admin");
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Current password").fill("not-my-password");
    await page.getByLabel("New password", { exact: true }).fill("my-brand-new-pass-5");
    await page.getByLabel("New password again").fill("my-brand-new-pass-5");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("This is not your current password")).toBeVisible();
    await page.getByLabel("Current password").fill(user.password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/login\?reason=password-changed/);
    await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("my-brand-new-pass-5");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await context.close();
  });
});
