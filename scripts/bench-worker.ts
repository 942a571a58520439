/**
 * In-process parts of `npm run bench`, one job per process (the database connection is chosen by
 * DATABASE_URL at start): prints one JSON line. Run by scripts/bench.ts, not by hand.
 *   search                 search/suggest p50/p95 through lib/search, plus the raw FTS baseline
 *   onet <dir> <soc> <db2> O*NET import through importRecords vs a prepared-statement insert of the same rows
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
  writeTransaction((tx) => {
    const ins = bulkInserter(tx);
    for (const r of records) ins.add({ slug: r.slug ?? slugFor(r.content!.name, r.content!.reading), content: r.content! });
  });
  const rawSeconds = (performance.now() - t) / 1000;
  return { profiles: report.created + report.updated, importSeconds, rawSeconds };
}

async function main() {
  const [job, ...args] = process.argv.slice(2);
  const result = job === "search" ? await search() : job === "onet" ? await onet(args[0], args[1], args[2]) : undefined;
  if (!result) throw new Error(`unknown job ${job}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
