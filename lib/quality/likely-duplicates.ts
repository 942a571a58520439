import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/index";
import { duplicateCandidates, occupations } from "@/db/schema";
import { QUALITY_LIST_LIMIT } from "./quality-lists";

export { DUPLICATE_WINDOW, likelySame } from "./likely-same";

export type DuplicatePair = {
  a: { id: number; name: string; slug: string };
  b: { id: number; name: string; slug: string };
  distance: number;
};

/**
 * Likely duplicates among live profiles: the pairs kept at write time in duplicate_candidates
 * (lib/quality/duplicate-candidates.ts), closest first. Names that differ in their first letters
 * are not caught; exact and near-exact names, the usual duplicates, are.
 */
export async function listLikelyDuplicates(limit = QUALITY_LIST_LIMIT): Promise<{ count: number; pairs: DuplicatePair[] }> {
  const a = alias(occupations, "a");
  const b = alias(occupations, "b");
  const live = and(isNull(a.deletedAt), isNull(b.deletedAt));
  const rows = await db
    .select({
      distance: duplicateCandidates.distance,
      aId: a.id,
      aName: a.name,
      aSlug: a.slug,
      bId: b.id,
      bName: b.name,
      bSlug: b.slug,
    })
    .from(duplicateCandidates)
    .innerJoin(a, eq(a.id, duplicateCandidates.aId))
    .innerJoin(b, eq(b.id, duplicateCandidates.bId))
    .where(live)
    .orderBy(asc(duplicateCandidates.distance), asc(duplicateCandidates.aId), asc(duplicateCandidates.bId))
    .limit(limit);
  const [total] = await db
    .select({ n: count() })
    .from(duplicateCandidates)
    .innerJoin(a, eq(a.id, duplicateCandidates.aId))
    .innerJoin(b, eq(b.id, duplicateCandidates.bId))
    .where(live);
  return {
    count: total?.n ?? 0,
    pairs: rows.map((r) => ({
      a: { id: r.aId, name: r.aName, slug: r.aSlug },
      b: { id: r.bId, name: r.bName, slug: r.bSlug },
      distance: r.distance,
    })),
  };
}
