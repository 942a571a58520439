import { expectNoAxeViolations } from "./a11y";
import { expect, test } from "./fixtures";

test.describe("classification admin", () => {
  test("a rename shows on the public browse page; a used entry cannot be deleted", async ({ adminPage, page }) => {
    await adminPage.goto("/admin/classifications");
    await expect(adminPage.getByRole("heading", { level: 1, name: "Classification" })).toBeVisible();
    await adminPage.getByRole("link", { name: "Minor Welders" }).click();
    await expect(adminPage.getByRole("heading", { level: 2, name: "Minor group: Welders" })).toBeVisible();
    await expectNoAxeViolations(adminPage);
    await expect(adminPage.getByRole("button", { name: "Delete" })).toBeDisabled();
    await expect(adminPage.getByText("Cannot delete: 1 occupation uses it.")).toBeVisible();

    await adminPage.getByLabel("Name").fill("Welders and Cutters");
    await adminPage.getByRole("button", { name: "Rename" }).click();
    await expect(adminPage.getByRole("status")).toHaveText('Renamed to "Welders and Cutters".');
    await expect(adminPage.getByRole("link", { name: "Minor Welders and Cutters" })).toBeVisible();

    await page.goto("/browse/production-process-occupations/metal-processing-workers");
    await expect(page.getByRole("link", { name: "Welders and Cutters" })).toBeVisible();
    await page.getByRole("link", { name: "Welders and Cutters" }).click();
    await expect(page).toHaveURL(/\/welders-and-cutters$/);
    await expect(page.getByRole("heading", { level: 1, name: "Welders and Cutters" })).toBeVisible();

    // a sibling's name is refused with a field error
    await adminPage.getByLabel("Name").fill("Machine Tool Operators");
    await adminPage.getByRole("button", { name: "Rename" }).click();
    await expect(adminPage.getByText('"Machine Tool Operators" already exists under the same parent')).toBeVisible();
    await expect(adminPage.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

    await adminPage.getByLabel("Name").fill("Welders");
    await adminPage.getByRole("button", { name: "Rename" }).click();
    await expect(adminPage.getByRole("status")).toHaveText('Renamed to "Welders".');
  });

  test("add, refuse a duplicate, and delete an unused entry", async ({ adminPage }) => {
    await adminPage.goto("/admin/classifications");
    await adminPage.getByLabel("New Major group name").fill("E2E Temporary Major");
    await adminPage.getByRole("button", { name: "Add" }).click();
    await expect(adminPage.getByRole("heading", { level: 2, name: "Major group: E2E Temporary Major" })).toBeVisible();
    await adminPage.getByLabel("New Middle group name").fill("Temp Middle");
    await adminPage.getByRole("button", { name: "Add" }).click();
    await expect(adminPage.getByRole("heading", { level: 2, name: "Middle group: Temp Middle" })).toBeVisible();
    await adminPage.getByRole("link", { name: "Major E2E Temporary Major" }).click();
    await expect(adminPage.getByText("Cannot delete: 1 Middle group uses it.")).toBeVisible();
    await adminPage.getByLabel("New Middle group name").fill("Temp Middle");
    await adminPage.getByRole("button", { name: "Add" }).click();
    await expect(adminPage.getByText('"Temp Middle" already exists under the same parent')).toBeVisible();
    await adminPage.getByRole("link", { name: "Middle Temp Middle" }).click();
    await adminPage.getByRole("button", { name: "Delete" }).click();
    await expect(adminPage).toHaveURL(/\/admin\/classifications$/);
    await adminPage.getByRole("link", { name: "Major E2E Temporary Major" }).click();
    await adminPage.getByRole("button", { name: "Delete" }).click();
    await expect(adminPage.getByRole("link", { name: "Major E2E Temporary Major" })).toHaveCount(0);
  });
});
