/**
 * Search latency: imports the demo catalog into a throw-away database and prints p50/p95 of
 * searchOccupations and suggestOccupations over a fixed query list, each also as a ratio to a
 * baseline measured in the same run (one published profile read by slug).
 * Run: `npm run bench` (tsx --conditions=react-server). `benchSearch` is importable for a larger DB.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const BENCH_QUERIES = [
  "secretary",
  "union",
  "skills",
  "management",
  "nurse",
  "a",
  "se",
  "ろ",
  "ろうどう",
  "ロウドウクミアイ",
  "roudou kumiai",
  "rōdō kumiai",
  "kango",
  "communication skills",
  "teacher",
  "zzzz",
  '"quoted" OR *',
  "x".repeat(300),
];

export type Latency = { p50: number; p95: number; runs: number };

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

async function time(fn: () => Promise<unknown>, rounds: number): Promise<Latency> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

/** p50/p95 in ms of search and suggest over the queries, on the database DATABASE_URL names. */
export async function benchSearch(
  queries: string[] = BENCH_QUERIES,
  rounds = 20,
): Promise<{ search: Latency; suggest: Latency; baseline: Latency }> {
  const { searchOccupations } = await import("@/lib/search/search");
  const { suggestOccupations } = await import("@/lib/search/suggest");
  const { getPublishedOccupation } = await import("@/lib/occupations/read");
  const { listPublishedSlugs } = await import("@/lib/classifications/browse");
  const slug = (await listPublishedSlugs())[0]?.slug ?? "none";
  const baseline = await time(() => getPublishedOccupation(slug), rounds * queries.length);
  const each = async (fn: (q: string) => Promise<unknown>) => {
    const samples: number[] = [];
    for (const q of queries) await fn(q);
    for (let i = 0; i < rounds; i++) {
      for (const q of queries) {
        const t = performance.now();
        await fn(q);
        samples.push(performance.now() - t);
      }
    }
    return percentiles(samples);
  };
  return {
    baseline,
    search: await each((q) => searchOccupations({ q })),
    suggest: await each((q) => suggestOccupations(q)),
  };
}

async function main() {
  if (!process.env.DATABASE_URL)
    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "catalog-bench-")), "catalog.db")}`;
  const { countOccupations } = await import("@/lib/occupations/count");
  if ((await countOccupations()) === 0) {
    const { expandPaths, decodeFiles } = await import("@/lib/interchange/read-files");
    const { importRecords } = await import("@/lib/interchange/import");
    const { files } = await expandPaths([path.resolve("db/demo")], "card");
    const report = await importRecords(await decodeFiles(files), { actor: "bench" });
    process.stdout.write(`imported ${report.created} demo profiles into ${process.env.DATABASE_URL}\n`);
  }
  const r = await benchSearch();
  const fmt = (name: string, l: Latency) =>
    `${name.padEnd(28)} p50 ${l.p50.toFixed(3)} ms (×${(l.p50 / r.baseline.p50).toFixed(1)})  p95 ${l.p95.toFixed(3)} ms (×${(l.p95 / r.baseline.p95).toFixed(1)})  n=${l.runs}\n`;
  process.stdout.write(fmt("baseline: profile by slug", r.baseline));
  process.stdout.write(fmt(`search (${BENCH_QUERIES.length} queries)`, r.search));
  process.stdout.write(fmt(`suggest (${BENCH_QUERIES.length} queries)`, r.suggest));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
