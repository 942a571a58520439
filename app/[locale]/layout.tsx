import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { HtmlDocument } from "@/app/_components/html-document";
import { pageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// /en (the rewrite target of unprefixed paths) and /ja are built; any other locale segment is a
// 404 from pageLocale(). Not `dynamicParams = false`: child segments inherit it, and then every
// profile, tier and history page (rendered on first request, ISR) would be a 404.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    metadataBase: new URL(env.baseUrl),
    title: { default: t("siteName"), template: t("titleTemplate") },
    description: t("description"),
  };
}

/** The root of every public page: the language comes from the URL only, so pages stay static per language. */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  return <HtmlDocument lang={locale}>{children}</HtmlDocument>;
}
