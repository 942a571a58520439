import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";

/** Changes whenever any profile is created, edited, published or deleted: ties a preview to the catalog it saw. */
export async function catalogStamp(): Promise<string> {
  const row = (
    await db
      .select({
        n: sql<number>`count(*)`,
        latest: sql<string>`coalesce(max(${occupations.updatedAt}), '')`,
        // sum, not SQLite's total(): PostgreSQL has no total().
        versions: sql<number>`coalesce(sum(${occupations.version}), 0)`,
      })
      .from(occupations)
      .limit(1)
  )[0];
  return `${row?.n ?? 0}:${row?.latest ?? ""}:${row?.versions ?? 0}`;
}
