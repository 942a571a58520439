import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, openPostgresStore, type Store } from "@/db/index";
import { openPostgres } from "@/db/postgres";
import { env } from "@/lib/env";
import { freshPostgresDatabase } from "./pg-database";

/** Point the shared `db` at a new, empty (migrated) database, e.g. to re-import an export. */
export function useEmptyDatabase() {
  const g = globalThis as { catalogDb?: Store; emptyPgStore?: Store };
  if (env.databaseDialect === "pg") {
    // Property tests ask for hundreds of these: close the previous one's connections.
    void g.emptyPgStore?.close();
    const url = freshPostgresDatabase(process.env.PG_ADMIN_URL ?? "");
    g.catalogDb = g.emptyPgStore = openPostgresStore(openPostgres(url, 4));
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-unit-"));
  g.catalogDb = openDatabase(path.join(dir, "catalog.db"));
}
