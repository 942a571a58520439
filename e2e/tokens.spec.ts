import { expectNoAxeViolations } from "./a11y";
import { profileBody } from "./api-helpers";
import { catalogCli, expect, signIn, test, type Account } from "./fixtures";
import { runOnStore } from "./store-sql";

const OWNER: Account = { email: "e2e-token-owner@example.test", password: "token-owner-pass-e2e-9", role: "editor" };

function cli(args: string[]) {
  const r = catalogCli(args);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const create = (name: string, email = OWNER.email) => cli(["token", "create", "--email", email, "--name", name]).trim().split("\n").at(-1)!;
const idOf = (name: string) =>
  cli(["token", "list", "--email", OWNER.email])
    .split("\n")
    .find((l) => l.split("\t")[2] === name)!
    .split("\t")[0];

test.describe("API token lifecycle", () => {
  // Every step through the real CLI starts tsx (several seconds each on a busy machine).
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(() => {
    catalogCli(["user", "add", "--email", OWNER.email, "--role", OWNER.role, "--password", OWNER.password]);
  });

  test("a token revoked with the CLI gets 401 at once; list shows no secret", async ({ request }) => {
    const token = create("cli revoke");
    const post = (name: string) =>
      request.post("/api/v1/occupations", { headers: { Authorization: `Bearer ${token}` }, data: profileBody(name) });
    expect((await post("Token Lifecycle Worker")).status()).toBe(201);

    const list = cli(["token", "list", "--email", OWNER.email]);
    expect(list).not.toContain(token.slice(4));
    const id = idOf("cli revoke");
    expect(cli(["token", "revoke", id])).toContain(`revoked token ${id}`);

    const refused = await post("Token Lifecycle Worker Two");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ error: { message: "This API token was revoked" } });
  });

  test("an expired token gets 401", async ({ request }) => {
    const token = create("soon expired");
    const id = idOf("soon expired");
    // Age the token in the server's database, as 90 days passing would.
    await runOnStore("UPDATE api_tokens SET expires_at = ? WHERE id = ?", [new Date(Date.now() - 1000).toISOString(), Number(id)]);
    const res = await request.post("/api/v1/occupations", {
      headers: { Authorization: `Bearer ${token}` },
      data: profileBody("Expired Token Worker"),
    });
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: { message: "This API token has expired" } });
    expect(cli(["token", "list", "--email", OWNER.email])).toMatch(new RegExp(`^${id}\\t.*\\(expired\\)$`, "m"));
  });

  test("a user lists and revokes their own tokens on /admin/account; an admin revokes anyone's on /admin/users", async ({
    browser,
    adminPage,
    request,
  }) => {
    const mine = create("laptop script");
    const other = create("ci job");
    const context = await browser.newContext();
    await signIn(context, OWNER);
    const page = await context.newPage();
    await page.goto("/admin/account");
    await expect(page.getByText("revokes all your API tokens")).toBeVisible();
    const table = page.getByRole("table").filter({ hasText: "laptop script" });
    await expect(table.getByRole("row").filter({ hasText: "laptop script" }).getByRole("cell").nth(3)).toHaveText("never");
    expect(await page.content()).not.toContain(mine.slice(4));
    await expectNoAxeViolations(page);

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: /^Revoke token \d+ \(laptop script\)$/ }).click();
    await expect(table.getByRole("row").filter({ hasText: "laptop script" })).toHaveCount(0);
    const writeWith = (token: string, name: string) =>
      request.post("/api/v1/occupations", { headers: { Authorization: `Bearer ${token}` }, data: profileBody(name) });
    expect((await writeWith(mine, "Revoked From Account")).status()).toBe(401);

    expect((await writeWith(other, "Still Valid Token Worker")).status()).toBe(201);
    await adminPage.goto("/admin/users");
    await expect(adminPage.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    const row = adminPage.getByRole("row").filter({ hasText: "ci job" });
    await expect(row.getByRole("cell").nth(1)).toHaveText(OWNER.email);
    await expect(row.getByRole("cell").nth(4)).not.toHaveText("never");
    adminPage.once("dialog", (d) => d.accept());
    await row.getByRole("button", { name: `Revoke token ${idOf("ci job")} (ci job) of ${OWNER.email}` }).click();
    await expect(adminPage.getByRole("row").filter({ hasText: "ci job" })).toHaveCount(0);
    expect((await writeWith(other, "Revoked By Admin")).status()).toBe(401);
    await context.close();
  });
});
