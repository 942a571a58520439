import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { apiToken } from "./api-helpers";
import { catalogCli, EDITOR, expect, test } from "./fixtures";

/**
 * Public pages come from Next's cache (lib/cache/cache-handler.mjs) under a CSP that allows their
 * inline scripts by hash. These tests fail if a Next upgrade changes what the handler relies on
 * (no hashes, hydration blocked), if any page type reports a CSP violation, or if a write takes
 * more than a second to reach its public page.
 */

/** Collect CSP violations (the event, and Chromium's console report) from the page's first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** sha256 sources of a page's inline scripts, as the browser computes them. */
function inlineHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter((m) => m[1].length)
    .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
}

async function expectHashedCsp(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  const csp = res.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, url).not.toContain("unsafe-inline");
  expect(scriptSrc, url).not.toContain("nonce-");
  for (const h of inlineHashes(await res.text())) expect(scriptSrc, `${url} allows ${h}`).toContain(h);
  for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp, url).toContain(d);
  return res;
}

/** Poll a public page until it contains `text`; returns the milliseconds from `since`. */
async function msUntilShown(request: APIRequestContext, url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await request.get(url)).text();
    if (body.includes(text)) return Date.now() - since;
    if (Date.now() - since > 5_000) throw new Error(`${url} did not show "${text}" within 5 s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const PUBLIC_PAGES = [
  "/",
  "/browse",
  "/browse/healthcare-occupations",
  "/browse/healthcare-occupations/nursing-professionals",
  "/browse/healthcare-occupations/nursing-professionals/registered-nurses",
  "/occupations/registered-nurse",
  "/occupations/no-such-profile",
];

test.describe("cached public pages", () => {
  // Each first visit renders a page; the shared 2-core machine can make that slow.
  test.describe.configure({ timeout: 120_000 });

  test("every public page type is served from the cache with a hash CSP and no violation", async ({ page, request }) => {
    const violations = await watchCsp(page);
    for (const url of PUBLIC_PAGES) {
      await request.get(url); // first request renders and stores it
      const res = await expectHashedCsp(request, url);
      expect(res.headers()["x-nextjs-cache"], url).toBe("HIT");
      expect(res.headers()["cache-control"], url).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
      await page.goto(url);
      await expect(page.locator("main")).toBeVisible();
    }
    // Dynamic pages keep the per-request nonce from proxy.ts.
    const res = await page.goto("/search?q=nurse");
    expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(res?.headers()["cache-control"]).toContain("no-store");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
    // (/login reports one "eval" violation: zod 4 probes whether eval is allowed, and falls back.)
    const login = await page.goto("/login");
    expect(login?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  test("a cached page hydrates (typeahead, client navigation) and blocks an injected inline script", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/occupations/registered-nurse");
    await page.reload(); // now certainly from the cache
    const box = page.getByRole("combobox", { name: "Search occupations" }).first();
    await box.fill("nurs");
    await expect(page.getByRole("listbox", { name: "Suggestions" }).first()).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Browse by classification" })).toBeVisible();
    expect(violations).toEqual([]);

    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test("ETag and 304 for pages and the occupation API; admin stays private", async ({ request, editorPage }) => {
    const page = await request.get("/occupations/pharmacist");
    const etag = page.headers()["etag"];
    expect(etag).toBeTruthy();
    expect((await request.get("/occupations/pharmacist", { headers: { "If-None-Match": etag } })).status()).toBe(304);

    const api = await request.get("/api/v1/occupations/pharmacist");
    const apiEtag = api.headers()["etag"];
    expect(apiEtag).toMatch(/^"\d+-[\w-]+"$/);
    expect(api.headers()["cache-control"]).toContain("s-maxage");
    expect((await request.get("/api/v1/occupations/pharmacist", { headers: { "If-None-Match": apiEtag } })).status()).toBe(304);
    // The same ETag is what a write's If-Match takes.
    const token = apiToken(EDITOR);
    const body = await api.json();
    const put = await request.put("/api/v1/occupations/pharmacist", {
      headers: { Authorization: `Bearer ${token}`, "If-Match": apiEtag },
      data: { ...body, summary: "Pharmacists dispense medicines (ETag check)." },
    });
    expect(put.status(), await put.text()).toBe(200);

    const admin = await editorPage.goto("/admin/occupations");
    expect(admin?.headers()["cache-control"]).toMatch(/private|no-store/);
  });

  test("a publish in the admin, an API write and a CLI import each show on the public page within 1 s", async ({ request, editorPage }) => {
    // Admin: edit and publish; the public page (cached beforehand) shows it at once.
    await request.get("/occupations/chef");
    await editorPage.goto("/admin/occupations?q=Chef");
    await editorPage.getByRole("link", { name: "Chef", exact: true }).click();
    await editorPage.getByLabel("Summary").fill("Chefs cook (published from the admin, e2e).");
    await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
    // The action's own answer (the page's "Status: Published" line is there before it, for a published profile).
    await expect(editorPage.getByRole("status").filter({ hasText: "The public page shows this version now" })).toBeVisible();
    // The server that made the write expires its pages before answering: the very next request is fresh.
    expect(await (await request.get("/occupations/chef")).text()).toContain("published from the admin, e2e");
    expect(await msUntilShown(request, "/occupations/chef", "published from the admin, e2e", Date.now())).toBeLessThan(1000);

    // API: publish an edit; the profile page and its Minor page follow.
    const token = apiToken(EDITOR);
    await request.get("/occupations/baker");
    await request.get("/browse/production-process-occupations/food-manufacturing-workers/bakers-and-confectioners");
    const current = await request.get("/api/v1/occupations/baker");
    const put = await request.put("/api/v1/occupations/baker?publish=1", {
      headers: { Authorization: `Bearer ${token}`, "If-Match": current.headers()["etag"] },
      data: { ...(await current.json()), summary: "Bakers bake (API write, e2e)." },
    });
    const t0 = Date.now(); // published: the write has committed
    expect(put.status(), await put.text()).toBe(200);
    expect(await (await request.get("/occupations/baker")).text()).toContain("API write, e2e");
    // Both pages asked for at once, as two visitors would.
    const [profileMs, minorMs] = await Promise.all([
      msUntilShown(request, "/occupations/baker", "API write, e2e", t0),
      msUntilShown(
        request,
        "/browse/production-process-occupations/food-manufacturing-workers/bakers-and-confectioners",
        "API write, e2e",
        t0,
      ),
    ]);
    expect(profileMs).toBeLessThan(1000);
    expect(minorMs).toBeLessThan(1000);
    // The first response after the invalidation carries the hashes of its own scripts.
    await expectHashedCsp(request, "/occupations/baker");

    // CLI: another process writes the database; the server's poller picks it up.
    await request.get("/occupations/welder");
    const exported = catalogCli(["export", "welder"]);
    expect(exported.status, exported.stderr).toBe(0);
    const file = path.join(process.env.E2E_DATA_DIR!, "welder-cli.txt");
    writeFileSync(file, exported.stdout.replace(/^Summary\n.*$/m, "Summary\nWelders weld (CLI import, e2e)."));
    expect(readFileSync(file, "utf8")).toContain("CLI import, e2e");
    const imported = catalogCli(["import", file]);
    const t1 = Date.now();
    expect(imported.status, imported.stderr).toBe(0);
    expect(await msUntilShown(request, "/occupations/welder", "CLI import, e2e", t1)).toBeLessThan(1000);
  });

  test("a draft save changes no public page", async ({ request }) => {
    const token = apiToken(EDITOR);
    const before = await request.get("/occupations/plumber");
    const current = await request.get("/api/v1/occupations/plumber");
    const put = await request.put("/api/v1/occupations/plumber", {
      headers: { Authorization: `Bearer ${token}`, "If-Match": current.headers()["etag"] },
      data: { ...(await current.json()), summary: "Draft only (e2e)." },
    });
    expect(put.status(), await put.text()).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    const after = await request.get("/occupations/plumber");
    expect(after.headers()["etag"]).toBe(before.headers()["etag"]);
    expect(after.headers()["x-nextjs-cache"]).toBe("HIT");
  });
});
