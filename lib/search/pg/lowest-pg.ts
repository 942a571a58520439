import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { SearchPlan } from "../query";
import { pgRows, type PgExec } from "./exec";
import { NAME_MATCHES, pgMatchParts, tableOf, type MatchKey, type PgMatches, type SearchTable } from "./match-pg";

/**
 * Both stores sample a common query by its lowest ids: counts and facets over the first
 * MATCH_SAMPLE matches, bm25 over the first 5,000 body matches, typeahead candidates. FTS5 reads
 * its doclists in id order and stops; PostgreSQL's GIN and trigram indexes give matches in no
 * order, so the lowest ids of a word in a quarter of 100,000 profiles meant visiting all 25,000
 * rows (~2 KB each, the body tsvector inline) and sorting them: 90–180 ms a statement.
 *
 * When the planner expects many matches, the rows are instead read in id order from the primary
 * key and tested one by one ("the walk"), which stops at the limit: a word in a quarter of the
 * rows finds its first 1,001 within ~4,000 rows. The walk is bounded (twice the rows expected);
 * when the estimate was too high the matches past the walk come from the indexes as before, so
 * the ids are the lowest either way. A rare word never walks.
 */

/**
 * What a row costs, in µs, measured at 100,000 profiles: testing one in the walk, and visiting one
 * match from a bitmap of the indexes. A body test reads the row's body tsvector (~1.6 KB,
 * search_documents); name and reading tests read short text (search_names, ~330 bytes a row).
 */
type RowCosts = { walk: number; match: number };
const BODY_COSTS: RowCosts = { walk: 1.2, match: 5 };
const NAME_COSTS: RowCosts = { walk: 0.55, match: 1.5 };
/** Estimates change with ANALYZE only; kept this long per condition. */
const ESTIMATE_TTL_MS = 10 * 60_000;
const ESTIMATE_CACHE_MAX = 2_000;

type Estimate = { rows: number; at: number };
const estimates = new Map<string, Estimate>();
const dialect = new PgDialect();
const keyOf = (table: SearchTable, cond: SQL) => {
  const q = dialect.sqlToQuery(cond);
  return JSON.stringify([table, q.sql, q.params]);
};
/** The estimates' key of the row count of the search tables (one row per indexed profile in each). */
const ALL_ROWS = "*";

/**
 * How many rows to walk for `limit` of `matches` among `rows`, or undefined when the indexes are
 * cheaper. Estimates can be out by half (a trigram match), so the walk must cost less than half
 * of the bitmap's visits.
 */
export function walkLength(matches: number, rows: number, limit: number, costs = BODY_COSTS): number | undefined {
  if (rows <= 0 || matches <= 0) return undefined;
  const expected = (limit * rows) / matches;
  if (expected > rows / 2 || 2 * expected * costs.walk >= Math.min(matches, rows) * costs.match) return undefined;
  return Math.ceil(2 * expected);
}

type Cond = [SearchTable, SQL];

/** The planner's row estimates of conditions on the search tables (one EXPLAIN for those not seen lately). */
async function estimate(exec: PgExec, conds: Cond[]): Promise<((table: SearchTable, cond: SQL) => number | undefined) & { rows?: number }> {
  const now = Date.now();
  const fresh = (k: string) => now - (estimates.get(k)?.at ?? -Infinity) < ESTIMATE_TTL_MS;
  const missing = [...new Map(conds.map((c) => [keyOf(...c), c] as const)).entries()].filter(([k]) => !fresh(k));
  if (missing.length || !fresh(ALL_ROWS)) {
    // One arm per condition and a last arm of every row: the Append's children are their estimates.
    const arms = [...missing.map(([, [t, c]]) => sql`SELECT 1 FROM ${sql.identifier(t)} d WHERE ${c}`), sql`SELECT 1 FROM search_names d`];
    const [row] = await pgRows<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
      exec,
      sql`EXPLAIN (FORMAT JSON) ${sql.join(arms, sql` UNION ALL `)}`,
    );
    let node: PlanNode | undefined = row?.["QUERY PLAN"]?.[0]?.Plan;
    while (node && node["Node Type"] !== "Append" && node.Plans?.length === 1) node = node.Plans[0];
    const children = arms.length === 1 ? (node ? [node] : []) : node?.["Node Type"] === "Append" ? (node.Plans ?? []) : [];
    if (children.length === arms.length) {
      if (estimates.size + arms.length > ESTIMATE_CACHE_MAX) estimates.clear();
      missing.forEach(([k], i) => estimates.set(k, { rows: children[i]["Plan Rows"], at: now }));
      estimates.set(ALL_ROWS, { rows: children[children.length - 1]["Plan Rows"], at: now });
    }
  }
  return Object.assign((table: SearchTable, cond: SQL) => estimates.get(keyOf(table, cond))?.rows, {
    rows: estimates.get(ALL_ROWS)?.rows,
  });
}

/**
 * The walk for a match of the plan (or for any of its name matches: "named") and a limit, or
 * undefined; `expected` is the planner's estimate of that match's rows.
 */
