import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { HtmlDocument } from "@/app/_components/html-document";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { requireEditor } from "@/lib/auth/guards";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./_components/sign-out-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Meta");
  return { title: { default: t("adminTitle"), template: t("adminTitleTemplate") } };
}

/** Admin pages are dynamic anyway: their language is the editor's choice (the switcher's cookie). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireEditor();
  const admin = hasRole(user, "admin");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Admin.Nav")]);
  return (
    <HtmlDocument lang={locale}>
      <NextIntlClientProvider>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <header className="site-header admin-header">
          <div className="container">
            <Link className="brand" href="/admin">
              {t("brand")}
            </Link>
            <div className="admin-user">
              <Link href="/admin/account" title={t("accountTitle")}>
                {user.email} ({t(`role.${user.role}`)})
              </Link>
              <LocaleSwitch stay />
              <SignOutButton />
            </div>
            <nav className="site-nav" aria-label={t("label")}>
              <ul>
                <li>
                  <Link href="/admin/occupations">{t("occupations")}</Link>
                </li>
                <li>
                  <Link href="/admin/quality">{t("quality")}</Link>
                </li>
                <li>
                  <Link href="/admin/import">{t("import")}</Link>
                </li>
                {admin && (
                  <li>
                    <Link href="/admin/classifications">{t("classifications")}</Link>
                  </li>
                )}
                {admin && (
                  <li>
                    <Link href="/admin/users">{t("users")}</Link>
                  </li>
                )}
                {admin && (
                  <li>
                    <Link href="/admin/audit">{t("audit")}</Link>
                  </li>
                )}
                <li>
                  <Link href="/admin/account">{t("account")}</Link>
                </li>
                <li>
                  <Link href={locale === "ja" ? "/ja" : "/"}>{t("publicSite")}</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
      </NextIntlClientProvider>
    </HtmlDocument>
  );
}
