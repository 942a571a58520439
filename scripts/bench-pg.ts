/**
 * The PostgreSQL rows of `npm run bench`: the same synthetic catalog (BENCH_COUNT profiles, seed 1)
 * generated into a throw-away SQLite file and a temporary PostgreSQL (db/testing/temp-postgres.ts),
 * then the same search and typeahead queries on both, interleaved so both see the same machine
 * load. Prints one JSON line last (ratios are PostgreSQL ÷ SQLite of this run).
 * Run: `tsx --conditions=react-server scripts/bench-pg.ts` (scripts/bench.ts runs it when PostgreSQL is installed).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_QUERIES, type Latency } from "./bench-search";
import { WORD_QUERIES } from "./bench-worker-queries";

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const ONET = path.resolve(process.env.BENCH_ONET ?? "../shared/data/onet");
const SOC = path.resolve(ONET, "../soc2018/soc_structure_2018.csv");
const ROUNDS = Number(process.env.BENCH_PG_ROUNDS ?? 10);
const SHARED_BUFFERS = process.env.BENCH_PG_SHARED_BUFFERS ?? "1GB";
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

/** `npm run catalog -- <args>` on the store at `url`; its standard output. */
function catalogCommand(url: string, args: string[]): string {
  const tsx = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "--conditions=react-server", "lib/cli/main.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`catalog ${args[0]} failed on ${url.split(":")[0]}: ${r.stderr.trim().split("\n").pop()}`);
  return r.stdout;
}

/**
 * `npm run catalog -- import-onet` into an empty catalog on each store, as a user runs it (SQLite:
 * saveProfile per record; PostgreSQL: the bulk path of lib/interchange/import-bulk.ts). The time is
 * the one the command prints (without Node's start-up). Both stores keep the profiles, and get the
 * generated catalog on top.
 */
function onetBoth(pgUrl: string) {
  const run = (url: string) => {
    const out = catalogCommand(url, ["import-onet", ONET, "--soc", SOC]);
    const m = /created (\d+),.* in ([\d.]+)s/.exec(out);
    if (!m) throw new Error(`import-onet printed no summary: ${out}`);
    return { created: Number(m[1]), seconds: Number(m[2]) };
  };
  log("O*NET on SQLite…");
  const sqlite = run(process.env.DATABASE_URL!);
  log("O*NET on PostgreSQL…");
  const pg = run(pgUrl);
  return { sqliteSeconds: sqlite.seconds, pgSeconds: pg.seconds, sqliteProfiles: sqlite.created, pgProfiles: pg.created };
}

type ProfileRun = { p50: number; p95: number; runs: number; statements: number };

/**
 * The reads of 50 profile pages (scripts/bench-pg-profile.ts) on each store, in child processes
 * (the data layer serves one store a process), alternated twice; the better run of each is kept.
 */
function profileBoth(pgUrl: string, catalog: { profile(i: number): { slug: string } }) {
  const slugs = Array.from({ length: 50 }, (_, i) => catalog.profile(Math.floor((i * COUNT) / 50)).slug);
  const tsx = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  const run = (url: string): ProfileRun => {
    const r = spawnSync(process.execPath, [tsx, "--conditions=react-server", "scripts/bench-pg-profile.ts", ...slugs], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`bench-pg-profile failed: ${r.stderr.trim().split("\n").pop()}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!) as ProfileRun;
  };
  const best = (a: ProfileRun, b: ProfileRun) => (a.p50 <= b.p50 ? a : b);
  const sqlite = [run(process.env.DATABASE_URL!)];
  const pg = [run(pgUrl)];
  sqlite.push(run(process.env.DATABASE_URL!));
  pg.push(run(pgUrl));
  return { sqlite: best(sqlite[0], sqlite[1]), pg: best(pg[0], pg[1]) };
}

async function main() {
  process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "catalog-bench-pg-")), "catalog.db")}`;
  const { migratedPostgres } = await import("@/test/pg/search-postgres");
  const { generateCatalog } = await import("@/lib/generate/generate");
  const { syntheticCatalog } = await import("@/lib/generate/synthetic");
  const { searchOccupations } = await import("@/lib/search/search");
  const { suggestOccupations } = await import("@/lib/search/suggest");
  const { searchOccupationsPg } = await import("@/lib/search/pg/search-pg");
  const { suggestOccupationsPg } = await import("@/lib/search/pg/suggest-pg");
  const { loadAnalyser } = await import("@/lib/search/kanji-analyser");

  // Configured as an operator would (see README, PostgreSQL, Tuning): the default shared_buffers
  // (128 MB) is smaller than the search tables at 100,000 profiles, so every walk would copy pages
  // in from the OS cache.
  const pg = await migratedPostgres({ shared_buffers: SHARED_BUFFERS });
  try {
    const onet = existsSync(path.join(ONET, "Occupation Data.txt")) && existsSync(SOC) ? onetBoth(pg.server.url) : undefined;
    log(`generate ${COUNT} on SQLite…`);
    let t = performance.now();
    await generateCatalog({ count: COUNT, seed: 1 });
    const sqliteGenerate = (performance.now() - t) / 1000;

    log(`generate ${COUNT} on PostgreSQL…`);
    // The command as a user runs it (storeBulkInserter's PostgreSQL path); the time it prints.
    const generated = /generated (\d+) profiles .* in ([\d.]+)s/.exec(
      catalogCommand(pg.server.url, ["generate", "--count", String(COUNT), "--seed", "1"]),
    );
    if (!generated) throw new Error("generate printed no summary");
    const pgGenerate = Number(generated[2]);
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
    log("profile page reads on each store…");
    const profile = profileBoth(pg.server.url, syntheticCatalog(COUNT, 1));
    process.stdout.write(
      `${JSON.stringify({ count: COUNT, sqliteGenerate, pgGenerate, pgVacuum, search, suggest, perQuery, onet, profile })}\n`,
    );
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
