import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { comparison, compareQuery } from "@/lib/compare/schema";
import { ifMatchHeader, occupationReadQuery, publishQuery, slugPath } from "@/lib/http/api-params";
import { BODY_MAX_BYTES } from "@/lib/http/body";
import { profileWrite } from "@/lib/occupations/schema";

const profileBody = profileWrite.meta({
  id: "ProfileWrite",
  description: "A profile as written: the Profile JSON; read-only fields (status, version, updatedAt) are ignored",
});
import { searchParams } from "@/lib/search/params";
import { classificationsResponse, errorBody, healthResponse, jsonDocument, profile, searchResponse, suggestResponse } from "./responses";

/*
 * The OpenAPI 3.1 description of the API, generated (zod-openapi) from the zod schemas the routes
 * parse their input with and the response schemas in ./responses.ts. Only the list of paths and
 * the prose are written here; lib/openapi/openapi.test.ts checks every route file appears.
 */

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(errorBody) });

const E = {
  400: error("Invalid input: `error.fields` names each bad field"),
  401: error("No valid credentials: sign in, or send `Authorization: Bearer <token>`"),
  403: error("Signed in without the editor role, or a cookie request from another site"),
  404: error("No such profile (or, on public reads, not published)"),
  405: error("Method not allowed; the `Allow` header lists the ones that are"),
  409: error("Conflicts with existing data (e.g. the slug is taken)"),
  412: error("`If-Match` names an old version: read the profile again"),
  413: error(`Body larger than ${BODY_MAX_BYTES} bytes`),
  428: error("`If-Match` is missing"),
} as const;

const WRITE_AUTH: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];
const etag = { ETag: { description: "The profile's version, for `If-Match` on the next write", schema: { type: "string" as const } } };

const profileOk = (description: string) => ({ description, headers: etag, content: json(profile) });

const getOccupation: ZodOpenApiOperationObject = {
  operationId: "getOccupation",
  summary: "One profile",
  description: "The published profile. With `draft=1` and editor credentials, the working copy a client about to PUT wants.",
  tags: ["Occupations"],
  requestParams: { path: slugPath, query: occupationReadQuery },
  security: [{}, ...WRITE_AUTH],
  responses: {
    200: {
      description: "The profile (JSON), or its card text with `format=card`",
      headers: etag,
      content: { ...json(profile), "text/plain": { schema: z.string().meta({ description: "The profile card" }) } },
    },
    400: E[400],
    401: E[401],
    403: E[403],
    404: E[404],
  },
};

export function openApiDocument(baseUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Occupation Catalog API",
      version: "1",
      description:
        "Reads are public (published profiles only). Writes need an editor: an API token (`npm run catalog -- token create`) as a bearer token, or a signed-in editor's session cookie (same-site requests only).",
    },
    servers: [{ url: baseUrl }],
    tags: [{ name: "Occupations" }, { name: "Search" }, { name: "Catalog" }, { name: "Meta" }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token from `npm run catalog -- token create --email E`" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The session of an editor signed in at /login (`__Secure-next-auth.session-token` over HTTPS); refused from another site's Origin",
        },
      },
    },
    paths: {
      "/api/v1/occupations": {
        post: {
          operationId: "createOccupation",
          summary: "Create a profile",
          description: "Created as a draft unless `publish=1`. `status`, `version` and `updatedAt` in the body are ignored.",
          tags: ["Occupations"],
          security: WRITE_AUTH,
          requestParams: { query: publishQuery },
          requestBody: { required: true, content: json(profileBody) },
          responses: {
            201: {
              ...profileOk("Created"),
              headers: { ...etag, Location: { description: "The new profile's URL", schema: { type: "string" } } },
            },
            400: E[400],
            401: E[401],
            403: E[403],
            405: E[405],
            409: E[409],
            413: E[413],
          },
        },
      },
      "/api/v1/occupations/{slug}": {
        get: getOccupation,
        put: {
          operationId: "updateOccupation",
          summary: "Replace a profile",
          description:
            "Without `publish=1` an edit of a published profile waits as a draft. A `slug` in the body that differs from the URL renames the profile.",
          tags: ["Occupations"],
          security: WRITE_AUTH,
          requestParams: { path: slugPath, query: publishQuery, header: ifMatchHeader },
          requestBody: { required: true, content: json(profileBody) },
          responses: {
            200: profileOk("Saved"),
            400: E[400],
            401: E[401],
            403: E[403],
            404: E[404],
            409: E[409],
            412: E[412],
            413: E[413],
            428: E[428],
          },
        },
        delete: {
          operationId: "deleteOccupation",
          summary: "Delete a profile (soft: an editor can undo it)",
          tags: ["Occupations"],
          security: WRITE_AUTH,
          requestParams: { path: slugPath, header: ifMatchHeader },
          responses: { 204: { description: "Deleted" }, 401: E[401], 403: E[403], 404: E[404], 412: E[412], 428: E[428] },
        },
      },
      "/api/v1/search": {
        get: {
          operationId: "search",
          summary: "Search published profiles",
          description:
            "English words (prefixes, plurals), readings in kana or romaji, aliases and skills; `major`/`middle`/`minor` filter by tier name.",
          tags: ["Search"],
          requestParams: { query: searchParams },
          responses: { 200: { description: "One page of results with facet counts", content: json(searchResponse) }, 400: E[400] },
        },
      },
      "/api/v1/suggest": {
        get: {
          operationId: "suggest",
          summary: "Typeahead suggestions",
          tags: ["Search"],
          requestParams: { query: z.object({ q: z.string().optional().meta({ description: "What has been typed", example: "roudou" }) }) },
          responses: { 200: { description: "At most 10 names or aliases", content: json(suggestResponse) } },
        },
      },
      "/api/v1/classifications": {
        get: {
          operationId: "classifications",
          summary: "The tier tree with published counts",
          tags: ["Catalog"],
          responses: {
            200: { description: "Major → Middle → Minor tiers that hold published profiles", content: json(classificationsResponse) },
          },
        },
      },
      "/api/v1/compare": {
        get: {
          operationId: "compare",
          summary: "Compare 2 to 4 published profiles",
          description:
            "Items all of them share, and items only one has, section by section. Slugs that name no published profile are listed in `missing`.",
          tags: ["Catalog"],
          requestParams: { query: compareQuery },
          responses: { 200: { description: "The comparison", content: json(comparison) }, 400: E[400] },
        },
      },
      "/api/v1/schema/occupation.json": {
        get: {
          operationId: "occupationJsonSchema",
          summary: "JSON Schema of the profile JSON (import and write API)",
          tags: ["Meta"],
          responses: { 200: { description: "A JSON Schema (2020-12)", content: { "application/schema+json": { schema: jsonDocument } } } },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApi",
          summary: "This document",
          tags: ["Meta"],
          responses: { 200: { description: "OpenAPI 3.1", content: json(jsonDocument) } },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Health check",
          tags: ["Meta"],
          responses: {
            200: { description: "The database answers and every migration is applied", content: json(healthResponse) },
            503: { description: "Not healthy", content: json(healthResponse) },
          },
        },
      },
    },
  });
}
