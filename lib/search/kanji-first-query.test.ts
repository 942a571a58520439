import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { loadAnalyser } from "./kanji-analyser";
import { searchOccupations } from "./search";

// Its own file, so its own process: the analyser is not loaded yet when the first query comes.
beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../db/demo")], "card");
  expect((await importRecords(await decodeFiles(files))).errors).toEqual([]);
});

describe("the first kanji query of a process", () => {
  it("is answered in under 2 s even while the analyser loads, and reads kanji once it is loaded", async () => {
    const t0 = performance.now();
    await searchOccupations({ q: "看護師" });
    expect(performance.now() - t0).toBeLessThan(2_000);
    await loadAnalyser();
    expect((await searchOccupations({ q: "看護師" })).results[0]?.slug).toBe("registered-nurse");
  });
});
