import "server-only";
import { writeTransaction } from "@/db/index";
import { addAudit } from "@/lib/audit/log";
import { storeBulkInserter, widenCacheForBulk } from "@/lib/occupations/bulk-insert-store";
import { countOccupations } from "@/lib/occupations/count";
import { profileContent } from "@/lib/occupations/schema";
import { syntheticCatalog } from "./synthetic";

export type GenerateOptions = {
  count: number;
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called between the phases after the inserts (e.g. "links"), for a progress line. */
  onPhase?: (phase: string) => void;
};
export type GenerateReport = { created: number; existing: number; seconds: Record<string, number> };

/**
 * Add `count` synthetic published profiles (see syntheticCatalog) in one transaction, through the
 * store's bulk insert (storeBulkInserter). Each profile passes the import schema first (a failure is a
 * bug in the generator, so it throws and nothing is written). Profiles whose slug exists are kept.
 */
export async function generateCatalog(opts: GenerateOptions): Promise<GenerateReport> {
  const before = await countOccupations();
  const restoreCache = widenCacheForBulk();
  try {
    return await write(opts, before > opts.count);
  } finally {
    restoreCache();
  }
}

async function write(opts: GenerateOptions, keepIndexes: boolean): Promise<GenerateReport> {
  const catalog = syntheticCatalog(opts.count, opts.seed ?? 1);
  const batchSize = opts.batchSize ?? 1000;
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = (now - mark) / 1000;
    mark = now;
  };
  return await writeTransaction(async (tx) => {
    const inserter = await storeBulkInserter(tx, { message: "generated", setIndexesAside: !keepIndexes });
    for (let start = 0; start < opts.count; start += batchSize) {
      const end = Math.min(opts.count, start + batchSize);
      for (let i = start; i < end; i++) {
        const p = catalog.profile(i);
        const parsed = profileContent.safeParse(p.content);
        if (!parsed.success) throw new Error(`generated profile ${i} (${p.slug}) is invalid: ${parsed.error.message}`);
        await inserter.add({ slug: p.slug, content: parsed.data });
      }
      opts.onProgress?.(end, opts.count);
    }
    let phase = "insert";
    await inserter.finish((next) => {
      lap(phase);
      phase = next;
      opts.onPhase?.(next);
    });
    lap(phase);
    const { created, existing } = inserter.report;
    await addAudit(tx, {
      actor: "cli",
      action: "generate",
      target: `${opts.count} profiles`,
      detail: `seed ${catalog.seed}: created ${created}, existing ${existing}`,
    });
    return { created, existing, seconds };
  });
}
