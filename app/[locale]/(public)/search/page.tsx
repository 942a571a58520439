import type { Metadata } from "next";
import Link from "next/link";
import { didYouMean } from "@/lib/search/did-you-mean";
import { PAGE_MAX } from "@/lib/search/limits";
import { searchOccupations } from "@/lib/search/search";
import { SearchBox } from "../_components/search-box";
import { Facets } from "./_components/facets";
import { Pagination } from "./_components/pagination";
import { Results } from "./_components/results";
import { searchHref, type SearchState } from "./_components/search-href";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await readState(searchParams);
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const state = await readState(searchParams);
  let res = await searchOccupations(state);
  const pages = Math.max(1, Math.ceil(Math.min(res.total, PAGE_MAX * res.pageSize) / res.pageSize));
  if (res.total > 0 && res.page > pages) res = await searchOccupations({ ...state, page: pages });
  const suggestions = res.total === 0 && state.q ? await didYouMean(state.q) : [];
  const filtered = [state.major, state.middle, state.minor].filter(Boolean).join(" › ");
  return (
    <>
      <h1>{state.q ? <>Search results for “{state.q}”</> : "Search occupations"}</h1>
      <SearchBox key={state.q} id="page-search" label="Search query" defaultValue={state.q} />
      <div className="search-layout">
        <Facets state={state} facets={res.facets} capped={res.totalCapped} />
        <section aria-labelledby="results-title" className="search-results">
          <h2 id="results-title" className="visually-hidden">Results</h2>
          <p className="result-count" role="status">
            {res.total === 0
              ? "No occupations found"
              : `${res.total.toLocaleString("en")}${res.totalCapped ? "+" : ""} ${res.total === 1 && !res.totalCapped ? "occupation" : "occupations"}`}
            {filtered && <> in {filtered}</>}
            {res.total > res.pageSize && ` · page ${res.page} of ${pages}${res.totalCapped ? "+" : ""}`}
          </p>
          {res.total === 0 ? (
            <div className="empty-state">
              {suggestions.length > 0 && (
                <p>
                  Did you mean{" "}
                  {suggestions.map((s, i) => (
                    <span key={s}>
                      {i > 0 && (i === suggestions.length - 1 ? " or " : ", ")}
                      <Link href={searchHref({ q: s })}>{s}</Link>
                    </span>
                  ))}
                  ?
                </p>
              )}
              <p>Try a shorter word, the reading in kana or romaji (for example “kango” for かんご), or <Link href="/browse">browse by classification</Link>.</p>
              {filtered && <p><Link href={searchHref({ q: state.q })}>Search all classifications</Link></p>}
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
