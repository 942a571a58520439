import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getDb, MIGRATIONS_FOLDER } from "@/db/index";
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
    const sqlite = getDb().$client;
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const applied = (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected }, cache };
  } catch {
    return { ok: false, database: "unreachable", cache };
  }
}
