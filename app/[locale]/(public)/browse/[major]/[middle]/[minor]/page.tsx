import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { TierPage, tierMetadata } from "../../../tier-page";

type Props = { params: Promise<{ locale: string; major: string; middle: string; minor: string }> };
// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

/** No page is rendered at build time: each is rendered on its first request. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle, minor } = await params;
  return tierMetadata(await pageLocale(params), [major, middle, minor]);
}

/** Page 1 of a Minor's occupations; later pages are at ./page/<n> (next.config.ts rewrites the old `?page=n`). */
export default async function MinorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { major, middle, minor } = await params;
  return <TierPage locale={locale} slugs={[major, middle, minor]} page={1} />;
}
