import { sql, type SQL } from "drizzle-orm";
import type { SearchPlan } from "../query";
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

/**
 * bm25's corpus figures as SQL, computed by the ranking statement itself (no round trip of their
 * own): avgdl, and each word's idf. A lone word's idf scales every score alike, so it is not
 * counted; idf is 1e-6 from n ≥ N/2 on, so rows are counted up to N/2 only.
 */
export function bm25Figures(plan: SearchPlan): { avgdl: SQL; idf: SQL[] } {
  const docs = sql`(SELECT docs FROM search_totals)`;
  const avgdl = sql`(SELECT CASE WHEN docs > 0 THEN tokens::float8 / docs ELSE 1 END FROM search_totals)`;
  if (plan.words.length < 2) return { avgdl, idf: plan.words.map(() => sql`1::float8`) };
  return {
    avgdl,
    idf: plan.words.map((w) => {
      const n = sql`(SELECT count(*) FROM (SELECT 1 FROM search_documents d WHERE d.body @@ ${wordQuery(w)} LIMIT (SELECT ceil(docs / 2.0)::int FROM search_totals)) m)::float8`;
      const idf = sql`ln((${docs} - ${n} + 0.5) / (${n} + 0.5))`;
      return sql`(SELECT CASE WHEN x <= 0 THEN 1e-6 ELSE x END FROM (SELECT ${idf} AS x) i)`;
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
export function bm25Score(plan: SearchPlan, f: ReturnType<typeof bm25Figures>): SQL {
  const norm = sql`(${K1}::float8 * (1 - ${B}::float8 + ${B}::float8 * s.doc_length / f.avgdl))`;
  const terms = plan.words.map((_, i) => {
    const freq = sql`s.${sql.identifier(`f${i}`)}`;
    return sql`f.${sql.identifier(`idf${i}`)} * ((${freq} * ${K1 + 1}::float8) / (${freq} + ${norm}))`;
  });
  return sql`(${sql.join(terms, sql` + `)})`;
}

/** The figures as one row `f` (avgdl, idf0, idf1, …) to cross join with the scored rows. */
export function bm25FiguresRow(f: ReturnType<typeof bm25Figures>): SQL {
  return sql`(SELECT ${f.avgdl} AS avgdl${sql.join(
    f.idf.map((x, i) => sql`, ${x} AS ${sql.identifier(`idf${i}`)}`),
    sql``,
  )}) f`;
}
