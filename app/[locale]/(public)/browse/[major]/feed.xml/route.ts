import { findTierPath } from "@/lib/classifications/browse";
import { listCatalogChanges } from "@/lib/feed/catalog-changes";
import { feedResponse } from "@/lib/feed/feed-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ major: string }> }) {
  const found = await findTierPath([(await params).major]);
  if (!found) return Response.json({ error: { message: "No such Major group" } }, { status: 404 });
  const major = found.nodes[0];
  return feedResponse(req, await listCatalogChanges({ majorId: major.id }), {
    path: `/browse/${major.slug}/feed.xml`,
    title: `Occupation Catalog: latest changes in ${major.name}`,
    subtitle: `New profiles, new published versions and removals in the Major group ${major.name}.`,
  });
}
