import { beforeAll, describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { getDb } from "@/db/index";
import { generateCatalog } from "@/lib/generate/generate";
import { syntheticCatalog } from "@/lib/generate/synthetic";
import { getTierTree, listOccupationsInMinor, listRecentlyUpdated } from "@/lib/classifications/browse";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { searchOccupations } from "@/lib/search/search";
import { suggestOccupations } from "@/lib/search/suggest";
import { countByReadingRow, listByReadingRow } from "@/lib/reading/reading-index";
import { useEmptyDatabase } from "@/test/use-database";

/** Tables that grow with the catalog: reading one of them whole must never creep into a hot query. */
const BIG = ["occupations", "occupation_terms", "occupation_links", "occupation_aptitudes", "revisions"];

type Run = { sql: string; params: unknown[] };

/** Every statement the function runs, with its parameters (on a new connection, watched from its first statement, as statements are cached). */
async function statementsOf(fn: () => Promise<unknown>): Promise<Run[]> {
  useEmptyDatabase();
  const sqlite = getDb().$client as Database.Database & { prepare: (s: string) => Database.Statement };
  const prepare = sqlite.prepare;
  const runs: Run[] = [];
  sqlite.prepare = ((source: string) => {
    const stmt = prepare.call(sqlite, source);
    for (const m of ["get", "all", "run"] as const) {
      const orig = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => {
        runs.push({ sql: source, params });
        return orig(...params);
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
  try {
    await generateCatalog({ count: 300, seed: 3 });
    runs.length = 0;
    await fn();
  } finally {
    sqlite.prepare = prepare;
  }
  return runs;
}

function fullScans(runs: Run[]): string[] {
  const sqlite = getDb().$client;
  const bad: string[] = [];
  for (const r of runs) {
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[];
    for (const { detail } of plan) {
      const m = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(detail);
      if (m && BIG.includes(m[1]) && !/USING (COVERING )?INDEX/.test(m[2])) bad.push(`${detail}  ←  ${r.sql}`);
    }
  }
  return bad;
}

describe("query plans of the hot reads", () => {
  const slug = syntheticCatalog(300, 3).profile(5).slug;
  let minorId = 0;
  beforeAll(async () => {
    useEmptyDatabase();
    await generateCatalog({ count: 300, seed: 3 });
    minorId = (await getTierTree())[0].children[0].children[0].id;
  });

  it("profile by slug: an index lookup, in a fixed number of queries (slug → id, then 4)", async () => {
    const runs = await statementsOf(() => getPublishedOccupation(slug));
    expect(runs).toHaveLength(5);
    expect(fullScans(runs)).toEqual([]);
  });

  it("tier counts read the partial index of published rows, not the table", async () => {
    const runs = await statementsOf(() => getTierTree());
    expect(fullScans(runs)).toEqual([]);
    const plans = runs.map((r) => getDb().$client.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]);
    expect(plans.flat().some((p) => p.detail.includes("occupations_published_minor"))).toBe(true);
  });

  it("tier listing and recently updated", async () => {
    expect(fullScans(await statementsOf(() => listOccupationsInMinor(minorId)))).toEqual([]);
    expect(fullScans(await statementsOf(() => listRecentlyUpdated(8)))).toEqual([]);
  });

  it("search and suggest", async () => {
    for (const q of ["analyst", "marine data", "ろうどう", "se", "", "労働組合", "看護 nurse"]) {
      expect(fullScans(await statementsOf(() => searchOccupations({ q }))), `search "${q}"`).toEqual([]);
    }
    for (const q of ["ana", "ma", "か"]) {
      expect(fullScans(await statementsOf(() => suggestOccupations(q))), `suggest "${q}"`).toEqual([]);
    }
  });

  it("the gojūon index reads the partial reading index, not the table", async () => {
    for (const runs of [await statementsOf(() => countByReadingRow()), await statementsOf(() => listByReadingRow("か", 60, 0))]) {
      expect(fullScans(runs)).toEqual([]);
      const plans = runs.map((r) => getDb().$client.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]);
      expect(plans.flat().some((p) => p.detail.includes("occupations_published_reading"))).toBe(true);
    }
  });
});
