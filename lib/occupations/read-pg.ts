import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rows } from "@/db/raw";
import type { Db } from "@/db/index";
import type { AptitudeRow, TermRow } from "./list-rows";
import type { LinkRow, StoredParts, StoredRow } from "./read";

/**
 * readStored's four reads (the row with its tier path, terms, aptitudes, links) as one statement on
 * PostgreSQL, the lists as JSON columns in the same order: each statement is a round trip to the
 * server (about half a millisecond even on one machine), where SQLite reads in-process. `where`
 * picks the profile by id, or a published live profile by slug (the public page's lookup).
 */
export async function readStoredPg(on: Db, where: { id: number } | { publishedSlug: string }): Promise<StoredParts | undefined> {
  const condition: SQL =
    "id" in where ? sql`o.id = ${where.id}` : sql`o.slug = ${where.publishedSlug} AND o.status = 'published' AND o.deleted_at IS NULL`;
  const [r] = await rows<
    StoredRow & {
      terms: [TermRow["list"], string][] | null;
      aptitudes: [AptitudeRow["kind"], string, string][] | null;
      links: [LinkRow["list"], string, string | null][] | null;
    }
  >(
    sql`SELECT o.id, o.slug, o.name, o.reading, o.industry, o.summary, o.description, o.future_outlook AS "futureOutlook",
        o.work_style AS "workStyle", o.status, o.version, o.draft, o.source, o.created_at AS "createdAt",
        o.updated_at AS "updatedAt", o.deleted_at AS "deletedAt",
        mj.name AS "majorName", mj.slug AS "majorSlug", md.name AS "middleName", md.slug AS "middleSlug",
        mn.name AS "minorName", mn.slug AS "minorSlug",
        (SELECT json_agg(json_build_array(t.list, t.value) ORDER BY t.list, t.position)
          FROM occupation_terms t WHERE t.occupation_id = o.id) AS terms,
        (SELECT json_agg(json_build_array(a.kind, a.item, a.reason) ORDER BY a.kind, a.position)
          FROM occupation_aptitudes a WHERE a.occupation_id = o.id) AS aptitudes,
        (SELECT json_agg(json_build_array(l.list, l.name, g.slug) ORDER BY l.list, l.position)
          FROM occupation_links l
          LEFT JOIN occupations g ON g.id = l.target_id AND g.status = 'published' AND g.deleted_at IS NULL
          WHERE l.occupation_id = o.id) AS links
      FROM occupations o
      JOIN classifications mn ON mn.id = o.minor_id
      JOIN classifications md ON md.id = mn.parent_id
      JOIN classifications mj ON mj.id = md.parent_id
      WHERE ${condition}
      LIMIT 1`,
    on,
  );
  if (!r) return undefined;
  const { terms, aptitudes, links, ...row } = r;
  return {
    row,
    terms: (terms ?? []).map(([list, value]) => ({ id: r.id, list, value })),
    aptitudes: (aptitudes ?? []).map(([kind, item, reason]) => ({ id: r.id, kind, item, reason })),
    links: (links ?? []).map(([list, name, slug]) => ({ list, name, slug })),
  };
}
