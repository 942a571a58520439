import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { TierPage, tierMetadata } from "../../../../../tier-page";

type Props = { params: Promise<{ locale: string; major: string; middle: string; minor: string; n: string }> };
// Cached like page 1 (see ../../page.tsx); the page number is in the path because a cached page
// cannot read the query string.
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle, minor } = await params;
  return tierMetadata(await pageLocale(params), [major, middle, minor]);
}

export default async function MinorPageN({ params }: Props) {
  const locale = await pageLocale(params);
  const { major, middle, minor, n } = await params;
  if (!/^[1-9]\d{0,5}$/.test(n)) notFound();
  return <TierPage locale={locale} slugs={[major, middle, minor]} page={Number(n)} />;
}
