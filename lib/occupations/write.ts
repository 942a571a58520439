import "server-only";
import { eq } from "drizzle-orm";
import type { WriteTx } from "@/db/index";
import { occupationAptitudes, occupationLinks, occupationTerms, occupations, revisions } from "@/db/schema";
import { ensureTierPath } from "@/lib/classifications/tiers";
import { emptySectionMask } from "@/lib/quality/empty-sections";
import { readingNotKana } from "@/lib/quality/kana-glob";
import { readingRow } from "@/lib/reading/gojuon";
import { nameKey } from "./name-key";
import { assertNameFree } from "./name-clash";
import { afterOccupationWrite } from "./after-write";
import { readStored } from "./read";
import type { ProfileContent } from "./schema";
import { slugFor } from "./slug";

type Tx = WriteTx;
export type SaveOutcome = "created" | "updated" | "unchanged";
export type SaveOptions = {
  slug?: string;
  /** "published" writes the public columns; "draft" keeps a published profile's public text and stores the edit aside. */
  status: "draft" | "published";
  authorId?: number | null;
  message?: string;
};

const nowIso = () => new Date().toISOString();

/** The content as compared and snapshotted: links by name only (targets are derived). */
export function canonicalContent(c: ProfileContent): ProfileContent {
  return {
    ...c,
    industry: c.industry ?? "",
    careerPath: c.careerPath.map((s) => ({ name: s.name, slug: null })),
    relatedJobs: c.relatedJobs.map((s) => ({ name: s.name, slug: null })),
    source: c.source ?? null,
  };
}

const same = (a: ProfileContent, b: ProfileContent) => JSON.stringify(canonicalContent(a)) === JSON.stringify(canonicalContent(b));

async function columnsOf(tx: Tx, c: ProfileContent) {
  return {
    name: c.name,
    nameKey: nameKey(c.name),
    reading: c.reading,
    readingRow: readingRow(c.reading),
    readingNotKana: readingNotKana(c.reading),
    industry: c.industry ?? "",
    minorId: await ensureTierPath(tx, c.classification),
    summary: c.summary,
    description: c.description,
    futureOutlook: c.futureOutlook,
    workStyle: c.workStyle,
    source: c.source ? JSON.stringify(c.source) : null,
    emptySections: emptySectionMask(c),
  };
}

/** Replace a profile's columns and lists; `fresh` (a row just inserted with its columns) has none to replace. */
async function writeColumns(tx: Tx, id: number, c: ProfileContent, fresh = false) {
  if (!fresh) {
    await tx
      .update(occupations)
      .set(await columnsOf(tx, c))
      .where(eq(occupations.id, id));
    await tx.delete(occupationTerms).where(eq(occupationTerms.occupationId, id));
    await tx.delete(occupationAptitudes).where(eq(occupationAptitudes.occupationId, id));
    await tx.delete(occupationLinks).where(eq(occupationLinks.occupationId, id));
  }
  const terms = [
    ...c.personalityTraits.map((value, position) => ({ list: "trait" as const, position, value })),
    ...c.requiredSkills.map((value, position) => ({ list: "required_skill" as const, position, value })),
    ...c.recommendedSkills.map((value, position) => ({ list: "recommended_skill" as const, position, value })),
    ...c.aliases.map((value, position) => ({ list: "alias" as const, position, value })),
  ].map((t) => ({ ...t, occupationId: id, valueKey: nameKey(t.value) }));
  for (const chunk of chunks(terms, 150)) await tx.insert(occupationTerms).values(chunk);
  const apts = [
    ...c.aptitudes.strengths.map((a, position) => ({ kind: "strength" as const, position, ...a })),
    ...c.aptitudes.weaknesses.map((a, position) => ({ kind: "weakness" as const, position, ...a })),
  ].map((a) => ({ occupationId: id, kind: a.kind, position: a.position, item: a.item, reason: a.reason }));
  for (const chunk of chunks(apts, 150)) await tx.insert(occupationAptitudes).values(chunk);
  const isSelf = selfLinkTest(c);
  const links = [
    ...c.careerPath.map((s, position) => ({ list: "career" as const, position, name: s.name })),
    ...c.relatedJobs.map((s, position) => ({ list: "related" as const, position, name: s.name })),
  ].map((l) => ({ ...l, occupationId: id, nameKey: nameKey(l.name), targetId: null, selfLink: isSelf(nameKey(l.name)) }));
  for (const chunk of chunks(links, 150)) await tx.insert(occupationLinks).values(chunk);
}

