import "server-only";
import { db, writeTransaction } from "@/db/index";
import { logger } from "@/lib/log/logger";
import { addAudit } from "@/lib/audit/log";
import { editedSinceImport, markImported } from "@/lib/occupations/imported-version";
import { resolveLinksAgain } from "@/lib/occupations/links";
import { InvalidInputError } from "@/lib/errors";
import { nameKey } from "@/lib/occupations/name-key";
import { liveNameOwners, nameTakenMessage } from "@/lib/occupations/name-clash";
import { slugFor } from "@/lib/occupations/slug";
import type { ProblemKey } from "@/lib/validation/problem";
import { saveProfile, type SaveOutcome } from "@/lib/occupations/write";
import { canImportInBulk, importInBulk } from "./import-bulk";
import { importError, type ImportError, type ImportRecord } from "./records";

export type ImportOptions = {
  dryRun?: boolean;
  status?: "draft" | "published";
  authorId?: number | null;
  actor?: string;
  message?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * For a bulk source (O*NET): record the version each profile was written at, and leave alone
   * (report as skipped) profiles an editor changed since the last import, unless `overwrite`.
   */
  tracked?: { overwrite: boolean };
};
export type ImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  items: { slug: string; name: string; outcome: SaveOutcome }[];
  /** Profiles a tracked import left alone because they were edited since it last wrote them. */
  skipped: { slug: string; name: string; file: string; line: number }[];
  written: boolean;
};

class RollBack extends Error {}

/**
 * Import a batch all or nothing: any error in any record writes nothing. A dry run performs the
 * whole write inside a transaction and rolls it back, so its counts are exactly what would happen.
 */
export async function importRecords(records: ImportRecord[], opts: ImportOptions = {}): Promise<ImportReport> {
  const errors: ImportError[] = records.flatMap((r) => r.errors);
  const bySlug = new Map<string, ImportRecord>();
  const byName = new Map<string, ImportRecord>();
  for (const r of records) {
    if (!r.content) continue;
    const slug = r.slug ?? slugFor(r.content.name, r.content.reading);
    const first = bySlug.get(slug);
    if (first) {
      errors.push(importError(r.file, r.line, "ImportErrors.duplicateSlug", { slug, other: `${first.file}:${first.line}` }));
      continue;
    }
    bySlug.set(slug, r);
    const key = nameKey(r.content.name);
    const sameName = byName.get(key);
    if (sameName)
      errors.push(
        importError(
          r.file,
          r.line,
          "ImportErrors.nameInBatch",
          { name: r.content.name, other: `${sameName.file}:${sameName.line}` },
          { field: "name" },
        ),
      );
    else byName.set(key, r);
  }
  // A live profile outside the batch with one of its names (a profile of the batch may be renamed
  // by it, so those are left to the write, which checks again).
  if (!errors.length) {
    const owners = await liveNameOwners(db, [...byName.keys()]);
    for (const [slug, r] of bySlug) {
      const taken = owners.get(nameKey(r.content!.name));
      if (taken && taken !== slug && !bySlug.has(taken))
        errors.push(importError(r.file, r.line, "Validation.nameTaken", { slug: taken }, { field: "name" }, nameTakenMessage(taken)));
    }
  }
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors, items: [], skipped: [], written: false };
  if (errors.length) {
    errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return report;
  }
  const status = opts.status ?? "published";
  try {
    await writeTransaction(async (tx) => {
      // PostgreSQL may run this again from the start after a serialisation conflict: count afresh.
      Object.assign(report, { created: 0, updated: 0, unchanged: 0, items: [], skipped: [] });
      errors.length = 0;
      let done = 0;
      const saved: number[] = [];
      const inBulk = await canImportInBulk(tx, [...bySlug.keys()], opts);
      if (inBulk) await importInBulk(tx, bySlug, opts, report);
      else
        for (const [slug, r] of bySlug) {
          opts.onProgress?.(++done, bySlug.size);
          if (opts.tracked && !opts.tracked.overwrite && (await editedSinceImport(tx, slug))) {
            report.skipped.push({ slug, name: r.content!.name, file: r.file, line: r.line });
            continue;
          }
          let result: Awaited<ReturnType<typeof saveProfile>>;
          try {
            result = await saveProfile(tx, r.content!, { slug, status, authorId: opts.authorId, message: opts.message ?? "import" });
          } catch (e) {
            // Two profiles of the batch swapping names in the wrong order, for instance.
            if (!(e instanceof InvalidInputError)) throw e;
            for (const [field, message] of Object.entries(e.fields)) {
              const phrase = e.phrases.fields?.[field];
              errors.push(
                phrase
                  ? importError(r.file, r.line, `Validation.${phrase.key}` as ProblemKey, phrase.values, { field }, message)
                  : { file: r.file, line: r.line, message: `${field}: ${message}` },
              );
            }
            continue;
          }
          if (opts.tracked) await markImported(tx, result.id, result.version);
          saved.push(result.id);
          report[result.outcome]++;
          report.items.push({ slug, name: r.content!.name, outcome: result.outcome });
        }
      if (errors.length) throw new RollBack();
      await resolveLinksAgain(tx, saved);
      if (opts.dryRun) throw new RollBack();
      if (report.created + report.updated > 0) {
        await addAudit(tx, {
          userId: opts.authorId,
          actor: opts.actor ?? "cli",
          action: "import",
          target: `${bySlug.size} profiles`,
          detail: `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}${report.skipped.length ? `, skipped ${report.skipped.length}` : ""}`,
        });
      }
    });
    report.written = !opts.dryRun;
    logger.info(
      {
        event: "import",
        actor: opts.actor ?? "cli",
        dryRun: !!opts.dryRun,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
      },
      "import finished",
    );
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
    if (errors.length) {
      Object.assign(report, { created: 0, updated: 0, unchanged: 0, items: [], skipped: [] });
      errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    }
  }
  return report;
}
