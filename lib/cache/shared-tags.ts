import "server-only";
import { createClient } from "redis";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { OUTBOX_CURSOR, REVALIDATED_TAGS, currentBuildId, redisClientOptions, redisKeyPrefix } from "./redis-keys.mjs";

/**
 * The outbox's side of the Redis page cache (lib/cache/redis-cache-handler.mjs): expired tags are
 * written into Redis, where every instance's handler checks them on each read. Redis being away
 * never fails a write: tags wait here and are written when it is back (the interval retries), and
 * meanwhile each instance has expired them in its own process, so none serves the old page.
 */

type Client = ReturnType<typeof createClient>;
let client: Client | undefined;
const prefix = redisKeyPrefix(currentBuildId());
/** Tag → time it expired, not yet in Redis. */
const pending = new Map<string, number>();
let pendingCursor = 0;

function redis(): Client | undefined {
  if (!env.redisUrl) return undefined;
  if (!client) {
    client = createClient(redisClientOptions(env.redisUrl));
    client.on("error", () => undefined); // reported by status() and the cache handler's own log line
    client.connect().catch(() => undefined);
  }
  return client;
}

/** For /api/health: "local" without REDIS_URL, "degraded" while Redis cannot be reached. */
export function pageCacheStatus(): "local" | "ok" | "degraded" {
  const c = redis();
  if (!c) return "local";
  return c.isReady ? "ok" : "degraded";
}

async function waitReady(c: Client, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!c.isReady && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return c.isReady;
}

/** Write every waiting tag (and the outbox position they came from); false while Redis is away. */
export async function flushSharedTags(): Promise<boolean> {
  const c = redis();
  if (!c || !pending.size) return true;
  if (!c.isReady) return false;
  const batch = new Map(pending);
  const cursor = pendingCursor;
  try {
    await c
      .multi()
      .hSet(prefix + REVALIDATED_TAGS, Object.fromEntries([...batch].map(([t, at]) => [t, String(at)])))
      .set(prefix + OUTBOX_CURSOR, String(cursor))
      .exec();
    for (const [t, at] of batch) if (pending.get(t) === at) pending.delete(t);
    return true;
  } catch (err) {
    logger.warn({ err, tags: pending.size }, "page cache: tags not written to Redis yet; retrying");
    return false;
  }
}

/** Expire tags for every instance sharing the Redis cache (a no-op without REDIS_URL). */
export async function expireSharedTags(tags: string[], outboxId: number): Promise<void> {
  if (!env.redisUrl) return;
  const now = Date.now();
  for (const t of tags) pending.set(t, now);
  pendingCursor = Math.max(pendingCursor, outboxId);
  await flushSharedTags();
}

/**
 * Where this process starts reading the outbox. Normally the newest row (older writes cannot be in
 * a cache this process fills). With the shared cache, entries written before this start are
 * served too, so it starts from the last row that reached Redis and catches up with writes made
 * while no instance was running (the CLI). A cursor past the newest row (another database: a
 * restore) or before the oldest kept row (pruned rows are lost): this build's cached pages are dropped.
 */
export async function sharedOutboxStart(newestId: number, oldestId: number): Promise<number> {
  const c = redis();
  if (!c || !(await waitReady(c, 2000))) return newestId;
  try {
    const raw = await c.get(prefix + OUTBOX_CURSOR);
    const cursor = raw === null ? undefined : Number(raw);
    if (cursor !== undefined && Number.isInteger(cursor) && cursor <= newestId && cursor >= oldestId - 1) return cursor;
    for await (const keys of c.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await c.unlink(keys);
    await c.set(prefix + OUTBOX_CURSOR, String(newestId));
  } catch (err) {
    logger.warn({ err }, "page cache: could not read the shared outbox position");
  }
  return newestId;
}
