import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/index";
import { auditLog, users } from "@/db/schema";
import { addUser, changeOwnPassword, resetUserPassword, setUserActive, setUserRole } from "./manage";
import { checkApiToken, createApiToken, listApiTokens } from "./tokens";
import { checkCredentials, getActiveUser } from "./users";

const pw = "a-long-enough-pass-1";
const sv = async (id: number) => (await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id)).limit(1))[0]!.sv;
const lastAudit = async () => (await db.select().from(auditLog).orderBy(auditLog.id)).at(-1);
let n = 0;
/** An acting admin (a real row: audit entries point at it). */
async function boss() {
  const u = await addUser({ email: `boss${++n}@example.test`, name: "", role: "admin", password: pw }, { id: 0, email: "cli" });
  return { id: u.id, email: u.email };
}

describe("user management", () => {
  it("never leaves the catalog without an active admin", async () => {
    const a = await addUser({ email: "a1@example.test", name: "", role: "admin", password: pw }, { id: 0, email: "test" });
    const actor = { id: a.id, email: a.email };
    await expect(setUserRole(a.id, "editor", actor)).rejects.toThrow(/last active admin/);
    const b = await addUser({ email: "a2@example.test", name: "", role: "admin", password: pw }, actor);
    await setUserActive(b.id, false, actor);
    // b is inactive, so a is still the only active admin
    await expect(setUserRole(a.id, "editor", actor)).rejects.toThrow(/last active admin/);
    await expect(setUserActive(a.id, false, { id: b.id, email: b.email })).rejects.toThrow(/last active admin/);
    await setUserActive(b.id, true, actor);
    await setUserRole(a.id, "editor", { id: b.id, email: b.email });
    expect((await db.select({ role: users.role }).from(users).where(eq(users.id, a.id)).limit(1))[0]!.role).toBe("editor");
    expect(await lastAudit()).toMatchObject({
      action: "user.role",
      target: "a1@example.test",
      detail: "admin → editor",
      actor: "a2@example.test",
    });
    await expect(setUserRole(b.id, "editor", { id: b.id, email: b.email })).rejects.toThrow(/last active admin/);
  });

  it("ends sessions on deactivation, role change and password reset", async () => {
    const admin = await boss();
    const u = await addUser({ email: "ed@example.test", name: "Ed", role: "editor", password: pw }, admin);
    let v = await sv(u.id);
    expect(await getActiveUser(u.id, v)).toBeDefined();
    await setUserActive(u.id, false, admin);
    expect(await getActiveUser(u.id, v)).toBeUndefined();
    expect(await checkCredentials(u.email, pw)).toBeUndefined();
    await setUserActive(u.id, true, admin);
    v = await sv(u.id);
    await setUserRole(u.id, "admin", admin);
    expect(await getActiveUser(u.id, v)).toBeUndefined();
    v = await sv(u.id);
    await resetUserPassword(u.id, "another-long-pass-2", admin);
    expect(await getActiveUser(u.id, v)).toBeUndefined();
    expect(await checkCredentials(u.email, "another-long-pass-2")).toBeDefined();
    expect(await lastAudit()).toMatchObject({ action: "user.password.reset", target: u.email });
  });

  it("refuses a taken email as a field error and self-deactivation", async () => {
    const admin = await boss();
    const u = await addUser({ email: "dup@example.test", name: "", role: "editor", password: pw }, admin);
    await expect(addUser({ email: "dup@example.test", name: "", role: "editor", password: pw }, admin)).rejects.toMatchObject({
      fields: { email: expect.any(String) },
    });
    await expect(setUserActive(u.id, false, { id: u.id, email: u.email })).rejects.toThrow(/own account/);
  });

  it("changes one's own password only with the current one", async () => {
    const u = await addUser({ email: "self@example.test", name: "", role: "editor", password: pw }, await boss());
    const v = await sv(u.id);
    await expect(changeOwnPassword(u.id, "wrong-password-here", "brand-new-pass-3")).rejects.toMatchObject({
      fields: { currentPassword: expect.any(String) },
    });
    expect(await sv(u.id)).toBe(v);
    await changeOwnPassword(u.id, pw, "brand-new-pass-3");
    expect(await sv(u.id)).toBe(v + 1);
    expect(await checkCredentials(u.email, "brand-new-pass-3")).toBeDefined();
    expect(await checkCredentials(u.email, pw)).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ action: "user.password.change", actor: u.email });
  });

  it("limits guesses of the current password like sign-in, and refuses without hashing over the limit", async () => {
    const u = await addUser({ email: "guesser@example.test", name: "", role: "editor", password: pw }, await boss());
    for (let i = 0; i < 5; i++) {
      await expect(changeOwnPassword(u.id, `wrong-guess-${i}-xx`, "brand-new-pass-4")).rejects.toMatchObject({
        fields: { currentPassword: "This is not your current password" },
      });
    }
    // Even the right password is refused now, before any hashing (so it answers at once).
    const started = performance.now();
    await expect(changeOwnPassword(u.id, pw, "brand-new-pass-4")).rejects.toMatchObject({
      message: expect.stringMatching(/^Too many wrong passwords\. Try again in 15 minute/),
    });
    expect(performance.now() - started).toBeLessThan(40);
    expect(await lastAudit()).toMatchObject({ action: "user.password.limited", actor: u.email });
    expect(await checkCredentials(u.email, pw)).toBeDefined();
    // It is the sign-in limiter itself: the account's sign-ins are limited too.
    const { signInLimits } = await import("@/lib/auth/rate-limit");
    expect(signInLimits.account.retryAfter(u.email)).toBeGreaterThan(0);
  });

  it("revokes the user's API tokens on a password change or reset", async () => {
    const actor = await boss();
    const u = await addUser({ email: "tokens@example.test", name: "", role: "editor", password: pw }, actor);
    const a = await createApiToken(u.id, actor, { name: "a" });
    await changeOwnPassword(u.id, pw, "brand-new-pass-5");
    expect(await checkApiToken(a.token)).toEqual({ ok: false, reason: "revoked" });
    expect(await lastAudit()).toMatchObject({ action: "user.password.change", detail: "1 API token revoked" });
    const b = await createApiToken(u.id, actor, { name: "b" });
    await resetUserPassword(u.id, "brand-new-pass-6", actor);
    expect(await checkApiToken(b.token)).toEqual({ ok: false, reason: "revoked" });
    expect(await listApiTokens({ userId: u.id })).toEqual([]);
  });
});
