import type { Metadata } from "next";
import { localePath } from "./locale-path";
import { routing, type Locale } from "./routing";

/** canonical + hreflang alternates of one public page (`path` unprefixed), for generateMetadata. */
export function alternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: localePath(locale, path),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l, localePath(l, path)])),
      "x-default": localePath(routing.defaultLocale, path),
    },
  };
}
