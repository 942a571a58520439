import { and, count, eq, gt, lte, min } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { signInFailures } from "@/db/schema";

/**
 * Failed sign-ins per key (account or address) in a sliding window, kept in the database so that
 * every server instance counts the same tries: a guesser spreading tries over instances meets one
 * limit. Plain SQL through drizzle (one insert, one count, deletes), the same on SQLite and PostgreSQL.
 */
export class FailureLimiter {
  constructor(
    private readonly scope: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Writers of one key queue on PostgreSQL (a guessing burst hits one key from many requests at once). */
  private lock(key: string) {
    return { lock: `sign-in-failures:${this.scope}:${key}` };
  }

  private where(key: string) {
    return and(eq(signInFailures.scope, this.scope), eq(signInFailures.key, key));
  }

  /** Milliseconds until another try is allowed, or 0 when it is allowed now. */
  async retryAfter(key: string, now = Date.now()): Promise<number> {
    const [row] = await db
      .select({ n: count(), oldest: min(signInFailures.at) })
      .from(signInFailures)
      .where(and(this.where(key), gt(signInFailures.at, now - this.windowMs)));
    return row && row.n >= this.max && row.oldest !== null ? Math.max(1, row.oldest + this.windowMs - now) : 0;
  }

  /**
   * Count a failure (or a try about to be checked). Returns its id, for forgive(), and how long to
   * wait when this try is one too many: then it is not counted. The check follows the insert, so
   * tries arriving at once on several instances cannot all slip under the limit.
   */
  async fail(key: string, now = Date.now()): Promise<{ id: number; wait: number }> {
    return writeTransaction(async (tx) => {
      const [row] = await tx.insert(signInFailures).values({ scope: this.scope, key, at: now }).returning({ id: signInFailures.id });
      const [seen] = await tx
        .select({ n: count(), oldest: min(signInFailures.at) })
        .from(signInFailures)
        .where(and(this.where(key), gt(signInFailures.at, now - this.windowMs), lte(signInFailures.id, row.id)));
      // Old rows of every key go as new ones come: the table holds about one window of failures.
      await tx.delete(signInFailures).where(lte(signInFailures.at, now - this.windowMs));
      if (seen.n <= this.max) return { id: row.id, wait: 0 };
      await tx.delete(signInFailures).where(eq(signInFailures.id, row.id));
      return { id: row.id, wait: Math.max(1, (seen.oldest ?? now) + this.windowMs - now) };
    }, this.lock(key));
  }

  /** Take back one failure counted by fail() (a try counted up front that succeeded). */
  async forgive(id: number) {
    await writeTransaction((tx) => tx.delete(signInFailures).where(eq(signInFailures.id, id)));
  }

  async reset(key: string) {
    await writeTransaction((tx) => tx.delete(signInFailures).where(this.where(key)));
  }
}

/** 5 failures per account and 20 per address in 15 minutes. */
export const signInLimits = {
  account: new FailureLimiter("account", 5, 15 * 60_000),
  address: new FailureLimiter("address", 20, 15 * 60_000),
};
