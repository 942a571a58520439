import { isKana, toKana } from "wanakana";

/**
 * Normalisation shared by the index (at write time) and the query, so both sides meet in the
 * same form: NFKC (full/half width), lower case, Latin macrons and circumflexes dropped,
 * katakana as hiragana, romaji as kana, long vowels folded.
 */

const LATIN_LONG: Record<string, string> = {
  ā: "a", ī: "i", ū: "u", ē: "e", ō: "o", â: "a", î: "i", û: "u", ê: "e", ô: "o",
};

/** Variation selectors pick a glyph variant (葛󠄀 vs 葛): the same character for search. */
const VARIATION_SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** NFKC, lower case, macrons and circumflexes folded, variation selectors dropped, single spaces. */
export function normaliseText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(VARIATION_SELECTORS, "")
    .toLowerCase()
    .replace(/[āīūēōâîûêô]/g, (c) => LATIN_LONG[c])
    .replace(/\s+/g, " ")
    .trim();
}

/** Katakana to hiragana, one code unit for one (so positions stay put); ー is kept. */
export function katakanaToHiragana(s: string): string {
  return s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const O_ROW = new Set("おこごそぞとどのほぼぽもよろをょぉ");
const U_ROW = new Set("うくぐすずつづぬふぶぷむゆるゅぅゔ");
const HIRAGANA = /[\u3041-\u3096]/;

/**
 * Fold long vowels in hiragana so that ろうどう, ろおどお, ろーどー and ろど meet: ー dropped, う after
 * an o- or u-row kana dropped, お after an o-row kana dropped; anything but hiragana dropped.
 * `map[i]` is the index in the input of output character i (for highlighting).
 */
export function foldKanaWithMap(hiragana: string): { key: string; map: number[] } {
  let key = "";
  const map: number[] = [];
  let prev = "";
  for (let i = 0; i < hiragana.length; i++) {
    const c = hiragana[i];
    if (!HIRAGANA.test(c)) continue;
    if ((c === "う" && (O_ROW.has(prev) || U_ROW.has(prev))) || (c === "お" && O_ROW.has(prev))) continue;
    key += c;
    map.push(i);
    prev = c;
  }
  return { key, map };
}

/** The folded hiragana key of a reading (katakana, width and long vowels normalised). */
export function readingKey(reading: string): string {
  return foldKanaWithMap(katakanaToHiragana(reading.normalize("NFKC"))).key;
}

const KANA_ONLY = /^[\u3041-\u3096\u30A1-\u30FAー・\s]+$/;
const ROMAJI_ONLY = /^[a-z' -]+$/;

/**
 * The query as hiragana when it is kana, or romaji that converts wholly to kana (`roudou kumiai`,
 * `rōdō`, `syokityou`); undefined otherwise (`secretary` leaves Latin letters behind).
 * `text` is unfolded (spaces removed), `key` folded as readingKey.
 */
export function queryKana(normalised: string): { text: string; key: string } | undefined {
  let kana: string;
  if (KANA_ONLY.test(normalised)) kana = katakanaToHiragana(normalised);
  else if (ROMAJI_ONLY.test(normalised) && /[a-z]/.test(normalised)) {
    kana = toKana(normalised.replace(/[\s-]+/g, ""));
    if (!isKana(kana)) return undefined;
    kana = katakanaToHiragana(kana);
  } else return undefined;
  const text = kana.replace(/[\s・]+/g, "");
  const key = foldKanaWithMap(text).key;
  return key ? { text, key } : undefined;
}

/** Words as the FTS tokenizers see them: runs of letters and digits. */
export function wordsOf(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

/** The Japanese runs of a text (NFKC), one per line: what the trigram index keeps of body text. */
export function cjkRuns(s: string): string {
  return (s.normalize("NFKC").replace(VARIATION_SELECTORS, "").match(/[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆ー]+/g) ?? []).join("\n");
}
