import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appliedPostgresMigrations,
  describePostgresError,
  migratePostgres,
  openPostgres,
  PG_MIGRATIONS_FOLDER,
  postgresHealth,
  type PgDatabase,
} from "./postgres";
import { freePort, startTempPostgres, type TempPostgres } from "./testing/temp-postgres";

let server: TempPostgres;
const pools: PgDatabase[] = [];
const open = (url: string, size = 4) => {
  const db = openPostgres(url, size);
  pools.push(db);
  return db;
};

beforeAll(async () => {
  server = await startTempPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.$client.end().catch(() => {})));
  await server?.stop();
});

async function connectError(url: string) {
  const db = open(url, 1);
  try {
    await db.$client.query("select 1");
  } catch (error) {
    return describePostgresError(error, url);
  }
  throw new Error("connected");
}

describe("PostgreSQL store", () => {
  it("migrates an empty database once, even when two instances start together", async () => {
    const expected = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER }).length;
    const [a, b] = [open(server.url), open(server.url)];
    await Promise.all([migratePostgres(a), migratePostgres(b)]);
    expect(await appliedPostgresMigrations(a)).toBe(expected);
    const tables = await a.$client.query("select count(*) as n from information_schema.tables where table_schema = 'public'");
    expect(tables.rows[0].n).toBeGreaterThanOrEqual(13);
    // Counts come back as numbers, as the shared code (written for SQLite) expects.
    expect(typeof tables.rows[0].n).toBe("number");
    await migratePostgres(a); // nothing left to do
    expect(await appliedPostgresMigrations(a)).toBe(expected);
  });

  it("says in one line why it cannot connect: wrong password, no server, no database, bad URL", async () => {
    const wrongPassword = new URL(server.url);
    wrongPassword.password = "wrong";
    const bad = await connectError(wrongPassword.toString());
    expect(bad).toBe(
      `cannot use PostgreSQL at 127.0.0.1:${server.port} (database "catalog"): password authentication failed for user "postgres"`,
    );
    expect(bad).not.toContain("wrong");

    const nobody = await freePort();
    const refused = await connectError(`postgres://postgres:secret@127.0.0.1:${nobody}/catalog`);
    expect(refused).toBe(`cannot use PostgreSQL at 127.0.0.1:${nobody} (database "catalog"): connection refused (is the server running?)`);

    const noDb = new URL(server.url);
    noDb.pathname = "/nope";
    expect(await connectError(noDb.toString())).toMatch(/: database "nope" does not exist$/);

    expect(describePostgresError(new Error("x"), "postgres://a b@:x")).toBe("DATABASE_URL is not a valid postgres:// URL");
    for (const line of [bad, refused]) expect(line).not.toContain("\n");
  });

  it("health answers unreachable while the server is down and ok when it is back, on the same pool", async () => {
    const db = open(server.url);
    await migratePostgres(db);
    expect(await postgresHealth(db, server.url)).toMatchObject({ ok: true, database: "ok" });

    await server.halt();
    const down = await postgresHealth(db, server.url);
    expect(down).toMatchObject({ ok: false, database: "unreachable" });
    expect(down.reason).toMatch(/connection refused|closed/);

    await server.resume();
    expect(await postgresHealth(db, server.url)).toMatchObject({ ok: true, database: "ok" });
    expect((await db.$client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
  });
});
