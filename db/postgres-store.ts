import { env } from "@/lib/env";
import { describePostgresError, migratePostgres, openPostgres, type PgDatabase } from "./postgres";
import { DatabaseUnavailableError } from "./unavailable";

const globalForPg = globalThis as unknown as { catalogPg?: PgDatabase; catalogPgReady?: Promise<PgDatabase> };

/** The process's PostgreSQL pool (DATABASE_URL, DATABASE_POOL_SIZE), created on first use. */
export function getPostgres(): PgDatabase {
  globalForPg.catalogPg ??= openPostgres(env.databaseUrl, env.databasePoolSize);
  return globalForPg.catalogPg;
}

/**
 * Connect and apply the migrations, once per process (npm start, the CLI, the server's start-up).
 * Any failure becomes a DatabaseUnavailableError with one line saying why; a later call tries again.
 */
export function preparePostgres(): Promise<PgDatabase> {
  globalForPg.catalogPgReady ??= (async () => {
    const db = getPostgres();
    try {
      await migratePostgres(db);
      return db;
    } catch (error) {
      globalForPg.catalogPgReady = undefined;
      throw new DatabaseUnavailableError(describePostgresError(error, env.databaseUrl), { cause: error });
    }
  })();
  return globalForPg.catalogPgReady;
}

/** Close the pool (the CLI at exit, tests). */
export async function closePostgres() {
  const db = globalForPg.catalogPg;
  globalForPg.catalogPg = undefined;
  globalForPg.catalogPgReady = undefined;
  await db?.$client.end();
}
