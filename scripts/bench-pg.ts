/**
 * The PostgreSQL rows of `npm run bench`: the same synthetic catalog (BENCH_COUNT profiles, seed 1)
 * generated into a throw-away SQLite file and a temporary PostgreSQL (db/testing/temp-postgres.ts),
 * then the same search and typeahead queries on both, interleaved so both see the same machine
 * load. Prints one JSON line last (ratios are PostgreSQL ÷ SQLite of this run).
 * Run: `tsx --conditions=react-server scripts/bench-pg.ts` (scripts/bench.ts runs it when PostgreSQL is installed).
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_QUERIES, type Latency } from "./bench-search";
import { WORD_QUERIES } from "./bench-worker-queries";

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const ONET = path.resolve(process.env.BENCH_ONET ?? "../shared/data/onet");
const SOC = path.resolve(ONET, "../soc2018/soc_structure_2018.csv");
const ROUNDS = Number(process.env.BENCH_PG_ROUNDS ?? 10);
const log = (s: string) => process.stderr.write(`[bench-pg] ${s}\n`);

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

/** Each query on both stores in turn, `rounds` times after a warm-up pass. */
async function interleaved(queries: string[], rounds: number, a: (q: string) => Promise<unknown>, b: (q: string) => Promise<unknown>) {
  const sa: number[] = [];
  const sb: number[] = [];
  for (const q of queries) {
    await a(q);
    await b(q);
  }
  for (let i = 0; i < rounds; i++)
    for (const q of queries) {
      let t = performance.now();
      await a(q);
      sa.push(performance.now() - t);
      t = performance.now();
      await b(q);
      sb.push(performance.now() - t);
    }
  return { sqlite: percentiles(sa), pg: percentiles(sb) };
}

/**
 * O*NET into an empty catalog on each store: importOnetRelease on SQLite (the `import-onet`
 * command), and the same records through the PostgreSQL bulk insert (multi-row statements). Both
 * stores keep them, and get the generated catalog on top.
 */
async function onetBoth(pg: Awaited<ReturnType<typeof import("@/test/pg/search-postgres").migratedPostgres>>) {
  const { readOnetRelease } = await import("@/lib/interchange/onet/release");
  const { onetRecords } = await import("@/lib/interchange/onet/onet-records");
  const { importOnetRelease } = await import("@/lib/interchange/onet/import-onet");
  const { bulkInserterPg, finishBulkInsertPg } = await import("@/lib/occupations/bulk-insert-pg");
  const { slugFor } = await import("@/lib/occupations/slug");
  const { tierPathPg } = await import("@/test/pg/tier-path-pg");
  const release = await readOnetRelease(ONET, SOC);
  log("O*NET on SQLite…");
  let t = performance.now();
  const report = await importOnetRelease(release);
  const sqliteSeconds = (performance.now() - t) / 1000;
  log("O*NET on PostgreSQL…");
  t = performance.now();
  const records = onetRecords(release).filter((r) => r.content);
  const created = await pg.db.transaction(async (tx) => {
    const ins = await bulkInserterPg(tx, { message: "O*NET import", minorIdOf: tierPathPg(tx) });
    for (const r of records) await ins.add({ slug: r.slug ?? slugFor(r.content!.name, r.content!.reading), content: r.content! });
    await ins.flush();
    await finishBulkInsertPg(tx, ins.inserted);
    return ins.report.created;
  });
  const pgSeconds = (performance.now() - t) / 1000;
  return { sqliteSeconds, pgSeconds, sqliteProfiles: report.created, pgProfiles: created };
}

async function main() {
  process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "catalog-bench-pg-")), "catalog.db")}`;
  const { migratedPostgres } = await import("@/test/pg/search-postgres");
  const { tierPathPg } = await import("@/test/pg/tier-path-pg");
  const { generateCatalog } = await import("@/lib/generate/generate");
  const { syntheticCatalog } = await import("@/lib/generate/synthetic");
  const { profileContent } = await import("@/lib/occupations/schema");
  const { bulkInserterPg, finishBulkInsertPg } = await import("@/lib/occupations/bulk-insert-pg");
  const { searchOccupations } = await import("@/lib/search/search");
  const { suggestOccupations } = await import("@/lib/search/suggest");
  const { searchOccupationsPg } = await import("@/lib/search/pg/search-pg");
  const { suggestOccupationsPg } = await import("@/lib/search/pg/suggest-pg");
  const { loadAnalyser } = await import("@/lib/search/kanji-analyser");

  const pg = await migratedPostgres();
  try {
    const onet = existsSync(path.join(ONET, "Occupation Data.txt")) && existsSync(SOC) ? await onetBoth(pg) : undefined;
    log(`generate ${COUNT} on SQLite…`);
    let t = performance.now();
    await generateCatalog({ count: COUNT, seed: 1 });
    const sqliteGenerate = (performance.now() - t) / 1000;

    log(`generate ${COUNT} on PostgreSQL…`);
    t = performance.now();
    const catalog = syntheticCatalog(COUNT, 1);
    await pg.db.transaction(async (tx) => {
      const ins = await bulkInserterPg(tx, { message: "generated", minorIdOf: tierPathPg(tx) });
      for (let i = 0; i < COUNT; i++) {
        const p = catalog.profile(i);
        await ins.add({ slug: p.slug, content: profileContent.parse(p.content) });
      }
      await ins.flush();
      await finishBulkInsertPg(tx, ins.inserted);
    });
    const pgGenerate = (performance.now() - t) / 1000;
    // What autovacuum does soon after a bulk load: statistics and the visibility map.
    t = performance.now();
    await pg.pool.query("VACUUM ANALYZE");
    const pgVacuum = (performance.now() - t) / 1000;

    await loadAnalyser();
    const queries = [...BENCH_QUERIES, ...WORD_QUERIES];
    log(`search: ${queries.length} queries × ${ROUNDS} rounds on each store…`);
    const search = await interleaved(
      queries,
      ROUNDS,
      (q) => searchOccupations({ q }),
      (q) => searchOccupationsPg(pg.db, { q }),
    );
    const suggest = await interleaved(
      queries,
      ROUNDS,
      (q) => suggestOccupations(q),
      (q) => suggestOccupationsPg(pg.db, q),
    );
    const perQuery: Record<string, { sqlite: number; pg: number }> = {};
    for (const q of queries) {
      const one = await interleaved(
        [q],
        5,
        (x) => searchOccupations({ q: x }),
        (x) => searchOccupationsPg(pg.db, { q: x }),
      );
      perQuery[q.slice(0, 24)] = { sqlite: +one.sqlite.p50.toFixed(2), pg: +one.pg.p50.toFixed(2) };
    }
    process.stdout.write(`${JSON.stringify({ count: COUNT, sqliteGenerate, pgGenerate, pgVacuum, search, suggest, perQuery, onet })}\n`);
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
