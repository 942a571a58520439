import { nameKey } from "@/lib/occupations/name-key";
import { foldKanaWithMap, hasCjk, katakanaToHiragana, normaliseText, queryKana, wordsOf } from "./normalise";

/** Longer queries are cut: nobody types more, and it bounds the work a request can ask for. */
export const QUERY_MAX = 200;
const WORDS_MAX = 8;
/** Below this, a word is matched as a prefix through the small prefix-indexed table only. */
const TRIGRAM_MIN = 3;

/**
 * What one user query asks of the index. Every FTS5 expression here is built from quoted
 * phrases, so no user text is ever read as FTS syntax (AND, NEAR, column:, *, quotes, -).
 */
export type SearchPlan = {
  /** Normalised query text (empty: no query). */
  text: string;
  /** nameKey of the query: exact name/alias comparison. */
  exactKey: string;
  words: string[];
  kana?: { text: string; key: string };
  /** search_docs: every word, ≥3-character words as prefixes (Porter folds plurals). */
  docs?: string;
  /** search_names: every word as a prefix of a name or alias word. */
  names?: string;
  /** search_grams: the whole query as a substring of a name, alias or Japanese text. */
  grams?: string;
  /** Reading: folded kana key as a substring (≥3) or a prefix (shorter). */
  readingGrams?: string;
  readingPrefix?: string;
  /** The whole reading as written in hiragana and katakana: an exact reading match ranks above a substring one. */
  readingExact?: [string, string];
  /**
   * search_grams, for a query mixing Japanese and Latin words (`労働組合 secretary`, `看護 nurse`):
   * every Japanese run in the reading or the Japanese text, and every Latin word in a name or alias.
   */
  mixed?: string;
  /**
   * The same as `mixed`, as data for stores without FTS5 (lib/search/pg): every term must match,
   * a term matching when any of its alternatives does (a substring of the reading key, or of the
   * name/alias lines and, with `cjk`, of the Japanese text).
   */
  mixedTerms?: { reading?: string; text?: string; cjk: boolean }[][];
};

/** Converts a Japanese run holding kanji to its reading in hiragana (see kanji-reading.ts). */
export type ToReading = (run: string) => string;

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. */
export function ftsPhrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A LIKE pattern matching values that start with `s`, for use with ESCAPE '\'. */
export function likePrefix(s: string): string {
  return `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The query as the index sees it: cut to QUERY_MAX (before and after normalising, which can grow it). */
export function normaliseQuery(raw: string): string {
  return normaliseText(raw.slice(0, QUERY_MAX * 2)).slice(0, QUERY_MAX);
}

const JAPANESE_RUN = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆ー\u{20000}-\u{2FA1F}]+/gu;
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆\u{20000}-\u{2FA1F}]/u;

/**
 * `toReading` (when the analyser is ready) turns kanji into their reading, which is then searched
 * exactly like a typed kana query; the original text is searched as well.
 */
export function planSearch(raw: string, toReading?: ToReading): SearchPlan {
  const text = normaliseQuery(raw);
  const words = wordsOf(text).slice(0, WORDS_MAX);
  const plan: SearchPlan = { text, exactKey: nameKey(text), words };
  if (!words.length) return plan;
  plan.docs = words.map((w) => (w.length >= TRIGRAM_MIN ? `${ftsPhrase(w)}*` : ftsPhrase(w))).join(" AND ");
  plan.names = `{name aliases} : (${words.map((w) => `${ftsPhrase(w)}*`).join(" AND ")})`;
  const substring = words.join(" ");
  if ([...substring].length >= TRIGRAM_MIN) {
    plan.grams = `{name aliases${hasCjk(substring) ? " cjk" : ""}} : ${ftsPhrase(substring)}`;
  }
  const runs = text.match(JAPANESE_RUN) ?? [];
  const latin = wordsOf(text.replace(JAPANESE_RUN, " "));
  const readingOf = (run: string) => (KANJI.test(run) ? (toReading ? toReading(run) : "") : katakanaToHiragana(run));
  let kana = queryKana(text);
  if (!kana && runs.length && !latin.length && runs.some((r) => KANJI.test(r))) {
    const reading = runs.map(readingOf).join("");
    const key = foldKanaWithMap(reading).key;
    if (key) kana = { text: reading, key };
  }
  if (kana) {
    plan.kana = kana;
    plan.readingExact = [kana.text, kana.text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
    if (kana.key.length >= TRIGRAM_MIN) plan.readingGrams = `reading : ${ftsPhrase(kana.key)}`;
    else plan.readingPrefix = `reading : ${ftsPhrase(kana.key)}*`;
  } else if (runs.length && latin.length) Object.assign(plan, mixedMatch(runs.slice(0, WORDS_MAX), latin.slice(0, WORDS_MAX), readingOf));
  return plan;
}

/**
 * Every part must match; a part under TRIGRAM_MIN characters cannot be asked of a trigram index
 * and is left out (undefined when nothing is left).
 */
function mixedMatch(runs: string[], latin: string[], readingOf: (run: string) => string): Pick<SearchPlan, "mixed" | "mixedTerms"> {
  const terms: string[] = [];
  const mixedTerms: NonNullable<SearchPlan["mixedTerms"]> = [];
  for (const run of runs) {
    const key = foldKanaWithMap(readingOf(run)).key;
    const either = [
      key.length >= TRIGRAM_MIN && `reading : ${ftsPhrase(key)}`,
      [...run].length >= TRIGRAM_MIN && `{name aliases cjk} : ${ftsPhrase(run)}`,
    ].filter(Boolean);
    if (either.length) terms.push(`(${either.join(" OR ")})`);
    const alternatives = [
      ...(key.length >= TRIGRAM_MIN ? [{ reading: key, cjk: false }] : []),
      ...([...run].length >= TRIGRAM_MIN ? [{ text: run, cjk: true }] : []),
    ];
    if (alternatives.length) mixedTerms.push(alternatives);
  }
  for (const w of latin)
    if (w.length >= TRIGRAM_MIN) {
      terms.push(`{name aliases} : ${ftsPhrase(w)}`);
      mixedTerms.push([{ text: w, cjk: false }]);
    }
  return terms.length ? { mixed: terms.join(" AND "), mixedTerms } : {};
}
