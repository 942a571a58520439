import { createHash } from "node:crypto";
import { slugBase } from "./slug-base";

/** A URL slug for a name; a name that yields nothing still gets a stable slug from a hash. */
export function slugFor(name: string, reading = ""): string {
  return slugBase(name, reading) || `occupation-${createHash("sha1").update(name.normalize("NFKC")).digest("hex").slice(0, 8)}`;
}
