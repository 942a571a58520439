import { describe, expect, it } from "vitest";
import { profileContent } from "@/lib/occupations/schema";
import { syntheticCatalog } from "./synthetic";

describe("synthetic catalog", () => {
  it("gives the same catalog for the same seed, in any order, and another for another seed", () => {
    const a = syntheticCatalog(500, 42);
    const b = syntheticCatalog(500, 42);
    const forward = Array.from({ length: 500 }, (_, i) => a.profile(i));
    const backward = Array.from({ length: 500 }, (_, i) => b.profile(499 - i)).reverse();
    expect(backward).toEqual(forward);
    expect(syntheticCatalog(500, 43).profile(0)).not.toEqual(forward[0]);
  });

  it("makes profiles that pass the import schema unchanged, with unique slugs", () => {
    const c = syntheticCatalog(2_000, 7);
    const slugs = new Set<string>();
    for (let i = 0; i < c.count; i++) {
      const p = c.profile(i);
      const parsed = profileContent.safeParse(p.content);
      expect(parsed.success, parsed.success ? "" : `${p.slug}: ${parsed.error.message}`).toBe(true);
      expect(parsed.data).toEqual(p.content);
      expect(p.content.aliases.length).toBeGreaterThanOrEqual(3);
      expect(p.content.aptitudes.strengths.length).toBeGreaterThan(0);
      slugs.add(p.slug);
    }
    expect(slugs.size).toBe(c.count);
  });

  it("spreads tiers like a real classification", () => {
    const c = syntheticCatalog(10, 1);
    const majors = new Set(c.tiers.map((t) => t.major));
    const middles = new Set(c.tiers.map((t) => `${t.major}/${t.middle}`));
    expect(majors.size).toBe(20);
    expect(middles.size).toBeGreaterThan(70);
    expect(c.tiers.length).toBeGreaterThan(300);
  });
});
