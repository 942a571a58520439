import { env } from "@/lib/env";
import { handle } from "@/lib/http/handle";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API, generated from the routes' zod schemas. */
export const GET = handle(async () =>
  Response.json(openApiDocument(env.baseUrl), { headers: { "Cache-Control": "public, max-age=3600" } }),
);
