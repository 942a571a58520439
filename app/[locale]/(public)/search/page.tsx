import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { after } from "next/server";
import { noteSearchOutcome } from "@/lib/quality/zero-result-searches";
import { didYouMean } from "@/lib/search/did-you-mean";
import { searchSomeWords } from "@/lib/search/some-words";
import { PAGE_MAX } from "@/lib/search/limits";
import { searchOccupations } from "@/lib/search/search";
import { SearchBox } from "../_components/search-box";
import { Facets } from "./_components/facets";
import { Pagination } from "./_components/pagination";
import { Results } from "./_components/results";
import { searchHref, type SearchState } from "./_components/search-href";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The page reads its URL leniently: a bad page number is page 1, never an error. */
async function readState(searchParams: Props["searchParams"]): Promise<SearchState> {
  const sp = await searchParams;
  const page = Number(first(sp.page));
  return {
    q: (first(sp.q) ?? "").slice(0, 1_000),
    major: first(sp.major)?.slice(0, 500),
    middle: first(sp.middle)?.slice(0, 500),
    minor: first(sp.minor)?.slice(0, 500),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, PAGE_MAX) : 1,
  };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [{ q }, t] = await Promise.all([readState(searchParams), getTranslations({ locale, namespace: "Search" })]);
  return {
    title: q ? t("titleQuery", { q: q.slice(0, 60) }) : t("title"),
    robots: { index: false },
    alternates: alternates(locale, "/search"),
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [state, t] = await Promise.all([readState(searchParams), getTranslations("Search")]);
  const whole = await searchOccupations(state);
  // After the response: the count waits for no one, and a failed write cannot spoil the page. It
  // counts the query as asked: one that found nothing as a whole is worth an editor's look.
  after(() => noteSearchOutcome(state, whole.total));
  const relaxedSearch = await searchSomeWords(state, whole);
  let res = relaxedSearch.res;
  const relaxed = relaxedSearch.relaxed;
  const searched = relaxed ? { ...state, q: relaxed.q } : state;
  const pages = Math.max(1, Math.ceil(Math.min(res.total, PAGE_MAX * res.pageSize) / res.pageSize));
  if (res.total > 0 && res.page > pages) res = await searchOccupations({ ...searched, page: pages });
  const suggestions = res.total === 0 && state.q ? await didYouMean(state.q) : [];
  const filtered = [state.major, state.middle, state.minor].filter(Boolean).join(" › ");
  return (
    <>
      <h1>{state.q ? t("headingQuery", { q: state.q }) : t("heading")}</h1>
      <SearchBox key={state.q} id="page-search" label={t("queryLabel")} defaultValue={state.q} />
      <div className="search-layout">
        <Facets state={state} facets={res.facets} capped={res.totalCapped} />
        <section aria-labelledby="results-title" className="search-results">
          <h2 id="results-title" className="visually-hidden">
            {t("results")}
          </h2>
          {relaxed && (
            <p className="alert info">
              {t.rich("someWords", {
                dropped: relaxed.dropped.join(" "),
                q: relaxed.q,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
          )}
          <p className="result-count" role="status">
            {res.total === 0 ? t("none") : t(res.totalCapped ? "countCapped" : "count", { count: res.total })}
            {filtered && t("inFilter", { filter: filtered })}
            {res.total > res.pageSize && t(res.totalCapped ? "pageOfCapped" : "pageOf", { page: res.page, pages })}
          </p>
          {res.total === 0 ? (
            <div className="empty-state">
              {suggestions.length > 0 && (
                <p>
                  {t("didYouMean")}{" "}
                  {suggestions.map((s, i) => (
                    <span key={s}>
                      {i > 0 && (i === suggestions.length - 1 ? t("or") : t("listSeparator"))}
                      <Link href={searchHref({ q: s })}>{s}</Link>
                    </span>
                  ))}
                  {t("questionMark")}
                </p>
              )}
              <p>{t.rich("tryShorter", { browse: (chunks) => <Link href="/browse">{chunks}</Link> })}</p>
              {filtered && (
                <p>
                  <Link href={searchHref({ q: state.q })}>{t("searchAll")}</Link>
                </p>
              )}
            </div>
          ) : (
            <>
              <Results results={res.results} start={(res.page - 1) * res.pageSize + 1} />
              <Pagination state={state} page={res.page} pages={pages} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
