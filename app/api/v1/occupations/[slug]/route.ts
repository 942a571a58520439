import { z } from "zod";
import { serializeCard } from "@/lib/cards/serialize";
import { handle } from "@/lib/http/handle";
import { NotFoundError } from "@/lib/occupations/errors";
import { getPublishedOccupation } from "@/lib/occupations/read";

const params = z.object({ slug: z.string().min(1).max(200) });

export const dynamic = "force-dynamic";

export const GET = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = params.parse(await ctx.params);
  const found = await getPublishedOccupation(slug);
  if (!found) throw new NotFoundError("occupation");
  const url = new URL(req.url);
  const etag = `"${found.profile.version}"`;
  const headers: Record<string, string> = { ETag: etag, "Cache-Control": "no-cache" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const download = url.searchParams.has("download");
  if (url.searchParams.get("format") === "card") {
    if (download) headers["Content-Disposition"] = `attachment; filename="${slug}.txt"`;
    return new Response(serializeCard(found.profile), { headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (download) headers["Content-Disposition"] = `attachment; filename="${slug}.json"`;
  return Response.json(found.profile, { headers });
});
