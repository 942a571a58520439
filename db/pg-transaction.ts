import { sql } from "drizzle-orm";
import type { PgDatabase } from "./postgres";

type PgTx = Parameters<Parameters<PgDatabase["transaction"]>[0]>[0];

/** PostgreSQL's "could not serialize access" and "deadlock detected": the transaction may simply run again. */
const RETRYABLE = new Set(["40001", "40P01"]);
const ATTEMPTS = 8;

function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

/**
 * A write transaction on PostgreSQL: SERIALIZABLE, so every read-then-write the domain does (the
 * If-Match version check, slug and name clashes, link resolution) behaves as if writers ran one at
 * a time, as on SQLite, across every instance and the CLI. When PostgreSQL detects that two
 * overlapped, one commits and the other is rolled back with 40001; it runs again from the start
 * and sees the winner's data (so a stale save becomes a clean conflict, nothing is lost).
 */
export async function pgWriteTransaction<T>(pg: PgDatabase, fn: (tx: PgTx) => Promise<T>, lock?: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (lock !== undefined) return await lockedTransaction(pg, lock, fn);
      return await pg.transaction(fn, { isolationLevel: "serializable" });
    } catch (error) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? "")) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}

/**
 * For rows many writers touch at once (sign-in failures under a password-guessing burst), where
 * SERIALIZABLE would roll most of them back again and again: READ COMMITTED, with writers of the same
 * `lock` name queued on an advisory lock taken first. Each later statement then sees everything the
 * writers before it committed, which is what their read-after-insert checks need.
 */
function lockedTransaction<T>(pg: PgDatabase, lock: string, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  return queuedInProcess(lock, () =>
    pg.transaction(
      async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${lock}))`);
        return fn(tx);
      },
      { isolationLevel: "read committed" },
    ),
  );
}

/** Per lock name, the last writer queued in this process (see queuedInProcess). */
const writersInLine = new Map<string, Promise<void>>();

/**
 * One writer of a lock name at a time in this process, before it takes a connection: a burst of 50
 * failed sign-ins for one address would otherwise hold every pooled connection waiting on that
 * name's advisory lock, and pages and the health check would wait behind them. The advisory lock
 * still orders the writers of several instances.
 */
function queuedInProcess<T>(lock: string, write: () => Promise<T>): Promise<T> {
  const run = (writersInLine.get(lock) ?? Promise.resolve()).then(write);
  const done = run.then(
    () => undefined,
    () => undefined,
  );
  writersInLine.set(lock, done);
  void done.then(() => {
    if (writersInLine.get(lock) === done) writersInLine.delete(lock);
  });
  return run;
}

/** A nested write transaction: a savepoint on the same connection (drizzle's nested transaction). */
export function pgSavepoint<T>(tx: unknown, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  return (tx as PgTx).transaction(fn);
}
