import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Editorial quality" };
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
  const emptyItems = section ? await listEmptySection(section.key) : [];

  return (
    <>
      <h1>Editorial quality</h1>
      <p className="muted">
        What needs an editor before a reader finds it. Deleted profiles are left out; every name links to its edit page.
      </p>
      <nav aria-label="On this page" className="quality-toc">
        <ul>
          <li>
            <a href="#no-reading">No reading ({noReading.count})</a>
          </li>
          <li>
            <a href="#not-kana">Reading not in kana ({notKana.count})</a>
          </li>
          <li>
            <a href="#empty-sections">Empty sections</a>
          </li>
          <li>
            <a href="#unresolved">Unresolved links ({links.count})</a>
          </li>
          <li>
            <a href="#duplicates">Likely duplicates ({duplicates.count})</a>
          </li>
          <li>
            <a href="#old-drafts">Old drafts ({drafts.count})</a>
          </li>
          <li>
            <a href="#stale">Not updated for a year ({stale.count})</a>
          </li>
          <li>
            <a href="#zero-results">Searches with no results ({zero.length})</a>
          </li>
        </ul>
      </nav>

      <QualitySection id="no-reading" title="Profiles with no reading" {...noReading} empty="Every profile has a reading." />
      <QualitySection id="not-kana" title="Readings not in kana" {...notKana} empty="Every reading is in hiragana or katakana." />

      <section aria-labelledby="empty-sections" className="quality-section">
        <h2 id="empty-sections">Empty sections</h2>
        <table className="admin-table quality-counts">
          <caption className="visually-hidden">Profiles leaving each section empty</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Profiles with it empty</th>
            </tr>
          </thead>
          <tbody>
            {EMPTY_SECTIONS.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>
                  {emptyCounts[s.key] ? (
                    <Link href={`/admin/quality?empty=${s.key}#empty-sections`} aria-current={section?.key === s.key ? "true" : undefined}>
                      {emptyCounts[s.key].toLocaleString("en")}
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
            title={`Profiles with no ${section.label.toLowerCase()}`}
            count={emptyCounts[section.key as EmptySectionKey]}
            items={emptyItems}
            empty="None."
          />
        )}
      </section>

      <QualitySection
        id="unresolved"
        title="Career-path steps and related jobs that name no profile"
        {...links}
        empty="Every link names a profile."
      >
        <p className="muted">
          A step or related job links when a profile has that name or alias: add the profile, or the name as an alias of the right one.
        </p>
      </QualitySection>

      <section aria-labelledby="duplicates" className="quality-section">
        <h2 id="duplicates">
          Likely duplicates <span className="count">({duplicates.count.toLocaleString("en")})</span>
        </h2>
        <p className="muted">Names at most one edit in eight characters apart (numbered variants excepted), compared in name order.</p>
        {duplicates.count === 0 ? (
          <p className="muted">No two names are that close.</p>
        ) : (
          <ul className="quality-list">
            {duplicates.pairs.map((p) => (
              <li key={`${p.a.id}-${p.b.id}`}>
                <Link href={`/admin/occupations/${p.a.id}/edit`}>{p.a.name}</Link> and{" "}
                <Link href={`/admin/occupations/${p.b.id}/edit`}>{p.b.name}</Link>
                <span className="muted">
                  {" "}
                  — {p.distance === 0 ? "same name" : `${p.distance} ${p.distance === 1 ? "edit" : "edits"} apart`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <QualitySection
        id="old-drafts"
        title={`Drafts and pending edits older than ${STALE_DRAFT_DAYS} days`}
        {...drafts}
        empty="No old drafts."
      />
      <QualitySection
        id="stale"
        title="Published profiles not updated for a year"
        {...stale}
        empty="Every published profile was updated within the year."
      />

      <section aria-labelledby="zero-results" className="quality-section">
        <h2 id="zero-results">Searches that found nothing</h2>
        <p className="muted">
          Public searches (the search page and the search API) over the last {ZERO_RESULT_RETENTION_DAYS} days, normalised, most frequent
          first. Only the query and a daily count are kept.
        </p>
        {zero.length === 0 ? (
          <p className="muted">No search has come back empty.</p>
        ) : (
          <table className="admin-table zero-results">
            <thead>
              <tr>
                <th scope="col">Query</th>
                <th scope="col">Searches</th>
                <th scope="col">Last</th>
                <th scope="col">Actions</th>
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
                      Create a profile<span className="visually-hidden"> named “{z.query}”</span>
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
