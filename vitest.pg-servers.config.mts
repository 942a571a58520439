import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:pg:servers`: whole app instances on a real, temporary PostgreSQL (test/pg-servers/):
// two instances on one database, a crash of PostgreSQL during an import. One file at a time; the
// instances listen on PG_SERVERS_TEST_PORT (default 3380) and the next port. Needs `next build`.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["test/pg-servers/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 400_000,
  },
});
