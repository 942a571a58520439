import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db, writeTransaction, type WriteTx } from "@/db/index";
import { users } from "@/db/schema";
import { addAudit } from "@/lib/audit/log";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { signInLimits } from "@/lib/auth/rate-limit";
import { hashPassword, verifyPassword } from "./password-hash";
import { revokeUserTokens } from "./tokens";
import type { Role, UserInput } from "./schema";
import { createUser, type SessionUser } from "./users";

type Tx = WriteTx;
export type Actor = { id: number; email: string };
export type UserRow = { id: number; email: string; name: string; role: Role; active: boolean; createdAt: string };

export async function listUsers(): Promise<UserRow[]> {
  return await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}

/** A new account made by an admin; a taken email is a field error. */
export async function addUser(input: UserInput, actor: Actor): Promise<SessionUser> {
  const clash = (await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1))[0];
  if (clash)
    throw new InvalidInputError(
      "That email is taken",
      { email: "A user with this email already exists" },
      { message: { key: "emailClash" }, fields: { email: { key: "emailTaken" } } },
    );
  return createUser(input, actor.email);
}

async function target(tx: Tx, id: number) {
  const row = (
    await tx
      .select({ id: users.id, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, id))
      .limit(1)
  )[0];
  if (!row) throw new NotFoundError("user");
  return row;
}

/** Refuse a change that would leave no active admin; runs inside the change's transaction. */
async function assertAnotherAdmin(tx: Tx, exceptId: number, what: "demote" | "deactivate") {
  const others = (
    await tx
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, exceptId)))
      .limit(1)
  )[0]!.n;
  if (others === 0)
    throw new ConflictError(`Cannot ${what} the last active admin; make another user an admin first.`, 409, {
      key: "lastAdmin",
      values: { what },
    });
}

const bump = { sessionVersion: sql`${users.sessionVersion} + 1` };

/** Change a role; the user's sessions end (they sign in again with the new role). */
export async function setUserRole(id: number, role: Role, actor: Actor): Promise<void> {
  await writeTransaction(async (tx) => {
    const row = await target(tx, id);
    if (row.role === role) return;
    if (row.role === "admin" && row.active) await assertAnotherAdmin(tx, id, "demote");
    await tx
      .update(users)
      .set({ role, ...bump })
      .where(eq(users.id, id));
    await addAudit(tx, { userId: actor.id, actor: actor.email, action: "user.role", target: row.email, detail: `${row.role} → ${role}` });
  });
}

/** Deactivate (sessions and API tokens stop working at once) or reactivate an account. */
export async function setUserActive(id: number, active: boolean, actor: Actor): Promise<void> {
  await writeTransaction(async (tx) => {
    const row = await target(tx, id);
    if (row.active === active) return;
    if (!active && id === actor.id) throw new ConflictError("You cannot deactivate your own account.", 409, { key: "deactivateSelf" });
    if (!active && row.role === "admin") await assertAnotherAdmin(tx, id, "deactivate");
    await tx
      .update(users)
      .set({ active, ...bump })
      .where(eq(users.id, id));
    await addAudit(tx, { userId: actor.id, actor: actor.email, action: active ? "user.reactivate" : "user.deactivate", target: row.email });
  });
}

const revokedDetail = (n: number) => (n ? `${n} API token${n === 1 ? "" : "s"} revoked` : "");

/** An admin sets a new password for someone; their sessions end and their API tokens are revoked. */
export async function resetUserPassword(id: number, password: string, actor: Actor): Promise<void> {
  const passwordHash = await hashPassword(password);
  await writeTransaction(async (tx) => {
    const row = await target(tx, id);
    await tx
      .update(users)
      .set({ passwordHash, ...bump })
      .where(eq(users.id, id));
    const revoked = await revokeUserTokens(tx, id);
    await addAudit(tx, {
      userId: actor.id,
      actor: actor.email,
      action: "user.password.reset",
      target: row.email,
      detail: revokedDetail(revoked),
    });
  });
}

/**
 * A user changes their own password, proving the current one; every session and API token of
 * theirs ends. Wrong current passwords count against the same per-account limit as sign-in, and
 * over the limit nothing is hashed: a stolen session cannot be used to guess the password.
 */
export async function changeOwnPassword(id: number, current: string, next: string): Promise<void> {
  const row = (await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("user");
  const wait = await signInLimits.account.retryAfter(row.email);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    await writeTransaction((tx) => addAudit(tx, { userId: id, actor: row.email, action: "user.password.limited", target: row.email }));
    throw new InvalidInputError(
      `Too many wrong passwords. Try again in ${minutes} minute(s).`,
      { currentPassword: `Too many wrong passwords; try again in ${minutes} minute(s)` },
      {
        message: { key: "tooManyPasswords", values: { minutes } },
        fields: { currentPassword: { key: "tooManyPasswordsField", values: { minutes } } },
      },
    );
  }
  // Counted before hashing (as sign-in does), so parallel guesses cannot slip past the limit.
  const counted = await signInLimits.account.fail(row.email);
  if (counted.wait > 0) {
    const minutes = Math.ceil(counted.wait / 60_000);
    throw new InvalidInputError(
      `Too many wrong passwords. Try again in ${minutes} minute(s).`,
      { currentPassword: `Too many wrong passwords; try again in ${minutes} minute(s)` },
      {
        message: { key: "tooManyPasswords", values: { minutes } },
        fields: { currentPassword: { key: "tooManyPasswordsField", values: { minutes } } },
      },
    );
  }
  if (!(await verifyPassword(current, row.passwordHash))) {
    throw new InvalidInputError(
      "The current password is wrong",
      { currentPassword: "This is not your current password" },
      { message: { key: "currentPasswordWrong" }, fields: { currentPassword: { key: "notCurrentPassword" } } },
    );
  }
  await signInLimits.account.reset(row.email);
  if (current === next)
    throw new InvalidInputError(
      "Choose a new password",
      { newPassword: "Use a password different from the current one" },
      { message: { key: "chooseNewPassword" }, fields: { newPassword: { key: "passwordUnchanged" } } },
    );
  const passwordHash = await hashPassword(next);
  await writeTransaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, ...bump })
      .where(eq(users.id, id));
    const revoked = await revokeUserTokens(tx, id);
    await addAudit(tx, { userId: id, actor: row.email, action: "user.password.change", target: row.email, detail: revokedDetail(revoked) });
  });
}
