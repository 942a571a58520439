import "server-only";
import { exec } from "@/db/index";
import { eq, sql } from "drizzle-orm";
import { occupationLinks } from "@/db/schema";
import type { WriteTx as Tx } from "@/db/index";

/** Point this profile's unresolved links at profiles whose name (first) or alias matches. */
export async function resolveLinksFrom(tx: Tx, id: number) {
  await exec(
    sql`
    UPDATE occupation_links SET target_id = coalesce(
      (SELECT o.id FROM occupations o WHERE o.name_key = occupation_links.name_key AND o.id <> ${id} AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1),
      (SELECT t.occupation_id FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND t.value_key = occupation_links.name_key AND o.id <> ${id} AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1))
    WHERE occupation_id = ${id} AND target_id IS NULL`,
    tx,
  );
}

/** Resolve other profiles' unresolved links that name this profile (by name or alias). */
export async function resolveLinksTo(tx: Tx, id: number) {
  await exec(
    sql`
    UPDATE occupation_links SET target_id = ${id}
    WHERE target_id IS NULL AND occupation_id <> ${id} AND name_key IN (
      SELECT name_key FROM occupations WHERE id = ${id}
      UNION SELECT value_key FROM occupation_terms WHERE occupation_id = ${id} AND list = 'alias')`,
    tx,
  );
}

/**
 * Links that point at this profile by a name it no longer has (renamed, or the alias removed) look
 * for another profile of that name or alias, or become plain text again. Without this a link made
 * through an alias would keep pointing at a profile that has dropped the alias.
 */
export async function releaseStaleLinksTo(tx: Tx, id: number) {
  await exec(
    sql`
    UPDATE occupation_links SET target_id = coalesce(
      (SELECT o.id FROM occupations o WHERE o.name_key = occupation_links.name_key AND o.id <> occupation_links.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1),
      (SELECT t.occupation_id FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND t.value_key = occupation_links.name_key AND o.id <> occupation_links.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1))
    WHERE target_id = ${id} AND name_key NOT IN (
      SELECT name_key FROM occupations WHERE id = ${id}
      UNION SELECT value_key FROM occupation_terms WHERE occupation_id = ${id} AND list = 'alias')`,
    tx,
  );
}

/**
 * Resolve a batch's links again once every profile of it exists. While a batch is written in
 * order, a link may have been pointed at an earlier profile's alias although a later profile has
 * exactly that name; resolving afresh lets the name win, whatever the order of the batch.
 */
export async function resolveLinksAgain(tx: Tx, ids: number[]) {
  for (const id of ids) {
    await tx.update(occupationLinks).set({ targetId: null }).where(eq(occupationLinks.occupationId, id));
    await resolveLinksFrom(tx, id);
  }
}

/**
 * Every unresolved link in the catalog, at once: what resolveLinksFrom does for one profile, for
 * all of them (after a bulk insert). Newer profiles also catch links that named them before.
 */
export async function resolveUnresolvedLinks(tx: Tx) {
  await exec(
    sql`
    UPDATE occupation_links SET target_id = coalesce(
      (SELECT o.id FROM occupations o WHERE o.name_key = occupation_links.name_key AND o.id <> occupation_links.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1),
      (SELECT t.occupation_id FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND t.value_key = occupation_links.name_key AND o.id <> occupation_links.occupation_id AND o.deleted_at IS NULL ORDER BY o.id LIMIT 1))
    WHERE target_id IS NULL`,
    tx,
  );
}
