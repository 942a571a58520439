import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireEditor } from "@/lib/auth/guards";
import { EMPTY_SECTIONS, type EmptySectionKey } from "@/lib/quality/empty-sections";
import { listLikelyDuplicates } from "@/lib/quality/likely-duplicates";
import {
  countEmptySections,
  listEmptySection,
  listMissingReadings,
  listNonKanaReadings,
  listStaleDrafts,
  listStalePublished,
  QUALITY_LIST_LIMIT,
  type QualityList,
  STALE_DRAFT_DAYS,
} from "@/lib/quality/quality-lists";
import { listUnresolvedLinks } from "@/lib/occupations/unresolved-links";
import { listZeroResultSearches, ZERO_RESULT_RETENTION_DAYS } from "@/lib/quality/zero-result-searches";
import { AddAliasForm } from "./_components/add-alias-form";
import { QualitySection } from "./_components/quality-section";
import "./quality.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Quality"))("title") };
}
export const dynamic = "force-dynamic";

/** The unresolved links as a list section: the profile holding each, and the step as written. */
function unresolvedItems({ total, links }: Awaited<ReturnType<typeof listUnresolvedLinks>>): QualityList {
  return {
    count: total,
    items: links.map((l) => ({
      ...l.occupation,
      detail: `${l.list === "career" ? "Career path" : "Related job"}: ${l.name}`,
    })),
  };
}

type Props = { searchParams: Promise<{ empty?: string | string[] }> };

export default async function QualityPage({ searchParams }: Props) {
  await requireEditor();
  const asked = (await searchParams).empty;
  const section = EMPTY_SECTIONS.find((s) => s.key === (Array.isArray(asked) ? asked[0] : asked));
  const [noReading, notKana, emptyCounts, links, duplicates, drafts, stale, zero] = await Promise.all([
    listMissingReadings(),
    listNonKanaReadings(),
    countEmptySections(),
    listUnresolvedLinks({ limit: QUALITY_LIST_LIMIT }).then(unresolvedItems),
    listLikelyDuplicates(),
    listStaleDrafts(),
    listStalePublished(),
    listZeroResultSearches(),
  ]);
  const [emptyItems, t, format] = await Promise.all([
    section ? listEmptySection(section.key) : [],
    getTranslations("Admin.Quality"),
    getFormatter(),
  ]);
  const hidden = (c: React.ReactNode) => <span className="visually-hidden">{c}</span>;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <nav aria-label={t("toc")} className="quality-toc">
        <ul>
          <li>
            <a href="#no-reading">{t("tocNoReading", { count: noReading.count })}</a>
          </li>
          <li>
            <a href="#not-kana">{t("tocNotKana", { count: notKana.count })}</a>
          </li>
          <li>
            <a href="#empty-sections">{t("tocEmpty")}</a>
          </li>
          <li>
            <a href="#unresolved">{t("tocUnresolved", { count: links.count })}</a>
          </li>
          <li>
            <a href="#duplicates">{t("tocDuplicates", { count: duplicates.count })}</a>
          </li>
          <li>
            <a href="#old-drafts">{t("tocDrafts", { count: drafts.count })}</a>
          </li>
          <li>
            <a href="#stale">{t("tocStale", { count: stale.count })}</a>
          </li>
          <li>
            <a href="#zero-results">{t("tocZero", { count: zero.length })}</a>
          </li>
        </ul>
      </nav>

      <QualitySection id="no-reading" title={t("noReading")} {...noReading} empty={t("noReadingEmpty")} />
      <QualitySection id="not-kana" title={t("notKana")} {...notKana} empty={t("notKanaEmpty")} />

      <section aria-labelledby="empty-sections" className="quality-section">
        <h2 id="empty-sections">{t("tocEmpty")}</h2>
        <table className="admin-table quality-counts">
          <caption className="visually-hidden">{t("emptyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sectionCol")}</th>
              <th scope="col">{t("emptyCol")}</th>
            </tr>
          </thead>
          <tbody>
            {EMPTY_SECTIONS.map((s) => (
              <tr key={s.key}>
                <th scope="row">{t(`section.${s.key}`)}</th>
                <td>
                  {emptyCounts[s.key] ? (
                    <Link href={`/admin/quality?empty=${s.key}#empty-sections`} aria-current={section?.key === s.key ? "true" : undefined}>
                      {format.number(emptyCounts[s.key])}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {section && (
          <QualitySection
            id="empty-list"
            title={t("emptyList", { section: t(`section.${section.key}`) })}
            count={emptyCounts[section.key as EmptySectionKey]}
            items={emptyItems}
            empty={t("none")}
          />
        )}
      </section>

      <QualitySection id="unresolved" title={t("unresolved")} {...links} empty={t("unresolvedEmpty")}>
        <p className="muted">{t("unresolvedNote")}</p>
      </QualitySection>

      <section aria-labelledby="duplicates" className="quality-section">
        <h2 id="duplicates">
          {t("duplicates")} <span className="count">({format.number(duplicates.count)})</span>
        </h2>
        <p className="muted">{t("duplicatesNote")}</p>
        {duplicates.count === 0 ? (
          <p className="muted">{t("duplicatesEmpty")}</p>
        ) : (
          <ul className="quality-list">
            {duplicates.pairs.map((p) => (
              <li key={`${p.a.id}-${p.b.id}`}>
                {t.rich("pair", {
                  a: () => <Link href={`/admin/occupations/${p.a.id}/edit`}>{p.a.name}</Link>,
                  b: () => <Link href={`/admin/occupations/${p.b.id}/edit`}>{p.b.name}</Link>,
                })}
                <span className="muted"> — {t("distance", { distance: p.distance })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <QualitySection id="old-drafts" title={t("drafts", { days: STALE_DRAFT_DAYS })} {...drafts} empty={t("draftsEmpty")} />
      <QualitySection id="stale" title={t("stale")} {...stale} empty={t("staleEmpty")} />

      <section aria-labelledby="zero-results" className="quality-section">
        <h2 id="zero-results">{t("zero")}</h2>
        <p className="muted">{t("zeroNote", { days: ZERO_RESULT_RETENTION_DAYS })}</p>
        {zero.length === 0 ? (
          <p className="muted">{t("zeroEmpty")}</p>
        ) : (
          <table className="admin-table zero-results">
            <thead>
              <tr>
                <th scope="col">{t("query")}</th>
                <th scope="col">{t("searches")}</th>
                <th scope="col">{t("last")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {zero.map((z) => (
                <tr key={z.query}>
                  <th scope="row">{z.query}</th>
                  <td>{z.count}</td>
                  <td>{z.lastDay}</td>
                  <td>
                    <Link className="button small secondary" href={`/admin/occupations/new?name=${encodeURIComponent(z.query)}`}>
                      {t.rich("create", { query: z.query, hidden })}
                    </Link>
                    <AddAliasForm query={z.query} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
