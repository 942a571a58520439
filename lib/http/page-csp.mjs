// Plain JavaScript: Next loads the cache handler (lib/cache/cache-handler.mjs) at run time without
// compiling it, and it builds the same page policy as proxy.ts (lib/http/security-headers.ts).
import { createHash } from "node:crypto";

/** The page policy around a given script-src (a nonce for dynamic pages, hashes for cached ones). */
export function pageCspWith(scriptSrc) {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// An inline script: a <script> start tag without src, then its raw text (a script's text cannot
// hold "</script"; React and Next escape it), up to its end tag.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** 'sha256-…' sources for every inline script of a page, in order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[1].length === 0) continue;
    hashes.add(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy for a cached page: its own scripts by hash, external scripts from this site only. */
export function hashedPageCsp(html) {
  return pageCspWith(["'self'", ...inlineScriptHashes(html)].join(" "));
}
