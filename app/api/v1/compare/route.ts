import { compareOccupations } from "@/lib/compare/compare";
import { compareQuery } from "@/lib/compare/schema";
import { handle } from "@/lib/http/handle";
import { firstValues } from "@/lib/search/params";

export const dynamic = "force-dynamic";

/** 2 to 4 published profiles side by side (the /compare page's data); unknown slugs listed in `missing`. */
export const GET = handle(async (req: Request) => {
  const { slugs } = compareQuery.parse(firstValues(new URL(req.url).searchParams, ["slugs"]));
  return Response.json(await compareOccupations(slugs));
});
