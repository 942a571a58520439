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

/**
 * The same tier paths as one JSON value, to ride along in a search's first statement (a round
 * trip to the server costs more than reading a few hundred tiers).
 */
export const TIER_PATHS_JSON = sql`(SELECT json_agg(json_build_array(n.id, a.name, m.name, n.name))
  FROM classifications n JOIN classifications m ON m.id = n.parent_id JOIN classifications a ON a.id = m.parent_id
  WHERE n.level = 3)`;

export function tierPathsFrom(json: [number, string, string, string][] | null): Map<number, TierPath> {
  return new Map((json ?? []).map(([id, major, middle, minor]) => [id, { major, middle, minor }]));
}

/** A profile's lists as two JSON columns (`terms`, `aptitudes`) of a row of occupations `o`, in readListRows' order. */
export const LISTS_JSON = sql`(SELECT json_agg(json_build_array(t.list, t.value) ORDER BY t.list, t.position)
    FROM occupation_terms t WHERE t.occupation_id = o.id) AS terms,
  (SELECT json_agg(json_build_array(a.kind, a.item, a.reason) ORDER BY a.kind, a.position)
    FROM occupation_aptitudes a WHERE a.occupation_id = o.id) AS aptitudes`;

export type ListsJson = {
  id: number;
  terms: [TermRow["list"], string][] | null;
  aptitudes: [AptitudeRow["kind"], string, string][] | null;
};

export function listRowsFrom(rows: ListsJson[]): ListRows {
  return {
    terms: rows.flatMap((r) => (r.terms ?? []).map(([list, value]) => ({ id: r.id, list, value }))),
    aptitudes: rows.flatMap((r) => (r.aptitudes ?? []).map(([kind, item, reason]) => ({ id: r.id, kind, item, reason }))),
  };
}
