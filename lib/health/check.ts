import "server-only";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { getStore, MIGRATIONS_FOLDER, rows } from "@/db/index";
import { postgresHealth, type StoreHealth } from "@/db/postgres";
import { env } from "@/lib/env";

/** The database answers and every migration shipped with this build has been applied. */
export async function checkHealth(): Promise<StoreHealth> {
  // PostgreSQL can go away and come back: the pool reconnects on the next query, so this answers
  // 503 with the reason while it is down and 200 again once it is back, without a restart.
  if (env.databaseDialect === "pg") return postgresHealth(getStore().pg, env.databaseUrl);
  try {
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
    const [{ n: applied }] = await rows<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
    return { ok: applied >= expected, database: "ok", migrations: { applied, expected } };
  } catch {
    return { ok: false, database: "unreachable" };
  }
}
