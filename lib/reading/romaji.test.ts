import { describe, expect, it } from "vitest";
import { toHepburn } from "./romaji";

describe("Hepburn romaji with long vowels marked", () => {
  it.each([
    ["ろうどうくみあいしょきちょう", "rōdōkumiaishokichō"],
    ["かんごし", "kangoshi"],
    ["じゅんかんごし", "junkangoshi"],
    ["おおさか", "ōsaka"],
    ["ぎゅうにゅう", "gyūnyū"],
    ["コーヒー", "kōhī"],
    ["ソフトウェアエンジニア", "sofutoweaenjinia"],
    ["おかあさん", "okāsan"],
    ["せんせい", "sensei"],
    ["しんいん", "shin'in"],
    ["やくざいし", "yakuzaishi"],
    ["ﾛｳﾄﾞｳ", "rōdō"],
    ["", ""],
  ])("%s → %s", (kana, romaji) => {
    expect(toHepburn(kana)).toBe(romaji);
  });
});
