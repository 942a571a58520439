"use client";

import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localePath, unprefixedPath } from "@/i18n/locale-path";
import { LOCALE_COOKIE, routing, type Locale } from "@/i18n/routing";

/** Remembered for a year: the home page and the admin follow it (next.config.ts, i18n/request.ts). */
function remember(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

/**
 * The link to this page in the other language. Public pages: the same path with or without /ja
 * (the pathname is the URL's; while rendering an English page it is the internal /en path, which
 * unprefixedPath folds back). Admin pages (`stay`): same URL, the cookie decides, so reload.
 */
export function LocaleSwitch({ stay = false }: { stay?: boolean }) {
  const locale = useLocale();
  const t = useTranslations("Language");
  const pathname = usePathname() ?? "/";
  const other = routing.locales.find((l) => l !== locale)!;
  const href = stay ? pathname : localePath(other, unprefixedPath(pathname));
  return (
    <a
      className="locale-switch"
      href={href}
      hrefLang={other}
      lang={other}
      title={t("otherLong")}
      onClick={(e) => {
        remember(other);
        // Keep the query (a search) across the switch; the static href cannot know it.
        if (window.location.search) {
          e.preventDefault();
          // A full load on purpose: the two languages have separate root layouts (<html lang>).
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign(`${href}${window.location.search}`);
        } else if (stay) {
          e.preventDefault();
          window.location.reload();
        }
      }}
    >
      {t("other")}
    </a>
  );
}
