import { handle } from "@/lib/http/handle";
import { firstValues, searchParams } from "@/lib/search/params";
import { searchOccupations } from "@/lib/search/search";

export const dynamic = "force-dynamic";

export const GET = handle(async (req: Request) => {
  const url = new URL(req.url);
  const input = searchParams.parse(firstValues(url.searchParams, ["q", "major", "middle", "minor", "page", "pageSize"]));
  return Response.json(await searchOccupations(input));
});
