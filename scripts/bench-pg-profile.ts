/**
 * Child of scripts/bench-pg.ts: the reads of a profile page (getPublishedOccupation and
 * lastPublishedAt, as app/[locale]/(public)/occupations/[slug]/page.tsx makes them) for the
 * slugs given on the command line, on the store of DATABASE_URL, `BENCH_PROFILE_ROUNDS` times after a
 * warm-up pass. Prints one JSON line: p50/p95 in ms and the statements one page issued.
 */
function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

async function main() {
  const { preparePostgres, closePostgres } = await import("@/db/postgres-store");
  const { dialect } = await import("@/db/index");
  const { countStatements } = await import("@/db/statement-count");
  const { getPublishedOccupation } = await import("@/lib/occupations/read");
  const { lastPublishedAt } = await import("@/lib/revisions/public-history");
  if (dialect === "pg") await preparePostgres();
  const slugs = process.argv.slice(2);
  const rounds = Number(process.env.BENCH_PROFILE_ROUNDS ?? 10);
  const page = async (slug: string) => {
    const found = await getPublishedOccupation(slug);
    if (!found) throw new Error(`no profile ${slug}`);
    await lastPublishedAt(found.meta.id);
  };
  for (const slug of slugs) await page(slug);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const slug of slugs) {
      const t = performance.now();
      await page(slug);
      samples.push(performance.now() - t);
    }
  const { statements } = await countStatements(() => page(slugs[0]));
  process.stdout.write(`${JSON.stringify({ dialect, ...percentiles(samples), statements: statements.length })}\n`);
  if (dialect === "pg") await closePostgres();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
