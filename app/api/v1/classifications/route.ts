import { getPublicTierTree, type TierNode } from "@/lib/classifications/browse";
import { handle } from "@/lib/http/handle";

export const dynamic = "force-dynamic";

type PublicTier = { name: string; slug: string; count: number; children: PublicTier[] };
const strip = (n: TierNode): PublicTier => ({ name: n.name, slug: n.slug, count: n.count, children: n.children.map(strip) });

/** The Major → Middle → Minor tree with the number of published profiles under each tier. */
export const GET = handle(async () => Response.json({ tiers: (await getPublicTierTree()).map(strip) }));
