import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/index";
import { apiTokens, auditLog } from "@/db/schema";
import { addUser } from "./manage";
import { checkApiToken, createApiToken, LAST_USED_EVERY_MS, listApiTokens, revokeApiToken } from "./tokens";

let n = 0;
const user = (role: "editor" | "admin" = "editor") =>
  addUser({ email: `t${++n}@example.test`, name: "", role, password: "a-long-enough-pass-1" }, { id: 0, email: "test" });
const lastUsed = async (id: number) =>
  (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, id)).limit(1))[0]!.at;

describe("API tokens", () => {
  it("expire after 90 days by default, or the days asked for", async () => {
    const u = await user();
    const now = new Date("2026-12-01T00:00:00.000Z");
    const t = await createApiToken(u.id, "cli", { now });
    expect(t.expiresAt).toBe("2027-03-01T00:00:00.000Z");
    expect((await checkApiToken(t.token, new Date("2027-02-28T23:59:59.000Z"))).ok).toBe(true);
    expect(await checkApiToken(t.token, new Date("2027-03-01T00:00:00.000Z"))).toEqual({ ok: false, reason: "expired" });
    const short = await createApiToken(u.id, "cli", { now, days: 1 });
    expect(await checkApiToken(short.token, new Date("2026-12-02T00:00:01.000Z"))).toEqual({ ok: false, reason: "expired" });
    await expect(createApiToken(u.id, "cli", { days: 0 })).rejects.toThrow(/1 to 3650 days/);
  });

  it("are listed without their secret, and a revoked one is refused at once", async () => {
    const u = await user();
    const t = await createApiToken(u.id, { id: u.id, email: u.email }, { name: "CI import" });
    const [row] = await listApiTokens({ userId: u.id });
    expect(row).toEqual({
      id: t.id,
      userId: u.id,
      email: u.email,
      name: "CI import",
      createdAt: expect.any(String),
      lastUsedAt: null,
      expiresAt: t.expiresAt,
    });
    expect(JSON.stringify(await listApiTokens())).not.toContain(t.token.slice(4));
    expect((await checkApiToken(t.token)).ok).toBe(true);
    await revokeApiToken(t.id, { id: u.id, email: u.email });
    expect(await checkApiToken(t.token)).toEqual({ ok: false, reason: "revoked" });
    expect(await listApiTokens({ userId: u.id })).toEqual([]);
    const audit = (await db.select().from(auditLog).orderBy(auditLog.id)).at(-1);
    expect(audit).toMatchObject({ action: "token.revoke", actor: u.email, target: `token ${t.id} of ${u.email}`, detail: "CI import" });
    await expect(revokeApiToken(t.id, { id: u.id, email: u.email })).rejects.toThrow(/not found/);
  });

  it("revoke only one's own token when an owner is given", async () => {
    const a = await user();
    const b = await user();
    const t = await createApiToken(b.id, "cli");
    await expect(revokeApiToken(t.id, { id: a.id, email: a.email }, { ownerId: a.id })).rejects.toThrow(/not found/);
    expect((await checkApiToken(t.token)).ok).toBe(true);
    await revokeApiToken(t.id, { id: b.id, email: b.email }, { ownerId: b.id });
    expect((await checkApiToken(t.token)).ok).toBe(false);
  });

  it("record the last use at most once a minute, not on every request", async () => {
    const u = await user();
    const t = await createApiToken(u.id, "cli");
    const t0 = new Date("2026-12-03T10:00:00.000Z");
    await checkApiToken(t.token, t0);
    expect(await lastUsed(t.id)).toBe(t0.toISOString());
    await checkApiToken(t.token, new Date(t0.getTime() + LAST_USED_EVERY_MS - 1));
    expect(await lastUsed(t.id)).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + LAST_USED_EVERY_MS);
    await checkApiToken(t.token, later);
    expect(await lastUsed(t.id)).toBe(later.toISOString());
  });

  it("refuse an unknown or malformed token", async () => {
    expect(await checkApiToken("oct_nope")).toEqual({ ok: false, reason: "unknown" });
    expect(await checkApiToken("not-a-token")).toEqual({ ok: false, reason: "unknown" });
  });
});
