import type Database from "better-sqlite3";
import { distance } from "fastest-levenshtein";

/** How many following names (in name order) each name is compared with. */
export const DUPLICATE_WINDOW = 4;

/**
 * Two name keys are likely the same occupation when at most one edit in eight characters tells
 * them apart ("labor union chairperson" / "labour union chairperson"). Names that differ only in
 * their numbers ("Welder 2" / "Welder 3") are numbered variants, not duplicates.
 */
export function likelySame(a: string, b: string): number | undefined {
  const allowed = Math.floor(Math.max(a.length, b.length) / 8);
  if (Math.abs(a.length - b.length) > allowed) return undefined;
  const d = distance(a, b);
  if (d > allowed) return undefined;
  if (d > 0 && a.replace(/\d+/g, "#") === b.replace(/\d+/g, "#")) return undefined;
  return d;
}

/**
 * `likely_same(a, b)` in SQL (the distance, or NULL): registered on every connection before the
 * migrations run, so drizzle/0008's backfill and the bulk rebuild use the same rule as the write path.
 */
export function registerQualityFunctions(sqlite: Database.Database) {
  sqlite.function("likely_same", { deterministic: true }, (a: unknown, b: unknown) =>
    typeof a === "string" && typeof b === "string" ? (likelySame(a, b) ?? null) : null,
  );
}
