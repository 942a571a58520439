import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ReadingRowCount } from "@/lib/reading/reading-index";
import { toHepburn } from "@/lib/reading/romaji";

/** The ten rows with their counts; a row without profiles is shown but not linked. */
export function GojuonRows({ rows, current }: { rows: ReadingRowCount[]; current?: string }) {
  const t = useTranslations("Reading");
  return (
    <ul className="gojuon" aria-label={t("rowsLabel")}>
      {rows.map(({ row, count }) => {
        const body = (
          <>
            <span className="kana" lang="ja">
              {t("rowKana", { row })}
            </span>
            <span className="visually-hidden">{t("rowLatin", { romaji: toHepburn(row) })}</span>
            <span className="count">{t("occupations", { count })}</span>
          </>
        );
        return (
          <li key={row}>
            {count > 0 ? (
              <Link href={`/browse/reading/${row}`} aria-current={row === current ? "page" : undefined}>
                {body}
              </Link>
            ) : (
              <span className="empty">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
