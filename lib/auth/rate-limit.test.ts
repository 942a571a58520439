import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { env } from "@/lib/env";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter (in the database)", () => {
  it("blocks after max failures inside the window and frees the key when the oldest ages out", async () => {
    const l = new FailureLimiter("t1", 3, 1000);
    await l.fail("k", 0);
    await l.fail("k", 100);
    expect(await l.retryAfter("k", 200)).toBe(0);
    await l.fail("k", 200);
    expect(await l.retryAfter("k", 300)).toBe(700);
    expect(await l.retryAfter("other", 300)).toBe(0);
    expect(await l.retryAfter("k", 999)).toBe(1);
    expect(await l.retryAfter("k", 1000)).toBe(0);
  });

  it("forgets a key on reset (a successful sign-in), and scopes do not mix", async () => {
    const l = new FailureLimiter("t2", 2, 1000);
    const other = new FailureLimiter("t2-other", 2, 1000);
    await l.fail("k", 0);
    await l.fail("k", 1);
    expect(await l.retryAfter("k", 2)).toBeGreaterThan(0);
    expect(await other.retryAfter("k", 2)).toBe(0);
    await l.reset("k");
    expect(await l.retryAfter("k", 3)).toBe(0);
  });

  it("counts only failures inside the sliding window", async () => {
    const l = new FailureLimiter("t3", 2, 1000);
    await l.fail("k", 0);
    await l.fail("k", 1500);
    expect(await l.retryAfter("k", 1600)).toBe(0);
    await l.fail("k", 1700);
    expect(await l.retryAfter("k", 1800)).toBe(700);
  });

  it("takes back one try counted up front (a sign-in that succeeded)", async () => {
    const l = new FailureLimiter("t4", 2, 1000);
    await l.fail("k", 0);
    const { id } = await l.fail("k", 5);
    expect(await l.retryAfter("k", 6)).toBeGreaterThan(0);
    await l.forgive(id);
    expect(await l.retryAfter("k", 6)).toBe(0);
    await l.forgive(id);
    expect(await l.retryAfter("k", 7)).toBe(0);
  });

  it("refuses the try past the limit even when the check before it passed (tries arriving at once)", async () => {
    const l = new FailureLimiter("t5", 2, 1000);
    // Three tries that all passed retryAfter() before any was counted.
    const tries = [await l.fail("k", 10), await l.fail("k", 11), await l.fail("k", 12)];
    expect(tries.map((t) => t.wait > 0)).toEqual([false, false, true]);
    expect(tries[2].wait).toBe(998);
    // The refused try is not counted: the limit frees when the first two age out.
    expect(await l.retryAfter("k", 1011)).toBe(0);
  });

  it("counts a burst of parallel tries on one key exactly: the first max pass, every other one waits, none fails", async () => {
    const l = new FailureLimiter("t7", 5, 60_000);
    const now = Date.now();
    const tries = await Promise.all(Array.from({ length: 60 }, (_, i) => l.fail("burst", now + i)));
    expect(tries.filter((t) => t.wait === 0)).toHaveLength(5);
    expect(await l.retryAfter("burst", now + 60)).toBeGreaterThan(0);
  });

  it("is shared by every process on the database: another connection sees the same count", async () => {
    const l = new FailureLimiter("t6", 2, 60_000);
    const now = Date.now();
    await l.fail("shared", now);
    await l.fail("shared", now);
    expect(await countOnAnotherConnection("SELECT count(*) AS n FROM sign_in_failures WHERE scope = 't6' AND key = 'shared'")).toBe(2);
  });
});

/** `n` of a query run on a connection of its own (another process's view of the store). */
async function countOnAnotherConnection(query: string): Promise<number> {
  if (env.databaseDialect === "pg") {
    const client = new pg.Client({ connectionString: env.databaseUrl });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(query)).rows[0].n); // count(*) is a bigint: text in node-postgres
    } finally {
      await client.end();
    }
  }
  const elsewhere = new Database(env.databasePath, { readonly: true });
  try {
    return (elsewhere.prepare(query).get() as { n: number }).n;
  } finally {
    elsewhere.close();
  }
}
