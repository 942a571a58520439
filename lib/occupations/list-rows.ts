import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/index";
import { occupationAptitudes, occupationTerms } from "@/db/schema";

type Reader = Pick<Db, "select">;
export type TermRow = { id: number; list: "trait" | "required_skill" | "recommended_skill" | "alias"; value: string };
export type AptitudeRow = { id: number; kind: "strength" | "weakness"; item: string; reason: string };
export type ListRows = { terms: TermRow[]; aptitudes: AptitudeRow[] };

/** The ordered list rows (terms and aptitudes) of some profiles: two queries whatever their number. */
export async function readListRows(tx: Reader, ids: number[]): Promise<ListRows> {
  if (!ids.length) return { terms: [], aptitudes: [] };
  const terms = await tx
    .select({ id: occupationTerms.occupationId, list: occupationTerms.list, value: occupationTerms.value })
    .from(occupationTerms)
    .where(inArray(occupationTerms.occupationId, ids))
    .orderBy(asc(occupationTerms.occupationId), asc(occupationTerms.list), asc(occupationTerms.position));
  const aptitudes = await tx
    .select({
      id: occupationAptitudes.occupationId,
      kind: occupationAptitudes.kind,
      item: occupationAptitudes.item,
      reason: occupationAptitudes.reason,
    })
    .from(occupationAptitudes)
    .where(inArray(occupationAptitudes.occupationId, ids))
    .orderBy(asc(occupationAptitudes.occupationId), asc(occupationAptitudes.kind), asc(occupationAptitudes.position));
  return { terms, aptitudes };
}
