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
const prefix = redisKeyPrefix(currentBuildId());
/** Tag → when this process saw it expire, and when the write that expired it was recorded. Not yet in Redis. */
type Expiry = { seenAt: number; writtenAt: number };
/**
 * One per process, like the outbox poller's position (see lib/cache/outbox-poller.ts): actions and
 * instrumentation are separate bundles, and tags queued by one must be flushed by the other's timer.
 */
type SharedTagsState = { client?: Client; pending: Map<string, Expiry>; pendingCursor: number; flushing?: Promise<boolean> };
const state: SharedTagsState = ((globalThis as Record<symbol, SharedTagsState | undefined>)[Symbol.for("catalog.sharedTags")] ??= {
  pending: new Map(),
  pendingCursor: 0,
});
const pending = state.pending;
/** A Redis that accepts connections but does not answer (paused, overloaded) must not hold up a write. */
const REDIS_TIMEOUT_MS = 500;

function within<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`Redis did not answer in ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS).unref(),
    ),
  ]);
}

function redis(): Client | undefined {
  if (!env.redisUrl) return undefined;
  if (!state.client) {
    const client = createClient(redisClientOptions(env.redisUrl));
    client.on("error", () => undefined); // reported by status() and the cache handler's own log line
    client.connect().catch(() => undefined);
    state.client = client;
  }
  return state.client;
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

/** Write every waiting tag (and the outbox position they came from); false while Redis is away. One at a time. */
export function flushSharedTags(): Promise<boolean> {
  state.flushing ??= flushOnce().finally(() => (state.flushing = undefined));
  return state.flushing;
}

/**
 * Every instance applies every outbox row, each a little later than the first. The first to write
 * a tag's time wins (it saw the write committed, so pages rendered after it are fresh); a later
 * instance overwriting it would expire pages rendered in between and make them render twice. A
 * stored time older than the write itself belongs to an earlier write and is replaced.
 * KEYS: tag hash, cursor. ARGV: cursor, then (tag, seenAt, writtenAt) triples.
 */
const EXPIRE_SCRIPT = `
for i = 2, #ARGV, 3 do
  local stored = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if stored < tonumber(ARGV[i + 2]) then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
local cursor = tonumber(redis.call('GET', KEYS[2]) or '0')
if cursor < tonumber(ARGV[1]) then redis.call('SET', KEYS[2], ARGV[1]) end
return 1`;

async function flushOnce(): Promise<boolean> {
  const c = redis();
  if (!c || !pending.size) return true;
  if (!c.isReady) return false;
  const batch = new Map(pending);
  const cursor = state.pendingCursor;
  try {
    await within(
      c.eval(EXPIRE_SCRIPT, {
        keys: [prefix + REVALIDATED_TAGS, prefix + OUTBOX_CURSOR],
        arguments: [String(cursor), ...[...batch].flatMap(([t, e]) => [t, String(e.seenAt), String(e.writtenAt)])],
      }),
    );
    for (const [t, at] of batch) if (pending.get(t) === at) pending.delete(t);
    return true;
  } catch (err) {
    logger.warn({ err, tags: pending.size }, "page cache: tags not written to Redis yet; retrying");
    return false;
  }
}

/**
 * Expire tags for every instance sharing the Redis cache (a no-op without REDIS_URL). `writtenAt`:
 * each tag's newest outbox row time (ms; the database's clock, so instances on machines with
 * skewed clocks should run NTP).
 */
export async function expireSharedTags(writtenAt: Map<string, number>, outboxId: number): Promise<void> {
  if (!env.redisUrl) return;
  const seenAt = Date.now();
  for (const [t, at] of writtenAt) pending.set(t, { seenAt, writtenAt: Number.isFinite(at) ? Math.min(at, seenAt) : seenAt - 1 });
  state.pendingCursor = Math.max(state.pendingCursor, outboxId);
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
    const raw = await within(c.get(prefix + OUTBOX_CURSOR));
    const cursor = raw === null ? undefined : Number(raw);
    if (cursor !== undefined && Number.isInteger(cursor) && cursor <= newestId && cursor >= oldestId - 1) return cursor;
    for await (const keys of c.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await c.unlink(keys);
    await c.set(prefix + OUTBOX_CURSOR, String(newestId));
  } catch (err) {
    logger.warn({ err }, "page cache: could not read the shared outbox position");
  }
  return newestId;
}
