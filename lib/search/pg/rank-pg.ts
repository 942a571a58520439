import { sql, type SQL } from "drizzle-orm";
import { MATCH_SAMPLE } from "../limits";
import { likePrefix, type SearchPlan } from "../query";
import { pgRows, type PgExec } from "./exec";
import { bm25Figures, bm25Hits, bm25Score, type Bm25, type SearchTotals } from "./bm25-pg";
import { lowestRows, type WalkFor } from "./lowest-pg";
import { docsQuery, type MatchKey, type PgMatches } from "./match-pg";
import { LISTS_JSON, type ListsJson } from "./read-pg";

/**
 * The ranking of a search's page on PostgreSQL (search-pg.ts): name, alias and reading matches
 * first, as on SQLite (priorityHits), then body matches by bm25 (bm25-pg.ts).
 */
export const published = sql`o.status = 'published' AND o.deleted_at IS NULL`;
const BODY_SAMPLE_FACTOR = 5;
/** A result's columns and its lists (for the highlight), in the statement that reads the page. */
export const ROW = sql`o.id, o.slug, o.name, o.reading, o.summary, o.description, o.minor_id AS "minorId", ${LISTS_JSON}`;
export type Row = ListsJson & { slug: string; name: string; reading: string; summary: string; description: string; minorId: number };

/** A body match's columns for bm25: hits are computed where the rows are read, so the long body is never carried further. */
export const scoredColumns = (plan: SearchPlan) => sql`d.occupation_id AS id, d.doc_length, ${bm25Hits(plan)}`;
/** Body matches as read by a search's first statement: [id, doc_length, f0, f1, …]. */
export type ScoredRow = number[];
const scoredNames = (plan: SearchPlan) => ["id", "doc_length", ...plan.words.map((_, i) => `f${i}`)];
/** The rows of `docs_head` (rows of scoredColumns) as a JSON array of ScoredRow, in id order. */
export const scoredJson = (plan: SearchPlan) =>
  sql`SELECT json_agg(json_build_array(${sql.join(
    scoredNames(plan).map((n) => sql`h.${sql.identifier(n)}`),
    sql`, `,
  )}) ORDER BY h.id) FROM docs_head h`;

/**
 * What ranks a page: the query, its matches and walks, the tier filter if any (`inTiers` on
 * occupations `o`), and `sample`, the cap of each match's rows when the matches are capped.
 */
export type Ranking = { plan: SearchPlan; m: PgMatches; walkFor: WalkFor; inTiers?: SQL; sample?: number };
/** Page 1's priority matches and, when it was read, its body ranking (bodyPage), already run. */
export type Ranked = { priority: { id: number; n: number }[]; body?: number[] };

/**
 * The published ids matched by name, alias or reading (not body text), with flags and the
 * name_key and reading that rank them; see priorityHits on SQLite. Rows of search_names are
 * published ones (the index holds nothing else) and carry their name_key and reading, so a
 * common prefix's thousands of matches are ranked without reading each profile.
 */
