import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { searchHref, type SearchState } from "./search-href";

/** Previous / numbered / next links; the current page is marked, not linked. */
export function Pagination({ state, page, pages }: { state: SearchState; page: number; pages: number }) {
  const t = useTranslations("Search");
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={searchHref({ ...state, page: page - 1 })} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - numbers[i - 1] > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link href={searchHref({ ...state, page: n })} aria-label={t("page", { page: n })}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={searchHref({ ...state, page: page + 1 })} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
