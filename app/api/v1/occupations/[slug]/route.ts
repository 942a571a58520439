import { requireApiUser } from "@/lib/auth/guards";
import { serializeCard } from "@/lib/cards/serialize";
import { applyPendingInvalidations } from "@/lib/cache/outbox-poller";
import { contentEtag, matchesIfNoneMatch } from "@/lib/http/etag";
import { handle } from "@/lib/http/handle";
import { occupationReadQuery, slugPath } from "@/lib/http/api-params";
import { ifMatchVersion, methodNotAllowed, queryFlag, readJsonBody } from "@/lib/http/body";
import { deleteOccupation, idForSlug, updateOccupation } from "@/lib/occupations/edit";
import { NotFoundError } from "@/lib/errors";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { profileWrite, type Profile } from "@/lib/occupations/schema";
import { getWorkingCopy } from "@/lib/occupations/working-copy";
import { firstValues } from "@/lib/search/params";

type Ctx = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

/**
 * Public: the published profile. With `?draft=1` and editor credentials (cookie or token): the
 * working copy, drafts and pending edits included, as a client about to PUT wants it.
 */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { slug } = slugPath.parse(await ctx.params);
  const url = new URL(req.url);
  const query = occupationReadQuery.parse(firstValues(url.searchParams, ["draft", "format", "download"]));
  let profile: Profile | undefined;
  const draft = query.draft;
  if (draft) {
    await requireApiUser(req, "editor");
    profile = await getWorkingCopy(slug);
  } else {
    profile = (await getPublishedOccupation(slug))?.profile;
  }
  if (!profile) throw new NotFoundError("occupation");
  const card = query.format === "card";
  const body = card ? serializeCard(profile) : JSON.stringify(profile);
  const etag = contentEtag(profile.version, body);
  // Published JSON may sit briefly in a shared cache; a working copy is for its editor only.
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": draft ? "private, no-store" : "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
  };
  if (matchesIfNoneMatch(req, etag)) return new Response(null, { status: 304, headers });
  if (query.download) headers["Content-Disposition"] = `attachment; filename="${slug}.${card ? "txt" : "json"}"`;
  headers["Content-Type"] = card ? "text/plain; charset=utf-8" : "application/json";
  return new Response(body, { headers });
});

/**
 * Replace a profile's content. Needs `If-Match` with the version read. Without `?publish=1` the
 * edit of a published profile waits as a draft (the public page keeps its text); a `slug` in the
 * body that differs from the URL renames the profile.
 */
export const PUT = handle(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req, "editor");
  const { slug } = slugPath.parse(await ctx.params);
  const id = await idForSlug(slug);
  if (id === undefined) throw new NotFoundError("occupation");
  const expectedVersion = ifMatchVersion(req);
  const {
    slug: newSlug,
    status: _status,
    version: _version,
    updatedAt: _updatedAt,
    ...content
  } = profileWrite.parse(await readJsonBody(req));
  const saved = await updateOccupation(id, content, {
    expectedVersion,
    slug: newSlug,
    publish: queryFlag(req, "publish"),
    actor: { id: user.id, email: user.email },
    message: "updated over the API",
  });
  await applyPendingInvalidations();
  const profile = (await getWorkingCopy(saved.slug))!;
  return Response.json(profile, {
    headers: { ETag: contentEtag(profile.version, JSON.stringify(profile)), "Cache-Control": "private, no-store" },
  });
});

/** Soft delete (undone from the admin); needs `If-Match`. */
export const DELETE = handle(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req, "editor");
  const { slug } = slugPath.parse(await ctx.params);
  const id = await idForSlug(slug);
  if (id === undefined) throw new NotFoundError("occupation");
  await deleteOccupation(id, { expectedVersion: ifMatchVersion(req), actor: { id: user.id, email: user.email } });
  await applyPendingInvalidations();
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed(["GET", "PUT", "DELETE"]);
export { notAllowed as POST, notAllowed as PATCH };
