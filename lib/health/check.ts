import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { getStore, MIGRATIONS_FOLDER, rows } from "@/db/index";
import { postgresHealth, type StoreHealth } from "@/db/postgres";
import { pageCacheStatus } from "@/lib/cache/shared-tags";
import { env } from "@/lib/env";

/** The page cache: "local" (one process), "ok" (shared through Redis), "degraded" (Redis away: served from each process). Never makes `ok` false. */
type Health = StoreHealth & { cache: "local" | "ok" | "degraded" };

/** The database answers and every migration shipped with this build has been applied. */
export async function checkHealth(): Promise<Health> {
  const cache = pageCacheStatus();
  // PostgreSQL can go away and come back: the pool reconnects on the next query, so this answers
  // 503 with the reason while it is down and 200 again once it is back, without a restart.
  if (env.databaseDialect === "pg") return { ...(await postgresHealth(getStore().pg, env.databaseUrl)), cache };
  try {
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const [{ n: applied }] = await rows<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected }, cache };
  } catch {
    return { ok: false, database: "unreachable", cache };
  }
}
