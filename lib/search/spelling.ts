import { distance } from "fastest-levenshtein";
import { normaliseText, wordsOf } from "./normalise";

const MAX_SUGGESTIONS = 3;
/** Longer queries get no suggestion: the scan below is per name. */
export const SPELLING_QUERY_LIMIT = 60;
const allowed = (s: string) => Math.max(1, Math.min(3, Math.floor(s.length / 4)));

/**
 * Close spellings of `q` among published names and aliases (the same on every store): whole names
 * within a small edit distance, else the query with each word replaced by the closest word of a
 * name or alias.
 */
export function closestSpellings(q: string, names: string[]): string[] {
  const text = normaliseText(q);
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
