import "server-only";
import { rows as rawRows } from "@/db/index";
import { sql, type SQL } from "drizzle-orm";
import { planQuery } from "./kanji-reading";
import { rankSuggestions, SUGGEST_CANDIDATES, SUGGEST_MAX, type Suggestion } from "./suggest-rank";
import { onPostgres, storeExec } from "./pg/exec";
import { suggestOccupationsPg } from "./pg/suggest-pg";

export { SUGGEST_MAX, type Suggestion };
const CANDIDATES = SUGGEST_CANDIDATES;

const fts = (table: string, match: string) =>
  sql`SELECT rowid AS id FROM ${sql.identifier(table)} WHERE ${sql.identifier(table)} MATCH ${match} LIMIT ${CANDIDATES}`;

/**
 * Names and aliases for typeahead: exact name first, then names starting with the query or an
 * exact reading, alias prefixes, reading prefixes, word prefixes, reading substrings and mixed
 * Japanese/Latin matches; ties by name. `matched` is the name, alias or
 * reading that matched.
 */
export async function suggestOccupations(q: string): Promise<Suggestion[]> {
  if (onPostgres()) return suggestOccupationsPg(storeExec(), q);
  const plan = await planQuery(q);
  if (!plan.words.length) return [];
  const key = plan.exactKey;
  const upper = `${key}\u{10FFFF}`;
  const sources: SQL[] = [
    sql`SELECT id FROM occupations WHERE name_key >= ${key} AND name_key < ${upper} LIMIT ${CANDIDATES}`,
    sql`SELECT occupation_id AS id FROM occupation_terms WHERE list = 'alias' AND value_key >= ${key} AND value_key < ${upper} LIMIT ${CANDIDATES}`,
  ];
  if (plan.names) sources.push(fts("search_names", plan.names));
  if (plan.grams) sources.push(fts("search_grams", plan.grams));
  if (plan.readingGrams) sources.push(fts("search_grams", plan.readingGrams));
  if (plan.readingPrefix) sources.push(fts("search_names", plan.readingPrefix));
  if (plan.mixed) sources.push(fts("search_grams", plan.mixed));
  const rows = await rawRows<{ id: number; slug: string; name: string; reading: string; aliases: string | null }>(sql`
    SELECT o.id, o.slug, o.name, o.reading,
      (SELECT group_concat(t.value, char(10)) FROM occupation_terms t WHERE t.occupation_id = o.id AND t.list = 'alias') AS aliases
    FROM occupations o
    WHERE o.id IN (${sql.join(
      sources.map((s) => sql`SELECT id FROM (${s})`),
      sql` UNION `,
    )})
      AND o.status = 'published' AND o.deleted_at IS NULL`);

  return rankSuggestions(plan, rows);
}
