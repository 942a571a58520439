import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { HtmlDocument } from "./html-document";

type Keys = { title: "notFoundTitle" | "forbiddenTitle"; text: "notFoundAny" | "forbiddenText"; link: "home" | "backToDashboard" };

/**
 * The root not-found and forbidden pages, in both languages. They sit above every layout, and
 * Next renders them with each page, so they may not read the request (that would make every
 * public page dynamic) nor the implicit locale (that would fix it before the page sets its own).
 */
export async function BilingualNotice({ keys, href }: { keys: Keys; href: (locale: string) => string }) {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "Errors" }) })),
  );
  return (
    <HtmlDocument lang={routing.defaultLocale}>
      <main id="main" className="container">
        {texts.map(({ locale, t }) => (
          <section key={locale} lang={locale}>
            <h1>{t(keys.title)}</h1>
            <p>{t(keys.text)}</p>
            <p>
              <Link href={href(locale)}>{t(keys.link)}</Link>
            </p>
          </section>
        ))}
      </main>
    </HtmlDocument>
  );
}
