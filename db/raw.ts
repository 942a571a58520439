import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { SQL } from "drizzle-orm";
import { getStore, type Db } from "./store";
import { currentWriteTx, writeTransaction } from "./write-lock";

type RawCapable = Pick<BetterSQLite3Database, "all" | "run">;

/**
 * Rows of a raw (dialect-specific) query. Runs on `on` when given (a transaction sees its own
 * writes), else inside the current write transaction, else on the reading connection.
 */
export async function rows<T>(query: SQL, on?: Db): Promise<T[]> {
  const target = (on ?? currentWriteTx() ?? getStore().reader) as unknown as RawCapable;
  return target.all<T>(query);
}

/** Run a raw statement: on `on` or the current transaction, else in a write transaction of its own. */
export async function exec(query: SQL, on?: Db): Promise<void> {
  const target = (on ?? currentWriteTx()) as unknown as RawCapable | undefined;
  if (target) {
    target.run(query);
    return;
  }
  await writeTransaction((tx) => {
    (tx as unknown as RawCapable).run(query);
  });
}
