import "server-only";
import { env } from "@/lib/env";
import { atomFeed, type FeedInfo } from "./atom";
import type { CatalogChange } from "./catalog-changes";

/**
 * An Atom response. Shared caches may keep it a few minutes (the feed is the same for every
 * reader); the ETag is the newest entry's key and time, so a conditional GET costs one query.
 */
export function feedResponse(req: Request, changes: CatalogChange[], info: Omit<FeedInfo, "baseUrl">): Response {
  const etag = `"${changes.length}-${changes[0]?.key ?? "empty"}-${changes[0]?.at ?? ""}"`;
  const headers = { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", ETag: etag };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(atomFeed(changes, { ...info, baseUrl: env.baseUrl }), { headers });
}
