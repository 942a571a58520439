import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serializeCard } from "@/lib/cards/serialize";
import { CARD_SEPARATOR } from "@/lib/cards/split";
import { useEmptyDatabase } from "@/test/use-database";
import { decodeCardFile } from "./decode-card";
import { decodeCsvFile } from "./decode-csv";
import { decodeJsonFile, topLevelElementOffsets } from "./decode-json";
import { encodeCsv } from "./encode-csv";
import { encodeJsonProfiles } from "./encode-json";
import { listExportProfiles } from "./export";
import { fixtureProfiles } from "./fixtures";
import { importRecords } from "./import";
import { decodeFiles, type Format } from "./read-files";
import type { ImportRecord } from "./records";

/** Errors as the CLI shows them (file, line, English message), without the words for other languages. */
const plain = <E extends { phrase?: unknown }>(errors: E[]) => errors.map(({ phrase: _phrase, ...e }) => e);

const records = (file = "fixtures") => fixtureProfiles().map((content, i): ImportRecord => ({ file, line: i + 1, content, errors: [] }));

async function exportAs(format: Format): Promise<string> {
  const profiles = await listExportProfiles();
  if (format === "json") return encodeJsonProfiles(profiles);
  if (format === "csv") return encodeCsv(profiles);
  return profiles.map(serializeCard).join(CARD_SEPARATOR);
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "catalog-files-")), name);
  writeFileSync(file, content);
  return file;
}

const ext: Record<Format, string> = { card: "txt", json: "json", csv: "csv" };

describe.each<Format>(["card", "json", "csv"])("%s round trip", (format) => {
  it("export → import into an empty database → export gives the same bytes", async () => {
    useEmptyDatabase();
    const first = await importRecords(records());
    expect(first.errors).toEqual([]);
    const exported = await exportAs(format);

    useEmptyDatabase();
    const file = tempFile(`all.${ext[format]}`, exported);
    const report = await importRecords(await decodeFiles([file]));
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(3);
    expect(await exportAs(format)).toBe(exported);

    const again = await importRecords(await decodeFiles([file]));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });
});

describe("JSON", () => {
  it("keeps every field of the tricky profile and resolves links by name", async () => {
    useEmptyDatabase();
    await importRecords(records());
    const out = JSON.parse(await exportAs("json"));
    const welder = out.find((p: { name: string }) => p.name.startsWith("Welder"));
    expect(welder.slug).toBe("welder-mig-and-tig");
    expect(welder.relatedJobs).toEqual([
      { name: "Labor union secretary general", slug: "labor-union-secretary-general" },
      { name: "Nonexistent job", slug: null },
    ]);
    expect(welder.aptitudes.strengths[0]).toEqual({ item: "Steady hands", reason: "Beads must be even :: and clean" });
    expect(welder.source).toEqual({ name: "Test source", code: "T-1", license: "CC0", url: "https://example.org/t" });
    expect(Object.keys(welder)).not.toContain("version");
  });

  it("accepts a single object and uses a given slug", () => {
    const [r] = decodeJsonFile("one.json", JSON.stringify({ ...fixtureProfiles()[2], slug: "my-slug", status: "draft", version: 7 }));
    expect(r.errors).toEqual([]);
    expect(r.slug).toBe("my-slug");
    expect(r.content?.name).toBe("Bare minimum");
  });

  it("reports every bad record with its number and starting line", () => {
    const good = fixtureProfiles()[2];
    const text = JSON.stringify(
      [
        good,
        { ...good, name: "Second", summary: 5, aliases: ["ok", ""] },
        { ...good, name: "Third", classification: { major: "A" } },
        "nope",
      ],
      null,
      2,
    );
    const recs = decodeJsonFile("f.json", text);
    expect(recs.map((r) => r.errors.length > 0)).toEqual([false, true, true, true]);
    const lines = text.split("\n");
    for (const [i, r] of recs.entries()) {
      if (i === 3) expect(lines[r.line - 1].trim()).toBe('"nope"');
      else expect(lines[r.line - 1].trim()).toBe("{");
    }
    const messages = recs.flatMap((r) => r.errors.map((e) => `${e.line}: ${e.message}`));
    expect(messages).toEqual([
      `${recs[1].line}: record 2: summary: Invalid input: expected string, received number`,
      `${recs[1].line}: record 2: aliases.1: Required`,
      `${recs[2].line}: record 3: classification.middle: Invalid input: expected string, received undefined`,
      `${recs[2].line}: record 3: classification.minor: Invalid input: expected string, received undefined`,
      `${recs[3].line}: record 4: expected a profile object`,
    ]);
  });

  it("reports unknown fields (a typo would otherwise drop data)", () => {
    const [r] = decodeJsonFile("f.json", JSON.stringify({ ...fixtureProfiles()[2], sumary: "x" }));
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^sumary: Unknown key$/)]);
  });

  it("reports a syntax error at its line", () => {
    const [r] = decodeJsonFile("f.json", '[\n  {"name": "a"},\n  {"name": }\n]');
    expect(r.errors[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^invalid JSON/) });
  });

  it("finds element starts past strings holding brackets, commas and escaped quotes", () => {
    const text = '[ {"a": "x],[\\"{"}, [1, 2], "s" ,3]';
    expect(topLevelElementOffsets(text).map((o) => text[o])).toEqual(["{", "[", '"', "3"]);
  });
});

