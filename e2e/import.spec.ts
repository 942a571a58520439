import { readFileSync } from "node:fs";
import path from "node:path";
import { expectNoAxeViolations } from "./a11y";
import { expect, test } from "./fixtures";

const seed = readFileSync(path.resolve(import.meta.dirname, "../db/demo/labor-union-secretary-general.txt"), "utf8");
function card(name: string, summary: string) {
  const lines = seed.split("\n");
  lines[0] = name;
  return lines.join("\n").replace(/^Serves as secretary general.*$/m, summary);
}

test.describe("admin import and export", () => {
  test("a file with a bad row shows its line and writes nothing", async ({ editorPage: page, request }) => {
    await page.goto("/admin/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import and export" })).toBeVisible();
    await expectNoAxeViolations(page);
    const bad = card("Upload test broken", "Broken.").replace("| Stress Tolerance | Because", "| Stress Tolerance Because");
    await page.getByLabel("Files", { exact: true }).setInputFiles([
      { name: "good.txt", mimeType: "text/plain", buffer: Buffer.from(card("Upload test fine", "Fine.")) },
      { name: "bad.txt", mimeType: "text/plain", buffer: Buffer.from(bad) },
    ]);
    await page.getByRole("button", { name: "Preview import" }).click();
    const errors = page.getByRole("table", { name: "Errors by file and line" });
    await expect(errors.getByRole("row").nth(1)).toContainText("bad.txt");
    const row = bad.split("\n").findIndex((l) => l.startsWith("| Stress Tolerance Because")) + 1;
    await expect(errors.getByRole("row").nth(1)).toContainText(String(row));
    await expect(errors).toContainText("table row needs two cells");
    await expect(page.getByRole("button", { name: /^Import \d+ profiles/ })).toHaveCount(0);
    expect((await request.get("/api/v1/occupations/upload-test-fine")).status()).toBe(404);
  });

  test("a good upload previews, then applies exactly that", async ({ editorPage: page, request }) => {
    await page.goto("/admin/import");
    await page.getByLabel("Files", { exact: true }).setInputFiles([
      { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(card("Upload test alpha", "Alpha summary.")) },
      { name: "b.txt", mimeType: "text/plain", buffer: Buffer.from(card("Upload test beta", "Beta summary.")) },
    ]);
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByText("2 to create, 0 to update, 0 unchanged.")).toBeVisible();
    expect((await request.get("/api/v1/occupations/upload-test-alpha")).status()).toBe(404);
    await page.getByRole("button", { name: "Import 2 profiles" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported: 2 created" })).toBeVisible();
    const res = await request.get("/api/v1/occupations/upload-test-alpha");
    expect(res.status()).toBe(200);
    expect((await res.json()).summary).toBe("Alpha summary.");
  });

  test("downloads: catalog as cards zip and CSV, a profile's card and JSON", async ({ editorPage: page }) => {
    await page.goto("/admin/import");
    await page.getByLabel("Format").selectOption("csv");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
    expect(csv.suggestedFilename()).toBe("catalog.csv");
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.split("\n")[0]).toContain("name");
    expect(text).toContain("Labor union secretary general");

    await page.getByLabel("Format").selectOption("card");
    const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
    expect(zip.suggestedFilename()).toBe("catalog-cards.zip");

    await page.goto("/occupations/labor-union-secretary-general");
    const [cardFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download card" }).click()]);
    expect(readFileSync((await cardFile.path())!, "utf8")).toBe(seed);
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, "utf8")).slug).toBe("labor-union-secretary-general");
  });
});
