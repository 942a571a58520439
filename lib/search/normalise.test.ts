import { describe, expect, it } from "vitest";
import { cjkRuns, foldKanaWithMap, katakanaToHiragana, normaliseText, queryKana, readingKey } from "./normalise";

describe("search normalisation", () => {
  it("folds width and case (NFKC)", () => {
    expect(normaliseText("ＳＥＣＲＥＴＡＲＹ　General")).toBe("secretary general");
    expect(normaliseText("ﾛｳﾄﾞｳ")).toBe("ロウドウ");
    expect(normaliseText("  many   spaces ")).toBe("many spaces");
    expect(normaliseText("葛\u{E0100}城")).toBe("葛城");
  });

  it("drops macrons and circumflexes of Latin letters", () => {
    expect(normaliseText("Rōdō Kumiai")).toBe("rodo kumiai");
    expect(normaliseText("tôkyô")).toBe("tokyo");
  });

  it("turns katakana into hiragana one for one", () => {
    expect(katakanaToHiragana("ロウドウクミアイ")).toBe("ろうどうくみあい");
    expect(katakanaToHiragana("ローマ")).toBe("ろーま");
  });

  it("folds long vowels so every spelling meets", () => {
    const key = readingKey("ろうどうくみあいしょきちょう");
    expect(key).toBe("ろどくみあいしょきちょ");
    expect(readingKey("ロウドウクミアイショキチョウ")).toBe(key);
    expect(readingKey("ﾛｳﾄﾞｳｸﾐｱｲｼｮｷﾁｮｳ")).toBe(key);
    expect(readingKey("ろーどー")).toBe("ろど");
    expect(readingKey("おおさか")).toBe("おさか");
    expect(readingKey("しゅうしょく")).toBe("しゅしょく");
  });

  it("keeps a map from folded to original positions", () => {
    const { key, map } = foldKanaWithMap("ろうどう");
    expect(key).toBe("ろど");
    expect(map).toEqual([0, 2]);
  });

  it("reads kana and romaji queries as folded kana", () => {
    const target = readingKey("ろうどうくみあい");
    for (const q of ["ろうどうくみあい", "ロウドウクミアイ", "roudou kumiai", "roudoukumiai", "rodo kumiai", "roodoo kumiai", "rōdō kumiai", "RŌDŌ KUMIAI", "ｒｏｕｄｏｕ ｋｕｍｉａｉ"]) {
      expect(queryKana(normaliseText(q))?.key, q).toBe(target);
    }
    expect(queryKana(normaliseText("syokityou"))?.key).toBe(readingKey("しょきちょう"));
    expect(queryKana(normaliseText("kon'nichiha"))?.text).toBe("こんにちは");
  });

  it("does not read English words or mixed text as kana", () => {
    expect(queryKana("secretary")).toBeUndefined();
    expect(queryKana("nurse 看護")).toBeUndefined();
    expect(queryKana("")).toBeUndefined();
    expect(queryKana("***")).toBeUndefined();
  });

  it("keeps only the Japanese runs of body text for the trigram index", () => {
    expect(cjkRuns("Works with 労働組合 and ＡＢＣ ｶﾀｶﾅ")).toBe("労働組合\nカタカナ");
    expect(cjkRuns("English only")).toBe("");
  });
});
