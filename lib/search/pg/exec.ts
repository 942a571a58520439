import type { SQL } from "drizzle-orm";

/**
 * What the PostgreSQL search code needs of a connection, a pool or a transaction: drizzle's
 * node-postgres `execute`. Kept this narrow so search runs inside a writer's transaction as well.
 */
export type PgExec = { execute(query: SQL): Promise<{ rows: unknown[] }> };

/** The rows of one statement, typed by the caller (column aliases are quoted where case matters). */
export async function pgRows<T>(exec: PgExec, query: SQL): Promise<T[]> {
  return (await exec.execute(query)).rows as T[];
}