export type WalkFor = ((key: MatchKey | "named", limit: number) => number | undefined) & {
  expected(key: MatchKey | "named"): number | undefined;
};
/** No walks and no estimates (a query without words). */
export const NO_WALKS: WalkFor = Object.assign(() => undefined, { expected: () => undefined });

/**
 * Walks for the plan's matches. A match's rows are estimated as the fewest of its parts' (each
 * word apart, see pgMatchParts); "any of the name matches" as the most of theirs (a lower bound: a
 * walk planned on it is never cut short by matches the estimate counted twice).
 */
export async function planWalks(exec: PgExec, plan: SearchPlan, m: PgMatches): Promise<WalkFor> {
  const parts = pgMatchParts(plan, m);
  const est = await estimate(
    exec,
    parts.flatMap(([k, p]) => p.map((c): Cond => [tableOf(k), c])),
  );
  const rows = est.rows;
  if (!rows) return NO_WALKS;
  const matches = new Map<MatchKey, number | undefined>(
    parts.map(([k, p]) => {
      const each = p.map((c) => est(tableOf(k), c));
      return [k, each.some((n) => n === undefined) ? undefined : Math.min(...(each as number[]))];
    }),
  );
  // A name word that starts with a one-word query contains it, so the substring match has at least
  // the prefix match's rows. pg_trgm's estimate of a substring can be far lower ('%engineer%': 10
  // rows for 2,500), which would read thousands of matches from the index for 40 candidates.
  const [grams, names] = [matches.get("grams"), matches.get("names")];
  if (plan.words.length === 1 && grams !== undefined && names !== undefined) matches.set("grams", Math.max(grams, names));
  const named = NAME_MATCHES.filter((k) => matches.has(k)).map((k) => matches.get(k));
  const anyName = named.some((n) => n === undefined) ? undefined : Math.max(0, ...(named as number[]));
  const expected = (key: MatchKey | "named") => (key === "named" ? anyName : matches.get(key));
  return Object.assign(
    (key: MatchKey | "named", limit: number) => {
      const n = expected(key);
      return n === undefined ? undefined : walkLength(n, rows, limit, key === "docs" ? BODY_COSTS : NAME_COSTS);
    },
    { expected },
  );
}

type PlanNode = { "Node Type": string; "Plan Rows": number; Plans?: PlanNode[] };

/** Ordered by `occupation_id + 0`: PostgreSQL collects the matches from the indexes and sorts them. */
const LOWEST_IDS = sql`ORDER BY d.occupation_id + 0`;

/** Where lowestRows starts, and whether its `select` computes from each row (bm25's hits). */
export type LowestOptions = { after?: number; computed?: boolean };

/**
 * `select` (over `table` as `d`) of the `limit` rows with the lowest ids matching `cond` (and
 * above `after` when given): walking `walk` rows in id order first when given (planWalks), then
 * from the indexes past them. A `computed` select is computed for the chosen rows only: from the
 * indexes, PostgreSQL computes the select list before it sorts and cuts.
 */
export function lowestRows(
  table: SearchTable,
  select: SQL,
  cond: SQL,
  limit: number,
  walk?: number,
  { after, computed }: LowestOptions = {},
): SQL {
  const t = sql.identifier(table);
  const fromIndexes = (where: SQL, count: SQL) =>
    computed
      ? sql`SELECT ${select} FROM ${t} d WHERE d.occupation_id = ANY(ARRAY(
          SELECT d.occupation_id FROM ${t} d WHERE ${where} ${LOWEST_IDS} LIMIT ${count}))`
      : sql`SELECT ${select} FROM ${t} d WHERE ${where} ${LOWEST_IDS} LIMIT ${count}`;
  if (!walk) return fromIndexes(after === undefined ? cond : sql`${cond} AND d.occupation_id + 0 > ${after}`, sql`${limit}`);
  const rows = (columns: SQL) =>
    after === undefined ? sql`SELECT ${columns} FROM ${t}` : sql`SELECT ${columns} FROM ${t} WHERE occupation_id > ${after}`;
  // The WHERE cannot move below the walk's LIMIT, so the walk is read lazily and stops at `limit`
  // matches; the second part runs only when the walk found fewer (a LIMIT of 0 reads nothing), and
  // compares `occupation_id + 0` so that it reads the indexes' matches, not the rest of the table
  // (and nothing when the walk reached the end: the comparison with no row is null).
  return sql`WITH head AS MATERIALIZED (
      SELECT ${select} FROM (${rows(sql`*`)} ORDER BY occupation_id LIMIT ${walk}) d
      WHERE ${cond} ORDER BY d.occupation_id LIMIT ${limit})
    SELECT * FROM head
    UNION ALL (${fromIndexes(
      sql`${cond} AND d.occupation_id + 0 > (${rows(sql`occupation_id`)} ORDER BY occupation_id OFFSET ${walk - 1} LIMIT 1)`,
      sql`${limit} - (SELECT count(*) FROM head)`,
    )})`;
}
