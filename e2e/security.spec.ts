import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { catalogCli, expect, test } from "./fixtures";

/** Collect CSP violations and script errors a page reports while we use it. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

test.describe("security headers", () => {
  test("pages carry a strict CSP (hashes on cached pages, a nonce on dynamic ones) and the other headers; nothing is blocked", async ({
    page,
  }) => {
    const problems = watchConsole(page);
    for (const url of ["/", "/browse", "/occupations/labor-union-secretary-general", "/login"]) {
      const res = await page.goto(url);
      const h = res!.headers();
      const policy =
        url === "/login"
          ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/
          : /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+[;\s]/;
      expect(h["content-security-policy"], url).toMatch(policy);
      const scriptSrc = h["content-security-policy"].split(";").find((d) => d.trim().startsWith("script-src"));
      expect(scriptSrc, url).not.toContain("unsafe-inline");
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["permissions-policy"]).toContain("camera=()");
      await page.waitForLoadState("load");
    }
    // Client components still hydrate under the policy: the sign-in form validates in the browser.
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email")).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("API responses are nosniff with a deny-all CSP", async ({ request }) => {
    const res = await request.get("/api/v1/occupations/labor-union-secretary-general");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ editorPage }) => {
    const cookies = await editorPage.context().cookies();
    const session = cookies.find((c) => c.name.includes("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});

test.describe("stored script payloads", () => {
  const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"></script><svg onload="window.__pwned=3">`;

  test("are shown as text on public and admin pages and never run", async ({ page, editorPage }) => {
    const seed = readFileSync(path.resolve(import.meta.dirname, "../db/demo/labor-union-secretary-general.txt"), "utf8");
    const lines = seed.split("\n");
    lines[0] = "Script payload tester";
    const text = lines
      .join("\n")
      .replace(/^Serves as secretary general.*$/m, `Summary ${PAYLOAD}`)
      .replace(/^The labor union secretary general serves.*$/m, `Description </script><script>window.__pwned=4</script> ${PAYLOAD}`)
      .replace("- Union secretary general", `- Alias ${PAYLOAD}`)
      .replace("| Adaptability | Because", `| Adaptability ${PAYLOAD.replaceAll("|", "")} | Because`);
    const dir = mkdtempSync(path.join(tmpdir(), "xss-"));
    writeFileSync(path.join(dir, "xss.txt"), text);
    const r = catalogCli(["import", dir]);
    expect(r.status, r.stderr).toBe(0);

    let dialogs = 0;
    for (const p of [page, editorPage])
      p.on("dialog", async (d) => {
        dialogs++;
        await d.dismiss();
      });

    await page.goto("/occupations/script-payload-tester");
    await expect(page.getByText(`Summary ${PAYLOAD}`)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(ld).not.toContain("</script>");
    expect(JSON.parse(ld!).description).toContain("<script>");

    await editorPage.goto("/admin/occupations?q=payload");
    await editorPage.waitForLoadState("load");
    expect(await editorPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
});
