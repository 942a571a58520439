import "server-only";
import { dialect, getStore, rows as rawRows, db } from "@/db/index";
import { searchOccupationsPg } from "./pg/search-pg";
import { sql, type SQL } from "drizzle-orm";
import { readListRows } from "@/lib/occupations/list-rows";
import { highlightFor, type Highlight } from "./highlight";
import { indexedTerms } from "./indexed-terms";
import { MATCH_SAMPLE, PAGE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "./limits";
import { planQuery } from "./kanji-reading";
import { likePrefix, type SearchPlan } from "./query";
import { minorTierPaths, pathMatches, type TierFilter, type TierPath } from "./tiers";

export type SearchInput = TierFilter & { q: string; page?: number; pageSize?: number };
export type SearchResult = {
  slug: string;
  name: string;
  reading: string;
  summary: string;
  classification: TierPath;
  highlight: Highlight | null;
};
export type FacetCount = { name: string; count: number };
export type SearchResponse = {
  /** Matches under the filter; a lower bound when `totalCapped` (show it as "1,000+"). */
  total: number;
  /**
   * More than MATCH_SAMPLE profiles matched: `total` and the facet counts are counted over the
   * first MATCH_SAMPLE matches only, and ranking beyond names is over a sample (see rankedPage).
   */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  results: SearchResult[];
  facets: { major: FacetCount[]; middle: FacetCount[]; minor: FacetCount[] };
};

const published = sql`o.status = 'published' AND o.deleted_at IS NULL`;
// Joins from matches to occupations are written CROSS JOIN: SQLite then keeps the (usually few)
// matches as the outer loop instead of scanning every published row and probing the matches.
/** bm25 weights of search_docs columns: name, aliases, summary, skills, description. */
const docsScore = sql`bm25(search_docs, 10.0, 8.0, 4.0, 2.0, 1.0)`;

/** An FTS5 match's rowids; with `limit`, only the first (lowest) that many. */
const fts = (table: string, match: string, limit?: number) =>
  sql`SELECT rowid AS id FROM ${sql.identifier(table)} WHERE ${sql.identifier(table)} MATCH ${match}${limit ? sql` LIMIT ${limit}` : sql``}`;

/** Ids matching the query, each at most once, without scores: what counts and facets need. */
function hitIds(plan: SearchPlan): SQL {
  const parts = [
    plan.docs && fts("search_docs", plan.docs),
    plan.names && fts("search_names", plan.names),
    plan.grams && fts("search_grams", plan.grams),
    plan.readingGrams && fts("search_grams", plan.readingGrams),
    plan.readingPrefix && fts("search_names", plan.readingPrefix),
    plan.mixed && fts("search_grams", plan.mixed),
  ].filter((p): p is SQL => !!p);
  // ORDER BY: SQLite then merges the rowid-ordered FTS scans as they stream, so a LIMIT stops early.
  return sql`${sql.join(parts, sql` UNION `)} ORDER BY 1`;
}

/**
 * The few ids matched by name, alias or reading (not body text), with flags for ranking. Kept
 * apart from the body matches, which can be most of the catalog for a common word: those are
 * ranked by bm25 with a LIMIT, so SQLite keeps a top-N heap instead of sorting every match.
 */
function priorityHits(plan: SearchPlan, sample?: number): SQL {
  const upper = `${plan.exactKey}\u{10FFFF}`;
  const names = sql`SELECT id FROM occupations WHERE name_key >= ${plan.exactKey} AND name_key < ${upper}`;
  const parts: SQL[] = [
    // Sampled: the first names in name order, so the exact and name-prefix matches that lead stay exact.
    sample
      ? sql`SELECT id, 1 AS named, 0 AS reading FROM (${names} ORDER BY name_key, id LIMIT ${sample})`
      : sql`SELECT id, 1 AS named, 0 AS reading FROM (${names})`,
    sql`SELECT occupation_id, 1, 0 FROM occupation_terms WHERE list = 'alias' AND value_key = ${plan.exactKey}`,
  ];
  for (const n of [plan.names && fts("search_names", plan.names, sample), plan.grams && fts("search_grams", plan.grams, sample)])
    if (n) parts.push(sql`SELECT id, 1, 0 FROM (${n})`);
  for (const r of [
    plan.readingGrams && fts("search_grams", plan.readingGrams, sample),
    plan.readingPrefix && fts("search_names", plan.readingPrefix, sample),
    plan.mixed && fts("search_grams", plan.mixed, sample),
  ])
    if (r) parts.push(sql`SELECT id, 0, 1 FROM (${r})`);
  return sql`SELECT id, max(named) AS named, max(reading) AS reading FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY id`;
}

function tallyMinors(rows: { minorId: number }[]) {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r.minorId, (m.get(r.minorId) ?? 0) + 1);
  return [...m].map(([minorId, n]) => ({ minorId, n }));
}

