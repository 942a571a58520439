import type { Metadata } from "next";
import Link from "next/link";
import { TAGS } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";
import { getPublicTierTree, listRecentlyUpdated } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { OccupationCards } from "./_components/occupation-cards";
import { SearchBox } from "./_components/search-box";
import { readingLinkCopy } from "./browse/reading/_components/copy";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;
export const metadata: Metadata = { alternates: feedAlternates() };

export default async function HomePage() {
  await tagPage(TAGS.home);
  const [tree, recent] = await Promise.all([getPublicTierTree(), listRecentlyUpdated(6)]);
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Find an occupation</h1>
        <p>
          {total} occupation profiles: what the work is, the skills and traits it asks for, and where it leads. Search by name, reading
          (かな or romaji), alias or skill.
        </p>
        <SearchBox id="home-search" label="Search the catalog" />
      </section>
      <div className="two-col">
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">Recently updated</h2>
          <OccupationCards items={recent} />
        </section>
        <section aria-labelledby="browse-title">
          <h2 id="browse-title">Browse by classification</h2>
          <ul className="tier-list" aria-label="Major groups">
            {tree.map((t) => (
              <li key={t.id}>
                <Link href={`/browse/${t.slug}`}>{t.name}</Link>
                <span className="count">{t.count}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/browse">All classifications</Link>
          </p>
          <p>
            <Link href="/browse/reading">{readingLinkCopy.link}</Link> <span className="muted">{readingLinkCopy.hint}</span>
          </p>
        </section>
      </div>
    </>
  );
}
