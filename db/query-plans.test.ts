import { beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { generateCatalog } from "@/lib/generate/generate";
import { syntheticCatalog } from "@/lib/generate/synthetic";
import { getTierTree, listOccupationsInMinor, listRecentlyUpdated } from "@/lib/classifications/browse";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { listUnresolvedLinks } from "@/lib/occupations/unresolved-links";
import { searchOccupations } from "@/lib/search/search";
import { suggestOccupations } from "@/lib/search/suggest";
import { countByReadingRow, listByReadingRow } from "@/lib/reading/reading-index";
import { fullScans, statementsOf as statementsOfRun } from "@/test/query-plan";
import { useEmptyDatabase } from "@/test/use-database";

const statementsOf = (fn: () => Promise<unknown>) => statementsOfRun(fn, () => generateCatalog({ count: 300, seed: 3 }));

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
    const plans = runs.map(
      (r) =>
        getStore()
          .sqlite.writer.prepare(`EXPLAIN QUERY PLAN ${r.sql}`)
          .all(...r.params) as { detail: string }[],
    );
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

  it("unresolved links read the target index, not every link", async () => {
    expect(fullScans(await statementsOf(() => listUnresolvedLinks({ limit: 20, offset: 40 })))).toEqual([]);
  });

  it("the gojūon index reads the partial reading index, not the table", async () => {
    for (const runs of [await statementsOf(() => countByReadingRow()), await statementsOf(() => listByReadingRow("か", 60, 0))]) {
      expect(fullScans(runs)).toEqual([]);
      const plans = runs.map(
        (r) =>
          getStore()
            .sqlite.writer.prepare(`EXPLAIN QUERY PLAN ${r.sql}`)
            .all(...r.params) as { detail: string }[],
      );
      expect(plans.flat().some((p) => p.detail.includes("occupations_published_reading"))).toBe(true);
    }
  });
});
