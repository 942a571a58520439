import { defineRouting } from "next-intl/routing";

/**
 * English stays at today's unprefixed paths; Japanese lives under /ja. next.config.ts rewrites the
 * unprefixed public paths onto the `en` segment, so no per-request proxy runs on public pages.
 */
export const routing = defineRouting({
  locales: ["en", "ja"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365 },
});

export type Locale = (typeof routing.locales)[number];
export const LOCALE_COOKIE = "NEXT_LOCALE";
