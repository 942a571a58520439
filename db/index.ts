import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { registerQualityFunctions } from "@/lib/quality/likely-same";
import * as schema from "./schema";
import { withStatementCache } from "./statement-cache";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle/sqlite");

/** Pragmas for a web server on one file: WAL, relaxed fsync (safe with WAL), waiting on locks. */
export function applyPragmas(sqlite: Database.Database) {
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 268435456");
  sqlite.pragma("temp_store = MEMORY");
}

export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  applyPragmas(sqlite);
  registerQualityFunctions(sqlite);
  const db = drizzle(withStatementCache(sqlite), { schema }) as Db;
  db.$client = sqlite;
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

const globalForDb = globalThis as unknown as { catalogDb?: Db };

/** The one connection, opened (and migrated) on first use. */
export function getDb(): Db {
  globalForDb.catalogDb ??= openDatabase(env.databasePath);
  return globalForDb.catalogDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getDb() as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

type TxOf<D> = D extends { transaction: (fn: (tx: infer T) => unknown, ...rest: never[]) => unknown } ? T : never;
export type WriteTx = TxOf<Db>;

/**
 * A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a second writer
 * (the CLI beside the server) waits on busy_timeout instead of failing with SQLITE_BUSY.
 */
export function writeTransaction<T>(fn: (tx: WriteTx) => T): T {
  return getDb().transaction(fn, { behavior: "immediate" });
}
