// Next's page cache for this app (next.config.ts `cacheHandler`). Next loads this file at run time
// without compiling it, hence plain JavaScript. It extends Next's own file-system cache, an
// internal module: package.json pins the exact Next version, and e2e/cached-pages.spec.ts fails
// if an upgrade changes what this relies on (hashes missing, hydration blocked).
//
// 1. A strict CSP without a per-request nonce: when a page is stored, the sha256 of each of its
//    inline scripts goes into the entry's Content-Security-Policy header, which Next sends with
//    every hit of that entry (and with the response that stored it). Its surrogate keys (xkey, for
//    Varnish) are computed at the same time (lib/cache/entry-headers.mjs).
// 2. Entries written before this process started are ignored: the database may have changed
//    while no server was watching (a restore, the CLI, another build's prerender), so every page
//    is rendered afresh once after a start.
// 3. Tag invalidation from outside a request: lib/cache/outbox-poller.ts reads the outbox table
//    and calls the function registered here (revalidateTag of next/cache needs a request).
// 4. With REDIS_URL (and not during `next build`), every instance shares one Redis-backed cache
//    instead: lib/cache/redis-cache-handler.mjs, the same headers, tags shared through Redis.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { withEntryHeaders } from "./entry-headers.mjs";
import RedisCatalogCacheHandler from "./redis-cache-handler.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const STARTED_AT = Date.now();

class CatalogCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry) return entry;
    if (entry.lastModified < STARTED_AT && entry.value?.kind !== "FETCH") return null;
    withEntryHeaders(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    return super.set(key, withEntryHeaders(data), ctx);
  }
}

const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== "phase-production-build";

// Expire tags now: the next request for a page carrying one re-renders it before answering.
if (!shared) globalThis[Symbol.for("catalog.expireCacheTags")] = (tags) => FileSystemCache.prototype.revalidateTag.call(null, tags);

export default shared ? RedisCatalogCacheHandler : CatalogCacheHandler;
