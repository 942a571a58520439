import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { SearchCombobox } from "./search-combobox";

/**
 * A search form: a plain GET form to /search, so it works without JavaScript; the input is
 * enhanced into a typeahead combobox once the page is interactive. Each one on a page needs its
 * own id and label.
 */
export function SearchBox({ id = "site-search", label, defaultValue = "" }: { id?: string; label?: string; defaultValue?: string }) {
  const t = useTranslations("SearchBox");
  const locale = useLocale() as Locale;
  label ??= t("label");
  return (
    <form className="search-form" role="search" aria-label={label} action={getPathname({ locale, href: "/search" })} method="get">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <SearchCombobox id={id} defaultValue={defaultValue} placeholder={t("placeholder")} />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
