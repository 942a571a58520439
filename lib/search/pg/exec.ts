import type { SQL } from "drizzle-orm";
import { currentWriteTx, getStore, type Db } from "@/db/index";

/**
 * What the PostgreSQL search code needs of a connection, a pool or a transaction: drizzle's
 * node-postgres `execute`. Kept this narrow so search runs inside a writer's transaction as well.
 */
export type PgExec = { execute(query: SQL): Promise<{ rows: unknown[] }> };

/** The rows of one statement, typed by the caller (column aliases are quoted where case matters). */
export async function pgRows<T>(exec: PgExec, query: SQL): Promise<T[]> {
  return (await exec.execute(query)).rows as T[];
}

/**
 * The PostgreSQL handle for the search code: `on` (a transaction's handle), else the current
 * write transaction, else the reading connection. The store's PostgreSQL handles are drizzle
 * node-postgres databases, which have `execute`; the store type leaves it out (db/store.ts).
 */
export function storeExec(on?: Db): PgExec {
  return (on ?? currentWriteTx() ?? getStore().reader) as unknown as PgExec;
}

/** Whether the process's store is PostgreSQL: the search entry points dispatch on it. */
export const onPostgres = () => getStore().dialect === "pg";
