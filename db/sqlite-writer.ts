import type Database from "better-sqlite3";
import { getStore } from "./store";

/**
 * SQLite only: the writing connection itself, for bulk paths that keep prepared statements for
 * speed (lib/occupations/bulk-insert.ts). Call it inside `writeTransaction` only, so the statements
 * run in that transaction.
 */
export function sqliteWriter(): Database.Database {
  const store = getStore();
  if (store.dialect !== "sqlite") throw new Error("sqliteWriter() is for a SQLite store");
  return store.sqlite.writer;
}
