import { sql, type SQL } from "drizzle-orm";
import { planQuery } from "../kanji-reading";
import { rankSuggestions, SUGGEST_CANDIDATES, type Suggestion } from "../suggest-rank";
import { pgRows, type PgExec } from "./exec";
import { lowestRows, planWalks } from "./lowest-pg";
import { NAME_MATCHES, pgMatches } from "./match-pg";

/** suggestOccupations on PostgreSQL: the same candidates (search_names instead of FTS5) and the same ranking. */
export async function suggestOccupationsPg(exec: PgExec, q: string): Promise<Suggestion[]> {
  const plan = await planQuery(q);
  if (!plan.words.length) return [];
  const key = plan.exactKey;
  const upper = `${key}\u{10FFFF}`;
  const m = pgMatches(plan);
  const walkFor = await planWalks(exec, plan, m);
  const named = (k: (typeof NAME_MATCHES)[number]) =>
    lowestRows("search_names", sql`d.occupation_id AS id`, m[k]!, SUGGEST_CANDIDATES, walkFor(k, SUGGEST_CANDIDATES));
  const sources: SQL[] = [
    sql`SELECT id FROM occupations WHERE name_key >= ${key} AND name_key < ${upper} ORDER BY name_key LIMIT ${SUGGEST_CANDIDATES}`,
    sql`SELECT occupation_id AS id FROM occupation_terms WHERE list = 'alias' AND value_key >= ${key} AND value_key < ${upper} ORDER BY value_key LIMIT ${SUGGEST_CANDIDATES}`,
  ];
  for (const k of NAME_MATCHES) if (m[k]) sources.push(named(k));
  const rows = await pgRows<{ id: number; slug: string; name: string; reading: string; aliases: string | null }>(
    exec,
    sql`SELECT o.id, o.slug, o.name, o.reading,
      (SELECT string_agg(t.value, E'\n' ORDER BY t.position) FROM occupation_terms t WHERE t.occupation_id = o.id AND t.list = 'alias') AS aliases
    FROM occupations o
    WHERE o.id IN (${sql.join(
      sources.map((s) => sql`(${s})`),
      sql` UNION `,
    )})
      AND o.status = 'published' AND o.deleted_at IS NULL`,
  );
  return rankSuggestions(plan, rows);
}
