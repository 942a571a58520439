import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { registerQualityFunctions } from "@/lib/quality/likely-same";
import { getPostgres } from "./postgres-store";
import type { PgDatabase } from "./postgres";
import * as schema from "./schema-sqlite";
import { withStatementCache } from "./statement-cache";
import { statementLogger } from "./statement-count";

type SqliteDrizzle = BetterSQLite3Database<typeof schema>;

/**
 * The one store type domain code sees: Drizzle's query builders, awaited. Both dialects run the
 * same builder calls (the PostgreSQL store is a node-postgres Drizzle database over a schema with
 * the same table and column names), so the driver's synchronous `.get()/.all()/.run()`, `$client`
 * and raw `run/all` are left out; raw SQL goes through `rows` / `exec` (db/raw.ts).
 */
export type Db = Pick<SqliteDrizzle, "select" | "selectDistinct" | "insert" | "update" | "delete" | "$count" | "$with" | "with" | "query">;

/** The handle inside `writeTransaction`: the same surface, on the writing connection. */
export type WriteTx = Db;

export type Dialect = "sqlite" | "pg";

/** Which SQL the store speaks, for the few dialect-specific queries (`dialect === "pg" ? … : …`). */
export const dialect: Dialect = env.databaseDialect;

/** An open store: reads on one connection, writes (serialised by db/write-lock.ts) on another. */
export type Store = {
  dialect: Dialect;
  reader: Db;
  writer: Db;
  /** SQLite only: the raw connections, for the few SQLite-specific paths in db/ (backup, bulk insert). Throws on PostgreSQL. */
  sqlite: { reader: Database.Database; writer: Database.Database };
  /** PostgreSQL only: the Drizzle database over the pool (transactions, raw SQL). Throws on SQLite. */
  pg: PgDatabase;
  close(): void | Promise<void>;
};

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle/sqlite");

/** Pragmas for a web server on one file: WAL, relaxed fsync (safe with WAL), waiting on locks. */
export function applyPragmas(sqlite: Database.Database, opts: { readonly?: boolean } = {}) {
  if (!opts.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  // Each connection's page cache and memory map count in the server's RSS (SQLITE_CACHE_MB,
  // SQLITE_MMAP_MB): up to 2 × (64 + 256) MB by default, the largest part of a busy server's.
  sqlite.pragma(`cache_size = ${-env.sqliteCacheKib}`);
  sqlite.pragma(`mmap_size = ${env.sqliteMmapBytes}`);
  sqlite.pragma("temp_store = MEMORY");
}

function connect(sqlite: Database.Database, readonly: boolean): SqliteDrizzle {
  applyPragmas(sqlite, { readonly });
  registerQualityFunctions(sqlite);
  return drizzle(withStatementCache(sqlite), { schema, logger: statementLogger });
}

/**
 * Open (and migrate) a SQLite catalog. Writes go through the writer connection; reads use a
 * separate read-only connection, which in WAL mode sees committed data only, so one request never
 * reads another request's half-done transaction. `:memory:` has no second connection to share the
 * data with, so there both are the same.
 */
export function openDatabase(file: string): Store {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const writerClient = new Database(file);
  const writer = connect(writerClient, false);
  migrate(writer, { migrationsFolder: MIGRATIONS_FOLDER });
  const readerClient = file === ":memory:" ? writerClient : new Database(file, { readonly: true, fileMustExist: true });
  const reader = readerClient === writerClient ? writer : connect(readerClient, true);
  return {
    dialect: "sqlite",
    reader,
    writer,
    sqlite: { reader: readerClient, writer: writerClient },
    get pg(): PgDatabase {
      throw new Error("this store is SQLite");
    },
    close() {
      if (readerClient !== writerClient) readerClient.close();
      writerClient.close();
    },
  };
}

const globalForDb = globalThis as unknown as { catalogDb?: Store };

/**
 * A PostgreSQL store over one pool: reads and writes share it (each transaction holds its own
 * connection). The tables are db/schema-pg.ts (db/schema.ts hands those to the domain). Opening is
 * synchronous and connects lazily; migrations run at start-up (preparePostgres in npm start, the CLI
 * and the server's instrumentation), not here.
 */
export function openPostgresStore(pg: PgDatabase): Store {
  const db = pg as unknown as Db;
  return {
    dialect: "pg",
    reader: db,
    writer: db,
    get sqlite(): Store["sqlite"] {
      throw new Error("this store is PostgreSQL: no SQLite connection");
    },
    pg,
    close: () => pg.$client.end(),
  };
}

/** The process's store, opened (and, for SQLite, migrated) on first use. */
export function getStore(): Store {
  globalForDb.catalogDb ??= dialect === "pg" ? openPostgresStore(getPostgres()) : openDatabase(env.databasePath);
  return globalForDb.catalogDb;
}

/** The reading connection (committed data only). */
export function getDb(): Db {
  return getStore().reader;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getStore().reader as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
