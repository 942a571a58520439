import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { RowPage, rowMetadata } from "../../_components/row-page";

type Props = { params: Promise<{ locale: string; row: string; page: string }> };
// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

/** No page is rendered at build time: each is rendered on its first request. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return rowMetadata(locale, (await params).row);
}

export default async function ReadingRowPageN({ params }: Props) {
  const locale = await pageLocale(params);
  await tagPage(TAGS.readingIndex);
  const { row, page } = await params;
  return <RowPage locale={locale} segment={row} pageSegment={page} />;
}
