import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/page-locale";
import { getPublicTierTree } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { Breadcrumb } from "../_components/breadcrumb";
import { TierList } from "../_components/tier-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Browse" });
  return { title: t("title"), description: t("description"), alternates: { ...alternates(locale, "/browse"), ...feedAlternates() } };
}

export default async function BrowsePage({ params }: Props) {
  await pageLocale(params);
  const [tree, t] = await Promise.all([getPublicTierTree(), getTranslations("Browse")]);
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <Breadcrumb items={[{ name: t("home"), href: "/" }, { name: t("browse") }]} />
      <h1>{t("title")}</h1>
      <p className="muted">{t("summary", { count: total, groups: tree.length })}</p>
      <TierList tiers={tree} base="/browse" label={t("majorGroups")} />
    </>
  );
}
