/**
 * The tables the domain imports (`@/db/schema`): db/schema-sqlite.ts, or db/schema-pg.ts when
 * DATABASE_URL names PostgreSQL. The PostgreSQL tables are typed as their SQLite twins: the two
 * have the same names, columns and JS types (db/schema-parity.test.ts), and the store's Drizzle
 * (db/store.ts) is of the matching dialect, so the same builder calls run on either.
 */
import { env } from "@/lib/env";
import * as postgres from "./schema-pg";
import * as sqlite from "./schema-sqlite";

const chosen = (env.databaseDialect === "pg" ? postgres : sqlite) as unknown as typeof sqlite;

export const {
  classifications,
  users,
  apiTokens,
  occupations,
  occupationTerms,
  occupationAptitudes,
  occupationLinks,
  duplicateCandidates,
  revisions,
  zeroResultSearches,
  auditLog,
  publicFootprints,
  cacheInvalidations,
  classificationsRelations,
} = chosen;
