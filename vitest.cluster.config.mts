import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:cluster`: the scale-out topology under faults (test/cluster/). One file, run alone:
// it starts Redis, Varnish, two app instances and a temporary PostgreSQL on CLUSTER_TEST_PORT (default 3360) … +4.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["test/cluster/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
