import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.mjs";

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["test/fresh-database.ts"],
    pool: "forks",
    testTimeout: 30_000,
  },
});
