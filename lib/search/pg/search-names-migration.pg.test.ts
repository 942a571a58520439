import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { migrationsBefore } from "@/db/testing/migrations-before";
import { createDatabase } from "@/db/testing/temp-postgres";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { copyProfileTables } from "@/test/pg/catalog-from-sqlite";
import { migratedPostgres, type MigratedPostgres } from "@/test/pg/search-postgres";
import { pgRows } from "./exec";
import { searchOccupationsPg } from "./search-pg";
import { suggestOccupationsPg } from "./suggest-pg";
import { ensureSearchIndexPg, rebuildSearchIndexPg } from "./sync-index-pg";

/**
 * Migration 0005 moves names, readings and Japanese runs out of search_documents into search_names.
 * A store indexed before it must search as a fresh one after it, without a reindex.
 */
const MIGRATIONS = path.resolve(process.cwd(), "drizzle/pg");
const BEFORE = "0005_search_names";

let fresh: MigratedPostgres;
let old: pg.Pool;

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../../db/demo")], "card");
  expect((await importRecords(await decodeFiles(files))).errors).toEqual([]);
  fresh = await migratedPostgres();
  await copyProfileTables(getStore().sqlite.writer, fresh.db);
  await rebuildSearchIndexPg(fresh.db);

  // The same catalog on a store at 0004, its one-table index holding what the fresh index holds.
  old = new pg.Pool({ connectionString: await createDatabase(fresh.server.adminUrl, "before_0005"), max: 2 });
  old.on("error", () => {});
  const db = drizzle(old);
  await migrate(db, { migrationsFolder: migrationsBefore(MIGRATIONS, BEFORE) });
  await copyProfileTables(getStore().sqlite.writer, db);
  const rows = await pgRows<Record<string, unknown>>(
    fresh.db,
    sql`SELECT d.occupation_id, d.body::text AS body, d.doc_length, n.names::text AS names, n.name_lines, n.reading_key, n.cjk
      FROM search_documents d JOIN search_names n USING (occupation_id)`,
  );
  expect(rows.length).toBe(46);
  await db.execute(sql`INSERT INTO search_documents (occupation_id, body, doc_length, names, name_lines, reading_key, cjk)
    SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS r(occupation_id int, body tsvector, doc_length int, names tsvector, name_lines text, reading_key text, cjk text)`);
  await db.execute(
    sql`UPDATE search_totals SET docs = t.docs, tokens = t.tokens FROM json_to_record(${JSON.stringify(
      (await pgRows(fresh.db, sql`SELECT docs, tokens FROM search_totals`))[0],
    )}::json) AS t(docs int, tokens bigint)`,
  );
}, 120_000);

afterAll(async () => {
  await old?.end();
  await fresh?.stop();
});

describe("migration 0005 (search_names)", () => {
  it("moves an indexed store's names over: it searches as a fresh store, with no reindex", async () => {
    const db = drizzle(old);
    const queries = ["secretary", "union", "kango", "ろうどう", "roudou kumiai", "看護", "労働", "se", "communication skills"];
    const before = await Promise.all(queries.map((q) => searchOccupationsPg(fresh.db, { q })));
    expect(before.filter((r) => r.total > 0).length).toBeGreaterThan(6);

    await migrate(db, { migrationsFolder: MIGRATIONS });
    const columns = await pgRows<{ column_name: string }>(
      db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_documents' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["occupation_id", "body", "doc_length"]);
    expect(await ensureSearchIndexPg(db)).toBe(false);
    for (const [i, q] of queries.entries()) {
      expect(await searchOccupationsPg(db, { q }), q).toEqual(before[i]);
      expect(await suggestOccupationsPg(db, q), q).toEqual(await suggestOccupationsPg(fresh.db, q));
    }
  });
});