describe("CSV", () => {
  const header =
    "name,reading,major,middle,minor,summary,description,futureOutlook,personalityTraits,workStyle,careerPath,requiredSkills,recommendedSkills,strengths,weaknesses,aliases,relatedJobs";

  it("reads list cells by line and aptitudes as item :: reason", () => {
    const csv = `${header}\nNurse,,Health,Care,Nursing,,,,"Kind\nCalm",,"Aide\nNurse",First aid,,"Empathy :: Patients need it\nStamina ::",,RN,Doctor\n`;
    const [r] = decodeCsvFile("n.csv", csv);
    expect(r.errors).toEqual([]);
    expect(r.content).toMatchObject({
      personalityTraits: ["Kind", "Calm"],
      careerPath: [{ name: "Aide" }, { name: "Nurse" }],
      aptitudes: {
        strengths: [
          { item: "Empathy", reason: "Patients need it" },
          { item: "Stamina", reason: "" },
        ],
        weaknesses: [],
      },
      aliases: ["RN"],
      relatedJobs: [{ name: "Doctor" }],
    });
  });

  it("gives the physical line of each row, past multi-line cells and blank lines", () => {
    const row = (name: string, summary = "") => `${name},,A,B,C,"${summary}",,,,,,,,,,,`;
    const csv = [header, row("One", "line\nbreak\nhere"), "", row("Two"), row("", "x")].join("\n");
    const recs = decodeCsvFile("l.csv", csv);
    expect(recs.map((r) => r.line)).toEqual([2, 6, 7]);
    expect(plain(recs[2].errors)).toEqual([{ file: "l.csv", line: 7, message: "name: Required" }]);
  });

  it("reports missing, unknown and duplicate columns at the header", () => {
    const recs = decodeCsvFile("h.csv", "name,nmae,name,major,middle\nx,y,z,a,b\n");
    const messages = recs.flatMap((r) => r.errors.map((e) => `${e.line}: ${e.message}`));
    expect(messages).toContain('1: unknown column "nmae"');
    expect(messages).toContain('1: duplicate column "name"');
    expect(messages).toContain('1: missing column "minor"');
    expect(messages).toContain('1: missing column "aliases"');
  });

  it("reports a row with the wrong number of cells, and a broken quote", () => {
    expect(decodeCsvFile("c.csv", `${header}\nOnly,two\n`)[0].errors[0]).toMatchObject({
      line: 2,
      message: "row has 2 cells, the header has 17",
    });
    expect(decodeCsvFile("q.csv", `${header}\n"unclosed,\n`)[0].errors[0].message).toMatch(/^invalid CSV/);
  });

  it("reports an empty file and a header without rows", () => {
    expect(decodeCsvFile("e.csv", "")[0].errors[0].message).toMatch(/empty file/);
    expect(decodeCsvFile("e.csv", `${header}\n`)[0].errors[0].message).toMatch(/no profile rows/);
  });
});

