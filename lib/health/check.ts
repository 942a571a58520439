import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, rows } from "@/db/index";

/** The database answers and every migration shipped with this build has been applied. */
export async function checkHealth(): Promise<{ ok: boolean; database: string; migrations?: { applied: number; expected: number } }> {
  try {
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const [{ n: applied }] = await rows<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected } };
  } catch {
    return { ok: false, database: "unreachable" };
  }
}
