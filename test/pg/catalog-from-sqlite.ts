import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { PgExec } from "@/lib/search/pg/exec";

/** The tables search reads, parents first, copied with their ids. */
const TABLES = ["classifications", "occupations", "occupation_terms", "occupation_aptitudes", "occupation_links"];
const BATCH = 200;

/**
 * Test set-up for comparing the stores: the profile tables of a SQLite catalog copied row for row
 * (same ids) into a PostgreSQL database that has the same tables, in batches of multi-row INSERTs.
 * Not copy-store (which moves a whole catalog and verifies it): just the rows search reads.
 */
export async function copyProfileTables(sqlite: Database.Database, exec: PgExec) {
  for (const table of TABLES) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    if (!rows.length) continue;
    const cols = Object.keys(rows[0]);
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map(
        (r) =>
          sql`(${sql.join(
            cols.map((c) => sql`${r[c]}`),
            sql`, `,
          )})`,
      );
      await exec.execute(
        sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
          cols.map((c) => sql.identifier(c)),
          sql`, `,
        )}) VALUES ${sql.join(values, sql`, `)}`,
      );
    }
    if (cols.includes("id"))
      await exec.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.identifier(table)}))`);
  }
}
