import "server-only";
import { inArray } from "drizzle-orm";
import type { WriteTx } from "@/db/index";
import { occupations } from "@/db/schema";
import { bulkImportsPay, storeBulkInserter } from "@/lib/occupations/bulk-insert-store";
import type { ImportOptions, ImportReport } from "./import";
import type { ImportRecord } from "./records";

const CHUNK = 500;

/**
 * Whether this batch may be written by the store's bulk insert instead of saveProfile per record:
 * only where that pays (PostgreSQL: bulkImportsPay), for published profiles, and only when every
 * slug is new to the catalog (deleted profiles included). The batch's names were checked against
 * live profiles before, so a batch of new slugs cannot clash with anything either; a batch that
 * updates any profile keeps the per-record path, which handles renames within the batch in order.
 */
export async function canImportInBulk(tx: WriteTx, slugs: string[], opts: ImportOptions): Promise<boolean> {
  if (!bulkImportsPay() || (opts.status ?? "published") !== "published" || !slugs.length) return false;
  for (let i = 0; i < slugs.length; i += CHUNK) {
    const found = await tx
      .select({ slug: occupations.slug })
      .from(occupations)
      .where(inArray(occupations.slug, slugs.slice(i, i + CHUNK)))
      .limit(1);
    if (found.length) return false;
  }
  return true;
}

/**
 * Write a batch of new profiles through storeBulkInserter, inside the import's transaction: the
 * rows, links, search index, duplicate pairs and cache tags saveProfile would leave, version 1 and
 * its revision, and (for a tracked import) imported_version. Fills the report's counts and items.
 */
export async function importInBulk(tx: WriteTx, bySlug: Map<string, ImportRecord>, opts: ImportOptions, report: ImportReport) {
  const ins = await storeBulkInserter(tx, { authorId: opts.authorId, message: opts.message ?? "import", markImported: !!opts.tracked });
  const items: ImportReport["items"] = [];
  let done = 0;
  for (const [slug, r] of bySlug) {
    opts.onProgress?.(++done, bySlug.size);
    await ins.add({ slug, content: r.content! });
    items.push({ slug, name: r.content!.name, outcome: "created" });
  }
  await ins.finish();
  // canImportInBulk found every slug and name free in this transaction: a skip means a bug here.
  if (ins.report.existing) throw new Error(`bulk import: ${ins.report.existing} profiles were unexpectedly there already`);
  // Assigned, not added: PostgreSQL may run the transaction again after a serialisation failure.
  Object.assign(report, { created: ins.report.created, updated: 0, unchanged: 0, items });
}
