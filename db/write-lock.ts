import { AsyncLocalStorage } from "node:async_hooks";
import pLimit from "p-limit";
import { pgSavepoint, pgWriteTransaction } from "./pg-transaction";
import { getStore, type WriteTx } from "./store";

/** One writer at a time in this process: SQLite has one write lock, and the writer connection one transaction. */
const writeLock = pLimit(1);
type Open = { tx: WriteTx; savepoints: number; done: boolean };
const open = new AsyncLocalStorage<Open>();

/**
 * The transaction the current async call chain is inside, if any. A timer or promise started
 * inside a transaction keeps its context after the commit, hence `done`.
 */
function openTx(): Open | undefined {
  const o = open.getStore();
  return o && !o.done ? o : undefined;
}

export function currentWriteTx(): WriteTx | undefined {
  return openTx()?.tx;
}

/**
 * Run `fn` in a write transaction and commit when its promise resolves (roll back when it rejects).
 * On SQLite it waits for the process-wide write lock, then takes SQLite's write lock up front
 * (BEGIN IMMEDIATE), so a second writer (the CLI beside the server) waits on busy_timeout instead
 * of failing with SQLITE_BUSY. Every write goes through here, so no statement can land inside
 * another request's open transaction. Called again inside `fn` (same async chain), it nests as a
 * savepoint instead of waiting for the lock it already holds.
 */
export type WriteOptions = {
  /**
   * PostgreSQL: queue on an advisory lock of this name under READ COMMITTED instead of running
   * SERIALIZABLE (db/pg-transaction.ts), for hot rows every writer of that name touches. SQLite
   * serialises every writer anyway.
   */
  lock?: string;
};

export async function writeTransaction<T>(fn: (tx: WriteTx) => Promise<T> | T, opts: WriteOptions = {}): Promise<T> {
  const outer = openTx();
  const store = getStore();
  if (store.dialect === "pg") {
    // No process lock: PostgreSQL serialises conflicting writers itself (db/pg-transaction.ts).
    if (outer) return pgSavepoint(outer.tx, async (sp) => fn(sp as unknown as WriteTx));
    return pgWriteTransaction(
      store.pg,
      async (tx) => {
        const ctx: Open = { tx: tx as unknown as WriteTx, savepoints: 0, done: false };
        try {
          return await open.run(ctx, async () => fn(ctx.tx));
        } finally {
          ctx.done = true;
        }
      },
      opts.lock,
    );
  }
  if (outer) return savepoint(outer, fn);
  return writeLock(async () => {
    const client = store.sqlite.writer;
    const ctx: Open = { tx: store.writer, savepoints: 0, done: false };
    client.exec("BEGIN IMMEDIATE");
    try {
      const result = await open.run(ctx, () => fn(store.writer));
      client.exec("COMMIT");
      return result;
    } catch (e) {
      if (client.inTransaction) client.exec("ROLLBACK");
      throw e;
    } finally {
      ctx.done = true;
    }
  });
}

async function savepoint<T>(outer: Open, fn: (tx: WriteTx) => Promise<T> | T): Promise<T> {
  const client = getStore().sqlite.writer;
  const name = `sp${++outer.savepoints}`;
  client.exec(`SAVEPOINT ${name}`);
  try {
    const result = await fn(outer.tx);
    client.exec(`RELEASE ${name}`);
    return result;
  } catch (e) {
    if (client.inTransaction) {
      client.exec(`ROLLBACK TO ${name}`);
      client.exec(`RELEASE ${name}`);
    }
    throw e;
  }
}
