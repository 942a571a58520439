import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getPublicTierTree, listRecentlyUpdated } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { OccupationCards } from "./_components/occupation-cards";
import { SearchBox } from "./_components/search-box";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { alternates: { ...alternates(locale, "/"), ...feedAlternates() } };
}

export default async function HomePage({ params }: Props) {
  await pageLocale(params);
  await tagPage(TAGS.home);
  const [tree, recent, t, r, format] = await Promise.all([
    getPublicTierTree(),
    listRecentlyUpdated(6),
    getTranslations("Home"),
    getTranslations("Reading"),
    getFormatter(),
  ]);
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("title")}</h1>
        <p>{t("intro", { count: total })}</p>
        <SearchBox id="home-search" label={t("searchLabel")} />
      </section>
      <div className="two-col">
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t("recent")}</h2>
          <OccupationCards items={recent} />
        </section>
        <section aria-labelledby="browse-title">
          <h2 id="browse-title">{t("browseTitle")}</h2>
          <ul className="tier-list" aria-label={t("majorGroups")}>
            {tree.map((tier) => (
              <li key={tier.id}>
                <Link href={`/browse/${tier.slug}`}>{tier.name}</Link>
                <span className="count">{format.number(tier.count)}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/browse">{t("allClassifications")}</Link>
          </p>
          <p>
            <Link href="/browse/reading">{r("link")}</Link> <span className="muted">{r("hint")}</span>
          </p>
        </section>
      </div>
    </>
  );
}
