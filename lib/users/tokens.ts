import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { db, writeTransaction, type WriteTx } from "@/db/index";
import { apiTokens, users } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "./users";

const TOKEN_PREFIX = "oct_";
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 3650;
/** `last used` is written at most this often per token, so a busy client costs no write per request. */
export const LAST_USED_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY_MS = 86_400_000;

export type TokenActor = { id: number | null; email: string };
export type ApiTokenRow = {
  id: number;
  userId: number;
  email: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

/** A new API token for a user, valid for `days`; only its hash is stored, so it is shown once. */
export async function createApiToken(
  userId: number,
  actor: TokenActor | string,
  opts: { name?: string; days?: number; now?: Date } = {},
): Promise<{ id: number; token: string; expiresAt: string }> {
  const who = typeof actor === "string" ? { id: null, email: actor } : actor;
  const days = opts.days ?? TOKEN_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) throw new RangeError(`expiry must be 1 to ${TOKEN_MAX_DAYS} days`);
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString();
  const name = (opts.name ?? "").trim().slice(0, 100);
  const id = await writeTransaction(async (tx) => {
    const row = (
      await tx
        .insert(apiTokens)
        .values({ userId, tokenHash: hashToken(token), name, createdAt: now.toISOString(), expiresAt })
        .returning({ id: apiTokens.id })
    )[0];
    await addAudit(tx, {
      userId: who.id,
      actor: who.email,
      action: "token.create",
      target: `token ${row.id} of user ${userId}`,
      detail: name ? `"${name}", expires ${expiresAt}` : `expires ${expiresAt}`,
    });
    return row.id;
  });
  return { id, token, expiresAt };
}

/** What a token list shows (never the secret or its hash). */
const tokenRowColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  email: users.email,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
};

/** Tokens not revoked (expired ones included, so they can be seen and cleaned up), newest first; never the secret. */
export async function listApiTokens(filter: { userId?: number } = {}): Promise<ApiTokenRow[]> {
  return db
    .select(tokenRowColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(isNull(apiTokens.revokedAt), filter.userId === undefined ? undefined : eq(apiTokens.userId, filter.userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export const isExpired = (t: { expiresAt: string | null }, now = new Date()) => !t.expiresAt || t.expiresAt <= now.toISOString();

/**
 * Revoke one token at once. With `ownerId`, only a token of that user (one's own, on
 * /admin/account): anyone else's is "not found", so ids of other users' tokens reveal nothing.
 */
export async function revokeApiToken(id: number, actor: TokenActor, opts: { ownerId?: number } = {}): Promise<ApiTokenRow> {
  return await writeTransaction(async (tx) => {
    const row = (
      await tx
        .select(tokenRowColumns)
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
        .limit(1)
    )[0];
    if (!row || (opts.ownerId !== undefined && row.userId !== opts.ownerId)) throw new NotFoundError("token");
    await tx.update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(eq(apiTokens.id, id));
    await addAudit(tx, {
      userId: actor.id,
      actor: actor.email,
      action: "token.revoke",
      target: `token ${id} of ${row.email}`,
      detail: row.name,
    });
    return row;
  });
}

/** Inside a password change or reset: every token of the user stops working with the old password. */
export async function revokeUserTokens(tx: WriteTx, userId: number): Promise<number> {
  return (
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id })
  ).length;
}

export type TokenCheck = { ok: true; user: SessionUser } | { ok: false; reason: "unknown" | "revoked" | "expired" };

/** The active user a bearer token belongs to, or why it is refused. Records the use (at most once a minute). */
export async function checkApiToken(token: string, now = new Date()): Promise<TokenCheck> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), eq(users.active, true)))
    .limit(1);
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (isExpired(row, now)) return { ok: false, reason: "expired" };
  const stamp = now.toISOString();
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) >= LAST_USED_EVERY_MS) {
    // One conditional write: concurrent requests of the same minute do not each write.
    await writeTransaction((tx) =>
      tx
        .update(apiTokens)
        .set({ lastUsedAt: stamp })
        .where(
          and(
            eq(apiTokens.id, row.tokenId),
            sql`(${apiTokens.lastUsedAt} IS NULL OR ${apiTokens.lastUsedAt} <= ${new Date(now.getTime() - LAST_USED_EVERY_MS).toISOString()})`,
          ),
        ),
    );
  }
  return { ok: true, user: { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion } };
}

/** The active user a bearer token belongs to. */
export async function userForToken(token: string): Promise<SessionUser | undefined> {
  const r = await checkApiToken(token);
  return r.ok ? r.user : undefined;
}
