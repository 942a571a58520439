import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/page-locale";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { countByReadingRow } from "@/lib/reading/reading-index";
import { Breadcrumb } from "../../_components/breadcrumb";
import { GojuonRows } from "./_components/gojuon-rows";

type Props = { params: Promise<{ locale: string }> };

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Reading" });
  return { title: t("indexTitle"), description: t("indexDescription"), alternates: alternates(locale, "/browse/reading") };
}

/** The gojūon index: あ か さ た な は ま や ら わ with the number of profiles in each. */
export default async function ReadingIndexPage({ params }: Props) {
  await pageLocale(params);
  await tagPage(TAGS.readingIndex);
  const [rows, t] = await Promise.all([countByReadingRow(), getTranslations("Reading")]);
  return (
    <>
      <Breadcrumb items={[{ name: t("browse"), href: "/browse" }, { name: t("indexTitle") }]} />
      <h1>{t("indexTitle")}</h1>
      <p className="muted">{t("indexIntro")}</p>
      <GojuonRows rows={rows} />
    </>
  );
}
