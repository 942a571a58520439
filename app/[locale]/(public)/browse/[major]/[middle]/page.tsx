import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { TierPage, tierMetadata } from "../../tier-page";

type Props = { params: Promise<{ locale: string; major: string; middle: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle } = await params;
  return tierMetadata(await pageLocale(params), [major, middle]);
}

export default async function MiddlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { major, middle } = await params;
  return <TierPage locale={locale} slugs={[major, middle]} />;
}
