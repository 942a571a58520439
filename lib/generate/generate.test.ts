import { describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { listExportProfiles } from "@/lib/interchange/export";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { searchOccupations } from "@/lib/search/search";
import { useEmptyDatabase } from "@/test/use-database";
import { generateCatalog } from "./generate";
import { syntheticCatalog } from "./synthetic";

describe("generate", () => {
  it("writes the same catalog for the same seed, links resolved and searchable, and keeps existing slugs", async () => {
    const first = await generateCatalog({ count: 300, seed: 5 });
    expect(first).toMatchObject({ created: 300, existing: 0 });
    const exportA = await listExportProfiles({ all: true });
    const again = await generateCatalog({ count: 300, seed: 5 });
    expect(again).toMatchObject({ created: 0, existing: 300 });

    useEmptyDatabase();
    await generateCatalog({ count: 300, seed: 5 });
    const exportB = await listExportProfiles({ all: true });
    const strip = (ps: typeof exportA) => ps.map(({ updatedAt: _u, ...p }) => p);
    expect(strip(exportB)).toEqual(strip(exportA));

    const p = syntheticCatalog(300, 5).profile(10);
    const read = (await getPublishedOccupation(p.slug))!.profile;
    expect(read.name).toBe(p.content.name);
    // Every related job names another generated profile, so every one resolves.
    expect(read.relatedJobs.every((r) => r.slug !== null)).toBe(true);
    expect((await searchOccupations({ q: p.content.name })).results[0]?.slug).toBe(p.slug);
    // SQLite sets the secondary indexes aside for the load: they must be back.
    if (getStore().dialect === "sqlite") {
      const indexes = getStore()
        .sqlite.writer.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'occupation_links_target'")
        .pluck()
        .get();
      expect(indexes).toBe(1);
    }
  });
});
