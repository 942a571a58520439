import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { catalogCli, EDITOR, expect, signIn, test } from "./fixtures";

/** A fresh published profile of our own (a copy of a demo card under a new name), so tests don't collide. */
function importCopy(from: string, name: string, extra = ""): string {
  const card = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../db/demo", `${from}.txt`), "utf8").split("\n");
  card[0] = name;
  const file = path.join(os.tmpdir(), `e2e-${name.replace(/\W+/g, "-").toLowerCase()}-${process.pid}.txt`);
  writeFileSync(file, card.join("\n") + extra);
  const r = catalogCli(["import", file]);
  expect(r.status, r.stderr).toBe(0);
  return name.toLowerCase().replace(/\W+/g, "-");
}

async function openEditor(page: Page, name: string) {
  await page.goto(`/admin/occupations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit “${name}”` })).toBeVisible();
}

test.describe("editing occupations", () => {
  test("the list searches, filters, sorts and pages in the URL", async ({ editorPage: page }) => {
    await page.goto("/admin/occupations");
    await expect(page.getByRole("heading", { level: 1, name: "Occupations" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Search").fill("ナース");
    await page.getByLabel("Search").press("Enter");
    await expect(page).toHaveURL(/q=%E3%83%8A/);
    await page.getByLabel("Search").fill("nurse");
    await page.getByLabel("Major tier").selectOption("Healthcare Occupations");
    await page.getByLabel("Sort by").selectOption("name");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/major=Healthcare\+Occupations/);
    const names = await page.locator("tbody th[scope=row] a").allTextContents();
    expect(names).toContain("Registered nurse");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.goto("/admin/occupations?status=deleted&q=zzz-nothing");
    await expect(page.getByText("No occupation matches")).toBeVisible();
  });

  test("edit every kind of field, save a draft (public page unchanged), then publish", async ({ editorPage: page, browser }) => {
    test.slow(); // many steps on a shared 2-core machine
    await openEditor(page, "Welder");
    await expectNoAxeViolations(page);
    await page.getByLabel("Description").fill("Welders join metal parts. Edited by the e2e test.");
    await page.getByLabel("Strength 1: why").fill("Because steady hands make sound welds (e2e).");
    // Reorder a list by keyboard: "Move down" on the first trait.
    await page.getByRole("button", { name: "Move down Trait 1" }).click();
    await expect(page.getByLabel("Trait 2")).toHaveValue("Focused");
    await expect(page.getByRole("button", { name: "Move down Trait 2" })).toBeFocused();
    await page.getByRole("button", { name: "Add alias" }).click();
    await page
      .getByLabel(/^Alias \d+$/)
      .last()
      .fill("Metal joiner e2e");
    await page.getByLabel("Find a profile to add").fill("plumb");
    await expect(page.getByRole("button", { name: /^Already added: Plumber/ })).toBeDisabled();
    await page.getByLabel("Find a profile to add").fill("でんき");
    await page.getByRole("button", { name: /^Add Electrician/ }).click();
    await page.getByLabel("Also add this profile to Electrician’s related jobs").check();
    await page.getByLabel("Change note").fill("e2e edits");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await expect(page.getByText("Also added to the related jobs of “Electrician”")).toBeVisible();
    await expect(page.locator(".status-line")).toContainText("Published — unpublished changes pending");

    const anon = await browser.newPage();
    await anon.goto("/occupations/welder");
    await expect(anon.getByText("Edited by the e2e test")).toHaveCount(0);

    // The preview shows the draft as the public page will.
    await page.getByRole("link", { name: "Preview saved draft" }).click();
    await expect(page.getByText("Edited by the e2e test")).toBeVisible();
    await expect(page.getByRole("link", { name: "Electrician" })).toHaveAttribute("href", "/occupations/electrician");
    await page.getByRole("link", { name: "Back to editing" }).click();

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published. The public page shows this version now." })).toBeVisible();
    await anon.reload();
    await expect(anon.getByText("Welders join metal parts. Edited by the e2e test.")).toBeVisible();
    await expect(anon.getByRole("cell", { name: "Because steady hands make sound welds (e2e)." })).toBeVisible();
    await expect(anon.locator("#aliases ~ ul")).toContainText("Metal joiner e2e");
    await expect(anon.locator("section[aria-labelledby=related-jobs]").getByRole("link", { name: "Electrician" })).toBeVisible();
    await anon.close();

    // The reverse link waits in Electrician's draft.
    await openEditor(page, "Electrician");
    await expect(page.getByRole("group", { name: "Related jobs" }).getByRole("button", { name: "Remove Welder" })).toBeVisible();
  });

  test("field errors appear next to the field, from the browser and from the server", async ({ editorPage: page }) => {
    test.slow(); // many steps on a shared 2-core machine
    await page.goto("/admin/occupations/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator(".alert.error")).toContainText("Some fields need attention");
    await expect(page.getByLabel("Name")).toBeFocused();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#f-name-error")).toHaveText("Required");

    await page.getByLabel("Name").fill("E2E error check");
    await page.getByLabel("Reading").fill("romaji");
    await page.getByLabel("Major tier").selectOption("Healthcare Occupations");
    await page.getByLabel("Middle tier").selectOption({ index: 1 });
    await page.getByLabel("Minor tier").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add alias" }).click();
    await page.getByLabel("Alias 1").fill("Same");
    await page.getByRole("button", { name: "Add alias" }).click();
    await page.getByLabel("Alias 2").fill("same");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#f-reading-error")).toHaveText("Use hiragana or katakana only");
    await expect(page.locator("#f-aliases-1-error")).toHaveText("Duplicate of item 1");
    await expect(page.getByLabel("Reading")).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByLabel("Reading").fill("いーつーいー");
    await page.getByLabel("Alias 2").fill("Other");
    await page.getByLabel("Slug").fill("registered-nurse");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#f-slug-error")).toHaveText('Already used by "Registered nurse"');
    await expect(page.locator(".alert.error")).toContainText("That slug is taken");
    await expect(page.getByLabel("Slug")).toBeFocused();

    // Fixed, it saves as a draft that the public cannot see.
    await page.getByLabel("Slug").fill("e2e-error-check");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\/admin\/occupations\/\d+\/edit\?notice=created/);
    await expect(page.locator(".status-line")).toContainText("Draft");
    expect((await page.request.get("/occupations/e2e-error-check")).status()).toBe(404);

    // Publish puts it live; Unpublish takes it off again.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published. The public page shows this version now." })).toBeVisible();
    expect((await page.request.get("/occupations/e2e-error-check")).status()).toBe(200);
    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
    await expect(page.locator(".status-line")).toContainText("Draft");
    expect((await page.request.get("/occupations/e2e-error-check")).status()).toBe(404);
  });

  test("a stale save is refused, shows what changed meanwhile, and keeps both edits", async ({ editorPage: a, browser }) => {
    test.slow(); // many steps on a shared 2-core machine
    importCopy("registered-nurse", "E2E conflict nurse");
    const ctxB = await browser.newContext();
    await signIn(ctxB, EDITOR);
    const b = await ctxB.newPage();
    await openEditor(a, "E2E conflict nurse");
    await openEditor(b, "E2E conflict nurse");

    await a.getByLabel("Summary").fill("Summary saved first by A.");
    await a.getByRole("button", { name: "Save draft" }).click();
    await expect(a.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    await b.getByLabel("Description").fill("Description written by B on the old version.");
    await b.getByRole("button", { name: "Save draft" }).click();
    const panel = b.getByRole("region", { name: /Someone saved this profile while you were editing/ });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("row", { name: /Summary/ })).toContainText("Summary saved first by A.");
    await expect(b.getByLabel("Description")).toHaveValue("Description written by B on the old version.");
    await panel.getByRole("button", { name: /Keep my changes on top of version/ }).click();
    await expect(b.getByLabel("Summary")).toHaveValue("Summary saved first by A.");
    await expect(b.getByLabel("Description")).toHaveValue("Description written by B on the old version.");
    await b.getByRole("button", { name: "Save draft" }).click();
    await expect(b.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    await a.reload();
    await expect(a.getByLabel("Summary")).toHaveValue("Summary saved first by A.");
    await expect(a.getByLabel("Description")).toHaveValue("Description written by B on the old version.");
    await ctxB.close();
  });

  test("history compares two versions field by field and restores one as a draft", async ({ editorPage: page }) => {
    test.slow(); // many steps on a shared 2-core machine
    importCopy("plumber", "E2E history plumber");
    await openEditor(page, "E2E history plumber");
    const original = await page.getByLabel("Summary").inputValue();
    await page.getByLabel("Summary").fill(`${original} Now with extra words.`);
    await page.getByRole("button", { name: "Move up Trait 3" }).click();
    await page.getByRole("button", { name: "Remove Required skill 1" }).click();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    await page.getByRole("link", { name: "History", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "History of “E2E history plumber”" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Compare from version 1").check();
    await page.getByLabel("Compare to version 2").check();
    await page.getByRole("button", { name: "Compare selected versions" }).click();
    const compare = page.getByRole("region", { name: "Changes from version 1 to version 2" });
    await expect(compare.locator("ins").first()).toContainText("extra");
    await expect(compare.locator(".diff-tag-moved")).toHaveCount(1);
    await expect(compare.locator(".diff-tag-removed")).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Restore version 1 as draft" }).click();
    await expect(page.getByText("Version 1 restored as a new draft")).toBeVisible();
    await expect(page.getByLabel("Summary")).toHaveValue(original);
  });

  test("delete asks first, and can be undone", async ({ editorPage: page }) => {
    importCopy("welder", "E2E delete welder");
    await openEditor(page, "E2E delete welder");
    await page.getByRole("button", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “E2E delete welder”?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Delete…" }).click();
    await dialog.getByRole("button", { name: "Delete profile" }).click();
    await expect(page).toHaveURL(/\/admin\/occupations\?deleted=\d+/);
    await expect(page.getByText("“E2E delete welder” was deleted.")).toBeVisible();
    expect((await page.request.get("/occupations/e2e-delete-welder")).status()).toBe(404);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText("Restored: the profile is back")).toBeVisible();
    expect((await page.request.get("/occupations/e2e-delete-welder")).status()).toBe(200);
  });

  test("leaving with unsaved changes asks first", async ({ editorPage: page }) => {
    importCopy("welder", "E2E unsaved welder");
    await openEditor(page, "E2E unsaved welder");
    await page.getByLabel("Work style").fill("Changed but not saved.");
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole("link", { name: "← All occupations" }).click();
    await expect(page.getByLabel("Work style")).toHaveValue("Changed but not saved.");
    expect(asked).toContain("unsaved changes");
  });
});
