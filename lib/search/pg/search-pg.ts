import { sql, type SQL } from "drizzle-orm";
import { facetCounts, tallyMinors } from "../facets";
import { highlightFor } from "../highlight";
import { indexedTerms } from "../indexed-terms";
import { planQuery } from "../kanji-reading";
import { MATCH_SAMPLE, PAGE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "../limits";
import type { SearchPlan } from "../query";
import type { SearchInput, SearchResponse } from "../search";
import { pathMatches, type TierFilter } from "../tiers";
import { pgRows, type PgExec } from "./exec";
import { bm25Figures, readTotals, type SearchTotals } from "./bm25-pg";
import { lowestRows, NO_WALKS, planWalks, type WalkFor } from "./lowest-pg";
import { anyOf, NAME_MATCHES, pgMatches, type MatchKey, type PgMatches, type SearchTable } from "./match-pg";
import {
  bodyPage,
  priorityPage,
  published,
  rankedPage,
  ROW,
  scoredColumns,
  scoredJson,
  type Ranked,
  type Ranking,
  type Row,
  type ScoredRow,
} from "./rank-pg";
import { listRowsFrom, tierPathsFrom, TIER_PATHS_JSON } from "./read-pg";

/**
 * searchOccupations on PostgreSQL: the same steps, samples and order as lib/search/search.ts, on
 * search_documents and search_names (tsvector + pg_trgm) instead of the FTS5 tables. Names
 * compare in byte order (text columns are COLLATE "C", drizzle/pg/0001) as SQLite compares them,
 * so ties fall alike.
 */
const ID = sql`d.occupation_id AS id`;

/** Ids of a match on its table; with `limit`, the lowest that many (lowest-pg.ts). */
const matchIds = (table: SearchTable, cond: SQL, limit?: number, walk?: number) =>
  limit ? lowestRows(table, ID, cond, limit, walk) : sql`SELECT ${ID} FROM ${sql.identifier(table)} d WHERE ${cond}`;

/**
 * The lowest `limit` ids of any of the matches. Body and name matches are in different tables, so
 * these are the lowest of the body's lowest `limit` (or `docs`, ids already read) and the name
 * matches' lowest `limit`.
 */
function hitIds(m: PgMatches, limit: number, walkFor: WalkFor, docs?: SQL): SQL {
  const named = anyOf(NAME_MATCHES.map((k) => m[k]));
  const parts: SQL[] = [];
  if (named) parts.push(matchIds("search_names", named, limit, walkFor("named", limit)));
  if (m.docs) parts.push(docs ?? matchIds("search_documents", m.docs, limit, walkFor("docs", limit)));
  return parts.length === 1
    ? parts[0]
    : sql`SELECT id FROM (${parts[0]}) a UNION SELECT id FROM (${parts[1]}) b ORDER BY id LIMIT ${limit}`;
}

/**
 * Page 1 of a common query without a tier filter is ranked from samples (MATCH_SAMPLE rows of each
 * match): the statements that rank it need nothing from the first one, which only confirms the
 * cap, so they run beside it on other connections of the pool. The planner's estimates pick these
 * queries; where the first statement finds no cap after all, the page is ranked again after it.
 * A match of several words is estimated by its most selective word (lowest-pg.ts), which can be
 * far above the matches of all of them ("data analyst": 2,497 for 470), and a substring's
 * estimate is often wild: those need a wider margin, or are not trusted at all.
 * The body is ranked ahead too unless the name matches are expected to fill the page.
 */
const AHEAD_ONE_WORD = 1.5 * MATCH_SAMPLE;
const AHEAD_WORDS = 4 * MATCH_SAMPLE;
const NAMES_FILL = 5;

/** The statements ranked ahead, and the index totals when the body is among them (its bm25 reads them). */
function rankAhead(exec: PgExec, plan: SearchPlan, m: PgMatches, walkFor: WalkFor, pageSize: number) {
  const bound = plan.words.length === 1 ? AHEAD_ONE_WORD : AHEAD_WORDS;
  const trusted: MatchKey[] = ["docs", "names", "readingGrams", "readingPrefix"];
  if (!trusted.some((k) => m[k] && (walkFor.expected(k) ?? 0) >= bound)) return undefined;
  const r: Ranking = { plan, m, walkFor, sample: MATCH_SAMPLE };
  const totals = m.docs && (walkFor.expected("named") ?? 0) < NAMES_FILL * pageSize ? readTotals(exec) : undefined;
  const body = totals?.then((t) => bm25Figures(exec, plan, t)).then((figures) => bodyPage(exec, r, figures, undefined, 0, pageSize));
  const ranked: Promise<Ranked> = Promise.all([priorityPage(exec, r, 0, pageSize), body]).then(([priority, b]) => ({ priority, body: b }));
  return { ranked, totals };
}

export async function searchOccupationsPg(exec: PgExec, input: SearchInput): Promise<SearchResponse> {
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), PAGE_MAX);
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize ?? PAGE_SIZE_DEFAULT)), PAGE_SIZE_MAX);
  const filter: TierFilter = { major: input.major || undefined, middle: input.middle || undefined, minor: input.minor || undefined };
  const plan = await planQuery(input.q);
  const empty: SearchResponse = { total: 0, totalCapped: false, page, pageSize, results: [], facets: { major: [], middle: [], minor: [] } };
  if (plan.text && !plan.words.length) return empty;

  const m = pgMatches(plan);
  const walkFor = plan.words.length ? await planWalks(exec, plan, m) : NO_WALKS;
  const offset = (page - 1) * pageSize;
  const filtered = !!(filter.major || filter.middle || filter.minor);
  const ahead = plan.words.length && offset === 0 && !filtered ? rankAhead(exec, plan, m, walkFor, pageSize) : undefined;
  // Tier paths and the matches that counts and facets read (at most MATCH_SAMPLE + 1, in id order,
  // as on SQLite) in one statement; the sample's rows are probed by primary key from an id array.
  // Unless the body is ranked ahead, the lowest body matches come back with their bm25 hits, and
  // ranking goes on from them (rankedPage), as do the index totals.
  const sampled = MATCH_SAMPLE + 1;
  const bodyAhead = !!ahead?.totals;
  const bodyHead =
    m.docs &&
    !bodyAhead &&
    sql`WITH docs_head AS MATERIALIZED (
      ${lowestRows("search_documents", scoredColumns(plan), m.docs, sampled, walkFor("docs", sampled), { computed: true })})`;
  const [[first], ranked] = await Promise.all([
    pgRows<{
      paths: [number, string, string, string][] | null;
      sample?: number[] | null;
      counts?: [number, number][] | null;
      totals?: SearchTotals;
      docs?: ScoredRow[] | null;
    }>(
      exec,
      plan.words.length
        ? sql`${bodyHead || sql``} SELECT ${TIER_PATHS_JSON} AS paths,
          ${bodyAhead ? sql`` : sql`(SELECT json_build_object('docs', docs, 'tokens', tokens) FROM search_totals) AS totals,`}
          (SELECT json_agg(o.minor_id ORDER BY o.id) FROM occupations o
          WHERE o.id = ANY(ARRAY(${hitIds(m, sampled, walkFor, bodyHead ? sql`SELECT id FROM docs_head` : undefined)})) AND ${published}) AS sample
          ${bodyHead ? sql`, (${scoredJson(plan)}) AS docs` : sql``}`
        : sql`SELECT ${TIER_PATHS_JSON} AS paths, (SELECT json_agg(json_build_array(c.minor_id, c.n)) FROM
          (SELECT o.minor_id, count(*)::int AS n FROM occupations o WHERE ${published} GROUP BY o.minor_id) c) AS counts`,
    ),
    ahead?.ranked,
  ]);
  const paths = tierPathsFrom(first.paths);
  const sample = plan.words.length ? (first.sample ?? []).map((minorId) => ({ minorId })) : undefined;
  let capped = !!sample && sample.length > MATCH_SAMPLE;
  const counts = sample ? tallyMinors(sample.slice(0, MATCH_SAMPLE)) : (first.counts ?? []).map(([minorId, n]) => ({ minorId, n }));
  const facets = facetCounts(counts, paths, filter);
  const minorIds = [...paths].filter(([, p]) => pathMatches(p, filter)).map(([id]) => id);
  let total = counts.filter((c) => minorIds.includes(c.minorId)).reduce((n, c) => n + c.n, 0);
  const inTiers = filtered ? sql`AND o.minor_id = ANY(${sql.param(minorIds)}::int[])` : undefined;
  if (capped && filtered && minorIds.length) {
    const scan = MATCH_SAMPLE * 5;
    const [r] = await pgRows<{ scanned: number; n: number }>(
      exec,
      sql`SELECT count(*)::int AS scanned, count(o.id)::int AS n
        FROM (${hitIds(m, scan, walkFor)}) h LEFT JOIN occupations o ON o.id = h.id AND ${published} ${inTiers!}`,
    );
    capped = r.scanned >= scan || r.n > MATCH_SAMPLE;
    total = Math.min(r.n, MATCH_SAMPLE);
  }
  if (!total && !capped) return { ...empty, facets };
  // The body matches the first statement read; none read is not none found.
  const head = bodyHead ? (first.docs ?? []) : undefined;
  const rows = plan.words.length
    ? await rankedPage(
        exec,
        { plan, m, walkFor, inTiers, sample: capped ? MATCH_SAMPLE : undefined },
        first.totals ?? (await ahead!.totals!),
        head,
        offset,
        pageSize,
        // Ranked ahead from the samples, as the cap now confirms.
        capped ? ranked : undefined,
      )
    : await pgRows<Row>(
        exec,
        sql`SELECT ${ROW} FROM occupations o WHERE ${published} ${inTiers ?? sql``} ORDER BY o.name_key, o.id LIMIT ${pageSize} OFFSET ${offset}`,
      );
  if (capped) total = Math.max(total, offset + rows.length);
  if (!total) return { ...empty, facets };

  const lists = listRowsFrom(rows);
  const results = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    reading: r.reading,
    summary: r.summary,
    classification: paths.get(r.minorId)!,
    highlight:
      highlightFor(
        { name: r.name, reading: r.reading, summary: r.summary, description: r.description, ...indexedTerms(lists, r.id) },
        plan,
      ) ?? null,
  }));
  return { total, totalCapped: capped, page, pageSize, results, facets };
}
