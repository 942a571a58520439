// Next's own file-system cache with only the "ignore entries from before this start" rule of
// cache-handler.mjs: no CSP header, no outbox. Selected by PAGE_CACHE_HANDLER=plain, which exists
// for `npm run bench` to measure what the catalog's handler costs against Next's static ceiling
// (same pages, same bytes). Never use it to serve: cached pages would have no CSP.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const STARTED_AT = Date.now();

export default class PlainCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry && entry.lastModified < STARTED_AT && entry.value?.kind !== "FETCH") return null;
    return entry;
  }
}
