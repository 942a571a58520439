import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";

export type Account = { email: string; password: string; role: "editor" | "admin" };
export const EDITOR: Account = { email: "editor@example.test", password: "editor-pass-e2e-42", role: "editor" };
export const ADMIN: Account = { email: "admin@example.test", password: "admin-pass-e2e-42", role: "admin" };

/** Runs the real CLI against the e2e database (the store the server uses). */
export function catalogCli(args: string[], input?: string) {
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/main.ts", ...args], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
    input,
  });
}

function ensureAccount(a: Account) {
  catalogCli(["user", "add", "--email", a.email, "--role", a.role, "--password", a.password]);
}

/** Sign a browser context in through next-auth's credentials endpoint. */
export async function signIn(context: BrowserContext, a: Account) {
  const csrf = await (await context.request.get("/api/auth/csrf")).json();
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: a.email, password: a.password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = await (await context.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(a.email);
}

async function signedInPage(context: BrowserContext, a: Account): Promise<Page> {
  await signIn(context, a);
  return context.newPage();
}

export const test = base.extend<{ editorPage: Page; adminPage: Page }, { accounts: void }>({
  accounts: [
    async ({}, use) => {
      ensureAccount(EDITOR);
      ensureAccount(ADMIN);
      await use();
    },
    { scope: "worker", auto: true },
  ],
  editorPage: async ({ browser }, use) => {
    const context = await browser.newContext();
    await use(await signedInPage(context, EDITOR));
    await context.close();
  },
  adminPage: async ({ browser }, use) => {
    const context = await browser.newContext();
    await use(await signedInPage(context, ADMIN));
    await context.close();
  },
});

export { expect };
