import { analyser } from "./kanji-analyser";
import { katakanaToHiragana } from "./normalise";
import { normaliseQuery, planSearch, type SearchPlan, type ToReading } from "./query";

/**
 * Japanese text given to the analyser per query, in characters. The analyser's time grows with
 * its input (a lattice over every dictionary prefix), so the query is cut here, before analysis
 * (on top of QUERY_MAX): no one types a longer kanji query, and the rest of it is still searched
 * by its original text.
 */
export const ANALYSE_MAX = 64;
/** How long a query waits for the analyser while it is still loading at start-up. */
export const ANALYSER_WAIT_MS = 1_500;

const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆\u{20000}-\u{2FA1F}]/u;
const KANA = /^[\u3041-\u3096\u30A1-\u30FAー]+$/;

export function hasKanji(s: string): boolean {
  return KANJI.test(s);
}

/**
 * A converter from a Japanese run to its reading in hiragana for one query (`労働組合` →
 * `ろうどうくみあい`), or undefined when the analyser is not ready within `waitMs` (the query is then
 * searched by its original text). A word the dictionary has no reading for (a rare kanji) is left
 * out, so the rest still reads.
 */
export async function readingConverter(waitMs = ANALYSER_WAIT_MS): Promise<ToReading | undefined> {
  const tokenizer = await analyser(waitMs);
  if (!tokenizer) return undefined;
  let budget = ANALYSE_MAX;
  return (run) => {
    const chars = [...run].slice(0, Math.max(0, budget));
    budget -= chars.length;
    const text = chars.join("");
    if (!text) return "";
    const kana = tokenizer
      .tokenize(text)
      .map((t) => (t.reading && KANA.test(t.reading) ? t.reading : KANA.test(t.surface_form) ? t.surface_form : ""));
    return katakanaToHiragana(kana.join(""));
  };
}

/** planSearch with kanji read: what search and typeahead run for every query. */
export async function planQuery(raw: string): Promise<SearchPlan> {
  return planSearch(raw, hasKanji(normaliseQuery(raw)) ? await readingConverter() : undefined);
}
