import "server-only";
import { rows } from "@/db/index";
import { sql } from "drizzle-orm";
import { normaliseText } from "./normalise";
import { closestSpellings, SPELLING_QUERY_LIMIT } from "./spelling";
import { didYouMeanPg } from "./pg/did-you-mean-pg";
import { onPostgres, storeExec } from "./pg/exec";

const QUERY_LIMIT = SPELLING_QUERY_LIMIT;

/**
 * Close spellings for a query that found nothing: whole names and aliases within a small edit
 * distance, else the query with each word replaced by the closest word of a name or alias.
 * Only run for empty results, so a scan of names is acceptable.
 */
export async function didYouMean(q: string): Promise<string[]> {
  if (onPostgres()) return didYouMeanPg(storeExec(), q);
  const text = normaliseText(q);
  if (!text || text.length > QUERY_LIMIT) return [];
  const names = (
    await rows<{ value: string }>(sql`
      SELECT name AS value FROM occupations WHERE status = 'published' AND deleted_at IS NULL
      UNION SELECT t.value FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND o.status = 'published' AND o.deleted_at IS NULL`)
  ).map((r) => r.value);

  return closestSpellings(q, names);
}
