import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Each test file gets its own database file, opened (and migrated) on first use.
const dir = mkdtempSync(path.join(tmpdir(), "catalog-unit-"));
process.env.DATABASE_URL = `file:${path.join(dir, "catalog.db")}`;
delete (globalThis as { catalogDb?: unknown }).catalogDb;
