import "server-only";
import { exec, getStore, rows } from "@/db/index";
import { and, asc, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { duplicateCandidates, occupations } from "@/db/schema";
import type { WriteTx as Tx } from "@/db/index";
import { DUPLICATE_WINDOW, likelySame } from "./likely-same";

// The rebuild below spells out offsets 1..4.
if (DUPLICATE_WINDOW !== 4) throw new Error("update rebuildDuplicateCandidates and drizzle/0008 for the new window");

/*
 * duplicate_candidates holds the likely-duplicate pairs the dashboard lists, kept at write time:
 * a written profile is compared with its DUPLICATE_WINDOW live neighbours on each side in name-key
 * order (two short range reads of occupations_name_key), which is the sorted-neighbourhood method
 * done incrementally. A removed profile loses its pairs.
 */

/** Recompute the pairs of one profile after its row changed (name, deletion, restore). */
export async function refreshDuplicateCandidates(tx: Tx, id: number) {
  await tx.delete(duplicateCandidates).where(or(eq(duplicateCandidates.aId, id), eq(duplicateCandidates.bId, id)));
  const self = (
    await tx.select({ key: occupations.nameKey, deletedAt: occupations.deletedAt }).from(occupations).where(eq(occupations.id, id)).limit(1)
  )[0];
  if (!self || self.deletedAt !== null) return;
  const near = async (after: boolean) =>
    await tx
      .select({ id: occupations.id, key: occupations.nameKey })
      .from(occupations)
      .where(and(isNull(occupations.deletedAt), after ? gt(occupations.nameKey, self.key) : lt(occupations.nameKey, self.key)))
      .orderBy(after ? asc(occupations.nameKey) : desc(occupations.nameKey))
      .limit(DUPLICATE_WINDOW);
  const pairs = [...(await near(false)), ...(await near(true))].flatMap((n) => {
    const d = likelySame(self.key, n.key);
    return d === undefined ? [] : [{ aId: Math.min(id, n.id), bId: Math.max(id, n.id), distance: d }];
  });
  if (pairs.length) await tx.insert(duplicateCandidates).values(pairs).onConflictDoNothing();
}

/**
 * Every pair afresh, in one statement (after a bulk insert; drizzle/0008 backfills with the same
 * SQL): each live name key against the next DUPLICATE_WINDOW in name order.
 */
export async function rebuildDuplicateCandidates(tx: Tx) {
  if (getStore().dialect === "pg") return rebuildDuplicateCandidatesPg(tx);
  await exec(sql`DELETE FROM duplicate_candidates`, tx);
  // lead() over one sorted scan, for offsets 1..4 (DUPLICATE_WINDOW); a join on row numbers would compare every pair.
  await exec(
    sql.raw(`
INSERT OR IGNORE INTO duplicate_candidates (a_id, b_id, distance)
WITH s AS (
  SELECT id, name_key AS k,
    lead(id, 1) OVER w AS i1, lead(name_key, 1) OVER w AS k1, lead(id, 2) OVER w AS i2, lead(name_key, 2) OVER w AS k2,
    lead(id, 3) OVER w AS i3, lead(name_key, 3) OVER w AS k3, lead(id, 4) OVER w AS i4, lead(name_key, 4) OVER w AS k4
  FROM occupations WHERE deleted_at IS NULL WINDOW w AS (ORDER BY name_key, id)),
p AS (SELECT id, k, i1 AS j, k1 AS l FROM s UNION ALL SELECT id, k, i2, k2 FROM s UNION ALL SELECT id, k, i3, k3 FROM s UNION ALL SELECT id, k, i4, k4 FROM s)
SELECT min(id, j), max(id, j), likely_same(k, l) FROM p WHERE j IS NOT NULL AND likely_same(k, l) IS NOT NULL`),
    tx,
  );
}

/**
 * The same pairs on PostgreSQL, which has no likely_same(): the live name keys in SQLite's order
 * (bytes, i.e. COLLATE "C", then id) are read once and compared in JS with each of the next
 * DUPLICATE_WINDOW, and the pairs go back as array parameters, a few thousand per statement.
 */
async function rebuildDuplicateCandidatesPg(tx: Tx) {
  await exec(sql`DELETE FROM duplicate_candidates`, tx);
  const live = await rows<{ id: number; k: string }>(
    sql`SELECT id, name_key AS k FROM occupations WHERE deleted_at IS NULL ORDER BY name_key COLLATE "C", id`,
    tx,
  );
  const pairs = new Map<string, [number, number, number]>();
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j <= i + DUPLICATE_WINDOW && j < live.length; j++) {
      const d = likelySame(live[i].k, live[j].k);
      if (d === undefined) continue;
      const a = Math.min(live[i].id, live[j].id);
      const b = Math.max(live[i].id, live[j].id);
      pairs.set(`${a} ${b}`, [a, b, d]);
    }
  const all = [...pairs.values()];
  for (let i = 0; i < all.length; i += 5000) {
    const chunk = all.slice(i, i + 5000);
    await exec(
      sql`INSERT INTO duplicate_candidates (a_id, b_id, distance)
        SELECT * FROM unnest(${sql.param(chunk.map((p) => p[0]))}::int[], ${sql.param(chunk.map((p) => p[1]))}::int[], ${sql.param(chunk.map((p) => p[2]))}::int[])`,
      tx,
    );
  }
}
