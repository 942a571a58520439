import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getPublicTierTree, listRecentlyUpdated } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { OccupationCards } from "./_components/occupation-cards";
import { SearchBox } from "./_components/search-box";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { alternates: { ...alternates(locale, "/"), ...feedAlternates() } };
}

export default async function HomePage({ params }: Props) {
  await pageLocale(params);
  const [tree, recent, t, format] = await Promise.all([getPublicTierTree(), listRecentlyUpdated(6), getTranslations("Home"), getFormatter()]);
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
        </section>
      </div>
    </>
  );
}
