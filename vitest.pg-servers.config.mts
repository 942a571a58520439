import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.mjs";

// `npm run test:pg:servers`: whole app instances on a real, temporary PostgreSQL (test/pg-servers/):
// two instances on one database, a crash of PostgreSQL during an import. One file at a time; the
// instances listen on PG_SERVERS_TEST_PORT (default 3380) and the next port. Needs `next build`.
export default defineConfig({
  resolve,
  test: {
    environment: "node",
    include: ["test/pg-servers/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 400_000,
  },
});
