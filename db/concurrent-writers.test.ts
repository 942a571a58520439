import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, spawnCli } from "@/test/cli";

function cardsInto(dir: string, prefix: string, count: number) {
  const demo = path.join(ROOT, "db/demo");
  const sources = readdirSync(demo).map((f) => readFileSync(path.join(demo, f), "utf8"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const lines = sources[i % sources.length].split("\n");
    lines[0] = `${prefix} ${lines[0]} ${i}`;
    writeFileSync(path.join(dir, `${i}.txt`), lines.join("\n"));
  }
}

describe("two processes writing at once", () => {
  it("both imports finish, nothing is corrupted or half-written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalog-concurrent-"));
    const dbFile = path.join(dir, "catalog.db");
    expect(runCli(dbFile, ["export"]).status).toBe(0);
    cardsInto(path.join(dir, "a"), "Alpha", 300);
    cardsInto(path.join(dir, "b"), "Beta", 300);
    const run = (sub: string) =>
      new Promise<number | null>((resolve) => spawnCli(dbFile, ["import", path.join(dir, sub)]).on("exit", (code) => resolve(code)));
    const codes = await Promise.all([run("a"), run("b")]);
    expect(codes).toEqual([0, 0]);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const count = (p: string) => (db.prepare("SELECT count(*) AS n FROM occupations WHERE name LIKE ?").get(`${p} %`) as { n: number }).n;
    expect([count("Alpha"), count("Beta")]).toEqual([300, 300]);
    db.close();
  }, 120_000);
});
