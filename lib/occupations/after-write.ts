import "server-only";
import { syncSearchIndex } from "@/lib/search/sync-index";
import { releaseStaleLinksTo, resolveLinksFrom, resolveLinksTo } from "./links";
import type { Tx } from "./write";

/**
 * What must follow every change to a profile's row (content, status or deletion), inside the same
 * transaction: link targets by name, the search index, and anything else derived from the row.
 */
export function afterOccupationWrite(tx: Tx, id: number) {
  resolveLinksFrom(tx, id);
  releaseStaleLinksTo(tx, id);
  resolveLinksTo(tx, id);
  syncSearchIndex(tx, id);
}
