import { sql } from "drizzle-orm";
import type { TierPath } from "@/lib/classifications/tiers";
import { slugFor } from "@/lib/occupations/slug";
import { pgRows, type PgExec } from "@/lib/search/pg/exec";

/**
 * Test set-up: the Minor tier id of a path on PostgreSQL, creating tiers as ensureTierPath does on
 * SQLite (slug from the name; the tests' names give distinct slugs). Stands in for the dialect-neutral
 * ensureTierPath until lib/ runs on both stores.
 */
export function tierPathPg(exec: PgExec) {
  const tier = async (level: number, parent: number | null, name: string) => {
    const [found] = await pgRows<{ id: number }>(
      exec,
      sql`SELECT id FROM classifications WHERE parent_key = ${parent ?? 0} AND name = ${name}`,
    );
    if (found) return found.id;
    const [made] = await pgRows<{ id: number }>(
      exec,
      sql`INSERT INTO classifications (level, parent_id, parent_key, name, slug) VALUES (${level}, ${parent}, ${parent ?? 0}, ${name}, ${slugFor(name)}) RETURNING id`,
    );
    return made.id;
  };
  return async (p: TierPath) => tier(3, await tier(2, await tier(1, null, p.major), p.middle), p.minor);
}
