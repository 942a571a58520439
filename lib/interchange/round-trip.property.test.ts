import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOccupation, deleteOccupation } from "@/lib/occupations/edit";
import { InvalidInputError } from "@/lib/errors";
import { profileWrite, type ProfileContent } from "@/lib/occupations/schema";
import { useEmptyDatabase } from "@/test/use-database";
import { exportDocument } from "./export-document";
import { listExportProfiles } from "./export";
import { importRecords } from "./import";
import { decodeBytes, type Format } from "./read-files";

/**
 * The promise of the interchange formats: every export of any catalog the app accepted imports
 * back into an empty database and exports the same bytes. Random profiles are written through the
 * same lib functions the form and the API use (refusals are fine: only what was accepted counts),
 * then each format makes the trip. Pieces are few and awkward on purpose, so that names, slugs,
 * aliases and separators collide often.
 */
const piece = fc.constantFrom(
  "Baker",
  "baker",
  "ＢＡＫＥＲ",
  "Cook",
  "C++",
  "C",
  "c",
  "Ärztin",
  "パン",
  "ぱん",
  "ﾊﾟﾝ",
  "溶接",
  "x",
  " ",
  " ",
  "-",
  "/",
  " / ",
  " → ",
  "::",
  " :: ",
  "|",
  "\\",
  ",",
  '"',
  "'",
  "&",
  "  ",
  "\t",
  "Summary",
  "- ",
  "| a |",
);
const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
// Names, aliases and link names drawn from one small pool, so links find profiles by name and by
// alias, and later profiles take names earlier links already point at through an alias.
const title = fc.oneof(fc.constantFrom("Chef", "Cook", "Waiter", "Baker", "ＣＯＯＫ"), word);
const longText = fc
  .array(fc.oneof(piece, fc.constant("\n"), fc.constant("\r\n"), fc.constant("\n\n")), { maxLength: 8 })
  .map((p) => p.join(""));
const kana = fc.constantFrom("", "ぱん", "パン", "こっく", "ようせつ ・ こう", "ﾊﾟﾝ");
const items = fc.array(word, { maxLength: 3 });
const titles = fc.array(title, { maxLength: 3 });
const links = fc.array(
  title.map((name) => ({ name, slug: null })),
  { maxLength: 3 },
);
const aptitudes = fc.array(fc.record({ item: word, reason: fc.oneof(fc.constant(""), word) }), { maxLength: 2 });
const tier = fc.constantFrom("Food", "Metal", "food", "Ｆｏｏｄ");

const profile: fc.Arbitrary<ProfileContent> = fc.record({
  name: title,
  reading: kana,
  industry: longText,
  classification: fc.record({ major: tier, middle: tier, minor: tier }),
  summary: longText,
  description: longText,
  futureOutlook: longText,
  personalityTraits: items,
  workStyle: longText,
  careerPath: links,
  requiredSkills: items,
  recommendedSkills: items,
  aptitudes: fc.record({ strengths: aptitudes, weaknesses: aptitudes }),
  aliases: titles,
  relatedJobs: links,
  source: fc.oneof(
    fc.constant(null),
    fc.record({
      name: word,
      code: fc.option(word, { nil: undefined }),
      license: fc.option(word, { nil: undefined }),
      url: fc.option(fc.constantFrom("https://example.org/a", "http://x.test/b?c=d"), { nil: undefined }),
    }),
  ),
});

const write = fc.record({
  content: profile,
  slug: fc.option(fc.constantFrom("baker", "cook", "c", "custom-slug", "zz-last", "a-first"), { nil: undefined }),
  publish: fc.boolean(),
  deleteAfter: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

const ext: Record<Format, string> = { card: "txt", json: "json", csv: "csv" };

/** As the write API does: the body through the write schema, then the lib write function. */
async function writeCatalog(writes: Write[]) {
  const actor = { id: null, email: "property@example.test" };
  for (const w of writes) {
    const parsed = profileWrite.safeParse({ ...w.content, ...(w.slug ? { slug: w.slug } : {}) });
    if (!parsed.success) continue;
    const { slug, status: _s, version: _v, updatedAt: _u, ...content } = parsed.data;
    try {
      const r = await createOccupation(content, { slug, publish: w.publish, actor });
      if (w.deleteAfter) await deleteOccupation(r.id, { actor });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
    }
  }
}

const exportAs = async (format: Format) => exportDocument(format, await listExportProfiles());

async function roundTrip(format: Format) {
  const first = await exportAs(format);
  if ((await listExportProfiles()).length === 0) return;
  useEmptyDatabase();
  const report = await importRecords(decodeBytes(`all.${ext[format]}`, Buffer.from(first)));
  expect(report.errors).toEqual([]);
  expect(await exportAs(format)).toBe(first);
}

describe.each<Format>(["card", "json", "csv"])("%s: every accepted catalog round-trips", (format) => {
  it("export → import into an empty database → export gives the same bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
        useEmptyDatabase();
        await writeCatalog(writes);
        await roundTrip(format);
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 60) },
    );
  }, 120_000);

  it("links a later profile of exactly the name, not the alias an earlier link found (a history random writes rarely hit)", async () => {
    useEmptyDatabase();
    const p = (name: string, extra: Partial<ProfileContent> = {}) =>
      ({
        name,
        reading: "",
        industry: "",
        classification: { major: "A", middle: "B", minor: "C" },
        summary: "",
        description: "",
        futureOutlook: "",
        personalityTraits: [],
        workStyle: "",
        careerPath: [],
        requiredSkills: [],
        recommendedSkills: [],
        aptitudes: { strengths: [], weaknesses: [] },
        aliases: [],
        relatedJobs: [],
        source: null,
        ...extra,
      }) as ProfileContent;
    const actor = { id: null, email: "x@example.test" };
    await createOccupation(p("Chef", { aliases: ["Cook"] }), { actor, publish: true });
    await createOccupation(p("Waiter", { relatedJobs: [{ name: "Cook", slug: null }] }), { actor, publish: true });
    await createOccupation(p("Cook"), { actor, publish: true });
    await roundTrip(format);
  });
});
