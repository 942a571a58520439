import "server-only";
import { db } from "@/db/index";
import { addAudit } from "@/lib/audit/log";
import { slugFor } from "@/lib/occupations/slug";
import { saveProfile, type SaveOutcome } from "@/lib/occupations/write";
import type { ImportError, ImportRecord } from "./records";

export type ImportOptions = {
  dryRun?: boolean;
  status?: "draft" | "published";
  authorId?: number | null;
  actor?: string;
  message?: string;
  onProgress?: (done: number, total: number) => void;
};
export type ImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  items: { slug: string; name: string; outcome: SaveOutcome }[];
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
  for (const r of records) {
    if (!r.content) continue;
    const slug = r.slug ?? slugFor(r.content.name, r.content.reading);
    const first = bySlug.get(slug);
    if (first) {
      errors.push({ file: r.file, line: r.line, message: `duplicate slug "${slug}" in this batch (also ${first.file}:${first.line})` });
    } else bySlug.set(slug, r);
  }
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors, items: [], written: false };
  if (errors.length) {
    errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return report;
  }
  const status = opts.status ?? "published";
  try {
    db.transaction((tx) => {
      let done = 0;
      for (const [slug, r] of bySlug) {
        const saved = saveProfile(tx, r.content!, { slug, status, authorId: opts.authorId, message: opts.message ?? "import" });
        report[saved.outcome]++;
        report.items.push({ slug, name: r.content!.name, outcome: saved.outcome });
        opts.onProgress?.(++done, bySlug.size);
      }
      if (opts.dryRun) throw new RollBack();
      if (report.created + report.updated > 0) {
        addAudit(tx, {
          userId: opts.authorId,
          actor: opts.actor ?? "cli",
          action: "import",
          target: `${bySlug.size} profiles`,
          detail: `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}`,
        });
      }
    });
    report.written = !opts.dryRun;
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }
  return report;
}
