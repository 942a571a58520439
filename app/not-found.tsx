import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HtmlDocument } from "./_components/html-document";

/** Paths outside every layout (admin ids that do not exist fall here too): the visitor's chosen language. */
export default async function NotFound() {
  const t = await getTranslations("Errors");
  const lang = await getLocale();
  return (
    <HtmlDocument lang={lang}>
      <main id="main" className="container">
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundAny")}</p>
        <p>
          <Link href={lang === "ja" ? "/ja" : "/"}>{t("home")}</Link>
        </p>
      </main>
    </HtmlDocument>
  );
}
