import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { generateCatalog } from "@/lib/generate/generate";
import { copyProfileTables } from "@/test/pg/catalog-from-sqlite";
import { migratedPostgres, type MigratedPostgres } from "@/test/pg/search-postgres";
import { loadAnalyser } from "../kanji-analyser";
import { MATCH_SAMPLE } from "../limits";
import type { SearchPlan } from "../query";
import { searchOccupations } from "../search";
import { planQuery } from "../kanji-reading";
import { suggestOccupations } from "../suggest";
import { rebuildSearchIndex } from "../sync-index";
import { pgRows, type PgExec } from "./exec";
import { lowestRows, planWalks, walkLength } from "./lowest-pg";
import { docsQuery, pgMatches, type SearchTable } from "./match-pg";
import { searchOccupationsPg } from "./search-pg";
import { suggestOccupationsPg } from "./suggest-pg";
import { rebuildSearchIndexPg, syncSearchIndexPg } from "./sync-index-pg";

/**
 * Common words on a catalog big enough that PostgreSQL samples them by walking the primary key
 * (lowest-pg.ts): the answers must stay SQLite's, and a walk cut short must still give the lowest ids.
 */
const COUNT = 12_000;
let pg: MigratedPostgres;

beforeAll(async () => {
  await generateCatalog({ count: COUNT, seed: 3 });
  await loadAnalyser();
  pg = await migratedPostgres();
  await copyProfileTables(getStore().sqlite.writer, pg.db);
  expect(await rebuildSearchIndexPg(pg.db)).toBeGreaterThan(COUNT * 0.9);
  await pg.db.execute(sql`ANALYZE`);
}, 240_000);

afterAll(async () => {
  await pg?.stop();
});

const dialect = new PgDialect();

/** pg.db, counting the statements that walk and the most statements in flight at once. */
function counting() {
  const seen = { walks: 0, now: 0, most: 0 };
  const exec: PgExec = {
    execute: async (q: SQL) => {
      if (/WITH head AS MATERIALIZED/.test(dialect.sqlToQuery(q).sql)) seen.walks++;
      seen.most = Math.max(seen.most, ++seen.now);
      try {
        return await pg.db.execute(q);
      } finally {
        seen.now--;
      }
    },
  };
  return { exec, seen };
}

