import { getLocale } from "next-intl/server";
import type { Locale } from "./routing";

/** The current request's interface language (URL segment on public pages, the cookie elsewhere). */
export async function requestLocale(): Promise<Locale> {
  return getLocale();
}
