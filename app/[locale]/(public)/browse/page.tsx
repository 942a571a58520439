import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { getPublicTierTree } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { Breadcrumb } from "../_components/breadcrumb";
import { TierList } from "../_components/tier-list";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Browse" });
  return { title: t("title"), description: t("description"), alternates: { ...alternates(locale, "/browse"), ...feedAlternates() } };
}

export default async function BrowsePage({ params }: Props) {
  await pageLocale(params);
  await tagPage(TAGS.browse);
  const [tree, t, r] = await Promise.all([getPublicTierTree(), getTranslations("Browse"), getTranslations("Reading")]);
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <Breadcrumb items={[{ name: t("home"), href: "/" }, { name: t("browse") }]} />
      <h1>{t("title")}</h1>
      <p className="muted">{t("summary", { count: total, groups: tree.length })}</p>
      <TierList tiers={tree} base="/browse" label={t("majorGroups")} />
      <p>
        <Link href="/browse/reading">{r("link")}</Link> <span className="muted">{r("hint")}</span>
      </p>
    </>
  );
}