/**
 * occupation_links.self_link for this content: a link naming the profile itself (its name or an
 * alias) is 1. Links are rewritten whenever the name or aliases change, so the flag stays true.
 */
export function selfLinkTest(c: ProfileContent): (linkKey: string) => 0 | 1 {
  const own = new Set([nameKey(c.name), ...c.aliases.map(nameKey)]);
  return (linkKey) => (own.has(linkKey) ? 1 : 0);
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The content an editor works on: the pending draft of a published profile, or the stored columns. */
export async function editableContent(tx: Tx, id: number): Promise<ProfileContent | undefined> {
  const stored = await readStored(tx, id);
  if (!stored) return undefined;
  return stored.draft ? (JSON.parse(stored.draft) as ProfileContent) : stored.content;
}

/**
 * Create or update one profile by slug, inside the caller's transaction. Writes a revision when
 * anything changed; returns "unchanged" (and writes nothing) when the content and state match.
 */
export async function saveProfile(
  tx: Tx,
  content: ProfileContent,
  opts: SaveOptions,
): Promise<{ id: number; slug: string; outcome: SaveOutcome; version: number }> {
  const slug = opts.slug ?? slugFor(content.name, content.reading);
  const existing = (
    await tx
      .select({
        id: occupations.id,
        status: occupations.status,
        version: occupations.version,
        draft: occupations.draft,
        deletedAt: occupations.deletedAt,
      })
      .from(occupations)
      .where(eq(occupations.slug, slug))
      .limit(1)
  )[0];
  const time = nowIso();
  await assertNameFree(tx, content.name, existing?.id);

  if (!existing) {
    const id = (
      await tx
        .insert(occupations)
        .values({ slug, ...(await columnsOf(tx, content)), status: opts.status, version: 1, createdAt: time, updatedAt: time })
        .returning({ id: occupations.id })
    )[0].id;
    await writeColumns(tx, id, content, true);
    await afterOccupationWrite(tx, id);
    await addRevision(tx, id, 1, content, opts);
    return { id, slug, outcome: "created", version: 1 };
  }

  const current = (await editableContent(tx, existing.id))!;
  const alive = existing.deletedAt === null;
  const keepsPublicText = opts.status === "draft" && existing.status === "published" && alive;
  const unchanged =
    alive && same(current, content) && (keepsPublicText ? true : existing.status === opts.status && existing.draft === null);
  if (unchanged) return { id: existing.id, slug, outcome: "unchanged", version: existing.version };

  const version = existing.version + 1;
  if (keepsPublicText) {
    await tx
      .update(occupations)
      .set({ draft: JSON.stringify(canonicalContent(content)), version, updatedAt: time })
      .where(eq(occupations.id, existing.id));
  } else {
    await writeColumns(tx, existing.id, content);
    await tx
      .update(occupations)
      .set({ status: opts.status, draft: null, version, updatedAt: time, deletedAt: null })
      .where(eq(occupations.id, existing.id));
  }
  await afterOccupationWrite(tx, existing.id, { publicChange: !keepsPublicText });
  await addRevision(tx, existing.id, version, content, opts);
  return { id: existing.id, slug, outcome: "updated", version };
}

async function addRevision(tx: Tx, id: number, version: number, content: ProfileContent, opts: SaveOptions) {
  await tx.insert(revisions).values({
    occupationId: id,
    version,
    snapshot: JSON.stringify(canonicalContent(content)),
    status: opts.status,
    authorId: opts.authorId ?? null,
    message: opts.message ?? "",
  });
}
