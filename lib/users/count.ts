import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/index";
import { users } from "@/db/schema";

export async function countAdmins(): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)))
        .limit(1)
    )[0]?.n ?? 0
  );
}
