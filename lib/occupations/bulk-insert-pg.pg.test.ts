import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore, writeTransaction } from "@/db/index";
import { syntheticCatalog } from "@/lib/generate/synthetic";
import { pgRows, type PgExec } from "@/lib/search/pg/exec";
import { searchOccupationsPg } from "@/lib/search/pg/search-pg";
import { migratedPostgres, type MigratedPostgres } from "@/test/pg/search-postgres";
import { tierPathPg } from "@/test/pg/tier-path-pg";
import { bulkInserter, finishBulkInsert } from "./bulk-insert";
import { bulkInserterPg, finishBulkInsertPg } from "./bulk-insert-pg";
import { profileContent } from "./schema";

const COUNT = 600;
const profiles = () => {
  const catalog = syntheticCatalog(COUNT, 7);
  return Array.from({ length: COUNT }, (_, i) => {
    const p = catalog.profile(i);
    return { slug: p.slug, content: profileContent.parse(p.content) };
  });
};

let pg: MigratedPostgres;
beforeAll(async () => {
  pg = await migratedPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

/** Counts the statements sent, to show that rows travel in batches. */
function counting(exec: PgExec) {
  const counter = {
    statements: 0,
    execute: async (q: Parameters<PgExec["execute"]>[0]) => {
      counter.statements++;
      return exec.execute(q);
    },
  };
  return counter;
}

const ROWS = {
  occupations: `SELECT slug, name, name_key, reading, reading_row, reading_not_kana, industry, summary, description, future_outlook,
    work_style, status, version, source, empty_sections FROM occupations ORDER BY slug`,
  terms: `SELECT o.slug, t.list, t.position, t.value, t.value_key FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id ORDER BY 1, 2, 3`,
  aptitudes: `SELECT o.slug, a.kind, a.position, a.item, a.reason FROM occupation_aptitudes a JOIN occupations o ON o.id = a.occupation_id ORDER BY 1, 2, 3`,
  links: `SELECT o.slug, l.list, l.position, l.name, l.name_key, t.slug AS target, l.self_link FROM occupation_links l
    JOIN occupations o ON o.id = l.occupation_id LEFT JOIN occupations t ON t.id = l.target_id ORDER BY 1, 2, 3`,
  revisions: `SELECT o.slug, r.version, r.snapshot, r.status, r.message FROM revisions r JOIN occupations o ON o.id = r.occupation_id ORDER BY 1`,
};

describe("bulk insert on PostgreSQL", () => {
  it("writes the same rows as the SQLite bulk insert, in multi-row statements, and indexes them for search", async () => {
    const all = profiles();
    await writeTransaction(async (tx) => {
      const ins = bulkInserter(tx, { message: "generated" });
      for (const p of all) await ins.add(p);
      await finishBulkInsert(tx);
    });
    const exec = counting(pg.db);
    const report = await pg.db.transaction(async (tx) => {
      const counted = counting(tx);
      const ins = await bulkInserterPg(counted, { message: "generated", minorIdOf: tierPathPg(tx) });
      for (const p of all) await ins.add(p);
      await ins.add(all[3]); // the same slug again
      await ins.flush();
      await finishBulkInsertPg(tx, ins.inserted);
      exec.statements = counted.statements;
      return ins.report;
    });
    expect(report).toEqual({ created: COUNT, existing: 1 });
    // 1 read of live names + 5 INSERTs per batch of 250 profiles (~20 rows each), not one per row.
    expect(exec.statements).toBeLessThanOrEqual(1 + 5 * Math.ceil(COUNT / 250));

    const lite = getStore().sqlite.writer;
    for (const [what, query] of Object.entries(ROWS)) {
      const a = lite.prepare(query).all();
      const b = (await pg.pool.query(query)).rows;
      expect(b.length, what).toBe(a.length);
      expect(b, what).toEqual(a);
    }
    const name = all[10].content.name;
    expect((await searchOccupationsPg(pg.db, { q: name })).results[0]?.slug).toBe(all[10].slug);
  });

  it("writes nothing when the transaction fails part way (all or nothing)", async () => {
    const before = await pgRows<{ n: number }>(pg.db, sql`SELECT count(*)::int AS n FROM occupations`);
    const fresh = syntheticCatalog(COUNT + 400, 7);
    await expect(
      pg.db.transaction(async (tx) => {
        const ins = await bulkInserterPg(tx, { minorIdOf: tierPathPg(tx), batchSize: 100 });
        for (let i = COUNT; i < COUNT + 300; i++) {
          const p = fresh.profile(i);
          await ins.add({ slug: p.slug, content: profileContent.parse(p.content) });
        }
        // A row PostgreSQL refuses (a NUL byte in text) after two batches were already sent.
        const bad = fresh.profile(COUNT + 301);
        await ins.add({ slug: bad.slug, content: { ...profileContent.parse(bad.content), summary: "bad\u0000" } });
        await ins.flush();
      }),
    ).rejects.toThrow();
    expect(await pgRows<{ n: number }>(pg.db, sql`SELECT count(*)::int AS n FROM occupations`)).toEqual(before);
  });
});
