import type Database from "better-sqlite3";
import { getStore } from "@/db/index";
import { useEmptyDatabase } from "./use-database";

/** Tables that grow with the catalog: reading one of them whole must never creep into a hot query. */
export const BIG = ["occupations", "occupation_terms", "occupation_links", "occupation_aptitudes", "revisions"];

export type Run = { sql: string; params: unknown[] };

/**
 * Every statement `fn` runs, with its parameters, on a new database filled by `fill` (new
 * connections, reading and writing, watched from their first statement, as statements are cached).
 */
export async function statementsOf(fn: () => Promise<unknown>, fill: () => Promise<unknown>): Promise<Run[]> {
  useEmptyDatabase();
  type Watched = Database.Database & { prepare: (s: string) => Database.Statement };
  const { reader, writer } = getStore().sqlite;
  const clients = [...new Set([reader, writer])] as Watched[];
  const originals = clients.map((c) => c.prepare);
  const runs: Run[] = [];
  clients.forEach((sqlite, i) => {
    const prepare = originals[i];
    sqlite.prepare = ((source: string) => {
      const stmt = prepare.call(sqlite, source);
      for (const m of ["get", "all", "run"] as const) {
        const orig = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => {
          runs.push({ sql: source, params });
          return orig(...params);
        };
      }
      return stmt;
    }) as typeof sqlite.prepare;
  });
  try {
    await fill();
    runs.length = 0;
    await fn();
  } finally {
    clients.forEach((sqlite, i) => (sqlite.prepare = originals[i]));
  }
  return runs;
}

/** The plan steps of these statements that read a BIG table without an index. */
export function fullScans(runs: Run[]): string[] {
  const sqlite = getStore().sqlite.writer;
  const bad: string[] = [];
  for (const r of runs) {
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[];
    for (const { detail } of plan) {
      const m = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(detail);
      if (m && BIG.includes(m[1]) && !/USING (COVERING )?INDEX/.test(m[2])) bad.push(`${detail}  ←  ${r.sql}`);
    }
  }
  return bad;
}

/** Every plan step of these statements, for asserting that a named index is used. */
export function planDetails(runs: Run[]): string[] {
  const sqlite = getStore().sqlite.writer;
  return runs.flatMap((r) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((p) => p.detail));
}
