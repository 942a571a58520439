import Link from "next/link";
import type { ReadingRowCount } from "@/lib/reading/reading-index";
import { toHepburn } from "@/lib/reading/romaji";
import { readingCopy as t } from "./copy";

/** The ten rows with their counts; a row without profiles is shown but not linked. */
export function GojuonRows({ rows, current }: { rows: ReadingRowCount[]; current?: string }) {
  return (
    <ul className="gojuon" aria-label={t.rowsLabel}>
      {rows.map(({ row, count }) => {
        const name = t.rowName(row, toHepburn(row));
        const body = (
          <>
            <span className="kana" lang="ja">
              {name.kana}
            </span>
            <span className="visually-hidden">{name.latin}, </span>
            <span className="count">{t.occupations(count)}</span>
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
