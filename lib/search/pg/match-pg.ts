import { sql, type SQL } from "drizzle-orm";
import { hasCjk } from "../normalise";
import type { SearchPlan } from "../query";

/**
 * The SearchPlan's FTS5 matches as PostgreSQL conditions, one per plan field, each present exactly
 * when the FTS5 one is (so both stores search the same things). The body's match is on
 * search_documents, the others on search_names (drizzle/pg/0005), both aliased `d`.
 * Words are runs of letters and digits (wordsOf), so quoting them in a tsquery is safe.
 */
export type MatchKey = "docs" | "names" | "grams" | "readingGrams" | "readingPrefix" | "mixed";
export type PgMatches = Partial<Record<MatchKey, SQL>>;
/** The matches on names, aliases and readings (search_names), in the order SQLite's priority takes them. */
export const NAME_MATCHES = ["names", "grams", "readingGrams", "readingPrefix", "mixed"] as const;

export type SearchTable = "search_documents" | "search_names";
export const tableOf = (k: MatchKey): SearchTable => (k === "docs" ? "search_documents" : "search_names");

/** The text-search configuration of drizzle/pg's search migrations: `simple` plus Porter stemming (0004). */
export const TS_CONFIG = sql.raw("'catalog_search'::regconfig");

const TRIGRAM_MIN = 3;

/** A LIKE pattern for a substring, with the default `\` escape. */
export const likeSubstring = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const likeStart = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A word as the body's tsvector and tsquery take it. Stemming is Porter's (drizzle/pg/0004), as in
 * SQLite's porter tokenizer, but FTS5 leaves words under three letters alone, where Porter cuts
 * "as", "is" and "us" to a, i and u. Such a word gets a digit, which makes PostgreSQL's parser
 * read it as a `numword`, not stemmed; both the index and the query write it so.
 */
export const bodyWord = (w: string) => (w.length === 2 && w[1] === "s" && w[0] !== "s" ? `${w}0` : w);

const wordTerm = (word: string) => {
  const w = bodyWord(word);
  return word.length >= TRIGRAM_MIN ? `'${w}':*` : `'${w}'`;
};

/** The body query: every word, words of 3+ characters as (stemmed) prefixes, as plan.docs on FTS5. */
export function docsQuery(plan: SearchPlan): SQL {
  return sql`to_tsquery(${TS_CONFIG}, ${plan.words.map(wordTerm).join(" & ")})`;
}

/** One word of the body query (bm25 weighs each word apart). */
export function wordQuery(w: string): SQL {
  return sql`to_tsquery(${TS_CONFIG}, ${wordTerm(w)})`;
}

const namesQuery = (words: string[]) => sql`to_tsquery('simple', ${words.map((w) => `'${w}':*`).join(" & ")})`;

const gram = (text: string, cjk: boolean) =>
  cjk
    ? sql`(d.name_lines LIKE ${likeSubstring(text)} OR d.cjk LIKE ${likeSubstring(text)})`
    : sql`d.name_lines LIKE ${likeSubstring(text)}`;

export function pgMatches(plan: SearchPlan): PgMatches {
  const m: PgMatches = {};
  if (plan.docs) m.docs = sql`d.body @@ ${docsQuery(plan)}`;
  if (plan.names) m.names = sql`d.names @@ ${namesQuery(plan.words)}`;
  if (plan.grams) {
    const substring = plan.words.join(" ");
    m.grams = gram(substring, hasCjk(substring));
  }
  if (plan.readingGrams && plan.kana) m.readingGrams = sql`d.reading_key LIKE ${likeSubstring(plan.kana.key)}`;
  if (plan.readingPrefix && plan.kana) m.readingPrefix = sql`d.reading_key LIKE ${likeStart(plan.kana.key)}`;
  if (plan.mixedTerms?.length) {
    const terms = plan.mixedTerms.map((either) =>
      sql.join(
        either.map((t) => (t.reading !== undefined ? sql`d.reading_key LIKE ${likeSubstring(t.reading)}` : gram(t.text!, t.cjk))),
        sql` OR `,
      ),
    );
    m.mixed = sql.join(
      terms.map((t) => sql`(${t})`),
      sql` AND `,
    );
  }
  return m;
}

/** Any of the given matches of one table, as one condition (BitmapOr over the GIN indexes). */
export function anyOf(parts: (SQL | undefined)[]): SQL | undefined {
  const present = parts.filter((p): p is SQL => !!p);
  return present.length ? sql`(${sql.join(present, sql` OR `)})` : undefined;
}

/**
 * The conditions that each match implies, to estimate its rows by (lowest-pg.ts): one per word for
 * the body and name matches (the planner multiplies words' shares as if independent, but the words
 * of a query usually come together, as in "communication skills"), the match itself for the rest.
 */
export function pgMatchParts(plan: SearchPlan, m: PgMatches): [MatchKey, SQL[]][] {
  return (Object.keys(m) as MatchKey[]).map((k) => [
    k,
    k === "docs"
      ? plan.words.map((w) => sql`d.body @@ ${wordQuery(w)}`)
      : k === "names"
        ? plan.words.map((w) => sql`d.names @@ ${namesQuery([w])}`)
        : [m[k]!],
  ]);
}
