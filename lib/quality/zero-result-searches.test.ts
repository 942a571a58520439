import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rows as query } from "@/db/index";
import { useEmptyDatabase } from "@/test/use-database";
import { listZeroResultSearches, noteSearchOutcome, recordZeroResultSearch, ZERO_RESULT_RETENTION_DAYS } from "./zero-result-searches";

const rows = () => query(sql`SELECT * FROM zero_result_searches ORDER BY day, query`);

describe("zero-result searches", () => {
  it("count a normalised query per day, with nothing else stored", async () => {
    useEmptyDatabase();
    const day1 = new Date("2026-12-01T10:00:00Z");
    await recordZeroResultSearch("  Ｚｏｏ   Keeper ", day1);
    await recordZeroResultSearch("zoo keeper", day1);
    await recordZeroResultSearch("ZOO KEEPER", new Date("2026-12-02T09:00:00Z"));
    await recordZeroResultSearch("astronaut", new Date("2026-12-02T09:00:00Z"));
    await recordZeroResultSearch("   ", day1);
    expect(await rows()).toEqual([
      { day: "2026-12-01", query: "zoo keeper", count: 2 },
      { day: "2026-12-02", query: "astronaut", count: 1 },
      { day: "2026-12-02", query: "zoo keeper", count: 1 },
    ]);
    expect(Object.keys((await rows())[0] as object)).toEqual(["day", "query", "count"]);
    expect(await listZeroResultSearches(10, new Date("2026-12-03T00:00:00Z"))).toEqual([
      { query: "zoo keeper", count: 3, lastDay: "2026-12-02" },
      { query: "astronaut", count: 1, lastDay: "2026-12-02" },
    ]);
  });

  it("delete rows older than the retention period as new ones come in", async () => {
    useEmptyDatabase();
    await recordZeroResultSearch("old query", new Date("2026-08-01T00:00:00Z"));
    const later = new Date(new Date("2026-08-01T00:00:00Z").getTime() + (ZERO_RESULT_RETENTION_DAYS + 1) * 86_400_000);
    expect(await listZeroResultSearches(10, later)).toEqual([]);
    await recordZeroResultSearch("new query", later);
    expect(await rows()).toEqual([{ day: later.toISOString().slice(0, 10), query: "new query", count: 1 }]);
  });

  it("record only unfiltered first-page searches that found nothing", async () => {
    useEmptyDatabase();
    await noteSearchOutcome({ q: "found", page: 1 }, 3);
    await noteSearchOutcome({ q: "filtered", major: "Services" }, 0);
    await noteSearchOutcome({ q: "second page", page: 2 }, 0);
    await noteSearchOutcome({ q: "" }, 0);
    await noteSearchOutcome({ q: "nothing here" }, 0);
    expect(await rows()).toMatchObject([{ query: "nothing here", count: 1 }]);
  });
});
