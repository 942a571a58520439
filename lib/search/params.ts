import { z } from "zod";
import { PAGE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "./limits";

/** Absent or empty query parameters count as not given. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());
const tier = optional(z.string().max(500, "Must be at most 500 characters"));

/** Query parameters of GET /api/v1/search (and, leniently, of the /search page). */
export const searchParams = z.object({
  q: z.string().default(""),
  major: tier,
  middle: tier,
  minor: tier,
  page: optional(z.coerce.number().int("Must be a whole number").min(1).max(PAGE_MAX)).default(1),
  pageSize: optional(z.coerce.number().int("Must be a whole number").min(1).max(PAGE_SIZE_MAX)).default(PAGE_SIZE_DEFAULT),
});
export type SearchParams = z.infer<typeof searchParams>;

/** A URLSearchParams as a plain object, first value of each name. */
export function firstValues(params: URLSearchParams, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, params.get(n) ?? undefined]));
}
