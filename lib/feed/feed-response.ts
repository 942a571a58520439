import "server-only";
import { env } from "@/lib/env";
import { atomFeed, type FeedInfo } from "./atom";
import type { CatalogChange } from "./catalog-changes";

/**
 * An Atom response, rendered once into Next's cache (the feed routes read no request data). The
 * ETag is the newest entry's key and time, for caches in front that answer conditional GETs.
 */
export function feedResponse(changes: CatalogChange[], info: Omit<FeedInfo, "baseUrl">): Response {
  const etag = `"${changes.length}-${changes[0]?.key ?? "empty"}-${changes[0]?.at ?? ""}"`;
  const headers = { "Content-Type": "application/atom+xml; charset=utf-8", ETag: etag };
  return new Response(atomFeed(changes, { ...info, baseUrl: env.baseUrl }), { headers });
}
