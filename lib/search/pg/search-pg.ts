import { sql, type SQL } from "drizzle-orm";
import { facetCounts, tallyMinors } from "../facets";
import { highlightFor } from "../highlight";
import { indexedTerms } from "../indexed-terms";
import { planQuery } from "../kanji-reading";
import { MATCH_SAMPLE, PAGE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "../limits";
import { likePrefix, type SearchPlan } from "../query";
import type { SearchInput, SearchResponse } from "../search";
import { pathMatches, type TierFilter } from "../tiers";
import { pgRows, type PgExec } from "./exec";
import { bm25Figures, bm25Hits, bm25Score, type SearchTotals } from "./bm25-pg";
import { lowestRows, planWalks, type WalkFor } from "./lowest-pg";
import { anyOf, docsQuery, NAME_MATCHES, pgMatches, type MatchKey, type PgMatches, type SearchTable } from "./match-pg";
import { LISTS_JSON, listRowsFrom, tierPathsFrom, TIER_PATHS_JSON, type ListsJson } from "./read-pg";

/**
 * searchOccupations on PostgreSQL: the same steps, samples and order as lib/search/search.ts, on
 * search_documents and search_names (tsvector + pg_trgm) instead of the FTS5 tables. Names
 * compare in byte order (text columns are COLLATE "C", drizzle/pg/0001) as SQLite compares them,
 * so ties fall alike.
 */
const published = sql`o.status = 'published' AND o.deleted_at IS NULL`;
const BODY_SAMPLE_FACTOR = 5;
/** A result's columns and its lists (for the highlight), in the statement that reads the page. */
const ROW = sql`o.id, o.slug, o.name, o.reading, o.summary, o.description, o.minor_id AS "minorId", ${LISTS_JSON}`;
type Row = ListsJson & { slug: string; name: string; reading: string; summary: string; description: string; minorId: number };

const ID = sql`d.occupation_id AS id`;
/** A body match's columns for bm25: hits are computed where the rows are read, so the long body is never carried further. */
const scoredColumns = (plan: SearchPlan) => sql`d.occupation_id AS id, d.doc_length, ${bm25Hits(plan)}`;
/** Body matches as read by the first statement: [id, doc_length, f0, f1, …]. */
type ScoredRow = number[];
const scoredNames = (plan: SearchPlan) => ["id", "doc_length", ...plan.words.map((_, i) => `f${i}`)];
/** The rows of `docs_head` as a JSON array of ScoredRow, in id order. */
const scoredJson = (plan: SearchPlan) =>
  sql`SELECT json_agg(json_build_array(${sql.join(
    scoredNames(plan).map((n) => sql`h.${sql.identifier(n)}`),
    sql`, `,
  )}) ORDER BY h.id) FROM docs_head h`;

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
 * The published ids matched by name, alias or reading (not body text), with flags and the
 * name_key and reading that rank them; see priorityHits on SQLite. Rows of search_names are
 * published ones (the index holds nothing else) and carry their name_key and reading, so a
 * common prefix's thousands of matches are ranked without reading each profile.
 */
function priorityHits(plan: SearchPlan, m: PgMatches, sample: number | undefined, walkFor: WalkFor): SQL {
  const key = sql`${plan.exactKey}`;
  const names = sql`SELECT id, name_key, reading, status, deleted_at FROM occupations WHERE name_key >= ${key} AND name_key < ${`${plan.exactKey}\u{10FFFF}`}`;
  const parts: SQL[] = [
    sql`SELECT o.id, 1 AS named, 0 AS by_reading, o.name_key, o.reading FROM (${sample ? sql`${names} ORDER BY name_key, id LIMIT ${sample}` : names}) o
      WHERE ${published}`,
    sql`SELECT o.id, 1, 0, o.name_key, o.reading FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
      WHERE t.list = 'alias' AND t.value_key = ${key} AND ${published}`,
  ];
  const columns = sql`d.occupation_id AS id, d.name_key, d.reading`;
  const ids = (k: MatchKey) =>
    sample
      ? lowestRows("search_names", columns, m[k]!, sample, walkFor(k, sample))
      : sql`SELECT ${columns} FROM search_names d WHERE ${m[k]!}`;
  for (const k of ["names", "grams"] as const) if (m[k]) parts.push(sql`SELECT id, 1, 0, name_key, reading FROM (${ids(k)}) n`);
  for (const k of ["readingGrams", "readingPrefix", "mixed"] as const)
    if (m[k]) parts.push(sql`SELECT id, 0, 1, name_key, reading FROM (${ids(k)}) r`);
  return sql`SELECT id, max(named) AS named, max(by_reading) AS by_reading, min(name_key) AS name_key, min(reading) AS reading
    FROM (${sql.join(parts, sql` UNION ALL `)}) p GROUP BY id`;
}

export async function searchOccupationsPg(exec: PgExec, input: SearchInput): Promise<SearchResponse> {
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), PAGE_MAX);
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize ?? PAGE_SIZE_DEFAULT)), PAGE_SIZE_MAX);
  const filter: TierFilter = { major: input.major || undefined, middle: input.middle || undefined, minor: input.minor || undefined };
  const plan = await planQuery(input.q);
  const empty: SearchResponse = { total: 0, totalCapped: false, page, pageSize, results: [], facets: { major: [], middle: [], minor: [] } };
  if (plan.text && !plan.words.length) return empty;

  const m = pgMatches(plan);
  const walkFor: WalkFor = plan.words.length ? await planWalks(exec, plan, m) : () => undefined;
  // Tier paths and the matches that counts and facets read (at most MATCH_SAMPLE + 1, in id order,
  // as on SQLite) in one statement; the sample's rows are probed by primary key from an id array.
  // The lowest body matches come back with their bm25 hits: ranking goes on from them (rankedPage).
  const sampled = MATCH_SAMPLE + 1;
  const bodyHead =
    m.docs &&
    sql`WITH docs_head AS MATERIALIZED (
      ${lowestRows("search_documents", scoredColumns(plan), m.docs, sampled, walkFor("docs", sampled), { computed: true })})`;
  const [first] = await pgRows<{
    paths: [number, string, string, string][] | null;
    sample?: number[] | null;
    counts?: [number, number][] | null;
    totals?: SearchTotals;
    docs?: ScoredRow[] | null;
  }>(
    exec,
    plan.words.length
      ? sql`${bodyHead ?? sql``} SELECT ${TIER_PATHS_JSON} AS paths, (SELECT json_build_object('docs', docs, 'tokens', tokens) FROM search_totals) AS totals,
          (SELECT json_agg(o.minor_id ORDER BY o.id) FROM occupations o
          WHERE o.id = ANY(ARRAY(${hitIds(m, sampled, walkFor, bodyHead && sql`SELECT id FROM docs_head`)})) AND ${published}) AS sample
          ${bodyHead ? sql`, (${scoredJson(plan)}) AS docs` : sql``}`
      : sql`SELECT ${TIER_PATHS_JSON} AS paths, (SELECT json_agg(json_build_array(c.minor_id, c.n)) FROM
          (SELECT o.minor_id, count(*)::int AS n FROM occupations o WHERE ${published} GROUP BY o.minor_id) c) AS counts`,
  );
  const paths = tierPathsFrom(first.paths);
  const sample = plan.words.length ? (first.sample ?? []).map((minorId) => ({ minorId })) : undefined;
  let capped = !!sample && sample.length > MATCH_SAMPLE;
  const counts = sample ? tallyMinors(sample.slice(0, MATCH_SAMPLE)) : (first.counts ?? []).map(([minorId, n]) => ({ minorId, n }));
  const facets = facetCounts(counts, paths, filter);
  const filtered = !!(filter.major || filter.middle || filter.minor);
  const minorIds = [...paths].filter(([, p]) => pathMatches(p, filter)).map(([id]) => id);
  let total = counts.filter((c) => minorIds.includes(c.minorId)).reduce((n, c) => n + c.n, 0);
  const inTiers = filtered ? sql`AND o.minor_id = ANY(${sql.param(minorIds)}::int[])` : sql``;
  if (capped && filtered && minorIds.length) {
    const scan = MATCH_SAMPLE * 5;
    const [r] = await pgRows<{ scanned: number; n: number }>(
      exec,
      sql`SELECT count(*)::int AS scanned, count(o.id)::int AS n
        FROM (${hitIds(m, scan, walkFor)}) h LEFT JOIN occupations o ON o.id = h.id AND ${published} ${inTiers}`,
    );
    capped = r.scanned >= scan || r.n > MATCH_SAMPLE;
    total = Math.min(r.n, MATCH_SAMPLE);
  }
  if (!total && !capped) return { ...empty, facets };
  const offset = (page - 1) * pageSize;
  const rows = plan.words.length
    ? await rankedPage(
        exec,
        plan,
        m,
        { inTiers, filtered, totals: first.totals!, walkFor, docsHead: first.docs ?? [] },
        offset,
        pageSize,
        capped ? MATCH_SAMPLE : undefined,
      )
    : await pgRows<Row>(
        exec,
        sql`SELECT ${ROW} FROM occupations o WHERE ${published} ${inTiers} ORDER BY o.name_key, o.id LIMIT ${pageSize} OFFSET ${offset}`,
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

/** Name, alias and reading matches first (as on SQLite), then body matches by bm25 (bm25-pg.ts). */
async function rankedPage(
  exec: PgExec,
  plan: SearchPlan,
  m: PgMatches,
  {
    inTiers,
    filtered,
    totals,
    walkFor,
    docsHead,
  }: { inTiers: SQL; filtered: boolean; totals: SearchTotals; walkFor: WalkFor; docsHead: ScoredRow[] },
  offset: number,
  pageSize: number,
  sample?: number,
): Promise<Row[]> {
  // The tier filter is an id list, as for body matches below.
  const inTierIds = (id: SQL) => (filtered ? sql`AND ${id} IN (SELECT o.id FROM occupations o WHERE ${published} ${inTiers})` : sql``);
  const priority = await pgRows<{ id: number; n: number }>(
    exec,
    sql`SELECT h.id, count(*) OVER ()::int AS n
    FROM (${priorityHits(plan, m, sample, walkFor)}) h
    WHERE true ${inTierIds(sql`h.id`)}
    ORDER BY CASE
        WHEN h.name_key = ${plan.exactKey} THEN 0
        WHEN h.id IN (SELECT t.occupation_id FROM occupation_terms t WHERE t.list = 'alias' AND t.value_key = ${plan.exactKey}) THEN 0
        WHEN h.name_key LIKE ${likePrefix(plan.exactKey)} THEN 1
        ${plan.readingExact ? sql`WHEN h.by_reading = 1 AND h.reading IN (${plan.readingExact[0]}, ${plan.readingExact[1]}) THEN 1` : sql``}
        WHEN h.named = 1 THEN 2
        ELSE 3 END,
      h.name_key, h.id
    LIMIT ${pageSize} OFFSET ${offset}`,
  );
  const ids = priority.map((r) => r.id);
  const rest = pageSize - ids.length;
  if (m.docs && docsHead.length && rest > 0) {
    // No priority row on the first page: there are none at all, and nothing to count.
    const priorityTotal =
      priority[0]?.n ??
      (offset === 0
        ? 0
        : ((
            await pgRows<{ n: number }>(
              exec,
              sql`SELECT count(*)::int AS n FROM (${priorityHits(plan, m, sample, walkFor)}) h WHERE true ${inTierIds(sql`h.id`)}`,
            )
          )[0]?.n ?? 0));
    const figures = await bm25Figures(exec, plan, totals);
    const scored = bodyMatches(plan, m.docs, docsHead, sample && sample * BODY_SAMPLE_FACTOR, walkFor);
    const body = await pgRows<{ id: number }>(
      exec,
      sql`SELECT s.id FROM (${scored}) s
      WHERE s.id NOT IN (SELECT id FROM (${priorityHits(plan, m, sample, walkFor)}) p) ${inTierIds(sql`s.id`)}
      ORDER BY ${bm25Score(plan, figures)} DESC, s.id
      LIMIT ${rest} OFFSET ${Math.max(0, offset - priorityTotal)}`,
    );
    ids.push(...body.map((r) => r.id));
  }
  if (!ids.length) return [];
  const byId = new Map(
    (await pgRows<Row>(exec, sql`SELECT ${ROW} FROM occupations o WHERE o.id = ANY(${sql.param(ids)}::int[]) AND ${published}`)).map(
      (r) => [r.id, r],
    ),
  );
  return ids.map((id) => byId.get(id)).filter((r): r is Row => !!r);
}

/**
 * The body matches to rank (all of them, or the lowest `limit`), as rows of scoredColumns. The
 * first statement read the lowest MATCH_SAMPLE + 1 (`head`): fewer are all there are, and a sample
 * goes on past the last of them rather than reading them again.
 */
function bodyMatches(plan: SearchPlan, docs: SQL, head: ScoredRow[], limit: number | undefined, walkFor: WalkFor): SQL {
  const complete = head.length <= MATCH_SAMPLE;
  // Not sampled after all (a tier filter left fewer matches than the cap): every body match.
  if (!complete && !limit) return sql`SELECT ${scoredColumns(plan)} FROM search_documents d WHERE d.body @@ ${docsQuery(plan)}`;
  const names = scoredNames(plan);
  const column = (i: number) => sql`${sql.param(head.map((r) => r[i]))}::${sql.raw(i < 2 ? "int" : "float8")}[]`;
  const read = sql`SELECT * FROM unnest(${sql.join(
    names.map((_, i) => column(i)),
    sql`, `,
  )}) AS h(${sql.raw(names.join(", "))})`;
  if (complete || head.length >= limit!) return read;
  const rest = limit! - head.length;
  return sql`${read} UNION ALL (${lowestRows("search_documents", scoredColumns(plan), docs, rest, walkFor("docs", rest), { after: head[head.length - 1][0], computed: true })})`;
}
