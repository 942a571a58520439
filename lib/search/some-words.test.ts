import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { loadAnalyser } from "./kanji-analyser";
import { searchOccupations, type SearchInput } from "./search";
import { searchSomeWords } from "./some-words";

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../db/demo")], "card");
  expect((await importRecords(await decodeFiles(files))).errors).toEqual([]);
  await loadAnalyser();
}, 30_000);

const relaxedSearch = async (input: SearchInput) => searchSomeWords(input, await searchOccupations(input));

describe("a query whose words never meet in one profile", () => {
  it("searches the words that find something, and names the others", async () => {
    const { res, relaxed } = await relaxedSearch({ q: "ソフトウェア 開発" });
    expect(res.results[0]?.slug).toBe("software-engineer");
    expect(relaxed).toEqual({ q: "ソフトウェア", dropped: ["開発"] });
  });

  it("keeps every word that finds something, in the order typed", async () => {
    const { res, relaxed } = await relaxedSearch({ q: "Pharmacist xyzzyq dispensing" });
    expect(relaxed).toEqual({ q: "Pharmacist dispensing", dropped: ["xyzzyq"] });
    expect(res.results[0]?.slug).toBe("pharmacist");
  });

  it("falls back to the first word when the matching words never meet either", async () => {
    const { res, relaxed } = await relaxedSearch({ q: "carpenter pharmacist" });
    expect(relaxed).toEqual({ q: "carpenter", dropped: ["pharmacist"] });
    expect(res.results[0]?.slug).toBe("carpenter");
  });

  it("leaves a query alone when it finds something, is one word, or no word finds anything", async () => {
    expect((await relaxedSearch({ q: "看護 nurse" })).relaxed).toBeUndefined();
    expect((await relaxedSearch({ q: "xyzzyq" })).relaxed).toBeUndefined();
    const none = await relaxedSearch({ q: "xyzzyq qqqzzz" });
    expect(none.relaxed).toBeUndefined();
    expect(none.res.total).toBe(0);
  });

  it("stays within the tier filter the reader chose", async () => {
    const { res } = await relaxedSearch({ q: "ソフトウェア 開発", major: "Healthcare Occupations" });
    expect(res.total).toBe(0);
  });
});
