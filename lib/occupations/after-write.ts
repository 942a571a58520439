import "server-only";
import { linkingProfileIds, recordProfileChange } from "@/lib/cache/invalidation";
import { refreshDuplicateCandidates } from "@/lib/quality/duplicate-candidates";
import { syncSearchIndex } from "@/lib/search/sync-index";
import { releaseStaleLinksTo, resolveLinksFrom, resolveLinksTo } from "./links";
import type { WriteTx as Tx } from "@/db/index";

/**
 * What must follow every change to a profile's row (content, status or deletion), inside the same
 * transaction: link targets by name, the search index, the likely-duplicate pairs, and the public pages to invalidate.
 * `publicChange: false` (a draft saved over a published profile) leaves the public pages alone.
 */
export async function afterOccupationWrite(tx: Tx, id: number, opts: { publicChange?: boolean } = {}) {
  const linkedBefore = opts.publicChange === false ? [] : await linkingProfileIds(tx, id);
  await resolveLinksFrom(tx, id);
  await releaseStaleLinksTo(tx, id);
  await resolveLinksTo(tx, id);
  await syncSearchIndex(tx, id);
  await refreshDuplicateCandidates(tx, id);
  if (opts.publicChange !== false) await recordProfileChange(tx, id, linkedBefore);
}
