import { routing, type Locale } from "./routing";

/** The public path of `path` (unprefixed, starting with "/") in a locale: English unprefixed, others under /<locale>. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The unprefixed path of a public path, whichever locale (or the internal /en rewrite target) it is in. */
export function unprefixedPath(pathname: string): string {
  for (const l of routing.locales) {
    if (pathname === `/${l}`) return "/";
    if (pathname.startsWith(`/${l}/`)) return pathname.slice(l.length + 1);
  }
  return pathname || "/";
}
