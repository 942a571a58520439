import { handle } from "@/lib/http/handle";
import { suggestOccupations } from "@/lib/search/suggest";

export const dynamic = "force-dynamic";

export const GET = handle(async (req: Request) => {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  return Response.json({ suggestions: await suggestOccupations(q) });
});
