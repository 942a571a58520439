import { after } from "next/server";
import { handle } from "@/lib/http/handle";
import { noteSearchOutcome } from "@/lib/quality/zero-result-searches";
import { firstValues, searchParams } from "@/lib/search/params";
import { searchOccupations } from "@/lib/search/search";
import { searchSomeWords } from "@/lib/search/some-words";

export const dynamic = "force-dynamic";

export const GET = handle(async (req: Request) => {
  const url = new URL(req.url);
  const input = searchParams.parse(firstValues(url.searchParams, ["q", "major", "middle", "minor", "page", "pageSize"]));
  const whole = await searchOccupations(input);
  // The count is of the query as asked: a query that found nothing as a whole is worth an editor's look.
  after(() => noteSearchOutcome(input, whole.total));
  const { res, relaxed } = await searchSomeWords(input, whole);
  return Response.json(relaxed ? { ...res, relaxed } : res);
});
