import { sql } from "drizzle-orm";
import { normaliseText } from "../normalise";
import { closestSpellings, SPELLING_QUERY_LIMIT } from "../spelling";
import { pgRows, type PgExec } from "./exec";

/** didYouMean on PostgreSQL: the same names and aliases, the same choice (spelling.ts). */
export async function didYouMeanPg(exec: PgExec, q: string): Promise<string[]> {
  const text = normaliseText(q);
  if (!text || text.length > SPELLING_QUERY_LIMIT) return [];
  const names = await pgRows<{ value: string }>(
    exec,
    sql`SELECT name AS value FROM occupations WHERE status = 'published' AND deleted_at IS NULL
      UNION SELECT t.value FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND o.status = 'published' AND o.deleted_at IS NULL`,
  );
  return closestSpellings(
    q,
    names.map((r) => r.value),
  );
}
