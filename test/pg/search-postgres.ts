import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import pg from "pg";
import { startTempPostgres, type TempPostgres, type TempPostgresOptions } from "@/db/testing/temp-postgres";

export type MigratedPostgres = { server: TempPostgres; pool: pg.Pool; db: NodePgDatabase; stop(): Promise<void> };

/**
 * A temporary PostgreSQL (db/testing/temp-postgres.ts) with drizzle/pg's migrations applied, for
 * tests of the PostgreSQL search and bulk-insert code. `stop` closes the pool and the server.
 * `settings` are the server's (`-c key=value`), e.g. the bench's shared_buffers.
 */
export async function migratedPostgres(settings?: TempPostgresOptions["settings"]): Promise<MigratedPostgres> {
  const server = await startTempPostgres({ settings });
  // No parallel workers: searches read a few thousand rows, and starting workers cost 100+ ms on a
  // busy machine (see drizzle/pg/0002_search_index.sql); the app's pool is meant to set the same.
  const pool = new pg.Pool({ connectionString: server.url, max: 4, options: "-c max_parallel_workers_per_gather=0" });
  // An idle connection hears the server's shutdown at stop(); without a listener that is a crash.
  pool.on("error", () => {});
  try {
    const db = drizzle(pool);
    await migrate(db, { migrationsFolder: path.resolve(process.cwd(), "drizzle/pg") });
    return {
      server,
      pool,
      db,
      async stop() {
        await pool.end();
        await server.stop();
      },
    };
  } catch (e) {
    await pool.end();
    await server.stop();
    throw e;
  }
}
