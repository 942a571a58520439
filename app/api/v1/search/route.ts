import { after } from "next/server";
import { handle } from "@/lib/http/handle";
import { noteSearchOutcome } from "@/lib/quality/zero-result-searches";
import { firstValues, searchParams } from "@/lib/search/params";
import { searchOccupations } from "@/lib/search/search";

export const dynamic = "force-dynamic";

export const GET = handle(async (req: Request) => {
  const url = new URL(req.url);
  const input = searchParams.parse(firstValues(url.searchParams, ["q", "major", "middle", "minor", "page", "pageSize"]));
  const res = await searchOccupations(input);
  after(() => noteSearchOutcome(input, res.total));
  return Response.json(res);
});
