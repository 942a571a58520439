import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenPostgres, type Listener } from "./postgres-listen";
import { startTempPostgres, type TempPostgres } from "./testing/temp-postgres";

let server: TempPostgres;
const listeners: Listener[] = [];

beforeAll(async () => {
  server = await startTempPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
  await server?.stop();
});

/** Run statements on a connection of their own, as a writer in another process would. */
async function onOwnConnection(...statements: string[]) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return check();
}

describe("listenPostgres", () => {
  it("hears a NOTIFY when its transaction commits, not when it rolls back, and again after the server restarts", async () => {
    let heard = 0;
    listeners.push(
      listenPostgres(
        server.url,
        "catalog_test",
        () => heard++,
        () => {},
      ),
    );
    // Once connected it calls back once (to catch up with what it may have missed).
    expect(await until(() => heard === 1)).toBe(true);

    await onOwnConnection("begin", "select pg_notify('catalog_test', '')", "rollback");
    await onOwnConnection("begin", "select pg_notify('catalog_test', '')", "commit");
    expect(await until(() => heard === 2, 2000)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toBe(2);

    await server.halt("fast");
    await new Promise((r) => setTimeout(r, 300));
    await server.resume();
    // Reconnected: the catch-up call, then a new write is heard without anything restarted.
    expect(await until(() => heard === 3, 10_000)).toBe(true);
    await onOwnConnection("select pg_notify('catalog_test', '')");
    expect(await until(() => heard === 4, 2000)).toBe(true);
  }, 60_000);
});
