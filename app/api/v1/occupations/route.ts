import { requireApiUser } from "@/lib/auth/guards";
import { applyPendingInvalidations } from "@/lib/cache/outbox-poller";
import { contentEtag } from "@/lib/http/etag";
import { handle } from "@/lib/http/handle";
import { methodNotAllowed, queryFlag, readJsonBody } from "@/lib/http/body";
import { createOccupation } from "@/lib/occupations/edit";
import { profileWrite } from "@/lib/occupations/schema";
import { getWorkingCopy } from "@/lib/occupations/working-copy";

export const dynamic = "force-dynamic";

/** Create a profile from its JSON; a draft unless `?publish=1`. */
export const POST = handle(async (req: Request) => {
  const user = await requireApiUser(req, "editor");
  const { slug, status: _status, version: _version, updatedAt: _updatedAt, ...content } = profileWrite.parse(await readJsonBody(req));
  const created = await createOccupation(content, { slug, publish: queryFlag(req, "publish"), actor: { id: user.id, email: user.email }, message: "created over the API" });
  await applyPendingInvalidations();
  const profile = (await getWorkingCopy(created.slug))!;
  return Response.json(profile, {
    status: 201,
    headers: { ETag: contentEtag(profile.version, JSON.stringify(profile)), "Cache-Control": "private, no-store", Location: `/api/v1/occupations/${profile.slug}` },
  });
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
