import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, routing, type Locale } from "./routing";

/** Japanese readers expect dates in Japan time; English pages keep UTC as before. */
export const TIME_ZONES = { en: "UTC", ja: "Asia/Tokyo" } as const;

export default getRequestConfig(async ({ requestLocale }) => {
  // Public pages set their locale from the URL (setRequestLocale), so they never reach the cookie
  // read below and stay static. Admin and login pages have no locale segment: the visitor's choice
  // (the switcher's cookie) decides there.
  const fromUrl = await requestLocale;
  let locale: Locale = routing.defaultLocale;
  if (hasLocale(routing.locales, fromUrl)) locale = fromUrl;
  else {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (hasLocale(routing.locales, chosen)) locale = chosen;
  }
  return {
    locale,
    timeZone: TIME_ZONES[locale],
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