describe("import errors", () => {
  it("rejects bytes that are not UTF-8, at their line", async () => {
    const file = tempFile("bad.csv", Buffer.concat([Buffer.from(`a\nb\n`), Buffer.from([0x93, 0x94]), Buffer.from("\n")]));
    const [r] = await decodeFiles([file]);
    expect(plain(r.errors)).toEqual([{ file, line: 3, message: "not valid UTF-8" }]);
  });

  it("refuses a batch with duplicate slugs across formats and writes nothing", async () => {
    useEmptyDatabase();
    const [card, , bare] = fixtureProfiles();
    const json = tempFile("a.json", JSON.stringify([bare, card], null, 2));
    const cardFile = tempFile("b.txt", serializeCard(card));
    const report = await importRecords(await decodeFiles([json, cardFile]));
    expect(plain(report.errors)).toEqual([
      { file: cardFile, line: 1, message: expect.stringMatching(/duplicate slug "labor-union-secretary-general".*a\.json:\d+/) },
    ]);
    expect(report.written).toBe(false);
    expect(await listExportProfiles({ all: true })).toEqual([]);
  });

  it("refuses control and bidi-override characters in every format, at the field", () => {
    const csv = `name,reading,major,middle,minor,summary,description,futureOutlook,personalityTraits,workStyle,careerPath,requiredSkills,recommendedSkills,strengths,weaknesses,aliases,relatedJobs\nNurse,,A,B,C,,,,,,,,,,,"RN\nR\u202EN",\n`;
    expect(plain(decodeCsvFile("b.csv", csv)[0].errors)).toEqual([
      { file: "b.csv", line: 2, message: "aliases.1: Contains a bidirectional-override character (U+202E)" },
    ]);
    const [, , bare] = fixtureProfiles();
    expect(decodeJsonFile("n.json", JSON.stringify({ ...bare, name: "Bare\u0000" }))[0].errors.map((e) => e.message)).toEqual([
      "name: Contains a control character (U+0000)",
    ]);
    const card = serializeCard({ ...bare, name: "Bare\u0007 minimum" });
    const [r] = decodeCardFile("c.txt", card);
    expect(plain(r.errors)).toEqual([{ file: "c.txt", line: 1, message: "name: Contains a control character (U+0007)" }]);
  });

  it("refuses names used twice in a batch or by another live profile, by file and line", async () => {
    useEmptyDatabase();
    const [, , bare] = fixtureProfiles();
    const twice = tempFile(
      "twice.json",
      JSON.stringify(
        [
          { ...bare, slug: "one" },
          { ...bare, name: "BARE  minimum", slug: "two" },
        ],
        null,
        2,
      ),
    );
    const report = await importRecords(await decodeFiles([twice]));
    expect(plain(report.errors)).toEqual([
      { file: twice, line: 28, message: `name: "BARE  minimum" is also the name of ${twice}:2 (names are unique)` },
    ]);
    await importRecords([{ file: "x", line: 1, content: bare, slug: "bare-minimum", errors: [] }]);
    const clash = tempFile("clash.json", JSON.stringify({ ...bare, name: "Ｂａｒｅ minimum", slug: "other" }));
    expect(plain((await importRecords(await decodeFiles([clash]))).errors)).toEqual([
      { file: clash, line: 1, message: "name: Already used by bare-minimum" },
    ]);
    // Swapping two names in one batch is refused at the write, by file and line (never a crash).
    await importRecords([{ file: "x", line: 1, content: { ...bare, name: "Second bare" }, slug: "second", errors: [] }]);
    const swap = await importRecords([
      { file: "s", line: 1, content: { ...bare, name: "Second bare" }, slug: "bare-minimum", errors: [] },
      { file: "s", line: 2, content: bare, slug: "second", errors: [] },
    ]);
    expect(plain(swap.errors)).toEqual([
      { file: "s", line: 1, message: "name: Already used by second" },
      { file: "s", line: 2, message: "name: Already used by bare-minimum" },
    ]);
    expect(swap.written).toBe(false);
  });

  it("reports a missing classification tier by field", () => {
    const [r] = decodeJsonFile(
      "t.json",
      JSON.stringify({ ...fixtureProfiles()[2], classification: { major: "A", middle: "", minor: "C" } }),
    );
    expect(r.errors.map((e) => e.message)).toEqual(["classification.middle: Required"]);
  });
});

describe("JSON syntax error offsets", () => {
  it.each([
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ['{"a" 1}', 5],
    ["[tru]", 1],
    ['{"a": "x\ny"}', 8],
    ["[1] 2", 4],
  ])("%j fails at %i", async (text, offset) => {
    const { jsonErrorOffset } = await import("./json-error-offset");
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});

describe("CSV parse errors", () => {
  it("name the line where the broken row starts, counting a CRLF inside quotes once", async () => {
    const { decodeCsvFile } = await import("./decode-csv");
    const text = 'name,reading\r\n"ok",かな\r\n"ろうどう\r\nくみあい,x\r\nunterminated';
    const [record] = decodeCsvFile("f.csv", text);
    expect(plain(record.errors)).toEqual([{ file: "f.csv", line: 3, message: expect.stringMatching(/invalid CSV: Quote Not Closed/) }]);
  });
});
