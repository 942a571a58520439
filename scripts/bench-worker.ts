/**
 * In-process parts of `npm run bench`, one job per process (the database connection is chosen by
 * DATABASE_URL at start): prints one JSON line. Run by scripts/bench.ts, not by hand.
 *   search                 search/suggest p50/p95 through lib/search, plus the raw FTS baseline
 *   onet <dir> <soc> <db2> O*NET import through importRecords vs a prepared-statement insert of the same rows
 *   kanji                  the kanji analyser: load time and RSS (run with --expose-gc), per-query conversion, and
 *                          kanji queries vs the same queries typed in kana
 */
import Database from "better-sqlite3";
import { BENCH_QUERIES, benchSearch, type Latency } from "./bench-search";
import { WORD_QUERIES } from "./bench-worker-queries";

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

/** The bare FTS5 work of a search: top 20 ids by bm25 and the match count, on a plain connection. */
export function rawFtsLatency(file: string, queries: string[], rounds: number): Latency {
  const sqlite = new Database(file, { readonly: true });
  const top = sqlite.prepare("SELECT rowid FROM search_docs WHERE search_docs MATCH ? ORDER BY rank LIMIT 20");
  const count = sqlite.prepare("SELECT count(*) FROM search_docs WHERE search_docs MATCH ?").pluck();
  const samples: number[] = [];
  const run = (q: string) => {
    const t = performance.now();
    top.all(q);
    count.get(q);
    return performance.now() - t;
  };
  for (const q of queries) run(q);
  for (let i = 0; i < rounds; i++) for (const q of queries) samples.push(run(q));
  sqlite.close();
  return percentiles(samples);
}

async function search() {
  const file = (await import("@/lib/env")).env.databasePath;
  const lib = await benchSearch([...BENCH_QUERIES, ...WORD_QUERIES], 10);
  const raw = rawFtsLatency(file, WORD_QUERIES, 30);
  return { ...lib, raw };
}

async function onet(dir: string, soc: string, rawDb: string) {
  const { readOnetRelease } = await import("@/lib/interchange/onet/release");
  const { onetRecords } = await import("@/lib/interchange/onet/onet-records");
  const { importOnetRelease } = await import("@/lib/interchange/onet/import-onet");
  const { openDatabase, writeTransaction } = await import("@/db/index");
  const { bulkInserter } = await import("@/lib/occupations/bulk-insert");
  const { slugFor } = await import("@/lib/occupations/slug");
  const release = await readOnetRelease(dir, soc);
  const records = onetRecords(release).filter((r) => r.content);

  let t = performance.now();
  const report = await importOnetRelease(release);
  const importSeconds = (performance.now() - t) / 1000;

  // Baseline: the same rows, inserted by prepared statements (no comparison, links or index).
  (globalThis as { catalogDb?: unknown }).catalogDb = openDatabase(rawDb);
  t = performance.now();
  await writeTransaction(async (tx) => {
    const ins = bulkInserter(tx);
    for (const r of records) await ins.add({ slug: r.slug ?? slugFor(r.content!.name, r.content!.reading), content: r.content! });
  });
  const rawSeconds = (performance.now() - t) / 1000;
  return { profiles: report.created + report.updated, importSeconds, rawSeconds };
}

/** Kanji queries and the same words typed in kana; the kana are words of the synthetic catalog's readings (lib/generate/words.ts). */
export const KANJI_PAIRS: [string, string][] = [
  ["看護", "かんご"],
  ["労働", "ろうどう"],
  ["海洋", "かいよう"],
  ["臨床", "りんしょう"],
  ["保険", "ほけん"],
  ["物流", "ぶつりゅう"],
  ["研究", "けんきゅう"],
  ["建築", "けんちく"],
  ["品質", "ひんしつ"],
  ["地域", "ちいき"],
];
/** Conversion alone: the pairs plus longer and odd input (cut at ANALYSE_MAX before analysis). */
const CONVERT_QUERIES = [
  ...KANJI_PAIRS.map(([k]) => k),
  "看護師",
  "労働組合書記長",
  "薬剤師",
  "大工",
  "国立国語研究所の調査によると",
  "𠮷野家",
  "葛\u{E0100}城",
  "看護師".repeat(40),
];

async function kanji() {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 300));
    gc();
    gc();
  };
  await settle();
  const rssBefore = process.memoryUsage().rss;
  const { loadAnalyser } = await import("@/lib/search/kanji-analyser");
  let t = performance.now();
  await loadAnalyser();
  const loadMs = performance.now() - t;
  await settle();
  const rssAdded = process.memoryUsage().rss - rssBefore;

  // Baseline of the load: reading and gunzipping the same dictionary files, nothing built from them.
  const { readdirSync, readFileSync } = await import("node:fs");
  const { gunzipSync } = await import("node:zlib");
  const dict = (await import("node:path")).join(process.cwd(), "node_modules/kuromoji/dict");
  t = performance.now();
  for (const f of readdirSync(dict)) gunzipSync(readFileSync(`${dict}/${f}`));
  const rawReadMs = performance.now() - t;

  const { readingConverter } = await import("@/lib/search/kanji-reading");
  const { normaliseQuery } = await import("@/lib/search/query");
  const convert = async (q: string) => {
    const toReading = (await readingConverter())!;
    const text = normaliseQuery(q);
    const t0 = performance.now();
    toReading(text);
    return performance.now() - t0;
  };
  const conversions: number[] = [];
  for (const q of CONVERT_QUERIES) await convert(q);
  for (let i = 0; i < 50; i++) for (const q of CONVERT_QUERIES) conversions.push(await convert(q));

  const { searchOccupations } = await import("@/lib/search/search");
  const timed = async (qs: string[], rounds: number) => {
    const samples: number[] = [];
    for (const q of qs) await searchOccupations({ q });
    for (let i = 0; i < rounds; i++)
      for (const q of qs) {
        const t0 = performance.now();
        await searchOccupations({ q });
        samples.push(performance.now() - t0);
      }
    return percentiles(samples);
  };
  const kana = await timed(
    KANJI_PAIRS.map(([, k]) => k),
    15,
  );
  const kanjiSearch = await timed(
    KANJI_PAIRS.map(([k]) => k),
    15,
  );
  const hits = await Promise.all(
    KANJI_PAIRS.map(async ([k, kn]) => [(await searchOccupations({ q: k })).total, (await searchOccupations({ q: kn })).total]),
  );
  return {
    loadMs,
    rawReadMs,
    rssBefore,
    rssAdded,
    conversion: percentiles(conversions),
    kana,
    kanji: kanjiSearch,
    sameTotals: hits.every(([a, b]) => a === b),
  };
}

async function main() {
  const [job, ...args] = process.argv.slice(2);
  const result =
    job === "search"
      ? await search()
      : job === "onet"
        ? await onet(args[0], args[1], args[2])
        : job === "kanji"
          ? await kanji()
          : undefined;
  if (!result) throw new Error(`unknown job ${job}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
