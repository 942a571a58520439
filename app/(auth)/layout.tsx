import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { HtmlDocument } from "@/app/_components/html-document";
import { LocaleSwitch } from "@/app/_components/locale-switch";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Meta");
  return { title: { default: t("siteName"), template: t("titleTemplate") } };
}

/** Sign-in: dynamic anyway, so the language is the visitor's choice (cookie), with the switcher. */
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("Meta");
  return (
    <HtmlDocument lang={locale}>
      <NextIntlClientProvider>
        <header className="site-header">
          <div className="container">
            <Link className="brand" href={locale === "ja" ? "/ja" : "/"}>
              {t("siteName")}
            </Link>
            <LocaleSwitch stay />
          </div>
        </header>
        <main id="main" className="container narrow">
          {children}
        </main>
      </NextIntlClientProvider>
    </HtmlDocument>
  );
}
