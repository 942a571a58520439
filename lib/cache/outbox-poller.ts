import "server-only";
import { asc, gt, lt, max, min } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { listenPostgres } from "@/db/postgres-listen";
import { env } from "@/lib/env";
import { cacheInvalidations } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { OUTBOX_CHANNEL } from "./invalidation";
import { expireSharedTags, flushSharedTags, sharedOutboxStart } from "./shared-tags";
import { purgeSurrogateKeys } from "./varnish-purge";

/**
 * Brings writes made anywhere (this server, the CLI, another instance) to this server's page cache:
 * every POLL_MS it reads the outbox rows it has not seen yet (lib/cache/invalidation.ts writes them
 * in the write's own transaction) and expires their tags. Rows older than KEEP_MS are pruned.
 * On PostgreSQL each row is also announced (NOTIFY at commit) and applied at once: another
 * instance's write then reaches this one's cache, and the purge it sends, in milliseconds rather
 * than up to POLL_MS later (the poll stays, for notifications lost while the listener reconnects).
 */
const POLL_MS = 200;
const KEEP_MS = 60 * 60 * 1000;
const BATCH = 2000;

type Expire = (tags: string[]) => Promise<void> | void;
const expireHook = () => (globalThis as Record<symbol, Expire | undefined>)[Symbol.for("catalog.expireCacheTags")];

/**
 * The poller's position, in one place per process. Next bundles instrumentation (which starts the
 * poller) and the app's routes and actions (which call applyPendingInvalidations after a write)
 * separately, each with its own copy of this module: module variables would leave the actions' copy
 * without a position, and a write would reach the cache only at the next poll.
 */
type PollerState = { lastId?: number; running?: Promise<number> };
const state: PollerState = ((globalThis as Record<symbol, PollerState | undefined>)[Symbol.for("catalog.outboxPoller")] ??= {});

/** Each tag's newest row time (ms): the Redis cache keeps the first instance's expiry of that write. */
function writeTimes(rows: { tags: string; createdAt: string }[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const r of rows) {
    const at = Date.parse(r.createdAt);
    for (const t of r.tags.split("\n")) times.set(t, Math.max(times.get(t) ?? 0, at));
  }
  return times;
}

async function pollOnce(): Promise<number> {
  if (state.lastId === undefined) return 0;
  let applied = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(cacheInvalidations)
      .where(gt(cacheInvalidations.id, state.lastId))
      .orderBy(asc(cacheInvalidations.id))
      .limit(BATCH);
    if (!rows.length) return applied;
    const tags = [...new Set(rows.flatMap((r) => r.tags.split("\n")))];
    // No page has been cached yet when the cache handler is not loaded: nothing to expire.
    await expireHook()?.(tags);
    const upTo: number = rows[rows.length - 1].id;
    // Shared caches after this process's own: a purged page refetched at once is rendered afresh here.
    await expireSharedTags(writeTimes(rows), upTo);
    await purgeSurrogateKeys(tags);
    state.lastId = upTo;
    applied += tags.length;
    logger.debug({ tags: tags.length, upTo }, "cache tags expired");
  }
}

/** Apply every outbox row written so far (the interval does it too; writes in this process call it to be fresh at once). */
export function applyPendingInvalidations(): Promise<number> {
  state.running = (state.running ?? Promise.resolve(0)).catch(() => 0).then(pollOnce);
  return state.running;
}

/** Start polling (once per server process). Rows written before the start are not needed: the cache handler ignores older entries. */
export async function startOutboxPoller() {
  if (state.lastId !== undefined) return;
  const [row] = await db.select({ id: max(cacheInvalidations.id), oldest: min(cacheInvalidations.id) }).from(cacheInvalidations);
  state.lastId = await sharedOutboxStart(row?.id ?? 0, row?.oldest ?? 0);
  await applyPendingInvalidations();
  if (env.databaseDialect === "pg") {
    let down = false;
    listenPostgres(
      env.databaseUrl,
      OUTBOX_CHANNEL,
      () => {
        down = false;
        applyPendingInvalidations().catch((err) => logger.error({ err }, "cache outbox poll failed"));
      },
      (err) => {
        if (!down) logger.warn({ err }, "cache outbox: not listening for writes (polling only) until PostgreSQL is back");
        down = true;
      },
    );
  }
  let sincePrune = 0;
  const timer = setInterval(() => {
    applyPendingInvalidations().catch((err) => logger.error({ err }, "cache outbox poll failed"));
    // Tags that could not reach Redis (it was away) are retried until it is back.
    void flushSharedTags();
    if ((sincePrune += POLL_MS) >= 60_000) {
      sincePrune = 0;
      const cutoff = new Date(Date.now() - KEEP_MS).toISOString();
      writeTransaction((tx) => tx.delete(cacheInvalidations).where(lt(cacheInvalidations.createdAt, cutoff))).then(
        () => undefined,
        (err) => logger.warn({ err }, "cache outbox prune failed"),
      );
    }
  }, POLL_MS);
  timer.unref();
}
