/**
 * `npm run test:pg` (vitest.pg.config.mts): one temporary PostgreSQL for the whole run, with a
 * migrated template database; each test file gets its own copy (test/fresh-postgres.ts). The
 * server is stopped when the run ends, passed or failed (and by the harness on exit or Ctrl-C).
 */
import type { TestProject } from "vitest/node";
import { createDatabase, startTempPostgres } from "@/db/testing/temp-postgres";
import { migratePostgres, openPostgres } from "@/db/postgres";

export const TEMPLATE = "catalog_template";

export default async function setup(project: TestProject) {
  const server = await startTempPostgres();
  const url = await createDatabase(server.adminUrl, TEMPLATE);
  const db = openPostgres(url, 1);
  try {
    await migratePostgres(db);
  } finally {
    await db.$client.end();
  }
  project.provide("pgAdminUrl", server.adminUrl);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
