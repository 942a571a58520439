import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { isGojuonRow } from "@/lib/reading/gojuon";
import { countByReadingRow, listByReadingRow } from "@/lib/reading/reading-index";
import { Breadcrumb } from "../../../_components/breadcrumb";
import { OccupationCards } from "../../../_components/occupation-cards";
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

export async function rowMetadata(locale: Locale, segment: string): Promise<Metadata> {
  const row = rowOf(segment);
  const t = await getTranslations({ locale, namespace: "Reading" });
  if (!row) return { title: t("notFound") };
  const count = (await countByReadingRow()).find((r) => r.row === row)?.count ?? 0;
  return {
    title: t("rowTitle", { row }),
    description: t("rowDescription", { row, count }),
    alternates: alternates(locale, `/browse/reading/${row}`),
  };
}

/** One gojūon row: its profiles in Japanese collation order, a page at a time. */
export async function RowPage({ locale, segment, pageSegment }: { locale: Locale; segment: string; pageSegment?: string }) {
  const row = rowOf(segment);
  const page = pageOf(pageSegment);
  if (!row || !page) notFound();
  const [t, rows, { total, items }] = await Promise.all([
    getTranslations({ locale, namespace: "Reading" }),
    countByReadingRow(),
    listByReadingRow(row, ROW_PAGE_SIZE, (page - 1) * ROW_PAGE_SIZE),
  ]);
  const pages = Math.max(1, Math.ceil(total / ROW_PAGE_SIZE));
  if (page > pages) notFound();
  const here = `/browse/reading/${row}`;
  const href = (p: number) => (p === 1 ? here : `${here}/${p}`);
  return (
    <>
      <Breadcrumb
        items={[
          { name: t("browse"), href: "/browse" },
          { name: t("indexTitle"), href: "/browse/reading" },
          { name: t("rowKana", { row }) },
        ]}
      />
      <h1>{t.rich("rowHeading", { row, kana: (c) => <span lang="ja">{c}</span> })}</h1>
      <p className="muted">{t("occupations", { count: total })}</p>
      <GojuonRows rows={rows} current={row} />
      {items.length ? <OccupationCards items={items} headingLevel={2} /> : <p>{t("emptyRow")}</p>}
      {pages > 1 && (
        <nav className="pagination" aria-label={t("pages")}>
          <ul>
            {page > 1 && (
              <li>
                <Link href={href(page - 1)}>{t("previous")}</Link>
              </li>
            )}
            <li>
              <span aria-current="page">{t("pageOf", { page, pages })}</span>
            </li>
            {page < pages && (
              <li>
                <Link href={href(page + 1)}>{t("next")}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
