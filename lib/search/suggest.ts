import "server-only";
import { dialect, getStore, rows as rawRows } from "@/db/index";
import { suggestOccupationsPg } from "./pg/suggest-pg";
import { sql, type SQL } from "drizzle-orm";
import { nameKey } from "@/lib/occupations/name-key";
import { toHepburn } from "@/lib/reading/romaji";
import { foldKanaWithMap, katakanaToHiragana } from "./normalise";
import { planQuery } from "./kanji-reading";

export const SUGGEST_MAX = 10;
const CANDIDATES = 40;

/** `romaji`: the reading in Hepburn (empty without a reading), shown beside the kana. */
export type Suggestion = { slug: string; name: string; reading: string; romaji: string; matched: string };

const fts = (table: string, match: string) =>
  sql`SELECT rowid AS id FROM ${sql.identifier(table)} WHERE ${sql.identifier(table)} MATCH ${match} LIMIT ${CANDIDATES}`;

/**
 * Names and aliases for typeahead: exact name first, then names starting with the query or an
 * exact reading, alias prefixes, reading prefixes, word prefixes, reading substrings and mixed
 * Japanese/Latin matches; ties by name. `matched` is the name, alias or
 * reading that matched.
 */
export async function suggestOccupations(q: string): Promise<Suggestion[]> {
  if (dialect === "pg") return suggestOccupationsPg(getStore().pg, q);
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

  const scored = rows.map((r) => {
    const texts = [{ text: r.name, alias: false }, ...(r.aliases ? r.aliases.split("\n") : []).map((text) => ({ text, alias: true }))];
    let best = { rank: 9, matched: r.name };
    for (const t of texts) {
      const k = nameKey(t.text);
      const rank = k === key ? 0 : k.startsWith(key) ? (t.alias ? 2 : 1) : plan.words.every((w) => k.includes(w)) ? (t.alias ? 5 : 4) : 9;
      if (rank < best.rank) best = { rank, matched: t.text };
    }
    if (best.rank > 1 && plan.kana) {
      const reading = foldKanaWithMap(katakanaToHiragana(r.reading.normalize("NFKC"))).key;
      const rank = reading === plan.kana.key ? 1 : reading.startsWith(plan.kana.key) ? 3 : reading.includes(plan.kana.key) ? 6 : 9;
      if (rank < best.rank) best = { rank, matched: r.reading };
    }
    if (best.rank === 9 && plan.mixed) best = { rank: 7, matched: r.reading || r.name };
    return { ...best, r };
  });
  scored.sort((a, b) => a.rank - b.rank || a.r.name.localeCompare(b.r.name));
  return scored
    .slice(0, SUGGEST_MAX)
    .map((s) => ({ slug: s.r.slug, name: s.r.name, reading: s.r.reading, romaji: toHepburn(s.r.reading), matched: s.matched }));
}
