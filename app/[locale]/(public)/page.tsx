import Link from "next/link";
import { getTierTree, listRecentlyUpdated } from "@/lib/classifications/browse";
import { OccupationCards } from "./_components/occupation-cards";
import { SearchBox } from "./_components/search-box";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [tree, recent] = await Promise.all([getTierTree(), listRecentlyUpdated(6)]);
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Find an occupation</h1>
        <p>
          {total} occupation profiles: what the work is, the skills and traits it asks for, and where it leads. Search by name,
          reading (かな or romaji), alias or skill.
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
        </section>
      </div>
    </>
  );
}
