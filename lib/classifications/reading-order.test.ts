import { describe, expect, it } from "vitest";
import { compareByReading } from "./browse";

describe("Japanese pages list occupations by reading", () => {
  it("sorts readings in Japanese collation: katakana with hiragana, voiced and semi-voiced kana beside their row; no reading last", () => {
    const rows = [
      { name: "Union staff", reading: "ろうどうくみあいいいん" },
      { name: "No reading", reading: "" },
      { name: "Nurse", reading: "かんごし" },
      { name: "Pilot", reading: "ぱいろっと" },
      { name: "Announcer", reading: "アナウンサー" },
      { name: "Student", reading: "がくせい" },
      { name: "Actor", reading: "はいゆう" },
    ];
    expect([...rows].sort(compareByReading).map((r) => r.name)).toEqual([
      "Announcer",
      "Student",
      "Nurse",
      "Actor",
      "Pilot",
      "Union staff",
      "No reading",
    ]);
  });
});
