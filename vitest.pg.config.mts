import { configDefaults, defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.mjs";

/**
 * `npm run test:pg`: the unit suite of vitest.config.mts on a real, temporary PostgreSQL
 * (test/pg-global-setup.ts), one database per test file (test/fresh-postgres.ts). Left out: tests
 * of SQLite itself (its file, pragmas, query plans, backup API, write lock, migrations folder and
 * their backfills), which `npm test` runs.
 */
const SQLITE_ONLY = [
  "db/backup.test.ts",
  "db/concurrent-writers.test.ts",
  "db/crash-safety.test.ts",
  "db/migrations.test.ts",
  "db/query-plans.test.ts",
  "db/quality-query-plans.test.ts",
  "db/write-lock.test.ts",
  "lib/quality/quality-backfill.test.ts",
];

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    // *.pg.test.ts compare a SQLite store with their own PostgreSQL: `npm test` runs them.
    exclude: [...configDefaults.exclude, ...SQLITE_ONLY, "**/*.pg.test.ts"],
    globalSetup: ["test/pg-global-setup.ts"],
    setupFiles: ["test/fresh-postgres.ts"],
    pool: "forks",
    testTimeout: 30_000,
  },
});
