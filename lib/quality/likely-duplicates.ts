import "server-only";
import { asc, inArray, isNull } from "drizzle-orm";
import { distance } from "fastest-levenshtein";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";
import { QUALITY_LIST_LIMIT } from "./quality-lists";

/** How many following names (in name order) each name is compared with. */
export const DUPLICATE_WINDOW = 4;

export type DuplicatePair = {
  a: { id: number; name: string; slug: string };
  b: { id: number; name: string; slug: string };
  distance: number;
};

/**
 * Two name keys are likely the same occupation when at most one edit in eight characters tells
 * them apart ("labor union chairperson" / "labour union chairperson"). Names that differ only in
 * their numbers ("Welder 2" / "Welder 3") are numbered variants, not duplicates.
 */
export function likelySame(a: string, b: string): number | undefined {
  const allowed = Math.floor(Math.max(a.length, b.length) / 8);
  if (Math.abs(a.length - b.length) > allowed) return undefined;
  const d = distance(a, b);
  if (d > allowed) return undefined;
  if (d > 0 && a.replace(/\d+/g, "#") === b.replace(/\d+/g, "#")) return undefined;
  return d;
}

/**
 * Likely duplicates among live profiles, by the sorted-neighbourhood method: the name keys are read
 * in index order (a covering scan of occupations_name_key) and each is compared with the next few,
 * so the work grows with the catalog, not with its square. Names that differ in their first
 * letters are not caught; exact and near-exact names, the usual duplicates, are.
 */
export async function listLikelyDuplicates(limit = QUALITY_LIST_LIMIT): Promise<{ count: number; pairs: DuplicatePair[] }> {
  // Two covering index scans (name keys in order; live ids from a partial index) instead of one
  // scan of the table: reading 100k rows for their deleted_at costs more than both.
  const [all, liveIds] = await Promise.all([
    db.select({ id: occupations.id, key: occupations.nameKey }).from(occupations).orderBy(asc(occupations.nameKey)),
    db.select({ id: occupations.id }).from(occupations).where(isNull(occupations.deletedAt)),
  ]);
  const alive = new Set(liveIds.map((r) => r.id));
  const keys = all.filter((k) => alive.has(k.id));
  const found: { a: number; b: number; distance: number }[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j <= i + DUPLICATE_WINDOW && j < keys.length; j++) {
      const d = likelySame(keys[i].key, keys[j].key);
      if (d !== undefined) found.push({ a: keys[i].id, b: keys[j].id, distance: d });
    }
  }
  const top = found.sort((x, y) => x.distance - y.distance).slice(0, limit);
  const ids = [...new Set(top.flatMap((p) => [p.a, p.b]))];
  const rows = new Map<number, { id: number; name: string; slug: string }>();
  if (ids.length)
    for (const r of await db
      .select({ id: occupations.id, name: occupations.name, slug: occupations.slug })
      .from(occupations)
      .where(inArray(occupations.id, ids)))
      rows.set(r.id, r);
  return { count: found.length, pairs: top.map((p) => ({ a: rows.get(p.a)!, b: rows.get(p.b)!, distance: p.distance })) };
}
