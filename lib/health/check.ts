import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getDb, MIGRATIONS_FOLDER } from "@/db/index";

/** The database answers and every migration shipped with this build has been applied. */
export async function checkHealth(): Promise<{ ok: boolean; database: string; migrations?: { applied: number; expected: number } }> {
  try {
    const sqlite = getDb().$client;
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const applied = (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected } };
  } catch {
    return { ok: false, database: "unreachable" };
  }
}
