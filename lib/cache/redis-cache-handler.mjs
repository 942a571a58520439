// The page cache shared by every instance when REDIS_URL is set (selected by cache-handler.mjs).
// @fortedigital/nextjs-cache-handler does the storing: its redis-strings handler first, and an
// in-process LRU that keeps answering while Redis is unreachable (its get falls through to the
// next handler when one throws; the Redis client refuses commands at once while disconnected).
//
// What this file adds:
// - the same per-entry headers as the single-process cache (hash CSP, xkey), computed before the
//   entry is stored, so every instance sends them with every hit;
// - the entry's cacheControl, which Next 16 reads from the entry (without it an instance that did
//   not render a page would treat it as stale after 1 s and render it again);
// - tag expiry: the outbox poller writes expired tags into Redis for all instances
//   (lib/cache/shared-tags.ts); the hook registered here expires them in this process's LRU (and
//   in Next's tags manifest while Redis is away).
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { createClient } from "redis";
import { withEntryHeaders } from "./entry-headers.mjs";
import { redisClientOptions, redisKeyPrefix } from "./redis-keys.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const CACHE_CONTROL = "catalogCacheControl";
/** A Redis call slower than this counts as a failure: the local LRU answers instead. */
const REDIS_TIMEOUT_MS = 500;

let local;
let client;

CacheHandler.onCreation(({ buildId }) => {
  client = createClient(redisClientOptions(process.env.REDIS_URL));
  let down = false;
  client.on("error", (err) => {
    // The client reconnects by itself; say so once per outage, not on every retry.
    if (!down)
      console.warn(JSON.stringify({ level: 40, msg: "page cache: Redis unreachable, serving from the local cache", err: String(err) }));
    down = true;
  });
  client.on("ready", () => {
    if (down) console.warn(JSON.stringify({ level: 30, msg: "page cache: Redis back" }));
    down = false;
  });
  // Not awaited: a server whose Redis is down at start still serves (from the local LRU).
  client.connect().catch(() => undefined);
  const mb = Number(process.env.PAGE_CACHE_MB ?? 128);
  local = createLruHandler({ maxItemsNumber: 10_000, maxItemSizeBytes: Math.max(1, mb) * 1024 * 1024 });
  const redis = createRedisHandler({
    client,
    keyPrefix: redisKeyPrefix(buildId),
    timeoutMs: REDIS_TIMEOUT_MS,
  });
  return { handlers: [redis, local] };
});

/**
 * Expire tags in this process: drop them from the local LRU. While Redis is away, also mark them in
 * Next's tags manifest (checked on every hit, whichever handler answered), so that an older copy
 * Redis still holds when it returns is not served here before the tags reach Redis. While Redis is
 * up the times in Redis decide alone: this instance's own (later) time would expire pages another
 * instance rendered since the write, and render them twice.
 */
async function expireLocally(tags) {
  if (!client?.isReady) await FileSystemCache.prototype.revalidateTag.call(null, tags);
  if (local) for (const tag of tags) await local.revalidateTag(tag);
}

export default class RedisCatalogCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value) return entry;
    withEntryHeaders(entry.value);
    if (entry.value[CACHE_CONTROL]) entry.cacheControl = entry.value[CACHE_CONTROL];
    return entry;
  }

  async set(key, data, ctx) {
    const value = data && ctx?.cacheControl ? { ...data, [CACHE_CONTROL]: ctx.cacheControl } : data;
    return super.set(key, withEntryHeaders(value), ctx);
  }

  // Tags reach Redis through the outbox (every write goes there); scanning every key per tag, as
  // the library's revalidateTag does, is not needed.
  async revalidateTag(tags) {
    await expireLocally(typeof tags === "string" ? [tags] : tags);
  }
}

globalThis[Symbol.for("catalog.expireCacheTags")] = expireLocally;
