import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { createOccupation } from "@/lib/occupations/edit";
import { loadAnalyser } from "./kanji-analyser";
import { ANALYSE_MAX, planQuery, readingConverter } from "./kanji-reading";
import { searchOccupations } from "./search";
import { suggestOccupations } from "./suggest";

const UNIONS = ["labor-union-bureau-chief", "labor-union-chairperson", "labor-union-secretary-general"];

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../db/demo")], "card");
  const report = await importRecords(await decodeFiles(files));
  expect(report.errors).toEqual([]);
  await loadAnalyser();
}, 30_000);

const slugs = async (q: string) => (await searchOccupations({ q })).results.map((r) => r.slug);

describe("kanji queries are searched by their reading", () => {
  it("看護師 finds the registered nurse first (exact reading) and the licensed practical nurse (じゅんかんごし)", async () => {
    const found = await slugs("看護師");
    expect(found[0]).toBe("registered-nurse");
    expect(found).toContain("licensed-practical-nurse");
  });

  it("an exact reading ranks above a substring in kana queries too", async () => {
    expect((await slugs("かんごし"))[0]).toBe("registered-nurse");
  });

  it("労働組合 finds the three labor-union profiles", async () => {
    expect((await slugs("労働組合")).sort()).toEqual(UNIONS);
  });

  it.each([
    ["書記長", "labor-union-secretary-general"],
    ["薬剤師", "pharmacist"],
    ["大工", "carpenter"],
  ])("%s puts %s first", async (q, slug) => {
    expect((await slugs(q))[0]).toBe(slug);
  });

  it("mixed queries need every part: Japanese by reading, Latin by name", async () => {
    expect(await slugs("労働組合 secretary")).toEqual(["labor-union-secretary-general"]);
    expect((await slugs("看護 nurse")).sort()).toEqual(["licensed-practical-nurse", "registered-nurse"]);
    expect(await slugs("ソフトウェア engineer")).toEqual(["software-engineer"]);
    // ソフトウェア開発 ("software development") is read as そふとうぇあかいはつ, which no reading holds.
    expect(await slugs("ソフトウェア 開発")).toEqual([]);
  });

  it("an alias written in kanji matches directly, even one the reading would not find", async () => {
    await createOccupation(
      {
        name: "Shrine carpenter",
        reading: "",
        industry: "",
        classification: { major: "Test Major", middle: "Test Middle", minor: "Test Minor" },
        summary: "Builds shrines.",
        description: "",
        futureOutlook: "",
        personalityTraits: [],
        workStyle: "",
        careerPath: [],
        requiredSkills: [],
        recommendedSkills: [],
        aptitudes: { strengths: [], weaknesses: [] },
        aliases: ["宮大工棟梁"],
        relatedJobs: [],
        source: null,
      },
      { actor: { id: null, email: "test@example.test" }, publish: true },
    );
    expect(await slugs("宮大工棟梁")).toContain("shrine-carpenter");
  });

  it("typeahead offers the registered nurse while kanji are typed", async () => {
    const s = await suggestOccupations("看護師");
    expect(s[0]).toMatchObject({ slug: "registered-nurse", matched: "かんごし" });
    expect((await suggestOccupations("看護")).map((x) => x.slug)).toContain("registered-nurse");
    expect((await suggestOccupations("労働組合 sec")).map((x) => x.slug)).toContain("labor-union-secretary-general");
  });
});

describe("hostile and odd kanji input", () => {
  it.each([
    ["very long kanji", "看護師".repeat(2_000)],
    ["rare characters outside the dictionary", "𠮷野家𩸽𪚲"],
    ["variation selectors", "葛\u{E0100}城\uFE00市"],
    ["half-width katakana", "ｶﾝｺﾞｼ"],
    ["a mix of scripts", '看護ｼ nurse Ω ١٢٣ 🙂 "OR" NEAR( * 師'],
    ["kanji with FTS syntax", '看護" OR "師'],
  ])("%s never fails and answers quickly", async (_label, q) => {
    const t0 = performance.now();
    await expect(searchOccupations({ q })).resolves.toBeDefined();
    await expect(suggestOccupations(q)).resolves.toBeDefined();
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it("half-width katakana reads like kana", async () => {
    expect((await slugs("ｶﾝｺﾞｼ"))[0]).toBe("registered-nurse");
  });

  it("cuts the Japanese text before analysis", async () => {
    const toReading = (await readingConverter())!;
    expect(toReading("看".repeat(ANALYSE_MAX * 10)).length).toBeLessThanOrEqual(ANALYSE_MAX * 4);
    expect(toReading("看護師")).toBe("");
  });

  it("plans a kanji query like the typed kana", async () => {
    expect((await planQuery("看護師")).kana).toEqual({ text: "かんごし", key: "かんごし" });
  });
});
