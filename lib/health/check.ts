import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, rows } from "@/db/index";
import { pageCacheStatus } from "@/lib/cache/shared-tags";

type Health = {
  ok: boolean;
  database: string;
  migrations?: { applied: number; expected: number };
  /** The page cache: "local" (one process), "ok" (shared through Redis), "degraded" (Redis away: served from each process). Never makes `ok` false. */
  cache: "local" | "ok" | "degraded";
};

/** The database answers and every migration shipped with this build has been applied. */
export async function checkHealth(): Promise<Health> {
  const cache = pageCacheStatus();
  try {
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const [{ n: applied }] = await rows<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected }, cache };
  } catch {
    return { ok: false, database: "unreachable", cache };
  }
}
