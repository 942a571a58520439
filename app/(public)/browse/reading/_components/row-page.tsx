import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isGojuonRow } from "@/lib/reading/gojuon";
import { countByReadingRow, listByReadingRow } from "@/lib/reading/reading-index";
import { Breadcrumb } from "../../../_components/breadcrumb";
import { OccupationCards } from "../../../_components/occupation-cards";
import { readingCopy as t } from "./copy";
import { GojuonRows } from "./gojuon-rows";

export const ROW_PAGE_SIZE = 60;

/** The row named by a URL segment (Next may hand it over percent-encoded), or undefined. */
function rowOf(segment: string): string | undefined {
  let row = segment;
  try {
    row = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return isGojuonRow(row) ? row : undefined;
}

/** Page numbers are path segments (/browse/reading/か/2) so the page stays cacheable: no searchParams. */
function pageOf(segment: string | undefined): number | undefined {
  if (segment === undefined) return 1;
  return /^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : undefined;
}

export async function rowMetadata(segment: string): Promise<Metadata> {
  const row = rowOf(segment);
  if (!row) return { title: "Not found" };
  const count = (await countByReadingRow()).find((r) => r.row === row)?.count ?? 0;
  return { title: t.rowTitle(row), description: t.rowDescription(row, count) };
}

/** One gojūon row: its profiles in Japanese collation order, a page at a time. */
export async function RowPage({ segment, pageSegment }: { segment: string; pageSegment?: string }) {
  const row = rowOf(segment);
  const page = pageOf(pageSegment);
  if (!row || !page) notFound();
  const [rows, { total, items }] = await Promise.all([
    countByReadingRow(),
    listByReadingRow(row, ROW_PAGE_SIZE, (page - 1) * ROW_PAGE_SIZE),
  ]);
  const pages = Math.max(1, Math.ceil(total / ROW_PAGE_SIZE));
  if (page > pages) notFound();
  const here = `/browse/reading/${row}`;
  const href = (p: number) => (p === 1 ? here : `${here}/${p}`);
  return (
    <>
      <Breadcrumb items={[{ name: t.browse, href: "/browse" }, { name: t.indexTitle, href: "/browse/reading" }, { name: `${row}行` }]} />
      <h1>
        {t.rowHeading.before}
        <span lang="ja">{row}</span>
        {t.rowHeading.after}
      </h1>
      <p className="muted">{t.occupations(total)}</p>
      <GojuonRows rows={rows} current={row} />
      {items.length ? <OccupationCards items={items} headingLevel={2} /> : <p>{t.emptyRow}</p>}
      {pages > 1 && (
        <nav className="pagination" aria-label={t.pages}>
          <ul>
            {page > 1 && (
              <li>
                <Link href={href(page - 1)}>{t.previous}</Link>
              </li>
            )}
            <li>
              <span aria-current="page">{t.pageOf(page, pages)}</span>
            </li>
            {page < pages && (
              <li>
                <Link href={href(page + 1)}>{t.next}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