function facetCounts(counts: { minorId: number; n: number }[], paths: Map<number, TierPath>, filter: TierFilter) {
  const tally = (level: keyof TierPath, under: (keyof TierPath)[]) => {
    const m = new Map<string, number>();
    for (const c of counts) {
      const p = paths.get(c.minorId);
      if (p && pathMatches(p, filter, under)) m.set(p[level], (m.get(p[level]) ?? 0) + c.n);
    }
    return [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  return { major: tally("major", []), middle: tally("middle", ["major"]), minor: tally("minor", ["major", "middle"]) };
}

/**
 * One page of published profiles matching `q` (all of them when `q` is empty), best first:
 * exact name or alias, name prefix, name/alias words, reading, then body text by bm25; ties by
 * name. Facet counts per tier are under the query: each level counts within the levels chosen above it.
 */
export async function searchOccupations(input: SearchInput): Promise<SearchResponse> {
  if (dialect === "pg") return searchOccupationsPg(getStore().pg, input);
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), PAGE_MAX);
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize ?? PAGE_SIZE_DEFAULT)), PAGE_SIZE_MAX);
  const filter: TierFilter = { major: input.major || undefined, middle: input.middle || undefined, minor: input.minor || undefined };
  const plan = await planQuery(input.q);
  const empty: SearchResponse = { total: 0, totalCapped: false, page, pageSize, results: [], facets: { major: [], middle: [], minor: [] } };
  if (plan.text && !plan.words.length) return empty;

  const paths = await minorTierPaths();
  // Counts and facets read at most MATCH_SAMPLE + 1 matches (in id order): a common word can match
  // most of the catalog, and counting all of it was most of the time of a search at 100k.
  const sample = plan.words.length
    ? await rawRows<{ minorId: number }>(
        sql`SELECT o.minor_id AS minorId FROM (${hitIds(plan)}) h CROSS JOIN occupations o ON o.id = h.id WHERE ${published} LIMIT ${MATCH_SAMPLE + 1}`,
      )
    : undefined;
  let capped = !!sample && sample.length > MATCH_SAMPLE;
  const counts = sample
    ? tallyMinors(sample.slice(0, MATCH_SAMPLE))
    : await rawRows<{ minorId: number; n: number }>(
        sql`SELECT o.minor_id AS minorId, count(*) AS n FROM occupations o WHERE ${published} GROUP BY o.minor_id`,
      );
  const facets = facetCounts(counts, paths, filter);
  const filtered = !!(filter.major || filter.middle || filter.minor);
  const minorIds = [...paths].filter(([, p]) => pathMatches(p, filter)).map(([id]) => id);
  let total = counts.filter((c) => minorIds.includes(c.minorId)).reduce((n, c) => n + c.n, 0);
  const inTiers = filtered
    ? sql`AND o.minor_id IN (${sql.join(
        minorIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  if (capped && filtered && minorIds.length) {
    // The sample holds only some of the tier's matches: count them apart, over a bounded scan.
    const scan = MATCH_SAMPLE * 5;
    // The tier's ids come from the partial index alone; probing each match's row would read the table.
    const r = (
      await rawRows<{ scanned: number; n: number }>(sql`
      SELECT count(*) AS scanned, coalesce(sum(h.id IN (SELECT o.id FROM occupations o INDEXED BY occupations_published_minor WHERE ${published} ${inTiers})), 0) AS n
      FROM (SELECT id FROM (${hitIds(plan)}) LIMIT ${scan}) h`)
    )[0]!;
    capped = r.scanned >= scan || r.n > MATCH_SAMPLE;
    total = Math.min(r.n, MATCH_SAMPLE);
  }
  if (!total && !capped) return { ...empty, facets };
  const offset = (page - 1) * pageSize;
  const rows = plan.words.length
    ? await rankedPage(plan, inTiers, filtered, offset, pageSize, capped ? MATCH_SAMPLE : undefined)
    : await listedPage(inTiers, total * 50 >= counts.reduce((n, c) => n + c.n, 0), offset, pageSize);
  // A capped count is a lower bound: never fewer than the results shown (a rare tier's matches can lie past the scan).
  if (capped) total = Math.max(total, offset + rows.length);
  if (!total) return { ...empty, facets };

  const lists = await readListRows(
    db,
    rows.map((r) => r.id),
  );
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

/**
 * When more than MATCH_SAMPLE profiles match, ranking reads samples instead of every match: the
 * first MATCH_SAMPLE names in name order (so exact and name-prefix matches stay exact), the first
 * MATCH_SAMPLE ids of each name/alias/reading match, and bm25 over the first
 * MATCH_SAMPLE × BODY_SAMPLE_FACTOR (5,000) body matches. Under the cap (the demo catalog) ranking is exact.
 */
const BODY_SAMPLE_FACTOR = 5;

const ROW = sql`o.id, o.slug, o.name, o.reading, o.summary, o.description, o.minor_id AS minorId`;

/**
 * One page of every published profile (under the tier filter) by name. A large share of the
 * catalog (`common`) is read in name order from the name index, stopping at the page; a small
 * tier is sorted whole. Sorting a big tier read every row of it (9 ms for one Major at 100k).
 */
async function listedPage(inTiers: SQL, common: boolean, offset: number, pageSize: number): Promise<Row[]> {
  return await rawRows<Row>(
    common
      ? sql`SELECT ${ROW} FROM occupations o INDEXED BY occupations_name_key WHERE ${published} ${inTiers} ORDER BY o.name_key, o.id LIMIT ${pageSize} OFFSET ${offset}`
      : sql`SELECT ${ROW} FROM occupations o WHERE ${published} ${inTiers} ORDER BY o.name_key, o.id LIMIT ${pageSize} OFFSET ${offset}`,
  );
}

/** Name, alias and reading matches first (exact, name prefix or exact reading, name/alias words, reading; ties by name), then body matches by bm25. */
async function rankedPage(
  plan: SearchPlan,
  inTiers: SQL,
  filtered: boolean,
  offset: number,
  pageSize: number,
  sample?: number,
): Promise<Row[]> {
  // Both steps rank ids only; the page's rows (with their long text) are read once by primary key.
  const priority = await rawRows<{ id: number; n: number }>(sql`
    SELECT o.id, count(*) OVER () AS n
    FROM (${priorityHits(plan, sample)}) h CROSS JOIN occupations o ON o.id = h.id
    WHERE ${published} ${inTiers}
    ORDER BY CASE
        WHEN o.name_key = ${plan.exactKey} THEN 0
        WHEN o.id IN (SELECT t.occupation_id FROM occupation_terms t WHERE t.list = 'alias' AND t.value_key = ${plan.exactKey}) THEN 0
        WHEN o.name_key LIKE ${likePrefix(plan.exactKey)} ESCAPE '\\' THEN 1
        ${plan.readingExact ? sql`WHEN h.reading AND o.reading IN (${plan.readingExact[0]}, ${plan.readingExact[1]}) THEN 1` : sql``}
        WHEN h.named THEN 2
        ELSE 3 END,
      o.name_key, o.id
    LIMIT ${pageSize} OFFSET ${offset}`);
  const ids = priority.map((r) => r.id);
  const rest = pageSize - ids.length;
  if (plan.docs && rest > 0) {
    // No priority row on the first page: there are none at all, and nothing to count.
    const priorityTotal =
      priority[0]?.n ??
      (offset === 0
        ? 0
        : ((
            await rawRows<{ n: number }>(
              sql`SELECT count(*) AS n FROM (${priorityHits(plan, sample)}) h CROSS JOIN occupations o ON o.id = h.id WHERE ${published} ${inTiers}`,
            )
          )[0]?.n ?? 0));
    // Body matches ranked on the FTS table alone (it holds published profiles only), so SQLite
    // keeps a top-N heap of rowids instead of sorting every match.
    // `+d.id`: an expression, so SQLite cannot hand the IN list to FTS5 as rowid constraints (one
    // full MATCH per in-tier row: seconds at 100k); it filters the ranked rows instead.
    // The partial index holds minor_id and id of live published rows: no table reads (SQLite chose
    // occupations_minor_status, then read every in-tier row for deleted_at).
    const inTierIds = filtered
      ? sql`AND +d.id IN (SELECT o.id FROM occupations o INDEXED BY occupations_published_minor WHERE ${published} ${inTiers})`
      : sql``;
    const body = await rawRows<{ id: number }>(sql`
      SELECT d.id FROM (SELECT rowid AS id, ${docsScore} AS score FROM search_docs WHERE search_docs MATCH ${plan.docs}${sample ? sql` LIMIT ${sample * BODY_SAMPLE_FACTOR}` : sql``}) d
      WHERE d.id NOT IN (SELECT id FROM (${priorityHits(plan, sample)})) ${inTierIds}
      ORDER BY d.score, d.id
      LIMIT ${rest} OFFSET ${Math.max(0, offset - priorityTotal)}`);
    ids.push(...body.map((r) => r.id));
  }
  if (!ids.length) return [];
  const byId = new Map(
    (
      await rawRows<Row>(
        sql`SELECT ${ROW} FROM occupations o WHERE o.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}) AND ${published}`,
      )
    ).map((r) => [r.id, r]),
  );
  return ids.map((id) => byId.get(id)).filter((r): r is Row => !!r);
}

type Row = { id: number; slug: string; name: string; reading: string; summary: string; description: string; minorId: number };
