import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { db, writeTransaction } from "@/db/index";
import { apiTokens, users } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import type { SessionUser } from "./users";

const TOKEN_PREFIX = "oct_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new API token for a user; only its hash is stored, so it is shown once. */
export async function createApiToken(userId: number, actor: string): Promise<string> {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  writeTransaction((tx) => {
    tx.insert(apiTokens).values({ userId, tokenHash: hashToken(token) }).run();
    addAudit(tx, { userId, actor, action: "token.create", target: String(userId) });
  });
  return token;
}

/** The active user a bearer token belongs to. */
export async function userForToken(token: string): Promise<SessionUser | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, sessionVersion: users.sessionVersion })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .get();
}
