import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getStore } from "./index";
import { backupDatabase, checkBackup, restoreDatabase } from "./backup";

describe("backup and restore", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "catalog-backup-"));

  it("copies the live database consistently and checks it", async () => {
    getStore().sqlite.writer.exec("INSERT INTO audit_log (actor, action) VALUES ('test', 'before-backup')");
    const file = path.join(dir, "one.db");
    await backupDatabase(file);
    expect(checkBackup(file)).toMatchObject({ ok: true, migrations: expect.any(Number) });
    await expect(backupDatabase(file)).rejects.toThrow(/already exists/);
  });

  it("refuses a file that is not a catalog database", () => {
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, "this is not sqlite");
    expect(checkBackup(junk)).toMatchObject({ ok: false, problem: expect.stringMatching(/not a catalog database/) });
  });

  it("restores into a database no server uses, and refuses while one does", async () => {
    const file = path.join(dir, "two.db");
    await backupDatabase(file);
    const target = path.join(dir, "restored.db");
    expect(restoreDatabase(file, target)).toMatchObject({ ok: true });
    expect(checkBackup(target)).toMatchObject({ ok: true });
    // A lock held by a live process other than us (our parent stands in for the server).
    writeFileSync(`${target}.server-pid`, String(process.ppid));
    expect(restoreDatabase(file, target)).toMatchObject({ ok: false, problem: expect.stringMatching(/server \(pid \d+\) is using/) });
    writeFileSync(`${target}.server-pid`, "999999999");
    expect(restoreDatabase(file, target)).toMatchObject({ ok: true });
  });
});
