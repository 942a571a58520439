import "server-only";
import { and, asc, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { duplicateCandidates, occupations } from "@/db/schema";
import type { Tx } from "@/lib/occupations/write";
import { DUPLICATE_WINDOW, likelySame } from "./likely-same";

/*
 * duplicate_candidates holds the likely-duplicate pairs the dashboard lists, kept at write time:
 * a written profile is compared with its DUPLICATE_WINDOW live neighbours on each side in name-key
 * order (two short range reads of occupations_name_key), which is the sorted-neighbourhood method
 * done incrementally. A removed profile loses its pairs.
 */

/** Recompute the pairs of one profile after its row changed (name, deletion, restore). */
export function refreshDuplicateCandidates(tx: Tx, id: number) {
  tx.delete(duplicateCandidates)
    .where(or(eq(duplicateCandidates.aId, id), eq(duplicateCandidates.bId, id)))
    .run();
  const self = tx
    .select({ key: occupations.nameKey, deletedAt: occupations.deletedAt })
    .from(occupations)
    .where(eq(occupations.id, id))
    .get();
  if (!self || self.deletedAt !== null) return;
  const near = (after: boolean) =>
    tx
      .select({ id: occupations.id, key: occupations.nameKey })
      .from(occupations)
      .where(and(isNull(occupations.deletedAt), after ? gt(occupations.nameKey, self.key) : lt(occupations.nameKey, self.key)))
      .orderBy(after ? asc(occupations.nameKey) : desc(occupations.nameKey))
      .limit(DUPLICATE_WINDOW)
      .all();
  const pairs = [...near(false), ...near(true)].flatMap((n) => {
    const d = likelySame(self.key, n.key);
    return d === undefined ? [] : [{ aId: Math.min(id, n.id), bId: Math.max(id, n.id), distance: d }];
  });
  if (pairs.length) tx.insert(duplicateCandidates).values(pairs).onConflictDoNothing().run();
}

/**
 * Every pair afresh, in one statement (after a bulk insert; drizzle/0008 backfills with the same
 * SQL): each live name key against the next DUPLICATE_WINDOW in name order.
 */
export function rebuildDuplicateCandidates(tx: Tx) {
  tx.run(sql`DELETE FROM duplicate_candidates`);
  tx.run(sql`
    INSERT OR IGNORE INTO duplicate_candidates (a_id, b_id, distance)
    SELECT min(a.id, b.id), max(a.id, b.id), likely_same(a.k, b.k)
    FROM (SELECT id, name_key AS k, row_number() OVER (ORDER BY name_key, id) AS r FROM occupations WHERE deleted_at IS NULL) a
    JOIN (SELECT id, name_key AS k, row_number() OVER (ORDER BY name_key, id) AS r FROM occupations WHERE deleted_at IS NULL) b
      ON b.r > a.r AND b.r <= a.r + ${DUPLICATE_WINDOW}
    WHERE likely_same(a.k, b.k) IS NOT NULL`);
}
