import { env } from "@/lib/env";
import { handle } from "@/lib/http/handle";
import { occupationJsonSchema } from "@/lib/occupations/json-schema";

export const dynamic = "force-dynamic";

export const GET = handle(async () => {
  return Response.json(occupationJsonSchema(env.baseUrl), {
    headers: { "Content-Type": "application/schema+json", "Cache-Control": "public, max-age=3600" },
  });
});
