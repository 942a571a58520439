/**
 * In-process timing of the quality dashboard's data functions (what /admin/quality awaits), without
 * the HTTP server: median of 5 runs each, then all of them at once as the page does.
 *   DATABASE_URL=file:/path/to/100k.db npx tsx --conditions=react-server scripts/bench-quality-lists.ts
 * Opening the database applies pending migrations first (timed separately).
 */
import { getDb } from "@/db/index";
import { listUnresolvedLinks } from "@/lib/occupations/unresolved-links";
import { listLikelyDuplicates } from "@/lib/quality/likely-duplicates";
import {
  countEmptySections,
  listMissingReadings,
  listNonKanaReadings,
  listStaleDrafts,
  listStalePublished,
} from "@/lib/quality/quality-lists";
import { listZeroResultSearches } from "@/lib/quality/zero-result-searches";

const fns: [string, () => Promise<unknown>][] = [
  ["missing readings", () => listMissingReadings()],
  ["non-kana readings", () => listNonKanaReadings()],
  ["empty-section counts", () => countEmptySections()],
  ["unresolved links", () => listUnresolvedLinks()],
  ["likely duplicates", () => listLikelyDuplicates()],
  ["old drafts", () => listStaleDrafts()],
  ["stale published", () => listStalePublished()],
  ["zero-result searches", () => listZeroResultSearches()],
];
const ms = async (f: () => unknown) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("open + migrate".padEnd(24), (await ms(() => getDb())).toFixed(1), "ms");
for (const [, f] of fns) await f(); // warm the page cache
for (const [name, f] of fns) {
  const xs: number[] = [];
  for (let i = 0; i < 5; i++) xs.push(await ms(f));
  console.log(name.padEnd(24), median(xs).toFixed(1), "ms");
}
const all: number[] = [];
for (let i = 0; i < 5; i++) all.push(await ms(() => Promise.all(fns.map(([, f]) => f()))));
console.log("whole dashboard".padEnd(24), median(all).toFixed(1), "ms");
