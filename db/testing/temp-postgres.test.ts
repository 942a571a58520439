import { existsSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startTempPostgres, type TempPostgres } from "./temp-postgres";

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function queryOnce(url: string, text: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe("temporary PostgreSQL", () => {
  let server: TempPostgres | undefined;
  afterAll(() => server?.stop());

  it("starts, answers, refuses a wrong password, survives halt/resume and a crash, and stops leaving nothing", async () => {
    server = await startTempPostgres();
    const { url, port } = server;
    expect(url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/catalog$`));
    expect(await queryOnce(url, "select current_database() as db")).toEqual([{ db: "catalog" }]);

    const wrong = new URL(url);
    wrong.password = "not-the-password";
    await expect(queryOnce(wrong.toString(), "select 1")).rejects.toThrow(/password authentication failed/);

    await queryOnce(url, "create table kept (n int); insert into kept values (42)");
    const firstPid = server.pid;
    await server.halt();
    expect(alive(firstPid)).toBe(false);
    await expect(queryOnce(url, "select 1")).rejects.toThrow();
    await server.resume();
    expect(await queryOnce(url, "select n from kept")).toEqual([{ n: 42 }]);

    await server.halt("kill");
    await server.resume();
    expect(await queryOnce(url, "select n from kept")).toEqual([{ n: 42 }]);

    const pid = server.pid;
    const dataDir = await queryOnce(url, "show data_directory");
    await server.stop();
    expect(alive(pid)).toBe(false);
    expect(existsSync(String(dataDir[0].data_directory))).toBe(false);
    await expect(queryOnce(url, "select 1")).rejects.toThrow();
  });
});
