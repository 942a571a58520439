import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { auditLog } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = { id: number; actor: string; action: string; target: string; detail: string; createdAt: string };
export type AuditFilter = { actor?: string; action?: string; page?: number; pageSize?: number };

/** One page of the audit log, newest first, optionally for one actor (email) and one action. */
export async function listAudit(f: AuditFilter): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number }> {
  const pageSize = f.pageSize ?? AUDIT_PAGE_SIZE;
  const where = and(f.actor ? eq(auditLog.actor, f.actor) : undefined, f.action ? eq(auditLog.action, f.action) : undefined);
  const total = (
    await db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where)
      .limit(1)
  )[0]!.n;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const rows = await db
    .select({
      id: auditLog.id,
      actor: auditLog.actor,
      action: auditLog.action,
      target: auditLog.target,
      detail: auditLog.detail,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pages };
}

/** The actors and actions present, for the filter pickers. */
export async function auditFilterOptions(): Promise<{ actors: string[]; actions: string[] }> {
  const actors = (await db.selectDistinct({ v: auditLog.actor }).from(auditLog).orderBy(asc(auditLog.actor))).map((r) => r.v);
  const actions = (await db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action))).map((r) => r.v);
  return { actors, actions };
}
