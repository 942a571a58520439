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

export type Bm25 = { idf: number[]; avgdl: number };

/**
 * The corpus figures one query's ranking needs. A lone word's idf scales every score alike, so it
 * is not counted; and idf is 1e-6 from n ≥ N/2 on, so rows are counted up to N/2 only.
 */
export async function bm25Figures(exec: PgExec, plan: SearchPlan): Promise<Bm25> {
  const [t] = await pgRows<{ docs: number; tokens: number }>(exec, sql`SELECT docs, tokens::float8 AS tokens FROM search_totals`);
  const n = t?.docs ?? 0;
  const avgdl = n ? t.tokens / n : 0;
  if (plan.words.length < 2) return { avgdl, idf: plan.words.map(() => 1) };
  const half = Math.ceil(n / 2);
  const hits = plan.words.map(
    (w, i) =>
      sql`(SELECT count(*)::int FROM (SELECT 1 FROM search_documents d WHERE d.body @@ ${wordQuery(w)} LIMIT ${half}) m) AS ${sql.identifier(`h${i}`)}`,
  );
  const [r] = await pgRows<Record<string, number>>(exec, sql`SELECT ${sql.join(hits, sql`, `)}`);
  return {
    avgdl,
    idf: plan.words.map((_, i) => {
      const idf = Math.log((n - r[`h${i}`] + 0.5) / (r[`h${i}`] + 0.5));
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
  const norm = sql`(${K1}::float8 * (1 - ${B}::float8 + ${B}::float8 * s.doc_length / ${f.avgdl || 1}::float8))`;
  const terms = plan.words.map((_, i) => {
    const freq = sql`s.${sql.identifier(`f${i}`)}`;
    return sql`${f.idf[i]}::float8 * ((${freq} * ${K1 + 1}::float8) / (${freq} + ${norm}))`;
  });
  return sql`(${sql.join(terms, sql` + `)})`;
}
