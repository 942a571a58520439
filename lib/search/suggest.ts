import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/index";
import { nameKey } from "@/lib/occupations/name-key";
import { foldKanaWithMap, katakanaToHiragana } from "./normalise";
import { planSearch } from "./query";

export const SUGGEST_MAX = 10;
const CANDIDATES = 40;

export type Suggestion = { slug: string; name: string; reading: string; matched: string };

const fts = (table: string, match: string) =>
  sql`SELECT rowid AS id FROM ${sql.identifier(table)} WHERE ${sql.identifier(table)} MATCH ${match} LIMIT ${CANDIDATES}`;

/**
 * Names and aliases for typeahead: exact first, then names and aliases starting with the query,
 * then word prefixes, readings and substrings; ties by name. `matched` is the name, alias or
 * reading that matched.
 */
export async function suggestOccupations(q: string): Promise<Suggestion[]> {
  const plan = planSearch(q);
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
  const rows = db.all<{ id: number; slug: string; name: string; reading: string; aliases: string | null }>(sql`
    SELECT o.id, o.slug, o.name, o.reading,
      (SELECT group_concat(t.value, char(10)) FROM occupation_terms t WHERE t.occupation_id = o.id AND t.list = 'alias') AS aliases
    FROM occupations o
    WHERE o.id IN (${sql.join(sources.map((s) => sql`SELECT id FROM (${s})`), sql` UNION `)})
      AND o.status = 'published' AND o.deleted_at IS NULL`);

  const scored = rows.map((r) => {
    const texts = [{ text: r.name, alias: false }, ...(r.aliases ? r.aliases.split("\n") : []).map((text) => ({ text, alias: true }))];
    let best = { rank: 9, matched: r.name };
    for (const t of texts) {
      const k = nameKey(t.text);
      const rank = k === key ? 0 : k.startsWith(key) ? (t.alias ? 2 : 1) : plan.words.every((w) => k.includes(w)) ? (t.alias ? 5 : 4) : 9;
      if (rank < best.rank) best = { rank, matched: t.text };
    }
    if (best.rank > 3 && plan.kana) {
      const reading = foldKanaWithMap(katakanaToHiragana(r.reading.normalize("NFKC"))).key;
      if (reading.startsWith(plan.kana.key)) best = { rank: 3, matched: r.reading };
      else if (best.rank === 9 && reading.includes(plan.kana.key)) best = { rank: 6, matched: r.reading };
    }
    return { ...best, r };
  });
  scored.sort((a, b) => a.rank - b.rank || a.r.name.localeCompare(b.r.name));
  return scored.slice(0, SUGGEST_MAX).map((s) => ({ slug: s.r.slug, name: s.r.name, reading: s.r.reading, matched: s.matched }));
}
