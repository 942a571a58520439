// Next's page cache for this app (next.config.ts `cacheHandler`). Next loads this file at run time
// without compiling it, hence plain JavaScript. It extends Next's own file-system cache, an
// internal module: package.json pins the exact Next version, and e2e/cached-pages.spec.ts fails
// if an upgrade changes what this relies on (hashes missing, hydration blocked).
//
// 1. A strict CSP without a per-request nonce: when a page is stored, the sha256 of each of its
//    inline scripts goes into the entry's Content-Security-Policy header, which Next sends with
//    every hit of that entry (and with the response that stored it).
// 2. Entries written before this process started are ignored: the database may have changed
//    while no server was watching (a restore, the CLI, another build's prerender), so every page
//    is rendered afresh once after a start.
// 3. Tag invalidation from outside a request: lib/cache/outbox-poller.ts reads the outbox table
//    and calls the function registered here (revalidateTag of next/cache needs a request).
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashedPageCsp } from "../http/page-csp.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const STARTED_AT = Date.now();
const CSP = "content-security-policy";

/** Give a page entry its hash-based policy (once per entry; a no-op when it already has it). */
function withCsp(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.html) return value;
  value.headers ??= {};
  if (!value.headers[CSP]) value.headers[CSP] = hashedPageCsp(value.html);
  return value;
}

export default class CatalogCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry) return entry;
    if (entry.lastModified < STARTED_AT && entry.value?.kind !== "FETCH") return null;
    withCsp(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    return super.set(key, withCsp(data), ctx);
  }
}

// Expire tags now: the next request for a page carrying one re-renders it before answering.
globalThis[Symbol.for("catalog.expireCacheTags")] = (tags) => FileSystemCache.prototype.revalidateTag.call(null, tags);
