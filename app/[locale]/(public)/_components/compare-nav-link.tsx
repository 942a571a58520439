"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { compareHref } from "@/lib/compare/selection";
import { useStoredSelection } from "@/lib/compare/stored-selection";

/** The header's "Compare" link: to the reader's stored selection, with its size, once hydrated. */
export function CompareNavLink() {
  const selection = useStoredSelection() ?? [];
  const t = useTranslations("Compare");
  return (
    <Link href={compareHref(selection)}>
      {t("navLink")}
      {selection.length > 0 && (
        <> {t.rich("chosenCount", { count: selection.length, hidden: (c) => <span className="visually-hidden">{c}</span> })}</>
      )}
    </Link>
  );
}
