import "server-only";
import { db } from "@/db/index";
import { isNull } from "drizzle-orm";
import { occupations } from "@/db/schema";
import { nameKey } from "@/lib/occupations/name-key";
import { importRecords, type ImportReport } from "../import";
import { onetRecords } from "./onet-records";
import { readOnetRelease, type OnetRelease } from "./release";

export type OnetImportOptions = {
  socFile?: string;
  /** Only these O*NET-SOC codes (tests import a slice). */
  codes?: string[];
  overwrite?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
};

export type OnetImportReport = ImportReport & { occupations: number; skillsFromSupplement: boolean };

/**
 * Import an O*NET text release under the SOC 2018 hierarchy, all or nothing in one transaction.
 * Re-running updates in place; profiles edited since the last run are skipped unless `overwrite`.
 */
export async function importOnet(dir: string, opts: OnetImportOptions = {}): Promise<OnetImportReport> {
  return importOnetRelease(await readOnetRelease(dir, opts.socFile, opts.codes), opts);
}

/** The same, from a release already read (tests read the files once). */
export async function importOnetRelease(
  release: OnetRelease,
  opts: Omit<OnetImportOptions, "socFile" | "codes"> = {},
): Promise<OnetImportReport> {
  // The live names, read once: onetRecords asks about every record's name (see name-clash.ts).
  const live = await db.select({ key: occupations.nameKey, slug: occupations.slug }).from(occupations).where(isNull(occupations.deletedAt));
  const owners = new Map(live.map((r) => [r.key, r.slug]));
  const records = onetRecords(release, (name) => owners.get(nameKey(name)));
  const report = await importRecords(records, {
    dryRun: opts.dryRun,
    actor: "onet",
    message: "O*NET import",
    onProgress: opts.onProgress,
    tracked: { overwrite: !!opts.overwrite },
  });
  return { ...report, occupations: records.length, skillsFromSupplement: release.skillsFromSupplement };
}
