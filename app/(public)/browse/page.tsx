import type { Metadata } from "next";
import Link from "next/link";
import { TAGS } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";
import { getPublicTierTree } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { Breadcrumb } from "../_components/breadcrumb";
import { TierList } from "../_components/tier-list";
import { readingLinkCopy } from "./reading/_components/copy";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;
export const metadata: Metadata = {
  title: "Browse by classification",
  description: "Occupations by Major, Middle and Minor classification tier.",
  alternates: feedAlternates(),
};

export default async function BrowsePage() {
  await tagPage(TAGS.browse);
  const tree = await getPublicTierTree();
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <Breadcrumb items={[{ name: "Home", href: "/" }, { name: "Browse" }]} />
      <h1>Browse by classification</h1>
      <p className="muted">
        {total} occupations in {tree.length} major groups.
      </p>
      <TierList tiers={tree} base="/browse" label="Major groups" />
      <p>
        <Link href="/browse/reading">{readingLinkCopy.link}</Link> <span className="muted">{readingLinkCopy.hint}</span>
      </p>
    </>
  );
}
