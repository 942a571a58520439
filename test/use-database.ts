import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/index";

/** Point the shared `db` at a new, empty (migrated) database file, e.g. to re-import an export. */
export function useEmptyDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-unit-"));
  (globalThis as { catalogDb?: unknown }).catalogDb = openDatabase(path.join(dir, "catalog.db"));
}
