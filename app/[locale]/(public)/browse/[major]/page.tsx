import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { TierPage, tierMetadata } from "../tier-page";

type Props = { params: Promise<{ locale: string; major: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major } = await params;
  return tierMetadata(await pageLocale(params), [major]);
}

export default async function MajorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { major } = await params;
  return <TierPage locale={locale} slugs={[major]} />;
}
