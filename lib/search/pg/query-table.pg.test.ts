import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/db/index";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { copyProfileTables } from "@/test/pg/catalog-from-sqlite";
import { migratedPostgres, type MigratedPostgres } from "@/test/pg/search-postgres";
import { didYouMean } from "../did-you-mean";
import { loadAnalyser } from "../kanji-analyser";
import { searchOccupations, type SearchInput } from "../search";
import { suggestOccupations } from "../suggest";
import { didYouMeanPg } from "./did-you-mean-pg";
import { searchOccupationsPg } from "./search-pg";
import { suggestOccupationsPg } from "./suggest-pg";
import { rebuildSearchIndexPg } from "./sync-index-pg";

/**
 * The same query table on both stores over the demo catalog: SQLite (FTS5, the reference) and
 * PostgreSQL (tsvector + pg_trgm, bm25 in SQL). Each query must give the same first hit, the same
 * top five, the same matches, highlights, totals and facet counts.
 */
const QUERIES: (SearchInput & { note: string })[] = [
  { q: "secretary", note: "English word, name and body" },
  { q: "secretaries", note: "plural (stemming)" },
  { q: "secre", note: "prefix" },
  { q: "nurse", note: "name words then body by bm25" },
  { q: "skills", note: "common body word: ranking by bm25 weights" },
  { q: "communication skills", note: "two body words" },
  { q: "negotiation skills", note: "two words, idf decides" },
  { q: "management", note: "body" },
  { q: "communication", note: "Porter's stem, as FTS5's: commun, which community has too" },
  { q: "as", note: "two letters: not stemmed, as in FTS5" },
  { q: "union secretary general", note: "exact alias" },
  { q: "ｓｅｃｒｅｔａｒｙ", note: "full-width (NFKC)" },
  { q: "la", note: "short prefix" },
  { q: "a", note: "one letter" },
  { q: "ろうどうくみあい", note: "hiragana reading" },
  { q: "ロウドウクミアイ", note: "katakana reading" },
  { q: "ろうどう", note: "reading substring" },
  { q: "ろ", note: "one kana: reading prefix" },
  { q: "roudou kumiai", note: "romaji" },
  { q: "rōdō kumiai", note: "romaji with macrons" },
  { q: "kango", note: "romaji substring" },
  { q: "かんごし", note: "exact reading above substring" },
  { q: "看護師", note: "kanji, by reading" },
  { q: "労働組合", note: "kanji compound" },
  { q: "書記長", note: "kanji" },
  { q: "薬剤師", note: "kanji" },
  { q: "大工", note: "two kanji" },
  { q: "看護 nurse", note: "mixed Japanese and Latin" },
  { q: "労働組合 secretary", note: "mixed" },
  { q: "skills", major: "Managerial Occupations", note: "facet filter (Major)" },
  { q: "work", page: 2, pageSize: 5, note: "second page" },
  { q: "", note: "empty query lists everything" },
  { q: "", major: "Healthcare", note: "empty query under a Major" },
  { q: "zzzz", note: "no match" },
  { q: '"quoted" OR *', note: "FTS syntax is text" },
];
const SUGGEST = ["sec", "nur", "ろう", "roudou", "看護", "union s", "ca"];
const TYPOS = ["secretery", "nurce", "pharmasist", "carpentr", "labor unoin chairperson"];

let pg: MigratedPostgres;

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../../db/demo")], "card");
  const report = await importRecords(await decodeFiles(files));
  expect(report.errors).toEqual([]);
  await loadAnalyser();
  pg = await migratedPostgres();
  await copyProfileTables(getStore().sqlite.writer, pg.db);
  expect(await rebuildSearchIndexPg(pg.db)).toBe(report.created);
}, 120_000);

afterAll(async () => {
  await pg?.stop();
});

describe("the same query table on SQLite and PostgreSQL", () => {
  it.each(QUERIES)("$q ($note)", async ({ note, ...input }) => {
    void note;
    const [lite, post] = [await searchOccupations(input), await searchOccupationsPg(pg.db, input)];
    const slugs = (r: typeof lite) => r.results.map((x) => x.slug);
    expect(post.results[0]?.slug).toBe(lite.results[0]?.slug);
    expect(slugs(post).slice(0, 5)).toEqual(slugs(lite).slice(0, 5));
    expect([...slugs(post)].sort()).toEqual([...slugs(lite)].sort());
    expect({ total: post.total, capped: post.totalCapped, facets: post.facets }).toEqual({
      total: lite.total,
      capped: lite.totalCapped,
      facets: lite.facets,
    });
    const highlights = (r: typeof lite) => Object.fromEntries(r.results.map((x) => [x.slug, x.highlight]));
    expect(highlights(post)).toEqual(highlights(lite));
  });

  it("the table finds what it is about (not two empty answers)", async () => {
    expect((await searchOccupationsPg(pg.db, { q: "看護師" })).results[0]?.slug).toBe("registered-nurse");
    expect((await searchOccupationsPg(pg.db, { q: "roudou kumiai" })).results.map((r) => r.slug)).toContain(
      "labor-union-secretary-general",
    );
    expect((await searchOccupationsPg(pg.db, { q: "大工" })).results[0]?.slug).toBe("carpenter");
  });

  it.each(SUGGEST)("typeahead %s", async (q) => {
    expect(await suggestOccupationsPg(pg.db, q)).toEqual(await suggestOccupations(q));
  });

  it.each(TYPOS)("did you mean: %s", async (q) => {
    const lite = await didYouMean(q);
    expect(lite.length).toBeGreaterThan(0);
    expect(await didYouMeanPg(pg.db, q)).toEqual(lite);
  });
});
