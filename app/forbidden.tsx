import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HtmlDocument } from "./_components/html-document";

export default async function Forbidden() {
  const t = await getTranslations("Errors");
  return (
    <HtmlDocument lang={await getLocale()}>
      <main id="main" className="container">
        <h1>{t("forbiddenTitle")}</h1>
        <p>{t("forbiddenText")}</p>
        <p>
          <Link href="/admin">{t("backToDashboard")}</Link>
        </p>
      </main>
    </HtmlDocument>
  );
}
