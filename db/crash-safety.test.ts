import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

describe("SIGKILL during an import", () => {
  it("leaves a sound database with all of the import or none of it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-crash-"));
    const cards = path.join(dir, "cards");
    makeCards(cards);
    // A run to completion gives the import's duration; kills then land across parsing and writing.
    const started = Date.now();
    expect(runCli(path.join(dir, "full.db"), ["import", cards]).status).toBe(0);
    const duration = Date.now() - started;
    expect(state(path.join(dir, "full.db")).occupations).toBe(CARDS);

    const outcomes: number[] = [];
    for (const fraction of [0.35, 0.55, 0.7, 0.8, 0.9]) {
      const dbFile = path.join(dir, `kill-${fraction}.db`);
      expect(runCli(dbFile, ["export"]).status).toBe(0); // creates and migrates the database
      const child = spawnCli(dbFile, ["import", cards]);
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      await sleep(duration * fraction);
      child.kill("SIGKILL");
      await exited;
      const s = state(dbFile);
      expect(s.integrity).toBe("ok");
      expect([0, CARDS]).toContain(s.occupations);
      expect(s.revisions).toBe(s.occupations);
      outcomes.push(s.occupations);
    }
    // At least one kill must have landed before the commit, or the test proved nothing.
    expect(outcomes).toContain(0);
  }, 120_000);
});
