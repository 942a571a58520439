import { tagPage } from "@/lib/cache/page-tags";
import { TAGS, tierTag } from "@/lib/cache/tags";
import { findTierPath } from "@/lib/classifications/browse";
import { listCatalogChanges } from "@/lib/feed/catalog-changes";
import { feedResponse } from "@/lib/feed/feed-response";

// Cached per Major on first request (none at build time), like the browse pages, until a publish
// (feed tag) or a change to the Major itself (its tier tag; `browse` when it is created) expires it.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_req: Request, { params }: { params: Promise<{ major: string }> }) {
  const slug = (await params).major;
  await tagPage(TAGS.feed, TAGS.browse, tierTag(slug));
  const found = await findTierPath([slug]);
  if (!found) return Response.json({ error: { message: "No such Major group" } }, { status: 404 });
  const major = found.nodes[0];
  return feedResponse(await listCatalogChanges({ majorId: major.id }), {
    path: `/browse/${major.slug}/feed.xml`,
    title: `Occupation Catalog: latest changes in ${major.name}`,
    subtitle: `New profiles, new published versions and removals in the Major group ${major.name}.`,
  });
}
