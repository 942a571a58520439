import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { occupationLinks, occupationTerms, occupations } from "@/db/schema";
import type { Tx } from "./write";

/** Point this profile's unresolved links at profiles whose name (first) or alias matches. */
export function resolveLinksFrom(tx: Tx, id: number) {
  tx.run(sql`
    UPDATE occupation_links SET target_id = coalesce(
      (SELECT o.id FROM occupations o WHERE o.name_key = occupation_links.name_key AND o.id <> ${id} AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1),
      (SELECT t.occupation_id FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND t.value_key = occupation_links.name_key AND o.id <> ${id} AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1))
    WHERE occupation_id = ${id} AND target_id IS NULL`);
}

/** Resolve other profiles' unresolved links that name this profile (by name or alias). */
export function resolveLinksTo(tx: Tx, id: number) {
  const keys = tx
    .select({ key: occupations.nameKey })
    .from(occupations)
    .where(eq(occupations.id, id))
    .all()
    .map((r) => r.key)
    .concat(
      tx
        .select({ key: occupationTerms.valueKey })
        .from(occupationTerms)
        .where(and(eq(occupationTerms.occupationId, id), eq(occupationTerms.list, "alias")))
        .all()
        .map((r) => r.key),
    );
  if (!keys.length) return;
  tx.update(occupationLinks)
    .set({ targetId: id })
    .where(and(isNull(occupationLinks.targetId), inArray(occupationLinks.nameKey, keys), ne(occupationLinks.occupationId, id)))
    .run();
}

/**
 * Resolve a batch's links again once every profile of it exists. While a batch is written in
 * order, a link may have been pointed at an earlier profile's alias although a later profile has
 * exactly that name; resolving afresh lets the name win, whatever the order of the batch.
 */
export function resolveLinksAgain(tx: Tx, ids: number[]) {
  for (const id of ids) {
    tx.update(occupationLinks).set({ targetId: null }).where(eq(occupationLinks.occupationId, id)).run();
    resolveLinksFrom(tx, id);
  }
}
