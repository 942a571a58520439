import { z } from "zod";
import { profileContent, type Profile } from "@/lib/occupations/schema";
import type { SearchResponse } from "@/lib/search/search";
import type { Suggestion } from "@/lib/search/suggest";

/*
 * The JSON the read endpoints answer with, as zod schemas for the OpenAPI document. The types
 * the code returns are written elsewhere (lib/search, lib/occupations); the checks at the end of
 * this file fail to compile when one of them and its schema here drift apart, and
 * lib/openapi/openapi.test.ts parses real answers with these schemas.
 */

export const errorBody = z
  .object({
    error: z.object({
      message: z.string(),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Per field path (e.g. `aptitudes.strengths.0.item`): what is wrong with it" }),
    }),
  })
  .meta({ id: "Error", description: "Every error of the API: 4xx for what the client sent, 5xx only for the unexpected." });

export const profile = profileContent
  .extend({
    slug: z.string(),
    status: z.enum(["draft", "published"]),
    version: z.number().int().meta({ description: "Bumped on every save; the ETag and If-Match carry it" }),
    updatedAt: z.string().meta({ description: "ISO 8601 time of the last save" }),
  })
  .meta({ id: "Profile", description: "One occupation profile (the Profile JSON shared by the API, JSON import and export)." });

const tierPath = z.object({ major: z.string(), middle: z.string(), minor: z.string() });
const facetCount = z.object({ name: z.string(), count: z.number().int() });

export const searchResponse = z
  .object({
    total: z.number().int().meta({ description: "Matches under the filter; a lower bound when totalCapped" }),
    totalCapped: z.boolean().meta({ description: "More than 1,000 matches: total and facet counts are counted over the first 1,000" }),
    page: z.number().int(),
    pageSize: z.number().int(),
    results: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        reading: z.string(),
        summary: z.string(),
        classification: tierPath,
        highlight: z
          .object({
            field: z.enum(["name", "alias", "reading", "summary", "skill", "description"]),
            fragments: z.array(z.object({ text: z.string(), match: z.boolean() })),
          })
          .nullable()
          .meta({ description: "Where the query matched, as text pieces; `match` pieces are the matched words" }),
      }),
    ),
    facets: z.object({ major: z.array(facetCount), middle: z.array(facetCount), minor: z.array(facetCount) }),
    relaxed: z
      .object({ q: z.string(), dropped: z.array(z.string()) })
      .optional()
      .meta({ description: "Present when no profile matched every word: the words searched instead, and those left out" }),
  })
  .meta({ id: "SearchResponse" });

export const suggestResponse = z
  .object({
    suggestions: z
      .array(
        z.object({
          slug: z.string(),
          name: z.string(),
          reading: z.string(),
          romaji: z.string().meta({ description: "The reading in Hepburn romaji, long vowels marked (empty without a reading)" }),
          matched: z.string().meta({ description: "What matched: the name, or the alias" }),
        }),
      )
      .max(10),
  })
  .meta({ id: "SuggestResponse" });

export type PublicTier = { name: string; slug: string; count: number; children: PublicTier[] };
export const publicTier: z.ZodType<PublicTier> = z
  .object({
    name: z.string(),
    slug: z.string(),
    count: z.number().int().meta({ description: "Published profiles under this tier" }),
    get children() {
      return z.array(publicTier);
    },
  })
  .meta({ id: "Tier" });

export const classificationsResponse = z.object({ tiers: z.array(publicTier) }).meta({ id: "ClassificationsResponse" });

export const healthResponse = z
  .object({
    ok: z.boolean(),
    database: z.enum(["ok", "unreachable"]),
    migrations: z.object({ applied: z.number().int(), expected: z.number().int() }).optional(),
  })
  .meta({ id: "Health" });

/** A JSON document this API serves as is (a JSON Schema, the OpenAPI document itself). */
export const jsonDocument = z.record(z.string(), z.unknown());

// Compile-time: each schema describes exactly the type the code returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof profile>, Profile>,
  Same<z.infer<typeof searchResponse>, SearchResponse>,
  Same<z.infer<typeof suggestResponse>["suggestions"][number], Suggestion>,
] = [true, true, true];
void checks;
