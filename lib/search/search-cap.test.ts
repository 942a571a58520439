import { beforeAll, describe, expect, it } from "vitest";
import { generateCatalog } from "@/lib/generate/generate";
import { useEmptyDatabase } from "@/test/use-database";
import { MATCH_SAMPLE } from "./limits";
import { searchOccupations } from "./search";

const COUNT = 1_300;

describe("searching more matches than are counted", () => {
  beforeAll(async () => {
    useEmptyDatabase();
    await generateCatalog({ count: COUNT, seed: 5 });
  }, 120_000); // 1,300 profiles: seconds on SQLite, longer on PostgreSQL on a busy machine

  it("caps the total and facets of a common word, and says so", async () => {
    const res = await searchOccupations({ q: "a" });
    expect(res.totalCapped).toBe(true);
    expect(res.total).toBe(MATCH_SAMPLE);
    expect(res.facets.major.reduce((n, f) => n + f.count, 0)).toBe(MATCH_SAMPLE);
    expect(res.results).toHaveLength(20);
  });

  it("pages a capped query without repeats", async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 4; page++) {
      for (const r of (await searchOccupations({ q: "a", page })).results) {
        expect(seen.has(r.slug)).toBe(false);
        seen.add(r.slug);
      }
    }
    expect(seen.size).toBe(80);
  });

  it("narrows a capped query by tier", async () => {
    const all = await searchOccupations({ q: "a" });
    const major = all.facets.major[0].name;
    const narrowed = await searchOccupations({ q: "a", major });
    expect(narrowed.total).toBeGreaterThanOrEqual(all.facets.major[0].count);
    expect(narrowed.total).toBeLessThanOrEqual(MATCH_SAMPLE);
    expect(narrowed.results.length).toBeGreaterThan(0);
    expect(narrowed.results.every((r) => r.classification.major === major)).toBe(true);
  });

  it("counts exactly under the cap and for the empty query", async () => {
    const empty = await searchOccupations({ q: "" });
    expect(empty).toMatchObject({ total: COUNT, totalCapped: false });
    const few = await searchOccupations({ q: empty.results[0].name });
    expect(few.totalCapped).toBe(false);
    expect(few.total).toBeLessThan(MATCH_SAMPLE);
    expect(few.facets.major.reduce((n, f) => n + f.count, 0)).toBe(few.total);
    expect(few.results[0].slug).toBe(empty.results[0].slug);
  });
});
