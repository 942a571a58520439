import { z } from "zod";
import { profileWrite } from "./schema";

/**
 * The JSON Schema of a profile as JSON import and the write API accept it, generated from the
 * zod schema so the two cannot drift. Rules JSON Schema cannot state (single-line text, kana-only
 * reading) are checked on import and reported there.
 */
export function occupationJsonSchema(baseUrl: string) {
  return {
    ...z.toJSONSchema(profileWrite, { io: "input" }),
    $id: new URL("/api/v1/schema/occupation.json", baseUrl).toString(),
    title: "Occupation profile",
    description:
      "One occupation profile (Profile JSON). slug, status, version and updatedAt are read-only: an import ignores them, except that a given slug is used as the slug. JSON import also accepts an array of these objects.",
  };
}
