/**
 * db/schema.ts (SQLite) and db/schema-pg.ts (PostgreSQL) describe the same store: the same tables,
 * columns (SQL name, JS meaning, nullability, defaults, keys), indexes (name, columns, uniqueness,
 * partial condition) and foreign keys. The shared code reads both through the same names, so any
 * drift is a bug on one store only; this test makes it a failure on both.
 */
import { is, SQL } from "drizzle-orm";
import { type AnyPgColumn, getTableConfig as pgConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { type AnySQLiteColumn, getTableConfig as sqliteConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pgSchema from "./schema-pg";
import * as chosenSchema from "./schema";
import * as sqliteSchema from "./schema-sqlite";

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

function defaultOf(column: AnySQLiteColumn | AnyPgColumn) {
  if (column.default === undefined) return undefined;
  // SQL defaults (the current time) are written per dialect; only their presence must match.
  return is(column.default, SQL) ? "<sql>" : column.default;
}

function describeColumn(column: AnySQLiteColumn | AnyPgColumn, autoIncrement: boolean) {
  return {
    name: column.name,
    meaning: column.dataType, // "number" | "string" | "boolean" | …: what the shared code reads
    notNull: column.notNull,
    primary: column.primary,
    autoIncrement,
    default: defaultOf(column),
    unique: column.isUnique ? (column.uniqueName ?? true) : false,
    enumValues: column.enumValues ?? null,
  };
}

type Described = ReturnType<typeof describeTables>;

function describeTables(configs: Array<ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>>, render: (where: SQL) => string) {
  const tables: Record<string, unknown> = {};
  for (const config of configs) {
    tables[config.name] = {
      columns: config.columns
        .map((column) =>
          describeColumn(
            column,
            "autoIncrement" in column ? Boolean(column.autoIncrement) : Boolean((column as AnyPgColumn).generatedIdentity),
          ),
        )
        .sort((a, b) => a.name.localeCompare(b.name)),
      primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
      indexes: config.indexes
        .map(({ config: index }) => ({
          name: index.name ?? "<unnamed>",
          columns: index.columns.map((c) => ("name" in c ? c.name : "<expression>")),
          unique: index.unique,
          where: index.where ? render(index.where) : null,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: config.foreignKeys
        .map((fk) => {
          const ref = fk.reference();
          return {
            columns: ref.columns.map((c) => c.name),
            references: `${getName(ref.foreignTable)}(${ref.foreignColumns.map((c) => c.name).join(",")})`,
            onDelete: fk.onDelete ?? "no action",
          };
        })
        .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    };
  }
  return tables;
}

function getName(table: SQLiteTable | PgTable) {
  return is(table, SQLiteTable) ? sqliteConfig(table).name : pgConfig(table as PgTable).name;
}

export function describeSqlite(): Described {
  const configs = Object.values(sqliteSchema)
    .filter((v) => is(v, SQLiteTable))
    .map((t) => sqliteConfig(t as SQLiteTable));
  return describeTables(configs, (where) => sqliteDialect.sqlToQuery(where).sql);
}

export function describePg(): Described {
  const configs = Object.values(pgSchema)
    .filter((v) => is(v, PgTable))
    .map((t) => pgConfig(t as PgTable));
  return describeTables(configs, (where) => pgDialect.sqlToQuery(where).sql);
}

describe("SQLite and PostgreSQL schemas", () => {
  it("have the same tables", () => {
    expect(Object.keys(describePg()).sort()).toEqual(Object.keys(describeSqlite()).sort());
    expect(Object.keys(describeSqlite()).length).toBeGreaterThan(10);
  });

  it("have the same columns, keys, indexes and foreign keys, table by table", () => {
    const sqlite = describeSqlite();
    const pg = describePg();
    for (const name of Object.keys(sqlite))
      expect({ table: name, ...(pg[name] as object) }).toEqual({ table: name, ...(sqlite[name] as object) });
  });

  it("export the same names (the domain imports one set and gets the other's tables on PostgreSQL)", () => {
    expect(Object.keys(pgSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
    expect(Object.keys(chosenSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
  });
});
