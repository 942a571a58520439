import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { copyProfileTables } from "@/test/pg/catalog-from-sqlite";
import { migratedPostgres, type MigratedPostgres } from "@/test/pg/search-postgres";
import { pgRows } from "./exec";
import { searchOccupationsPg } from "./search-pg";
import { ensureSearchIndexPg, rebuildSearchIndexPg, syncSearchIndexPg } from "./sync-index-pg";

let pg: MigratedPostgres;
const SLUG = "labor-union-secretary-general";

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../../db/demo")], "card");
  expect((await importRecords(await decodeFiles(files))).errors).toEqual([]);
  pg = await migratedPostgres();
  await copyProfileTables(getStore().sqlite.writer, pg.db);
}, 120_000);
afterAll(async () => {
  await pg?.stop();
});

const found = async (q: string) => (await searchOccupationsPg(pg.db, { q })).results.map((r) => r.slug);
const totals = async () => (await pgRows<{ docs: number; tokens: string }>(pg.db, sql`SELECT docs, tokens FROM search_totals`))[0];
const idOf = async (slug: string) => (await pgRows<{ id: number }>(pg.db, sql`SELECT id FROM occupations WHERE slug = ${slug}`))[0].id;

describe("the PostgreSQL search index follows the rows", () => {
  it("ensureSearchIndexPg fills an empty index once, and the bm25 totals match a rebuild", async () => {
    expect(await found("secretary")).toEqual([]);
    expect(await ensureSearchIndexPg(pg.db)).toBe(true);
    expect(await ensureSearchIndexPg(pg.db)).toBe(false);
    expect(await found("secretary")).toContain(SLUG);
    const filled = await totals();
    expect(filled.docs).toBe(46);
    await rebuildSearchIndexPg(pg.db);
    expect(await totals()).toEqual(filled);
  });

  it("an unpublished, deleted or renamed profile is searched as it now is after sync", async () => {
    const id = await idOf(SLUG);
    const before = await totals();
    await pg.db.execute(sql`UPDATE occupations SET status = 'draft' WHERE id = ${id}`);
    await syncSearchIndexPg(pg.db, id);
    expect(await found("secretary general")).not.toContain(SLUG);
    expect((await totals()).docs).toBe(before.docs - 1);

    await pg.db.execute(
      sql`UPDATE occupations SET status = 'published', name = 'Union Scribe', name_key = 'union scribe' WHERE id = ${id}`,
    );
    await syncSearchIndexPg(pg.db, [id]);
    expect((await found("scribe"))[0]).toBe(SLUG);
    expect(await totals()).not.toEqual(before); // one word fewer in the name
    expect((await totals()).docs).toBe(before.docs);

    // Name-word matches are ranked by their new name: "Able clerk" before "Administrative assistant" (an alias has the word).
    await pg.db.execute(sql`UPDATE occupations SET name = 'Able clerk', name_key = 'able clerk' WHERE id = ${id}`);
    await syncSearchIndexPg(pg.db, id);
    expect((await found("clerk")).slice(0, 2)).toEqual([SLUG, "administrative-assistant"]);

    await pg.db.execute(sql`UPDATE occupations SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ${id}`);
    await syncSearchIndexPg(pg.db, id);
    expect(await found("clerk")).not.toContain(SLUG);
    expect(await ensureSearchIndexPg(pg.db)).toBe(false);
  });
});
