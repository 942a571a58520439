import { defineConfig } from "drizzle-kit";

// PostgreSQL migrations, from db/schema-pg.ts (the twin of db/schema-sqlite.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./drizzle/pg",
});
