import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";
import type { OccupationListItem } from "@/lib/classifications/browse";
import { compareByReading, GOJUON_ROWS } from "./gojuon";

const published = and(eq(occupations.status, "published"), isNull(occupations.deletedAt));

export type ReadingRowCount = { row: string; count: number };

/** Every gojūon row with its number of published profiles (0 included), in gojūon order. */
export async function countByReadingRow(): Promise<ReadingRowCount[]> {
  const rows = await db
    .select({ row: occupations.readingRow, n: sql<number>`count(*)` })
    .from(occupations)
    .where(and(published, inArray(occupations.readingRow, GOJUON_ROWS)))
    .groupBy(occupations.readingRow);
  const counts = new Map(rows.map((r) => [r.row, r.n]));
  return GOJUON_ROWS.map((row) => ({ row, count: counts.get(row) ?? 0 }));
}

/**
 * One page of the published profiles whose reading starts in `row`, in Japanese collation order
 * (compareByReading). SQL's byte order is not that order (it puts がか after かんごし), so the row's
 * readings are read from the index and sorted here; only the page's rows are then read whole.
 */
export async function listByReadingRow(
  row: string,
  limit: number,
  offset: number,
): Promise<{ total: number; items: OccupationListItem[] }> {
  const keys = await db
    .select({ id: occupations.id, reading: occupations.reading, name: occupations.name })
    .from(occupations)
    .where(and(published, eq(occupations.readingRow, row)));
  keys.sort(compareByReading);
  const ids = keys.slice(offset, offset + limit).map((k) => k.id);
  if (!ids.length) return { total: keys.length, items: [] };
  const rows = await db
    .select({
      id: occupations.id,
      slug: occupations.slug,
      name: occupations.name,
      reading: occupations.reading,
      summary: occupations.summary,
    })
    .from(occupations)
    .where(inArray(occupations.id, ids));
  const byId = new Map(rows.map(({ id, ...r }) => [id, r]));
  return { total: keys.length, items: ids.map((id) => byId.get(id)!).filter(Boolean) };
}
