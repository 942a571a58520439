import slugify from "slugify";
import { toRomaji } from "wanakana";
import { createHash } from "node:crypto";
import { SLUG_MAX } from "./schema";

const JAPANESE = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
const KANJI = /[\u3400-\u9FFF\uF900-\uFAFF]/;

function clean(s: string): string {
  return slugify(s, { lower: true, strict: true, trim: true }).slice(0, SLUG_MAX).replace(/-+$/, "");
}

/**
 * A URL slug for a name. A Japanese name goes through its kana (the name itself, or the reading
 * when it has kanji) as romaji; a name that yields nothing still gets a stable slug from a hash.
 */
export function slugFor(name: string, reading = ""): string {
  const n = name.normalize("NFKC");
  let base = "";
  if (JAPANESE.test(n)) {
    const kana = KANJI.test(n) ? reading.normalize("NFKC") : n;
    base = kana ? clean(toRomaji(kana)) : "";
  } else {
    base = clean(n);
  }
  return base || `occupation-${createHash("sha1").update(n).digest("hex").slice(0, 8)}`;
}
