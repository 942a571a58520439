import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { listCatalogChanges } from "@/lib/feed/catalog-changes";
import { feedResponse } from "@/lib/feed/feed-response";

// Cached like the public pages: rendered once, kept until a publish, unpublish or delete expires
// the feed tag (lib/cache/tags.ts CATALOG_LIST_TAGS), so a poll costs a cache hit, not a query.
export const revalidate = 300;

export async function GET() {
  await tagPage(TAGS.feed);
  return feedResponse(await listCatalogChanges(), {
    path: "/feed.xml",
    title: "Occupation Catalog: latest changes",
    subtitle: "New profiles, new published versions and removals across the catalog.",
  });
}
