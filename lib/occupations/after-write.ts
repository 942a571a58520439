import "server-only";
import { linkingProfileIds, recordProfileChange } from "@/lib/cache/invalidation";
import { syncSearchIndex } from "@/lib/search/sync-index";
import { releaseStaleLinksTo, resolveLinksFrom, resolveLinksTo } from "./links";
import type { Tx } from "./write";

/**
 * What must follow every change to a profile's row (content, status or deletion), inside the same
 * transaction: link targets by name, the search index, and the public pages to invalidate.
 * `publicChange: false` (a draft saved over a published profile) leaves the public pages alone.
 */
export function afterOccupationWrite(tx: Tx, id: number, opts: { publicChange?: boolean } = {}) {
  const linkedBefore = opts.publicChange === false ? [] : linkingProfileIds(tx, id);
  resolveLinksFrom(tx, id);
  releaseStaleLinksTo(tx, id);
  resolveLinksTo(tx, id);
  syncSearchIndex(tx, id);
  if (opts.publicChange !== false) recordProfileChange(tx, id, linkedBefore);
}
