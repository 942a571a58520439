import { sql } from "drizzle-orm";
import type { AptitudeRow, ListRows, TermRow } from "@/lib/occupations/list-rows";
import type { TierPath } from "../tiers";
import { pgRows, type PgExec } from "./exec";

/** Every Minor tier's id with its full path of names, as minorTierPaths reads it on SQLite. */
export async function minorTierPathsPg(exec: PgExec): Promise<Map<number, TierPath>> {
  const rows = await pgRows<{ id: number; major: string; middle: string; minor: string }>(
    exec,
    sql`SELECT n.id, a.name AS major, m.name AS middle, n.name AS minor
      FROM classifications n JOIN classifications m ON m.id = n.parent_id JOIN classifications a ON a.id = m.parent_id
      WHERE n.level = 3`,
  );
  return new Map(rows.map((r) => [r.id, { major: r.major, middle: r.middle, minor: r.minor }]));
}

/** The ordered list rows (terms and aptitudes) of some profiles: two queries whatever their number. */
export async function readListRowsPg(exec: PgExec, ids: number[]): Promise<ListRows> {
  if (!ids.length) return { terms: [], aptitudes: [] };
  // Text columns are COLLATE "C" (drizzle/pg/0001): lists sort in byte order, as on SQLite.
  const terms = await pgRows<TermRow>(
    exec,
    sql`SELECT occupation_id AS id, list, value FROM occupation_terms WHERE occupation_id = ANY(${sql.param(ids)}::int[])
      ORDER BY occupation_id, list, position`,
  );
  const aptitudes = await pgRows<AptitudeRow>(
    exec,
    sql`SELECT occupation_id AS id, kind, item, reason FROM occupation_aptitudes WHERE occupation_id = ANY(${sql.param(ids)}::int[])
      ORDER BY occupation_id, kind, position`,
  );
  return { terms, aptitudes };
}
