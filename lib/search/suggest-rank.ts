import { nameKey } from "@/lib/occupations/name-key";
import { toHepburn } from "@/lib/reading/romaji";
import { foldKanaWithMap, katakanaToHiragana } from "./normalise";
import type { SearchPlan } from "./query";

export const SUGGEST_MAX = 10;
/** Candidates read per source (name range, alias range, each index match). */
export const SUGGEST_CANDIDATES = 40;

/** `romaji`: the reading in Hepburn (empty without a reading), shown beside the kana. */
export type Suggestion = { slug: string; name: string; reading: string; romaji: string; matched: string };
export type SuggestCandidate = { slug: string; name: string; reading: string; aliases: string | null };

/**
 * Typeahead order, the same on every store: exact name first, then names starting with the query
 * or an exact reading, alias prefixes, reading prefixes, word prefixes, reading substrings and
 * mixed Japanese/Latin matches; ties by name. `matched` is the name, alias or reading that matched.
 */
export function rankSuggestions(plan: SearchPlan, rows: SuggestCandidate[]): Suggestion[] {
  const key = plan.exactKey;
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
