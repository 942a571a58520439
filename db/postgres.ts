/**
 * The PostgreSQL store: a node-postgres pool (DATABASE_POOL_SIZE connections) under Drizzle with
 * db/schema-pg.ts, migrated from drizzle/pg/ under an advisory lock, and the one-line messages for
 * every way connecting can fail. SQLite's counterpart is the rest of db/.
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import path from "node:path";
import pg from "pg";
import * as schema from "./schema-pg";
import { statementLogger } from "./statement-count";

export type PgDatabase = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export const PG_MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle/pg");
/** Where drizzle's PostgreSQL migrator records applied migrations. */
export const PG_MIGRATIONS_TABLE = "drizzle.__drizzle_migrations";

// count(*), sum() and bigint arrive as strings by default; the shared code (written for SQLite)
// reads numbers. Catalog counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Fixed key of the advisory lock two instances starting together take around migrating. */
const MIGRATION_LOCK = 72_616_934;
const CONNECT_TIMEOUT_MS = 5000;

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  if (!isPostgresUrl(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** The pool: connects lazily, so a server that is down now is tried again on the next query. */
export function openPostgres(url: string, poolSize: number): PgDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: "occupation-catalog",
    // Catalog queries read a few thousand rows at most: starting parallel workers costs more
    // (100+ ms on a busy machine) than it saves (see drizzle/pg/0002_search_index.sql).
    options: "-c max_parallel_workers_per_gather=0",
  });
  // An idle client whose server went away emits 'error' on the pool; unhandled, it would kill the
  // process. The pool drops that client and the next query connects afresh.
  pool.on("error", () => {});
  // A client in use whose server dies (a crash, a restart) emits 'error' too, beside failing its
  // query; the query's rejection is what callers handle, so the event must not end the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  return drizzle(pool, { schema, logger: statementLogger }) as PgDatabase;
}

/** Apply drizzle/pg/ migrations; one instance at a time (the others wait, then find nothing to do). */
export async function migratePostgres(db: PgDatabase): Promise<void> {
  const client = await db.$client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: PG_MIGRATIONS_FOLDER });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** How many migrations the database has applied (throws when it cannot be reached). */
export async function appliedPostgresMigrations(db: PgDatabase): Promise<number> {
  const exists = await db.$client.query<{ t: string | null }>("select to_regclass($1) as t", [PG_MIGRATIONS_TABLE]);
  if (!exists.rows[0]?.t) return 0;
  const result = await db.$client.query<{ n: number }>(`select count(*) as n from ${PG_MIGRATIONS_TABLE}`);
  return result.rows[0].n;
}

type PgError = Error & { code?: string; errno?: number; address?: string; port?: number; hostname?: string };

function parts(url: string) {
  const u = new URL(url);
  const user = decodeURIComponent(u.username) || process.env.USER || "";
  return {
    where: `PostgreSQL at ${u.hostname || "localhost"}:${u.port || "5432"}`,
    user,
    database: decodeURIComponent(u.pathname.slice(1)) || user,
  };
}

/** One line, no stack, no password: why the PostgreSQL in `url` cannot be used. */
export function describePostgresError(error: unknown, url: string): string {
  if (!URL.canParse(url)) return "DATABASE_URL is not a valid postgres:// URL";
  const { where, database } = parts(url);
  return `cannot use ${where} (database "${database}"): ${postgresErrorReason(error, url)}`;
}

/** The reason alone (no host or database name), e.g. for /api/health. */
export function postgresErrorReason(error: unknown, url: string): string {
  const { user, database } = URL.canParse(url) ? parts(url) : { user: "", database: "" };
  const e = (error ?? {}) as PgError;
  const message = String(e.message ?? error);
  const reason = (() => {
    switch (e.code) {
      case "ECONNREFUSED":
        return "connection refused (is the server running?)";
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return "host not found";
      case "ETIMEDOUT":
      case "EHOSTUNREACH":
      case "ENETUNREACH":
        return "no answer from the host";
      case "ECONNRESET":
        return "the server closed the connection";
      case "28P01":
        return `password authentication failed for user "${user}"`;
      case "28000":
        return `the server refuses user "${user}" (${message})`;
      case "3D000":
        return `database "${database}" does not exist`;
      case "57P01":
      case "57P02":
      case "57P03":
        return `the server is not accepting connections (${message})`;
    }
    if (/timeout/i.test(message)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
    if (/SASL|password must be a string/i.test(message)) return "the server asks for a password and DATABASE_URL has none";
    if (/Connection terminated|is not queryable/i.test(message)) return "the connection was closed (server restarting or stopped?)";
    return message.split("\n")[0];
  })();
  return reason;
}

/** Errors that mean "the database is unreachable right now", as opposed to a bug in a query. */
export function isConnectionError(error: unknown): boolean {
  const e = (error ?? {}) as PgError;
  if (e.code && /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOST|ENET|EPIPE|28|3D000|57P)/.test(e.code)) return true;
  // "not queryable": what node-postgres answers on a connection that has already failed (e.g. the
  // ROLLBACK after a crash killed the transaction's connection).
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|is not queryable/i.test(String(e.message));
}

/** The connection error behind `error` (Drizzle wraps a failed query's error as its cause), if any. */
export function connectionErrorIn(error: unknown): unknown {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) if (isConnectionError(e)) return e;
  return undefined;
}

export type StoreHealth = {
  ok: boolean;
  database: "ok" | "unreachable";
  reason?: string;
  migrations?: { applied: number; expected: number };
};

const HEALTH_TIMEOUT_MS = 3000;

/** Reachable within 3 s, and every migration of this release applied. Never throws. */
export async function postgresHealth(db: PgDatabase, url: string): Promise<StoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout: no answer within ${HEALTH_TIMEOUT_MS / 1000} s`)), HEALTH_TIMEOUT_MS);
  });
  try {
    const applied = await Promise.race([appliedPostgresMigrations(db), timeout]);
    const expected = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER }).length;
    if (applied < expected) return { ok: false, database: "ok", reason: "migrations not applied", migrations: { applied, expected } };
    return { ok: true, database: "ok", migrations: { applied, expected } };
  } catch (error) {
    return { ok: false, database: "unreachable", reason: postgresErrorReason(error, url) };
  } finally {
    clearTimeout(timer);
  }
}
