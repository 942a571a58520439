import { inject } from "vitest";
import { freshPostgresDatabase } from "./pg-database";

// Each test file gets its own database, copied from the migrated template (fast: no migrations).
process.env.DATABASE_URL = freshPostgresDatabase(inject("pgAdminUrl"));
process.env.PG_ADMIN_URL = inject("pgAdminUrl");
const g = globalThis as Record<string, unknown>;
delete g.catalogDb;
delete g.catalogPg;
delete g.catalogPgReady;
