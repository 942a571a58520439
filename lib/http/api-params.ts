import { z } from "zod";

/*
 * Path, query and header parameters of the API routes, as zod schemas: the routes parse with
 * them and the OpenAPI document (lib/openapi/document.ts) is generated from them.
 */

const FLAG_VALUES = ["", "1", "true", "yes"];

/** A boolean query flag: on when present as `1`, `true`, `yes` or empty (`?publish`). */
export const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && FLAG_VALUES.includes(v.toLowerCase()))
  .meta({ description: "On when given as `1`, `true`, `yes` or empty", example: "1" });

export const slugPath = z.object({
  slug: z.string().min(1).max(200).meta({ description: "The profile's slug", example: "labor-union-secretary-general" }),
});

export const occupationReadQuery = z.object({
  draft: flag.meta({ description: "With editor credentials: the working copy (a draft, or the pending edit of a published profile)" }),
  format: z.enum(["json", "card"]).optional().meta({ description: "`card`: the profile card text (text/plain) instead of JSON" }),
  download: flag.meta({ description: "Send as an attachment (Content-Disposition) named `<slug>.json` or `<slug>.txt`" }),
});

export const publishQuery = z.object({
  publish: flag.meta({
    description: "Publish in the same call; otherwise a new profile is a draft, and an edit of a published one waits as a draft",
  }),
});

export const ifMatchHeader = z.object({
  "if-match": z
    .string()
    .meta({ description: 'The ETag read (the version), e.g. `"3"`; an old version gives 412, none 428', example: '"3"' }),
});
