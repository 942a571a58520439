import { useTranslations } from "next-intl";
import { ClientMessages } from "@/app/_components/client-messages";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { CompareNavLink } from "./_components/compare-nav-link";
import { SearchBox } from "./_components/search-box";

function Chrome({ children }: { children: React.ReactNode }) {
  const t = useTranslations("Layout");
  const meta = useTranslations("Meta");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="container">
          <Link className="brand" href="/">
            {meta("siteName")}
          </Link>
          <SearchBox />
          <nav className="site-nav" aria-label={t("mainNav")}>
            <ul>
              <li>
                <Link href="/browse">{t("browse")}</Link>
              </li>
              <li>
                <CompareNavLink />
              </li>
              <li>
                <LocaleSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          {t("footer")} ·{" "}
          <a href="/feed.xml" type="application/atom+xml">
            {t("feed")}
          </a>
        </div>
      </footer>
    </>
  );
}

export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return (
    <ClientMessages namespaces={["SearchBox", "Language", "Errors", "Compare"]}>
      <Chrome>{children}</Chrome>
    </ClientMessages>
  );
}
