import { nameKey } from "@/lib/occupations/name-key";
import { hasCjk, normaliseText, queryKana, wordsOf } from "./normalise";

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
};

/** An FTS5 string literal: the text in double quotes, inner quotes doubled. */
export function ftsPhrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A LIKE pattern matching values that start with `s`, for use with ESCAPE '\'. */
export function likePrefix(s: string): string {
  return `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function planSearch(raw: string): SearchPlan {
  const text = normaliseText(raw.slice(0, QUERY_MAX * 2)).slice(0, QUERY_MAX);
  const words = wordsOf(text).slice(0, WORDS_MAX);
  const plan: SearchPlan = { text, exactKey: nameKey(text), words };
  if (!words.length) return plan;
  plan.docs = words.map((w) => (w.length >= TRIGRAM_MIN ? `${ftsPhrase(w)}*` : ftsPhrase(w))).join(" AND ");
  plan.names = `{name aliases} : (${words.map((w) => `${ftsPhrase(w)}*`).join(" AND ")})`;
  const substring = words.join(" ");
  if ([...substring].length >= TRIGRAM_MIN) {
    plan.grams = `{name aliases${hasCjk(substring) ? " cjk" : ""}} : ${ftsPhrase(substring)}`;
  }
  const kana = queryKana(text);
  if (kana) {
    plan.kana = kana;
    if (kana.key.length >= TRIGRAM_MIN) plan.readingGrams = `reading : ${ftsPhrase(kana.key)}`;
    else plan.readingPrefix = `reading : ${ftsPhrase(kana.key)}*`;
  }
  return plan;
}
