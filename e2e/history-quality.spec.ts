import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { expectNoAxeViolations } from "./a11y";
import { catalogCli, expect, test } from "./fixtures";

/** Import a copy of a demo card under a new name (published), changed by `edit`; returns its slug. */
function importCopy(from: string, name: string, edit: (lines: string[]) => string[] = (l) => l): string {
  const card = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../db/demo", `${from}.txt`), "utf8").split("\n");
  card[0] = name;
  const file = path.join(os.tmpdir(), `e2e-${name.replace(/\W+/g, "-").toLowerCase()}-${process.pid}.txt`);
  writeFileSync(file, edit(card).join("\n"));
  const r = catalogCli(["import", file]);
  expect(r.status, r.stderr).toBe(0);
  return name.toLowerCase().replace(/\W+/g, "-");
}

test.describe("public history, feed and the quality dashboard", () => {
  test("after two publishes a profile's public history lists both and compares them; the feed has them", async ({
    editorPage: page,
    browser,
  }) => {
    test.setTimeout(240_000); // many steps, two browsers, axe twice: on a shared 2-core machine
    // A new name on a retry: the first attempt's publishes stay in the shared database.
    const name = `History e2e baker${test.info().retry ? ` ${test.info().retry}` : ""}`;
    const slug = importCopy("baker", name);
    // The feed is cached like a page: a read after it is stored is a hit (polled: a publish by a test
    // in the other worker expires it too), and the publish below must expire it.
    await expect.poll(async () => (await page.request.get("/feed.xml")).text()).toContain(`New: ${name}`);
    await expect.poll(async () => (await page.request.get("/feed.xml")).headers()["x-nextjs-cache"]).toBe("HIT");
    // The second publish, through the editor.
    await page.goto(`/admin/occupations?q=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name, exact: true }).click();
    await page.getByLabel("Summary").fill("Bakes bread and pastries for the e2e history test.");
    await page.getByLabel(/^Change note/).fill("Clearer summary (e2e)");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
    // A draft saved afterwards stays private.
    await page.getByLabel("Summary").fill("Secret draft wording e2e.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator(".status-line")).toContainText("unpublished changes pending");

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/occupations/${slug}`);
    await reader.getByRole("link", { name: "History", exact: true }).click();
    await expect(reader).toHaveURL(`/occupations/${slug}/history`);
    await expect(reader.getByRole("heading", { level: 1, name: `History of “${name}”` })).toBeVisible();
    const versions = reader.locator(".version");
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText("Changed: Summary.");
    await expect(versions.nth(0)).toContainText("Clearer summary (e2e)");
    await expect(versions.nth(1)).toContainText("First published.");
    await expect(reader.locator("main")).not.toContainText("Secret draft wording");
    await expect(reader.locator("main")).not.toContainText("editor@example.test");
    await expectNoAxeViolations(reader);

    await reader.getByRole("link", { name: /^Compare with the version of/ }).click();
    await expect(reader).toHaveURL(new RegExp(`/occupations/${slug}/history/\\d+\\.\\.\\.\\d+$`));
    await expect(reader.getByRole("heading", { level: 1, name: `Changes to “${name}”` })).toBeVisible();
    await expect(reader.locator(".diff-field dt")).toHaveText(["Summary"]);
    await expect(reader.locator(".diff-field ins", { hasText: "pastries" })).toBeVisible();
    await expectNoAxeViolations(reader);

    // Any two versions, without JavaScript's help: the form redirects to the comparison's path.
    await reader.goto(`/occupations/${slug}/history`);
    const options = await reader
      .getByLabel("From")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await reader.getByLabel("From").selectOption(options[0]);
    await reader.getByLabel("To").selectOption(options[1]);
    await reader.getByRole("button", { name: "Compare" }).click();
    await expect(reader).toHaveURL(new RegExp(`/history/${options[0]}\\.\\.\\.${options[1]}$`));
    await expect(reader.locator(".diff-field dt")).toHaveText(["Summary"]);

    await expect.poll(async () => (await reader.request.get("/feed.xml")).text()).toContain(`Updated: ${name}`);
    const res = await reader.request.get("/feed.xml");
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(await res.text()).feed;
    type Entry = { title: { "#text": string } | string; link: { "@href": string } };
    const title = (e: Entry) => (typeof e.title === "string" ? e.title : e.title["#text"]);
    const entries = ([] as Entry[]).concat(feed.entry ?? []);
    const ours = entries.filter((e) => title(e).endsWith(name));
    expect(ours.map(title)).toEqual([`Updated: ${name}`, `New: ${name}`]);
    expect(ours[0].link["@href"]).toMatch(new RegExp(`/occupations/${slug}$`));
    await reader.goto("/");
    await expect(reader.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  });

  test("the dashboard lists a card without a reading, a related job naming no profile, and searches that found nothing", async ({
    editorPage: page,
    browser,
  }) => {
    test.setTimeout(240_000); // many steps, two browsers, axe twice: on a shared 2-core machine
    const name = "Quality e2e pastry cook";
    importCopy("baker", name, (lines) => {
      lines[1] = "";
      return [...lines, "- Imaginary e2e occupation"];
    });
    const reader = await (await browser.newContext()).newPage();
    // No word of it finds anything (a query with one word that does shows that word's results).
    await reader.goto("/search?q=zzyzx+qqpatisserie");
    await expect(reader.getByText("No occupations found")).toBeVisible();
    // The typeahead is not a search: it must not be counted.
    await reader.request.get("/api/v1/suggest?q=qqsuggest");

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Quality" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Editorial quality" })).toBeVisible();
    const noReading = page.locator("section", { has: page.getByRole("heading", { name: /^Profiles with no reading/ }) });
    await expect(noReading.getByRole("link", { name, exact: true })).toHaveAttribute("href", /\/admin\/occupations\/\d+\/edit$/);
    const unresolved = page.locator("section", { has: page.getByRole("heading", { name: /^Career-path steps and related jobs/ }) });
    await expect(
      unresolved.locator("li", { hasText: "Related job: Imaginary e2e occupation" }).getByRole("link", { name, exact: true }),
    ).toBeVisible();
    const zero = page.getByRole("row", { name: /zzyzx qqpatisserie/ });
    await expect(zero).toBeVisible();
    await expect(page.getByRole("row", { name: /qqsuggest/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await expect(zero.getByRole("link", { name: /Create a profile/ })).toHaveAttribute(
      "href",
      "/admin/occupations/new?name=zzyzx%20qqpatisserie",
    );
    await zero.getByLabel("to profile (name or slug)").fill(name);
    await zero.getByRole("button", { name: /Add as an alias/ }).click();
    await expect(zero.getByRole("status")).toContainText(`Added to ${name} and published.`);
    await reader.goto("/search?q=zzyzx+qqpatisserie");
    await expect(reader.getByRole("link", { name, exact: true })).toBeVisible();

    await page.goto("/admin/occupations/new?name=zzyzx%20qqpatisserie");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("zzyzx qqpatisserie");
  });
});
