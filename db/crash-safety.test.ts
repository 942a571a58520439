import Database from "better-sqlite3";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, spawnCli } from "@/test/cli";

const CARDS = 600;

/** Many distinct cards made from the demo ones, so an import takes long enough to be killed midway. */
function makeCards(dir: string) {
  const demo = path.join(ROOT, "db/demo");
  const sources = readdirSync(demo).map((f) => readFileSync(path.join(demo, f), "utf8"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < CARDS; i++) {
    const lines = sources[i % sources.length].split("\n");
    lines[0] = `${lines[0]} variant ${i}`;
    writeFileSync(path.join(dir, `card-${i}.txt`), lines.join("\n"));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function state(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      occupations: (db.prepare("SELECT count(*) AS n FROM occupations").get() as { n: number }).n,
      revisions: (db.prepare("SELECT count(*) AS n FROM revisions").get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

const ONET = path.resolve(ROOT, "../shared/data/onet");

/**
 * Time one run of `args` to completion, then kill fresh runs at fractions of that time: each
 * must leave a sound database holding all of that call's profiles or none.
 */
async function killRuns(dir: string, label: string, args: string[], fractions: number[]) {
  const full = path.join(dir, `${label}-full.db`);
  expect(runCli(full, ["export"]).status).toBe(0);
  const started = Date.now();
  const done = runCli(full, args);
  expect(done.status, done.stderr).toBe(0);
  const duration = Date.now() - started;
  const total = state(full).occupations;
  expect(total).toBeGreaterThan(0);

  const outcomes: number[] = [];
  for (const fraction of fractions) {
    const dbFile = path.join(dir, `${label}-kill-${fraction}.db`);
    expect(runCli(dbFile, ["export"]).status).toBe(0); // creates and migrates the database
    const child = spawnCli(dbFile, args);
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    await sleep(duration * fraction);
    child.kill("SIGKILL");
    await exited;
    const s = state(dbFile);
    expect(s.integrity, label).toBe("ok");
    expect([0, total], label).toContain(s.occupations);
    outcomes.push(s.occupations);
  }
  return { total, outcomes, full };
}

describe("SIGKILL during an import", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-crash-"));
  const cards = path.join(dir, "cards");

  it("cards: a sound database with all of the import or none of it", async () => {
    makeCards(cards);
    const { total, outcomes } = await killRuns(dir, "cards", ["import", cards], [0.35, 0.55, 0.7, 0.8, 0.9]);
    expect(total).toBe(CARDS);
    // At least one kill must have landed before the commit, or the test proved nothing.
    expect(outcomes).toContain(0);
  }, 240_000);

  it("JSON, CSV and generate: the same", async () => {
    const source = path.join(dir, "cards-full.db");
    for (const format of ["json", "csv"]) {
      const file = path.join(dir, `all.${format}`);
      expect(runCli(source, ["export", "--format", format, "--out", file]).status).toBe(0);
      const { total, outcomes } = await killRuns(dir, format, ["import", file], [0.5, 0.85]);
      expect(total).toBe(CARDS);
      expect(outcomes).toContain(0);
    }
    const gen = await killRuns(dir, "generate", ["generate", "--count", "3000", "--seed", "7"], [0.5, 0.85]);
    expect(gen.outcomes).toContain(0);
  }, 480_000);

  it.skipIf(!existsSync(ONET))(
    "O*NET: the same",
    async () => {
      const { total } = await killRuns(dir, "onet", ["import-onet", ONET], [0.4, 0.8]);
      expect(total).toBe(1016);
    },
    240_000,
  );
});
