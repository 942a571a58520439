/**
 * PostgreSQL is killed (SIGKILL of the postmaster, a crash) while `npm run catalog -- import` of a
 * large file is writing: the import fails with one clear line and no stack trace, and once the
 * server is back (crash recovery) the catalog holds none of the file, and the same import then
 * succeeds in full. `npm run test:pg:servers`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempPostgres, type TempPostgres } from "@/db/testing/temp-postgres";
import { encodeJsonProfiles } from "@/lib/interchange/encode-json";
import { syntheticCatalog } from "@/lib/generate/synthetic";
import { catalog, catalogOk, sharedEnv, STACK_LINE } from "./app-instance";

const PROFILES = 1000;
let server: TempPostgres;
let dir: string;
let env: NodeJS.ProcessEnv;

/** One query on a connection of its own (the CLI's pool is not ours to share). */
async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const counts = async () =>
  (
    await query<{ occupations: string; revisions: string; terms: string }>(
      `SELECT (SELECT count(*) FROM occupations) AS occupations, (SELECT count(*) FROM revisions) AS revisions,
        (SELECT count(*) FROM occupation_terms) AS terms`,
    )
  )[0];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "catalog-kill-pg-"));
  // Commits wait for the WAL (as in production), so what was committed survives the crash.
  server = await startTempPostgres({ settings: { synchronous_commit: "on" } });
  env = sharedEnv(server.url);
  // The CLI migrates an empty database first; a small import makes the catalog non-empty.
  await catalogOk(env, ["import", path.resolve("db/demo")]);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("PostgreSQL killed during an import", () => {
  it("fails with one clear line, and after the restart the catalog holds none of the file; the same import then holds all", async () => {
    const before = await counts();
    const profiles = Array.from({ length: PROFILES }, (_, i) => syntheticCatalog(PROFILES, 9).profile(i)).map((p) => ({
      ...p.content,
      slug: p.slug,
    }));
    const file = path.join(dir, "large.json");
    writeFileSync(file, encodeJsonProfiles(profiles));

    const run = catalog(env, ["import", file]);
    // Kill once the import's transaction has been writing for a while (its rows are in the table, uncommitted).
    let writing = false;
    for (let i = 0; i < 600 && !writing; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'occupation-catalog'
          AND xact_start < now() - interval '1 second' AND backend_xid IS NOT NULL`,
      );
      writing = Number(row.n) > 0;
    }
    expect(writing, "the import never started writing").toBe(true);
    await server.halt("kill");
    const result = await run.done;
    await server.resume();

    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .*PostgreSQL at 127\.0\.0\.1:\d+ .*(closed|terminated|refused|not accepting)/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/INSERT|params:/);
    expect(await counts()).toEqual(before);

    const again = await catalogOk(env, ["import", file]);
    expect(again).toMatch(new RegExp(`created ${PROFILES},`));
    const after = await counts();
    expect(Number(after.occupations)).toBe(Number(before.occupations) + PROFILES);
  });
});
