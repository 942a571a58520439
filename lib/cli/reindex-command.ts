import { parseArgs } from "node:util";
import { rebuildSearchIndex } from "@/lib/search/sync-index";

/** `reindex`: rebuild the full-text search index from every published profile. */
export async function runReindex(args: string[]): Promise<number> {
  parseArgs({ args, options: {} });
  const started = performance.now();
  const count = await rebuildSearchIndex();
  process.stderr.write(`reindexed ${count} published profile(s) in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}
