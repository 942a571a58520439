import "server-only";
import { db } from "@/db/index";
import { nameTakenBy } from "@/lib/occupations/name-clash";
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
export async function importOnetRelease(release: OnetRelease, opts: Omit<OnetImportOptions, "socFile" | "codes"> = {}): Promise<OnetImportReport> {
  const records = onetRecords(release, (name) => nameTakenBy(db, name));
  const report = await importRecords(records, {
    dryRun: opts.dryRun,
    actor: "onet",
    message: "O*NET import",
    onProgress: opts.onProgress,
    tracked: { overwrite: !!opts.overwrite },
  });
  return { ...report, occupations: records.length, skillsFromSupplement: release.skillsFromSupplement };
}
