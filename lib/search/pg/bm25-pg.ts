import { sql, type SQL } from "drizzle-orm";
import type { SearchPlan } from "../query";
import { pgRows, type PgExec } from "./exec";
import { wordQuery } from "./match-pg";

/**
 * SQLite ranks body matches with FTS5's bm25 (columns weighted 10 name, 8 aliases, 4 summary,
 * 2 skills, 1 description). The same formula here, so both stores order body matches alike:
 *   score = Σ_words idf(word) · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl))
 * f: the word's weighted hits in the row (ts_rank_cd of one word without normalisation sums the
 * weights of its hits: {0.1, 0.4, 0.8, 1.0} for D, C, B, A, so 10 × that is FTS5's weighted
 * count; skills are written twice at D: 2); D: the row's words (doc_length);
 * idf = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6; n: rows holding the word.
 */
const K1 = 1.2;
const B = 0.75;
const WEIGHTS = sql.raw("'{0.1, 0.4, 0.8, 1.0}'::float4[]");

export type SearchTotals = { docs: number; tokens: number };
export type Bm25 = { avgdl: number; idf: number[] };

/** The index's totals (rows and words), which bm25's figures are counted for. */
export async function readTotals(exec: PgExec): Promise<SearchTotals> {
  const [t] = await pgRows<SearchTotals>(exec, sql`SELECT docs::int AS docs, tokens::float8 AS tokens FROM search_totals`);
  return t;
}

/**
 * How many rows hold each word, remembered per word for the index state it was counted in (rows
 * and words indexed): counting a common word reads thousands of rows, and the same words come
 * back all day. Any write that changes the totals makes the next search count again.
 */
const DF_CACHE_MAX = 2_000;
const dfCache = new Map<string, number>();

/**
 * The corpus figures of a query's ranking: avgdl, and each word's idf. A lone word's idf scales
 * every score alike, so it is not counted; idf is 1e-6 from n ≥ N/2 on, so rows are counted up to N/2.
 */
export async function bm25Figures(exec: PgExec, plan: SearchPlan, totals: SearchTotals): Promise<Bm25> {
  const n = totals.docs;
  const avgdl = n ? totals.tokens / n : 1;
  if (plan.words.length < 2) return { avgdl, idf: plan.words.map(() => 1) };
  const half = Math.ceil(n / 2);
  const key = (w: string) => `${n}:${totals.tokens}:${w}`;
  const missing = [...new Set(plan.words.filter((w) => !dfCache.has(key(w))))];
  if (missing.length) {
    const [r] = await pgRows<Record<string, number>>(
      exec,
      sql`SELECT ${sql.join(
        missing.map(
          (w, i) =>
            sql`(SELECT count(*)::int FROM (SELECT 1 FROM search_documents d WHERE d.body @@ ${wordQuery(w)} LIMIT ${sql.raw(String(half))}) m) AS ${sql.identifier(`n${i}`)}`,
        ),
        sql`, `,
      )}`,
    );
    missing.forEach((w, i) => {
      if (dfCache.size >= DF_CACHE_MAX) dfCache.delete(dfCache.keys().next().value!);
      dfCache.set(key(w), r[`n${i}`]);
    });
  }
  return {
    avgdl,
    idf: plan.words.map((w) => {
      const hits = dfCache.get(key(w))!;
      const idf = Math.log((n - hits + 0.5) / (hits + 0.5));
      return idf <= 0 ? 1e-6 : idf;
    }),
  };
}

/** Each word's weighted hits in a row of search_documents (alias `d`), as columns f0, f1, … */
export function bm25Hits(plan: SearchPlan): SQL {
  return sql.join(
    plan.words.map((w, i) => sql`round(10 * ts_rank_cd(${WEIGHTS}, d.body, ${wordQuery(w)}, 0))::float8 AS ${sql.identifier(`f${i}`)}`),
    sql`, `,
  );
}

/** The bm25 score from bm25Hits' columns and `doc_length` (alias `s`); higher is better. */
export function bm25Score(plan: SearchPlan, f: Bm25): SQL {
  const norm = sql`(${K1}::float8 * (1 - ${B}::float8 + ${B}::float8 * s.doc_length / ${f.avgdl}::float8))`;
  const terms = plan.words.map((_, i) => {
    const freq = sql`s.${sql.identifier(`f${i}`)}`;
    return sql`${f.idf[i]}::float8 * ((${freq} * ${K1 + 1}::float8) / (${freq} + ${norm}))`;
  });
  return sql`(${sql.join(terms, sql` + `)})`;
}