function priorityHits({ plan, m, sample, walkFor }: Ranking): SQL {
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

/** The tier filter on an id, as an id list (for priority and body matches alike). */
const inTierIds = (r: Ranking, id: SQL) =>
  r.inTiers ? sql`AND ${id} IN (SELECT o.id FROM occupations o WHERE ${published} ${r.inTiers})` : sql``;

/** A page of the priority matches, in rank order; `n` is how many there are in all. */
export function priorityPage(exec: PgExec, r: Ranking, offset: number, pageSize: number): Promise<Ranked["priority"]> {
  const { plan } = r;
  return pgRows(
    exec,
    sql`SELECT h.id, count(*) OVER ()::int AS n
    FROM (${priorityHits(r)}) h
    WHERE true ${inTierIds(r, sql`h.id`)}
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
}

/**
 * Body matches that are not priority matches, by bm25: `count` ids from `offset`. `head` is the
 * lowest body matches as the first statement read them, when it did (bodyMatches).
 */
export async function bodyPage(exec: PgExec, r: Ranking, figures: Bm25, head: ScoredRow[] | undefined, offset: number, count: number) {
  const scored = bodyMatches(r, head, r.sample && r.sample * BODY_SAMPLE_FACTOR);
  const rows = await pgRows<{ id: number }>(
    exec,
    sql`SELECT s.id FROM (${scored}) s
      WHERE s.id NOT IN (SELECT id FROM (${priorityHits(r)}) p) ${inTierIds(r, sql`s.id`)}
      ORDER BY ${bm25Score(r.plan, figures)} DESC, s.id
      LIMIT ${count} OFFSET ${offset}`,
  );
  return rows.map((row) => row.id);
}

/**
 * A page of results, ranked: priority matches, then body matches. `head`: as in bodyPage; an
 * empty head means there are no body matches. `ranked`: what page 1 of this ranking already ran.
 */
export async function rankedPage(
  exec: PgExec,
  r: Ranking,
  totals: SearchTotals,
  head: ScoredRow[] | undefined,
  offset: number,
  pageSize: number,
  ranked?: Ranked,
): Promise<Row[]> {
  const priority = ranked?.priority ?? (await priorityPage(exec, r, offset, pageSize));
  const ids = priority.map((p) => p.id);
  const rest = pageSize - ids.length;
  if (ranked?.body) ids.push(...ranked.body.slice(0, rest));
  else if (r.m.docs && (head === undefined || head.length) && rest > 0) {
    // No priority row on the first page: there are none at all, and nothing to count.
    const priorityTotal =
      priority[0]?.n ??
      (offset === 0
        ? 0
        : ((
            await pgRows<{ n: number }>(
              exec,
              sql`SELECT count(*)::int AS n FROM (${priorityHits(r)}) h WHERE true ${inTierIds(r, sql`h.id`)}`,
            )
          )[0]?.n ?? 0));
    ids.push(...(await bodyPage(exec, r, await bm25Figures(exec, r.plan, totals), head, Math.max(0, offset - priorityTotal), rest)));
  }
  return rowsOf(exec, ids);
}

/** The result rows of some ids, in their order. */
async function rowsOf(exec: PgExec, ids: number[]): Promise<Row[]> {
  if (!ids.length) return [];
  const byId = new Map(
    (await pgRows<Row>(exec, sql`SELECT ${ROW} FROM occupations o WHERE o.id = ANY(${sql.param(ids)}::int[]) AND ${published}`)).map(
      (r) => [r.id, r],
    ),
  );
  return ids.map((id) => byId.get(id)).filter((r): r is Row => !!r);
}

/**
 * The body matches to rank (all of them, or the lowest `limit`), as rows of scoredColumns. When
 * the first statement read the lowest MATCH_SAMPLE + 1 (`head`), fewer are all there are, and a
 * sample goes on past the last of them rather than reading them again.
 */
function bodyMatches({ plan, m, walkFor }: Ranking, head: ScoredRow[] | undefined, limit: number | undefined): SQL {
  const all = sql`SELECT ${scoredColumns(plan)} FROM search_documents d WHERE d.body @@ ${docsQuery(plan)}`;
  const lowest = (n: number, after?: number) =>
    lowestRows("search_documents", scoredColumns(plan), m.docs!, n, walkFor("docs", n), { after, computed: true });
  if (!head) return limit ? lowest(limit) : all;
  const complete = head.length <= MATCH_SAMPLE;
  // Not sampled after all (a tier filter left fewer matches than the cap): every body match.
  if (!complete && !limit) return all;
  const names = scoredNames(plan);
  const column = (i: number) => sql`${sql.param(head.map((r) => r[i]))}::${sql.raw(i < 2 ? "int" : "float8")}[]`;
  const read = sql`SELECT * FROM unnest(${sql.join(
    names.map((_, i) => column(i)),
    sql`, `,
  )}) AS h(${sql.raw(names.join(", "))})`;
  if (complete || head.length >= limit!) return read;
  return sql`${read} UNION ALL (${lowest(limit! - head.length, head[head.length - 1][0])})`;
}
