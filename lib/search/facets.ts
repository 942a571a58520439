import { pathMatches, type TierFilter, type TierPath } from "./tiers";

export type FacetCount = { name: string; count: number };
export type Facets = { major: FacetCount[]; middle: FacetCount[]; minor: FacetCount[] };

/** Matches per Minor tier, from one row per match. */
export function tallyMinors(rows: { minorId: number }[]) {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r.minorId, (m.get(r.minorId) ?? 0) + 1);
  return [...m].map(([minorId, n]) => ({ minorId, n }));
}

/** Facet counts per tier: each level counts within the levels chosen above it. */
export function facetCounts(counts: { minorId: number; n: number }[], paths: Map<number, TierPath>, filter: TierFilter): Facets {
  const tally = (level: keyof TierPath, under: (keyof TierPath)[]) => {
    const m = new Map<string, number>();
    for (const c of counts) {
      const p = paths.get(c.minorId);
      if (p && pathMatches(p, filter, under)) m.set(p[level], (m.get(p[level]) ?? 0) + c.n);
    }
    return [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  return { major: tally("major", []), middle: tally("middle", ["major"]), minor: tally("minor", ["major", "middle"]) };
}
