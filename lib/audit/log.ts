import "server-only";
import { auditLog } from "@/db/schema";
import type { Db } from "@/db/index";

export type AuditEntry = { userId?: number | null; actor: string; action: string; target?: string; detail?: string };

/** Record who did what; call inside the transaction of the change it describes. */
export async function addAudit(tx: Pick<Db, "insert">, e: AuditEntry) {
  await tx
    .insert(auditLog)
    .values({ userId: e.userId ?? null, actor: e.actor, action: e.action, target: e.target ?? "", detail: e.detail ?? "" });
}
