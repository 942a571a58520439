import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import {
  createOccupation,
  deleteOccupation,
  idForSlug,
  undeleteOccupation,
  unpublishOccupation,
  publishOccupation,
} from "@/lib/occupations/edit";
import { didYouMean } from "./did-you-mean";
import { rebuildSearchIndex } from "./sync-index";
import { searchOccupations } from "./search";

const SEED = "labor-union-secretary-general";
const actor = { id: null, email: "test@example.test" };

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../db/demo")], "card");
  const report = await importRecords(await decodeFiles(files));
  expect(report.errors).toEqual([]);
});

const slugs = async (q: string, extra: object = {}) => (await searchOccupations({ q, ...extra })).results.map((r) => r.slug);

describe("searching the demo catalog", () => {
  it.each([
    "secretary",
    "ろうどうくみあい",
    "ロウドウクミアイ",
    "roudou kumiai",
    "rōdō kumiai",
    "rodo kumiai",
    "Union secretary general",
    "ｓｅｃｒｅｔａｒｙ",
  ])("%s finds the labor union secretary general near the top", async (q) => {
    expect((await slugs(q)).slice(0, 3)).toContain(SEED);
  });

  it("puts an exact alias first and marks it", async () => {
    const res = await searchOccupations({ q: "union secretary general" });
    expect(res.results[0].slug).toBe(SEED);
    expect(res.results[0].highlight).toEqual({ field: "alias", fragments: [{ text: "Union secretary general", match: true }] });
  });

  it("finds plurals, prefixes, skills and short queries", async () => {
    expect(await slugs("secretaries")).toContain(SEED);
    expect(await slugs("secre")).toContain(SEED);
    expect(await slugs("negotiation skills")).toContain(SEED);
    expect(await slugs("la")).toContain(SEED);
    expect(await slugs("ろ")).toContain(SEED);
    expect(await slugs("ro")).toContain(SEED);
  });

  it("marks the reading where a kana or romaji query matched", async () => {
    const hit = (await searchOccupations({ q: "roudou" })).results.find((r) => r.slug === SEED)!;
    expect(hit.highlight?.field).toBe("reading");
    expect(hit.highlight?.fragments).toEqual([
      { text: "ろうどう", match: true },
      { text: "くみあいしょきちょう", match: false },
    ]);
  });

  it("narrows by tier and counts within the chosen tier", async () => {
    const all = await searchOccupations({ q: "union" });
    const managerial = all.facets.major.find((f) => f.name === "Managerial Occupations")!;
    expect(managerial.count).toBeGreaterThan(0);
    expect(all.facets.major.reduce((n, f) => n + f.count, 0)).toBe(all.total);
    const narrowed = await searchOccupations({ q: "union", major: "Managerial Occupations" });
    expect(narrowed.total).toBe(managerial.count);
    expect(narrowed.results.every((r) => r.classification.major === "Managerial Occupations")).toBe(true);
    expect(narrowed.facets.middle.reduce((n, f) => n + f.count, 0)).toBe(narrowed.total);
    expect(narrowed.facets.major).toEqual(all.facets.major);
    expect((await searchOccupations({ q: "union", major: "No such tier" })).total).toBe(0);
  });

  it("pages through results without repeats", async () => {
    const first = await searchOccupations({ q: "", pageSize: 5 });
    const second = await searchOccupations({ q: "", pageSize: 5, page: 2 });
    expect(first.total).toBeGreaterThan(10);
    expect(first.results).toHaveLength(5);
    expect(second.results.map((r) => r.slug)).not.toContain(first.results[0].slug);
  });
});

describe("did you mean", () => {
  it("offers close names, aliases or words for a query that found nothing", async () => {
    expect(await didYouMean("secretery")).toEqual(["secretary"]);
    expect(await didYouMean("labor union chairpersen")).toEqual(["Labor union chairperson"]);
    expect(await didYouMean("secretery near")).toEqual(["secretary near"]);
    expect(await didYouMean("qqqqqqqq")).toEqual([]);
  });
});

describe("hostile queries", () => {
  const hostile = [
    '"',
    '""',
    '"secretary',
    "secretary*",
    "*",
    "(",
    ")",
    "(secretary",
    "secretary)",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "secretary AND",
    "OR secretary",
    "NOT union",
    "NEAR(union secretary)",
    "name:secretary",
    "{name}: x",
    "-secretary",
    "- union",
    "'; DROP TABLE occupations; --",
    "1' OR '1'='1",
    "%",
    "_",
    "%%__",
    "\\",
    "\\%",
    "secr%",
    "^union",
    "union +",
    "😀",
    "👩‍💼 secretary",
    "x".repeat(5000),
    "ろ".repeat(5000),
    "a ".repeat(2500),
    "\u0000",
    "\uFFFF",
    "\uD800",
    "\t\n\r",
    "  ",
  ];
  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]))(
    "%s answers without an error",
    async (_label, q) => {
      const res = await searchOccupations({ q, major: q, page: 1 });
      expect(res.total).toBeGreaterThanOrEqual(0);
      const plain = await searchOccupations({ q });
      expect(Array.isArray(plain.results)).toBe(true);
    },
  );

  it("treats FTS operators and wildcards as text", async () => {
    expect(await slugs('"secretary"')).toContain(SEED);
    expect(await slugs("secretary*")).toContain(SEED);
    expect(await slugs("secretary:")).toContain(SEED);
    expect(await slugs("-secretary")).toContain(SEED);
    expect((await searchOccupations({ q: "%" })).total).toBe(0);
    expect((await searchOccupations({ q: "_" })).total).toBe(0);
  });
});

describe("keeping the index in step", () => {
  it("drafts and deleted profiles never appear; publish, delete and restore update the index", async () => {
    const draft = await createOccupation(
      {
        name: "Zymurgist",
        reading: "じょうぞうぎし",
        industry: "",
        classification: { major: "Test Major", middle: "Test Middle", minor: "Test Minor" },
        summary: "Brews things.",
        description: "",
        futureOutlook: "",
        personalityTraits: [],
        workStyle: "",
        careerPath: [],
        requiredSkills: ["Zythology"],
        recommendedSkills: [],
        aptitudes: { strengths: [], weaknesses: [] },
        aliases: ["Brewmaster"],
        relatedJobs: [],
        source: null,
      },
      { actor },
    );
    expect(await slugs("zymurgist")).toEqual([]);
    const pub = await publishOccupation(draft.id, { expectedVersion: draft.version, actor });
    expect(await slugs("zymurgist")).toEqual(["zymurgist"]);
    expect(await slugs("brewmaster")).toEqual(["zymurgist"]);
    expect(await slugs("jouzou")).toEqual(["zymurgist"]);
    const del = await deleteOccupation(draft.id, { actor });
    expect(await slugs("zymurgist")).toEqual([]);
    await undeleteOccupation(draft.id, { actor });
    expect(await slugs("zythology")).toEqual(["zymurgist"]);
    await unpublishOccupation(draft.id, { expectedVersion: del.version + 1, actor });
    expect(await slugs("zymurgist")).toEqual([]);
    expect(pub.status).toBe("published");
  });

  it("rebuilds the whole index", async () => {
    const before = await slugs("secretary");
    const n = await rebuildSearchIndex();
    expect(n).toBeGreaterThan(40);
    expect(await slugs("secretary")).toEqual(before);
    expect(await idForSlug(SEED)).toBeDefined();
  });
});
