import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/index";
import { occupations } from "@/db/schema";

/** Profiles in the database, any status (0 means a fresh catalog). */
export async function countOccupations(): Promise<number> {
  return (
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(occupations)
        .limit(1)
    )[0]?.n ?? 0
  );
}
