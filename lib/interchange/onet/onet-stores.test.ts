import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dialect } from "@/db/index";
import { countStatements } from "@/db/statement-count";
import { startTempPostgres, type TempPostgres } from "@/db/testing/temp-postgres";
import { exportDocument } from "@/lib/interchange/export-document";
import { listExportProfiles } from "@/lib/interchange/export";
import { onetSlice } from "@/test/onet-slice";
import { ROOT } from "@/test/cli";
import { importOnet } from "./import-onet";

// The release lives outside the repository (ONET_DIR, else ../shared/data/onet); skip when absent.
const ONET = path.resolve(process.env.ONET_DIR ?? path.join(ROOT, "../shared/data/onet"));
const SOC = path.resolve(ONET, "../soc2018/soc_structure_2018.csv");
const present = existsSync(path.join(ONET, "Occupation Data.txt")) && existsSync(SOC);
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** The real CLI on another store (DATABASE_URL given). */
function cli(databaseUrl: string, args: string[]) {
  const r = spawnSync(process.execPath, [TSX, "--conditions=react-server", "lib/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`catalog ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

let other: TempPostgres | undefined;
afterAll(async () => {
  await other?.stop();
});

/**
 * `import-onet` into this suite's store (SQLite under `npm test`, PostgreSQL under `npm run test:pg`)
 * and, through the CLI, into the other store: on PostgreSQL the new profiles go through the bulk
 * insert, on SQLite through saveProfile per record, and the catalogs must export byte for byte alike.
 */
describe.skipIf(!present)("O*NET import on SQLite and on PostgreSQL", () => {
  it("gives byte-identical JSON exports, in batches on PostgreSQL, and a second run finds every profile unchanged", async () => {
    const slice = onetSlice(ONET, ["11-", "13-"]);
    const { result: report, statements } = await countStatements(() => importOnet(slice, { socFile: SOC }));
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(report.occupations);
    expect(report.occupations).toBeGreaterThan(100);
    if (dialect === "pg") {
      // Profile rows in multi-row statements: one per table per 250 profiles (bulk-insert-pg.ts)...
      const rowInserts = statements.filter((q) => /^INSERT INTO "(occupations|occupation_\w+|revisions)"/.test(q));
      expect(rowInserts.length).toBe(5 * Math.ceil(report.occupations / 250));
      // ...and everything else (links, search index) is not a statement per profile either
      // (saveProfile issues ~20 a profile). Tiers are written one by one, each with its cache
      // invalidation (outbox row, lock, NOTIFY): a bounded number of statements per new tier.
      const tierWork = (q: string) => /classifications|cache_invalidations|pg_notify|pg_advisory_xact_lock/.test(q);
      const newTiers = statements.filter((q) => /^insert into "classifications"/.test(q)).length;
      expect(statements.filter(tierWork).length).toBeLessThan(12 * newTiers);
      expect(statements.filter((q) => !tierWork(q)).length).toBeLessThan(report.occupations);
    }
    const here = exportDocument("json", await listExportProfiles({ all: true }));

    const otherUrl =
      dialect === "pg"
        ? `file:${path.join(mkdtempSync(path.join(tmpdir(), "onet-stores-")), "catalog.db")}`
        : (other = await startTempPostgres()).url;
    expect(cli(otherUrl, ["import-onet", slice, "--soc", SOC])).toContain(`created ${report.occupations},`);
    const there = cli(otherUrl, ["export", "--format", "json", "--all"]);
    expect(there.length).toBeGreaterThan(100_000);
    expect(there === here).toBe(true);

    // imported_version was recorded for every profile, so the next run may update them all.
    const again = await importOnet(slice, { socFile: SOC });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: report.occupations, skipped: [] });
  }, 300_000);
});
