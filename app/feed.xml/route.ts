import { listCatalogChanges } from "@/lib/feed/catalog-changes";
import { feedResponse } from "@/lib/feed/feed-response";

// Read per request (one indexed query of ~150 rows); the response itself is cacheable (feedResponse).
export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return feedResponse(req, await listCatalogChanges(), {
    path: "/feed.xml",
    title: "Occupation Catalog: latest changes",
    subtitle: "New profiles, new published versions and removals across the catalog.",
  });
}
