import "server-only";
import { dialect, getStore, rows } from "@/db/index";
import { didYouMeanPg } from "./pg/did-you-mean-pg";
import { sql } from "drizzle-orm";
import { distance } from "fastest-levenshtein";
import { normaliseText, wordsOf } from "./normalise";

const MAX_SUGGESTIONS = 3;
const QUERY_LIMIT = 60;
const allowed = (s: string) => Math.max(1, Math.min(3, Math.floor(s.length / 4)));

/**
 * Close spellings for a query that found nothing: whole names and aliases within a small edit
 * distance, else the query with each word replaced by the closest word of a name or alias.
 * Only run for empty results, so a scan of names is acceptable.
 */
export async function didYouMean(q: string): Promise<string[]> {
  if (dialect === "pg") return didYouMeanPg(getStore().pg, q);
  const text = normaliseText(q);
  if (!text || text.length > QUERY_LIMIT) return [];
  const names = (
    await rows<{ value: string }>(sql`
      SELECT name AS value FROM occupations WHERE status = 'published' AND deleted_at IS NULL
      UNION SELECT t.value FROM occupation_terms t JOIN occupations o ON o.id = t.occupation_id
        WHERE t.list = 'alias' AND o.status = 'published' AND o.deleted_at IS NULL`)
  ).map((r) => r.value);

  const whole = names
    .map((name) => ({ name, d: distance(text, normaliseText(name)) }))
    .filter((c) => c.d > 0 && c.d <= allowed(text))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.name);
  if (whole.length) return whole;

  const vocabulary = new Set(names.flatMap((n) => wordsOf(normaliseText(n))).filter((w) => w.length >= 3));
  let changed = false;
  const corrected = wordsOf(text).map((w) => {
    if (vocabulary.has(w) || w.length < 3) return w;
    let best = { word: w, d: Infinity };
    for (const v of vocabulary) {
      const d = distance(w, v);
      if (d <= allowed(w) && (d < best.d || (d === best.d && v < best.word))) best = { word: v, d };
    }
    if (best.word !== w) changed = true;
    return best.word;
  });
  return changed ? [corrected.join(" ")] : [];
}
