import "server-only";
import { getStore, type WriteTx } from "@/db/index";
import { ensureTierPath } from "@/lib/classifications/tiers";
import { recordBulkInsert } from "@/lib/cache/invalidation";
import { rebuildDuplicateCandidates } from "@/lib/quality/duplicate-candidates";
import type { PgExec } from "@/lib/search/pg/exec";
import { rebuildSearchIndex } from "@/lib/search/sync-index";
import { bulkInserter, finishBulkInsert, setIndexesAside, widenPageCache, type BulkProfile, type BulkReport } from "./bulk-insert";
import { bulkInserterPg, finishBulkInsertPg } from "./bulk-insert-pg";

export type StoreBulkOptions = {
  authorId?: number | null;
  message?: string;
  /** SQLite: drop the secondary indexes for the insert and build them once after (a load that at least doubles the catalog). */
  setIndexesAside?: boolean;
  /** Record version 1 as the version a tracked import (O*NET) wrote (see imported-version.ts). */
  markImported?: boolean;
};

export type StoreBulkInserter = {
  report: BulkReport;
  add(p: BulkProfile): Promise<void>;
  /** Links, duplicate pairs, cache tags and the search index, in the caller's transaction; `onPhase` names each step as it starts. */
  finish(onPhase?: (phase: string) => void): Promise<void>;
};

/**
 * The bulk insert of the current store, chosen here and nowhere else: SQLite writes a row per
 * prepared statement in-process (bulk-insert.ts); PostgreSQL sends multi-row statements of a few
 * hundred profiles (bulk-insert-pg.ts), because there every statement is a round trip. Both write
 * the rows saveProfile would write for new published profiles, inside the caller's transaction.
 */
export async function storeBulkInserter(tx: WriteTx, opts: StoreBulkOptions = {}): Promise<StoreBulkInserter> {
  if (getStore().dialect === "pg") {
    const exec = tx as unknown as PgExec;
    const ins = await bulkInserterPg(exec, {
      authorId: opts.authorId,
      message: opts.message,
      importedVersion: opts.markImported,
      minorIdOf: (path) => ensureTierPath(tx, path),
    });
    return {
      report: ins.report,
      add: ins.add,
      async finish(onPhase) {
        await ins.flush();
        onPhase?.("links and search index");
        await finishBulkInsertPg(exec, ins.inserted);
        onPhase?.("duplicates and cache tags");
        await rebuildDuplicateCandidates(tx);
        await recordBulkInsert(tx);
      },
    };
  }
  if (opts.markImported) throw new Error("storeBulkInserter: markImported is for PostgreSQL imports (SQLite imports save row by row)");
  const aside = opts.setIndexesAside ? setIndexesAside(tx) : undefined;
  const ins = bulkInserter(tx, { authorId: opts.authorId, message: opts.message });
  return {
    report: ins.report,
    add: ins.add,
    async finish(onPhase) {
      onPhase?.("links and indexes");
      await finishBulkInsert(tx, aside);
      onPhase?.("search index");
      // Runs inside this transaction (as a savepoint): the catalog and its index commit together.
      await rebuildSearchIndex();
    },
  };
}

/**
 * Whether an import of new profiles should take the bulk path rather than saveProfile per record:
 * on PostgreSQL, where saveProfile's ~20 statements per profile are ~20 round trips. On SQLite a
 * statement is a function call, and the import keeps its per-record path (and its timings).
 */
export function bulkImportsPay(): boolean {
  return getStore().dialect === "pg";
}

/** SQLite: a larger page cache for one bulk write (see widenPageCache); PostgreSQL: nothing to do. Returns the undo. */
export function widenCacheForBulk(): () => void {
  return getStore().dialect === "pg" ? () => {} : widenPageCache();
}
