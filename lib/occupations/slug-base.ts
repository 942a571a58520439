import slugify from "slugify";
import { toRomaji } from "wanakana";
import { SLUG_MAX } from "./schema";

const JAPANESE = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
const KANJI = /[\u3400-\u9FFF\uF900-\uFAFF]/;

function clean(s: string): string {
  return slugify(s, { lower: true, strict: true, trim: true }).slice(0, SLUG_MAX).replace(/-+$/, "");
}

/**
 * The readable part of a slug (browser-safe, so the form can suggest it as the name is typed).
 * A Japanese name goes through its kana (the name itself, or the reading when it has kanji) as
 * romaji. May be empty; slugFor adds a hash fallback on the server.
 */
export function slugBase(name: string, reading = ""): string {
  const n = name.normalize("NFKC");
  if (JAPANESE.test(n)) {
    const kana = KANJI.test(n) ? reading.normalize("NFKC") : n;
    return kana ? clean(toRomaji(kana)) : "";
  }
  return clean(n);
}
