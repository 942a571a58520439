import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { SQL } from "drizzle-orm";
import { getStore, type Db } from "./store";
import { currentWriteTx, writeTransaction } from "./write-lock";

type RawCapable = Pick<BetterSQLite3Database, "all" | "run">;
/** node-postgres Drizzle (database or transaction): `execute` gives `{ rows }`. */
type PgRawCapable = { execute(query: SQL): Promise<{ rows: unknown[] }> };

/**
 * Rows of a raw (dialect-specific) query. Runs on `on` when given (a transaction sees its own
 * writes), else inside the current write transaction, else on the reading connection.
 */
export async function rows<T>(query: SQL, on?: Db): Promise<T[]> {
  const store = getStore();
  const handle = on ?? currentWriteTx() ?? store.reader;
  if (store.dialect === "pg") return (await (handle as unknown as PgRawCapable).execute(query)).rows as T[];
  return (handle as unknown as RawCapable).all<T>(query);
}

/** Run a raw statement: on `on` or the current transaction, else in a write transaction of its own. */
export async function exec(query: SQL, on?: Db): Promise<void> {
  const target = on ?? currentWriteTx();
  const run = async (handle: Db) => {
    if (getStore().dialect === "pg") await (handle as unknown as PgRawCapable).execute(query);
    else (handle as unknown as RawCapable).run(query);
  };
  if (target) return run(target);
  await writeTransaction(run);
}
