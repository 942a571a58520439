import { toRomaji } from "wanakana";
import { katakanaToHiragana } from "@/lib/search/normalise";

/**
 * Modified Hepburn romaji of a kana reading, long vowels marked with a macron (ろうどう → rōdō,
 * コーヒー → kōhī), for readers who cannot read kana. wanakana spells the kana; the one step added
 * here marks the long vowels, which wanakana writes doubled (roudou). It is done on the kana, not
 * on the romaji, because only there can "ou" from ト+ウェ (sofutowea) be told from ろう.
 */

const LONG = "\u02C9"; // a mark wanakana passes through, replaced by a macron below
const ROW_VOWEL: [string, string][] = [
  ["a", "あかがさざただなはばぱまやらわぁゃゎ"],
  ["i", "いきぎしじちぢにひびぴみりぃ"],
  ["u", "うくぐすずつづぬふぶぷむゆるぅゅゔ"],
  ["e", "えけげせぜてでねへべぺめれぇ"],
  ["o", "おこごそぞとどのほぼぽもよろをぉょ"],
];
const VOWEL_OF = new Map<string, string>();
for (const [v, kana] of ROW_VOWEL) for (const k of kana) VOWEL_OF.set(k, v);
/** The kana that lengthens a vowel: あ after a, う after o or u, え after e, お after o (い stays: "ii", "ei"). */
const LENGTHENS: Record<string, string> = { a: "あ", u: "う", e: "え", o: "おう" };
const SMALL = new Set("ぁぃぅぇぉゃゅょゎ");
const MACRON: Record<string, string> = { a: "ā", i: "ī", u: "ū", e: "ē", o: "ō" };

export function toHepburn(reading: string): string {
  const kana = [...katakanaToHiragana(reading.normalize("NFKC"))];
  let marked = "";
  let vowel = "";
  for (let i = 0; i < kana.length; i++) {
    const c = kana[i];
    const long = c === "ー" ? !!vowel : !!vowel && (LENGTHENS[vowel] ?? "").includes(c) && !SMALL.has(kana[i + 1] ?? "");
    if (long) {
      marked += LONG;
      if (c !== "ー") vowel = ""; // ろうう: only one う lengthens
      continue;
    }
    marked += c;
    vowel = VOWEL_OF.get(c) ?? "";
  }
  return toRomaji(marked, { customRomajiMapping: { うぇ: "we", うぃ: "wi", うぉ: "wo" } })
    .replace(new RegExp(`([aiueo])${LONG}`, "g"), (_m, v: string) => MACRON[v])
    .replaceAll(LONG, "");
}
