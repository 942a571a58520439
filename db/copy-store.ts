/**
 * Copy every table of one store into another, empty one (SQLite ↔ PostgreSQL), in one transaction
 * on the target: all or nothing, row counts checked before the commit. Tables are taken from the
 * two schema descriptions (the same names on both, db/schema-parity.test.ts), parents before
 * children. Derived search tables are not copied: the caller rebuilds them on the target.
 */
import Database from "better-sqlite3";
import { getTableName, is, sql, type Table } from "drizzle-orm";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { migrate as sqliteMigrate } from "drizzle-orm/better-sqlite3/migrator";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseDialect, databasePath } from "@/lib/env";
import { registerQualityFunctions } from "@/lib/quality/likely-same";
import { migratePostgres, openPostgres } from "./postgres";
import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema-sqlite";

const SQLITE_MIGRATIONS = path.resolve(process.cwd(), "drizzle/sqlite");
const CHUNK = 500;

type Row = Record<string, unknown>;
type Tx = { insert(table: string, rows: Row[]): Promise<void>; count(table: string): Promise<number> };

/** One side of a copy: the same table names, read and written through that store's Drizzle. */
export type CopyEnd = {
  dialect: "sqlite" | "pg";
  count(table: string): Promise<number>;
  /** Every table, read in one transaction (one consistent snapshot while the source serves). */
  readAll(): Promise<Map<string, Row[]>>;
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction(fn: (tx: Tx) => Promise<void>): Promise<void>;
  /** Deletes every row of every table (children first). */
  clear(): Promise<void>;
  close(): Promise<void>;
};

function tablesOf(schema: Record<string, unknown>, kind: typeof SQLiteTable | typeof PgTable) {
  return new Map(
    Object.values(schema)
      .filter((v): v is Table => is(v, kind))
      .map((t) => [getTableName(t), t]),
  );
}

/** Parents before children (by foreign keys); ties in name order, so every run copies alike. */
export function copyOrder(): string[] {
  const deps = new Map<string, Set<string>>();
  for (const table of tablesOf(sqliteSchema, SQLiteTable).values()) {
    const config = sqliteConfig(table as SQLiteTable);
    const parents = config.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable)).filter((p) => p !== config.name);
    deps.set(config.name, new Set(parents));
  }
  const order: string[] = [];
  while (deps.size) {
    const ready = [...deps].filter(([, parents]) => [...parents].every((p) => order.includes(p))).map(([name]) => name);
    if (!ready.length) throw new Error(`foreign keys form a cycle among ${[...deps.keys()].join(", ")}`);
    for (const name of ready.sort()) {
      order.push(name);
      deps.delete(name);
    }
  }
  return order;
}

/** Rows in an order their own foreign keys accept: a tier's parent before the tier. */
function orderRows(table: string, rows: Row[]): Row[] {
  if (table !== "classifications") return rows;
  return [...rows].sort((a, b) => Number(a.level) - Number(b.level) || Number(a.id) - Number(b.id));
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function openSqliteEnd(url: string): CopyEnd {
  const file = databasePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 10000");
  registerQualityFunctions(client); // migrations call likely_same(), as in db/index.ts
  const db = sqliteDrizzle(client);
  sqliteMigrate(db, { migrationsFolder: SQLITE_MIGRATIONS });
  const tables = tablesOf(sqliteSchema, SQLiteTable) as Map<string, SQLiteTable>;
  const table = (name: string) =>
    tables.get(name) ??
    (() => {
      throw new Error(`no table ${name}`);
    })();
  const count = async (name: string) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(table(name))
      .get()!.n;
  return {
    dialect: "sqlite",
    count,
    async readAll() {
      client.exec("BEGIN");
      try {
        return new Map(copyOrder().map((name) => [name, orderRows(name, db.select().from(table(name)).all())]));
      } finally {
        client.exec("COMMIT");
      }
    },
    async transaction(fn) {
      client.exec("BEGIN IMMEDIATE");
      try {
        await fn({
          count,
          insert: async (name, rows) => {
            for (const part of chunks(rows)) db.insert(table(name)).values(part).run();
          },
        });
        client.exec("COMMIT");
      } catch (e) {
        if (client.inTransaction) client.exec("ROLLBACK");
        throw e;
      }
    },
    async clear() {
      for (const name of copyOrder().reverse()) db.delete(table(name)).run();
    },
    close: async () => void client.close(),
  };
}

async function openPgEnd(url: string): Promise<CopyEnd> {
  const db = openPostgres(url, 2);
  try {
    await migratePostgres(db);
  } catch (e) {
    await db.$client.end();
    throw e;
  }
  const tables = tablesOf(pgSchema, PgTable) as Map<string, PgTable>;
  const table = (name: string) =>
    tables.get(name) ??
    (() => {
      throw new Error(`no table ${name}`);
    })();
  const count = async (name: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(table(name)))[0].n;
  return {
    dialect: "pg",
    count,
    async readAll() {
      const all = new Map<string, Row[]>();
      await db.transaction(
        async (tx) => {
          for (const name of copyOrder()) all.set(name, orderRows(name, await tx.select().from(table(name))));
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
      return all;
    },
    async transaction(fn) {
      await db.transaction(async (tx) => {
        // Nobody else writes the target while we fill it (and an instance started on it waits).
        await tx.execute(
          sql.raw(
            `lock table ${copyOrder()
              .map((n) => `"${n}"`)
              .join(", ")} in exclusive mode`,
          ),
        );
        await fn({
          count: async (name) => (await tx.select({ n: sql<number>`count(*)::int` }).from(table(name)))[0].n,
          insert: async (name, rows) => {
            for (const part of chunks(rows)) await tx.insert(table(name)).values(part);
            // Rows came with their ids: move each identity sequence past them.
            const config = pgConfig(table(name));
            for (const column of config.columns.filter((c) => c.generatedIdentity)) {
              await tx.execute(
                sql.raw(
                  `select setval(pg_get_serial_sequence('"${name}"', '${column.name}'), coalesce(max("${column.name}"), 0) + 1, false) from "${name}"`,
                ),
              );
            }
          },
        });
      });
    },
    async clear() {
      await db.execute(
        sql.raw(
          `truncate ${copyOrder()
            .map((n) => `"${n}"`)
            .join(", ")} restart identity`,
        ),
      );
    },
    close: () => db.$client.end(),
  };
}

export async function openCopyEnd(url: string): Promise<CopyEnd> {
  return databaseDialect(url) === "pg" ? openPgEnd(url) : openSqliteEnd(url);
}

export class TargetNotEmptyError extends Error {}

/** Copy every row from `source` to the empty `target`; returns the rows copied per table. */
export async function copyStore(source: CopyEnd, target: CopyEnd): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  const all = await source.readAll();
  await target.transaction(async (tx) => {
    for (const name of copyOrder()) {
      const existing = await tx.count(name);
      if (existing > 0)
        throw new TargetNotEmptyError(`the target is not empty (${name} has ${existing} rows); copy-store only fills an empty store`);
    }
    for (const name of copyOrder()) {
      const rows = all.get(name) ?? [];
      await tx.insert(name, rows);
      const written = await tx.count(name);
      if (written !== rows.length) throw new Error(`${name}: copied ${rows.length} rows but the target holds ${written}`);
      copied[name] = rows.length;
    }
  });
  return copied;
}
