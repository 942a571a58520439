import "server-only";
import { and, eq } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { users } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { ConflictError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password-hash";
import type { Role, UserInput } from "./schema";

export type SessionUser = { id: number; email: string; name: string; role: Role; sessionVersion: number };

const publicColumns = { id: users.id, email: users.email, name: users.name, role: users.role, sessionVersion: users.sessionVersion };

export async function createUser(input: UserInput, actor = "cli"): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  return await writeTransaction(async (tx) => {
    const clash = (await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1))[0];
    if (clash) throw new ConflictError(`a user with email ${input.email} already exists`, 409, { key: "emailTaken" });
    const user = (
      await tx.insert(users).values({ email: input.email, name: input.name, role: input.role, passwordHash }).returning(publicColumns)
    )[0];
    await addAudit(tx, { actor, action: "user.create", target: input.email, detail: `role ${input.role}` });
    return user;
  });
}

let dummyHash: Promise<string> | undefined;

/** The user for a sign-in, or undefined for a wrong email or password or an inactive account. */
export async function checkCredentials(email: string, password: string): Promise<SessionUser | undefined> {
  const row = (
    await db
      .select({ ...publicColumns, passwordHash: users.passwordHash, active: users.active })
      .from(users)
      .where(eq(users.email, email))
      .limit(1)
  )[0];
  // Compare against a dummy hash for unknown emails so timing does not reveal which emails exist.
  // One shared promise: parallel first sign-ins would otherwise each hash it.
  dummyHash ??= hashPassword("no-such-user-password");
  const ok = await verifyPassword(password, row?.passwordHash ?? (await dummyHash));
  if (!row || !ok || !row.active) return undefined;
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion };
}

/** A signed-in user still valid now: active, and the session not revoked by a password or role change. */
export async function getActiveUser(id: number, sessionVersion: number): Promise<SessionUser | undefined> {
  return (
    await db
      .select(publicColumns)
      .from(users)
      .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
      .limit(1)
  )[0];
}

export async function getUserByEmail(email: string): Promise<SessionUser | undefined> {
  return (
    await db
      .select(publicColumns)
      .from(users)
      .where(and(eq(users.email, email), eq(users.active, true)))
      .limit(1)
  )[0];
}
