export { applyPragmas, db, dialect, getDb, getStore, MIGRATIONS_FOLDER, openDatabase, openPostgresStore } from "./store";
export type { Db, Dialect, Store, WriteTx } from "./store";
export { currentWriteTx, writeTransaction } from "./write-lock";
export { exec, rows } from "./raw";
export { sqliteWriter } from "./sqlite-writer";
