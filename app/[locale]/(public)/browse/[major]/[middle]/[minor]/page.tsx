import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { TierPage, tierMetadata } from "../../../tier-page";

type Props = { params: Promise<{ locale: string; major: string; middle: string; minor: string }>; searchParams: Promise<{ page?: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle, minor } = await params;
  return tierMetadata(await pageLocale(params), [major, middle, minor]);
}

export default async function MinorPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { major, middle, minor } = await params;
  const page = Number.parseInt((await searchParams).page ?? "1", 10);
  return <TierPage locale={locale} slugs={[major, middle, minor]} page={Number.isFinite(page) ? page : 1} />;
}
