import type { Metadata } from "next";
import { TAGS } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";
import { getPublicTierTree } from "@/lib/classifications/browse";
import { Breadcrumb } from "../_components/breadcrumb";
import { TierList } from "../_components/tier-list";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;
export const metadata: Metadata = { title: "Browse by classification", description: "Occupations by Major, Middle and Minor classification tier." };

export default async function BrowsePage() {
  await tagPage(TAGS.browse);
  const tree = await getPublicTierTree();
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <Breadcrumb items={[{ name: "Home", href: "/" }, { name: "Browse" }]} />
      <h1>Browse by classification</h1>
      <p className="muted">{total} occupations in {tree.length} major groups.</p>
      <TierList tiers={tree} base="/browse" label="Major groups" />
    </>
  );
}
