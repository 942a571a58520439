// Headers computed once when a page entry is stored, then sent by Next with every hit of that entry
// (and with the response that stored it). Plain JavaScript: the cache handlers that call this are
// loaded by Next at run time without compiling them.
import { hashedPageCsp } from "../http/page-csp.mjs";

const CSP = "content-security-policy";
const NEXT_TAGS = "x-next-cache-tags";
/** Next's implicit path tags: the app never invalidates them, and they would bloat the xkey header. */
const IMPLICIT = "_N_T_";

/**
 * A cache tag as an xkey surrogate key: xkey splits its header on spaces and commas, and header
 * values must be ASCII, so anything else is percent-encoded (the purge side uses the same function).
 */
export function surrogateKey(tag) {
  return tag.replace(/[^A-Za-z0-9:/._~-]/g, (c) => encodeURIComponent(c));
}

/** Give a page entry its hash-based policy and its surrogate keys (once per entry; a no-op when present). */
export function withEntryHeaders(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.html) return value;
  value.headers ??= {};
  if (!value.headers[CSP]) value.headers[CSP] = hashedPageCsp(value.html);
  const tags = value.headers[NEXT_TAGS];
  if (!value.headers.xkey && typeof tags === "string") {
    const keys = tags.split(",").filter((t) => t && !t.startsWith(IMPLICIT));
    if (keys.length) value.headers.xkey = keys.map(surrogateKey).join(" ");
  }
  return value;
}
