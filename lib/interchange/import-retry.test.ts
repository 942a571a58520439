import { describe, expect, it } from "vitest";
import { dialect, getStore } from "@/db/index";
import { emptyProfile, type ProfileContent } from "@/lib/occupations/schema";
import { useEmptyDatabase } from "@/test/use-database";
import { importRecords } from "./import";
import type { ImportRecord } from "./records";

const profile = (name: string, summary: string): ProfileContent => ({
  ...emptyProfile(),
  name,
  summary,
  classification: { major: "Retry Major", middle: "Retry Middle", minor: "Retry Minor" },
});
const record = (content: ProfileContent, line: number): ImportRecord => ({ file: "retry.txt", line, content, errors: [] });

/**
 * On PostgreSQL a write transaction is SERIALIZABLE and runs again from the start when it loses a
 * conflict (db/pg-transaction.ts). An import that ran twice must report, and audit, what it wrote
 * once: not the first attempt's counts added to the second's.
 */
describe.runIf(dialect === "pg")("an import that PostgreSQL runs a second time", () => {
  it("reports each profile once", async () => {
    useEmptyDatabase();
    expect((await importRecords([record(profile("Retry baker", "First."), 1)])).created).toBe(1);
    let conflicting: Promise<unknown> | undefined;
    const report = await importRecords([record(profile("Retry alpha", "New."), 1), record(profile("Retry baker", "Second."), 2)], {
      // While the import's transaction is open, another connection changes the profile it will
      // update: its update then fails with 40001, and the transaction runs again.
      onProgress: (done) => {
        if (done === 1 && !conflicting)
          conflicting = getStore().pg.$client.query("UPDATE occupations SET updated_at = updated_at WHERE slug = 'retry-baker'");
      },
    });
    await conflicting;
    expect(report.errors).toEqual([]);
    expect({ created: report.created, updated: report.updated, items: report.items.length }).toEqual({ created: 1, updated: 1, items: 2 });
    const [audit] = (await getStore().pg.$client.query("SELECT detail FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1"))
      .rows as { detail: string }[];
    expect(audit.detail).toBe("created 1, updated 1, unchanged 0");
  });
});
