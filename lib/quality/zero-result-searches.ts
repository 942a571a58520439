import "server-only";
import { desc, lt, gte, max, sql, sum } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { zeroResultSearches } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { normaliseText } from "@/lib/search/normalise";

/** Kept this long, then deleted: enough to see a trend, short enough to hold nothing old. */
export const ZERO_RESULT_RETENTION_DAYS = 90;
/** Longer queries are cut: a pasted paragraph is not a missing occupation. */
export const ZERO_RESULT_QUERY_MAX = 100;

const day = (d: Date) => d.toISOString().slice(0, 10);
const daysBefore = (now: Date, days: number) => day(new Date(now.getTime() - days * 86_400_000));

/** The form a query is counted under: NFKC, lower case, single spaces (as search itself reads it), cut to length. */
export function normaliseZeroResultQuery(q: string): string {
  return normaliseText(q).slice(0, ZERO_RESULT_QUERY_MAX).trim();
}

/**
 * Count one public search that found nothing: today's row for the normalised query gains one.
 * Nothing about the reader is stored. Rows past the retention period are deleted on the way
 * (an indexed range delete on the day, so it costs nothing when there is nothing to delete).
 */
export async function recordZeroResultSearch(q: string, now = new Date()): Promise<void> {
  const query = normaliseZeroResultQuery(q);
  if (!query) return;
  await writeTransaction(async (tx) => {
    await tx
      .insert(zeroResultSearches)
      .values({ day: day(now), query, count: 1 })
      .onConflictDoUpdate({
        target: [zeroResultSearches.day, zeroResultSearches.query],
        set: { count: sql`${zeroResultSearches.count} + 1` },
      });
    await tx.delete(zeroResultSearches).where(lt(zeroResultSearches.day, daysBefore(now, ZERO_RESULT_RETENTION_DAYS)));
  });
}

export type ZeroResultQuery = { query: string; count: number; lastDay: string };

/** The most frequent zero-result queries of the retention period. */
export async function listZeroResultSearches(limit = 20, now = new Date()): Promise<ZeroResultQuery[]> {
  const total = sum(zeroResultSearches.count).mapWith(Number);
  const rows = await db
    .select({ query: zeroResultSearches.query, count: total, lastDay: max(zeroResultSearches.day) })
    .from(zeroResultSearches)
    .where(gte(zeroResultSearches.day, daysBefore(now, ZERO_RESULT_RETENTION_DAYS)))
    .groupBy(zeroResultSearches.query)
    .orderBy(desc(total), zeroResultSearches.query)
    .limit(limit);
  return rows.map((r) => ({ query: r.query, count: r.count, lastDay: r.lastDay ?? "" }));
}

/**
 * After a submitted public search: count it when its query found nothing. Only an unfiltered first
 * page says "nothing at all matches" (a tier filter or a page past the end may hide matches).
 * A failed write is logged and never turns a search into an error.
 */
export async function noteSearchOutcome(
  input: { q: string; major?: string; middle?: string; minor?: string; page?: number },
  total: number,
): Promise<void> {
  if (total > 0 || !input.q.trim() || input.major || input.middle || input.minor || (input.page ?? 1) > 1) return;
  try {
    await recordZeroResultSearch(input.q);
  } catch (err) {
    logger.warn({ err }, "could not record a zero-result search");
  }
}
