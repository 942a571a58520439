import { describe, expect, it } from "vitest";
import { compareByReading, GOJUON_ROWS, readingRow, rowKana } from "./gojuon";

describe("gojūon rows", () => {
  it("has the ten rows in order", () => {
    expect(GOJUON_ROWS).toEqual(["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"]);
  });

  it.each([
    ["かんごし", "か"],
    ["がか", "か"],
    ["ぱんや", "は"],
    ["ばす", "は"],
    ["ろうどう", "ら"],
    ["ロウドウ", "ら"],
    ["ﾛｳﾄﾞｳ", "ら"],
    ["ゃ", "や"],
    ["っぷ", "た"],
    ["ゔぁい", "あ"],
    ["をとこ", "わ"],
    ["じゅんかんごし", "さ"],
    ["", ""],
    ["nurse", ""],
    ["看護師", ""],
  ])("%s starts in row %s", (reading, row) => {
    expect(readingRow(reading)).toBe(row);
  });

  it("lists every kana of a row in both scripts", () => {
    expect(rowKana("は")).toEqual(expect.arrayContaining(["ぱ", "パ", "ほ", "ボ"]));
    expect(rowKana("か")).not.toContain("さ");
  });

  it("sorts by reading in Japanese collation, then by name; no reading last", () => {
    const items = [
      { name: "C", reading: "かんごし" },
      { name: "B", reading: "がか" },
      { name: "A", reading: "かか" },
      { name: "Z", reading: "" },
      { name: "Y", reading: "カンゴシ" },
      { name: "X", reading: "かんごし" },
    ];
    expect(items.sort(compareByReading).map((i) => i.name)).toEqual(["A", "B", "C", "X", "Y", "Z"]);
  });
});
