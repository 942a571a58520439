import "server-only";
import { eq } from "drizzle-orm";
import { occupations } from "@/db/schema";
import type { WriteTx as Tx } from "@/db/index";

/**
 * Whether a bulk import may overwrite the profile with this slug: yes when it does not exist or is
 * exactly what the import last wrote; no when an editor changed it since (its version moved past
 * `imported_version`), deleted it, or it never came from the import.
 */
export async function editedSinceImport(tx: Tx, slug: string): Promise<boolean> {
  const row = (
    await tx
      .select({ version: occupations.version, importedVersion: occupations.importedVersion, deletedAt: occupations.deletedAt })
      .from(occupations)
      .where(eq(occupations.slug, slug))
      .limit(1)
  )[0];
  if (!row) return false;
  return row.deletedAt !== null || row.importedVersion === null || row.importedVersion !== row.version;
}

/** Remember the version a bulk import wrote. */
export async function markImported(tx: Tx, id: number, version: number) {
  await tx.update(occupations).set({ importedVersion: version }).where(eq(occupations.id, id));
}