describe("sampling common words on PostgreSQL", () => {
  it.each(["a", "management", "skills", "communication skills", "data", "se", "engineer"])(
    "%s: the same page, capped total and facets as SQLite",
    async (q) => {
      const { exec } = counting();
      const [lite, post] = [await searchOccupations({ q }), await searchOccupationsPg(exec, { q })];
      const slugs = (r: typeof lite) => r.results.map((x) => x.slug);
      expect(slugs(post)).toEqual(slugs(lite));
      expect({ total: post.total, capped: post.totalCapped, facets: post.facets }).toEqual({
        total: lite.total,
        capped: lite.totalCapped,
        facets: lite.facets,
      });
      const major = lite.facets.major[0]?.name;
      if (major)
        expect(slugs(await searchOccupationsPg(exec, { q, major, page: 2 }))).toEqual(
          slugs(await searchOccupations({ q, major, page: 2 })),
        );
      // Under one Minor the matches are not capped: every body match is ranked, not the sample.
      const minor = lite.facets.minor[0]?.name;
      if (minor) {
        const [a, b] = [await searchOccupations({ q, minor }), await searchOccupationsPg(exec, { q, minor })];
        expect({ slugs: slugs(b), total: b.total, capped: b.totalCapped }).toEqual({
          slugs: slugs(a),
          total: a.total,
          capped: a.totalCapped,
        });
      }
      expect(await suggestOccupationsPg(exec, q)).toEqual(await suggestOccupations(q));
    },
  );

  it("walks for a word in most profiles, not for a rare one", async () => {
    const common = counting();
    expect((await searchOccupationsPg(common.exec, { q: "a" })).totalCapped).toBe(true);
    expect(common.seen.walks).toBeGreaterThan(0);
    const rare = counting();
    await searchOccupationsPg(rare.exec, { q: "survey auditor" });
    expect(rare.seen.walks).toBe(0);
  });

  it("expects a one-word substring match to hold at least the word's prefix matches in names", async () => {
    // pg_trgm estimates some substrings at a row or two ("operator": 1 here; '%engineer%': 10 rows
    // for 2,500 at 100,000), so typeahead would read every match from the index instead of walking.
    for (const word of ["operator", "auditor", "officer"]) {
      const plan = await planQuery(word);
      const walkFor = await planWalks(pg.db, plan, pgMatches(plan));
      expect(walkFor.expected("grams"), word).toBeGreaterThanOrEqual(walkFor.expected("names")!);
    }
  });

  it("ranks page 1 of a common word while the first statement runs, and a rare word after it", async () => {
    const common = counting();
    await searchOccupationsPg(common.exec, { q: "skills" });
    expect(common.seen.most).toBeGreaterThanOrEqual(3);
    const rare = counting();
    await searchOccupationsPg(rare.exec, { q: "survey auditor" });
    expect(rare.seen.most).toBe(1);
  });

  it("gives the lowest ids however short the walk", async () => {
    const conditions: [SearchTable, SQL][] = [
      ["search_documents", sql`d.body @@ ${docsQuery({ words: ["skills"] } as SearchPlan)}`],
      ["search_documents", sql`d.body @@ ${docsQuery({ words: ["communication", "skills"] } as SearchPlan)}`],
      ["search_names", sql`d.name_lines LIKE ${"%an%"}`],
    ];
    for (const [table, cond] of conditions) {
      for (const limit of [1, 40, MATCH_SAMPLE + 1]) {
        // After an id, as the body sample goes on from the rows the count sample read.
        for (const after of [undefined, 777, COUNT - 30]) {
          const exact = (
            await pgRows<{ id: number }>(
              pg.db,
              sql`SELECT d.occupation_id AS id FROM ${sql.identifier(table)} d WHERE ${cond} AND d.occupation_id > ${after ?? 0}
                ORDER BY 1 LIMIT ${limit}`,
            )
          ).map((r) => r.id);
          if (after !== COUNT - 30) expect(exact.length).toBe(limit);
          for (const walk of [undefined, 1, 7, limit, 3 * limit, COUNT * 2])
            for (const computed of [false, true]) {
              const select = computed ? sql`d.occupation_id AS id, length(d.occupation_id::text) AS n` : sql`d.occupation_id AS id`;
              const ids = (await pgRows<{ id: number }>(pg.db, lowestRows(table, select, cond, limit, walk, { after, computed }))).map(
                (r) => r.id,
              );
              expect(
                [...ids].sort((a, b) => a - b),
                `walk ${walk}, limit ${limit}, after ${after}, computed ${computed}`,
              ).toEqual(exact);
            }
        }
      }
    }
  });
});

describe("a common word that became rare", () => {
  it("is ranked as SQLite ranks it while the planner's estimate still says common", async () => {
    const q = "skills";
    // The estimate of "skills" (a quarter of the catalog) is cached for minutes.
    expect((await searchOccupationsPg(pg.db, { q })).totalCapped).toBe(true);
    const ids = (
      await pgRows<{ id: number }>(
        pg.db,
        sql`SELECT d.occupation_id AS id FROM search_documents d WHERE d.body @@ ${docsQuery({ words: [q] } as SearchPlan)}
          ORDER BY 1 OFFSET 500`,
      )
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(MATCH_SAMPLE);
    // Most of its profiles go back to draft on both stores.
    getStore()
      .sqlite.writer.prepare(`UPDATE occupations SET status = 'draft' WHERE id IN (SELECT value FROM json_each(?))`)
      .run(JSON.stringify(ids));
    await rebuildSearchIndex();
    await pg.db.execute(sql`UPDATE occupations SET status = 'draft' WHERE id = ANY(${sql.param(ids)}::int[])`);
    await syncSearchIndexPg(pg.db, ids);
    const [lite, post] = [await searchOccupations({ q }), await searchOccupationsPg(pg.db, { q })];
    expect(lite.totalCapped).toBe(false);
    expect({ slugs: post.results.map((r) => r.slug), total: post.total, capped: post.totalCapped }).toEqual({
      slugs: lite.results.map((r) => r.slug),
      total: lite.total,
      capped: lite.totalCapped,
    });
  });
});

describe("walkLength", () => {
  it("walks twice the rows expected for a common match, and not for a rare one or past half the rows", () => {
    expect(walkLength(50_000, 100_000, 1_000)).toBe(4_000);
    expect(walkLength(2_000, 100_000, 1_000)).toBeUndefined();
    expect(walkLength(8_000, 100_000, 5_000)).toBeUndefined();
    expect(walkLength(0, 100_000, 10)).toBeUndefined();
  });
});
